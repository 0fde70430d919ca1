import { beforeEach, describe, expect, test } from 'vitest';
import { MINI_TOPOLOGIE } from '../../../tests/fixtures/mini-topologie';
import { echteData, opEchteData } from './test-data';
import { maakGeoIndex, type GeoIndex } from './geo-index';
import { waterBuren, WATER_MAX_KM } from './water';

describe('waterBuren on the hand-drawn squares (tests/fixtures/README.md)', () => {
	let index: GeoIndex;
	beforeEach(() => {
		index = maakGeoIndex({ ...MINI_TOPOLOGIE, waterburen: [] });
	});

	test('touches within 50 m, and the island to whatever lies within reach across open water', () => {
		expect(waterBuren(index.features, index.buren)).toEqual([
			['GM0001', 'GM0005', 0],
			['GM0002', 'GM0005', 0],
			['GM0003', 'GM0004', 1.4],
			['GM0004', 'GM0005', 2.7]
		]);
		// The fixture carries exactly this result.
		expect(waterBuren(index.features, index.buren)).toEqual(MINI_TOPOLOGIE.waterburen);
	});

	test('a shorter reach keeps the touches only', () => {
		expect(waterBuren(index.features, index.buren, 1)).toEqual([
			['GM0001', 'GM0005', 0],
			['GM0002', 'GM0005', 0]
		]);
		expect(WATER_MAX_KM).toBe(10);
	});
});

opEchteData('water links in the real topology (built by the data build)', () => {
	const { atlas, index, topology } = echteData();

	test('neighbours across water: islands and Zeeuws-Vlaanderen, never two mainland gemeenten', () => {
		const naam = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
		const code = new Map(atlas.gemeenten.map((g) => [g.naam, g.code]));
		const links = (topology.waterburen ?? []).map(([a, b, km]) => ({
			a: naam.get(a)!,
			b: naam.get(b)!,
			km
		}));
		const heeft = (x: string, y: string) =>
			links.some((l) => (l.a === x && l.b === y) || (l.a === y && l.b === x));
		expect(heeft('Texel', 'Den Helder')).toBe(true);
		expect(heeft('Ameland', 'Noardeast-Fryslân')).toBe(true);
		expect(heeft('Terneuzen', 'Borsele')).toBe(true);
		// Not across Belgium or along the coast past another gemeente.
		expect(heeft('Baarle-Nassau', 'Hilvarenbeek')).toBe(false);
		expect(heeft('Bergen (NH.)', 'Beverwijk')).toBe(false);
		const eilanden = new Set([
			'Texel',
			'Vlieland',
			'Terschelling',
			'Ameland',
			'Schiermonnikoog',
			'Sluis',
			'Terneuzen',
			'Hulst'
		]);
		for (const l of links) {
			expect(l.km).toBeLessThanOrEqual(10);
			// A link that is not a touch always has an island (or Zeeuws-Vlaanderen) at one end…
			if (l.km > 0) expect(eilanden.has(l.a) || eilanden.has(l.b), `${l.a}–${l.b}`).toBe(true);
			// …and never doubles a shared border.
			const i = index.positie.get(code.get(l.a)!)!;
			expect(index.buren[i]).not.toContain(index.positie.get(code.get(l.b)!));
		}
	});
});
