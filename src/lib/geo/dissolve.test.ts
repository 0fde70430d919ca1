import { beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MINI_TOPOLOGIE, VIERKANT_KM2 } from '../../../tests/fixtures/mini-topologie';
import { echteData, opEchteData } from './test-data';
import { lagenUitAtlas } from './lagen';
import { maakGeoIndex, type GeoIndex } from './geo-index';
import { dissolve, dissolveRingen, oppervlakteVan } from './dissolve';
import { omtrekSleutel } from './voorberekend';

describe('dissolve on four hand-drawn squares (tests/fixtures/README.md)', () => {
	let index: GeoIndex;
	beforeEach(() => {
		index = maakGeoIndex(MINI_TOPOLOGIE);
	});

	test('two neighbours merge into one polygon of twice the area', () => {
		const o = dissolve(index, ['GM0001', 'GM0002']);
		expect(o.geometrie.type).toBe('MultiPolygon');
		expect(o.geometrie.coordinates).toHaveLength(1);
		expect(o.geometrie.coordinates[0]).toHaveLength(1);
		expect(o.oppervlakteKm2).toBeCloseTo(2 * VIERKANT_KM2, 6);
	});

	test('the row of three is one ring around the box 0–0.03° × 0–0.01°', () => {
		const ringen = dissolveRingen(index, ['GM0003', 'GM0001', 'GM0002']);
		expect(ringen).toHaveLength(1);
		const xs = ringen[0].map((p) => p[0]);
		const ys = ringen[0].map((p) => p[1]);
		expect([Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)]).toEqual([
			0, 0.03, 0, 0.01
		]);
		// The inner borders at 0.01° and 0.02° are gone: only corners and the two ends of them remain.
		expect(dissolve(index, ['GM0001', 'GM0002', 'GM0003']).oppervlakteKm2).toBeCloseTo(
			3 * VIERKANT_KM2,
			6
		);
	});

	test('apart squares stay two polygons; unknown codes are skipped; nothing has no area', () => {
		const o = dissolve(index, ['GM0001', 'GM0003', 'GM9999']);
		expect(o.geometrie.coordinates).toHaveLength(2);
		expect(o.oppervlakteKm2).toBeCloseTo(2 * VIERKANT_KM2, 6);
		expect(dissolveRingen(index, ['GM0001', 'GM0003'])).toHaveLength(2);
		expect(dissolve(index, []).oppervlakteKm2).toBe(0);
		expect(dissolveRingen(index, [])).toEqual([]);
	});

	test('the area without merging: the members summed, a repeat once, an unknown code not', () => {
		expect(oppervlakteVan(index, ['GM0001', 'GM0002'])).toBeCloseTo(2 * VIERKANT_KM2, 6);
		expect(oppervlakteVan(index, ['GM0001', 'GM0001', 'GM9999', 'GM0003'])).toBeCloseTo(
			2 * VIERKANT_KM2,
			6
		);
		expect(oppervlakteVan(index, [])).toBe(0);
		// The same as the merged outline's area, for every set of the four squares.
		for (const codes of [
			['GM0001'],
			['GM0001', 'GM0003'],
			['GM0001', 'GM0002', 'GM0003', 'GM0004']
		])
			expect(oppervlakteVan(index, codes)).toBeCloseTo(dissolve(index, codes).oppervlakteKm2, 9);
	});

	test("the data build's rings are used when the topology has them", () => {
		// Deliberately not the merge: the rings stored for {GM0001, GM0002} are GM0003's square (arcs
		// ~1 and 5, tests/fixtures/mini-topologie.ts), so only the stored path can give them.
		const topo = {
			...structuredClone(MINI_TOPOLOGIE),
			voorberekend: {
				bogen: MINI_TOPOLOGIE.arcs.length,
				grenzen: [],
				omtrekken: { [omtrekSleutel(['GM0001', 'GM0002'])]: [[~1, 5]] }
			}
		};
		const metVoorberekend = maakGeoIndex(topo);
		const gm0003 = [
			[0.02, 0.01],
			[0.02, 0],
			[0.03, 0],
			[0.03, 0.01],
			[0.02, 0.01]
		];
		expect(dissolveRingen(metVoorberekend, ['GM0002', 'GM0001'])).toEqual([gm0003]);
		// A set the build did not store is merged as before.
		expect(dissolveRingen(metVoorberekend, ['GM0001', 'GM0002', 'GM0003'])).toHaveLength(1);
		expect(dissolveRingen(metVoorberekend, ['GM0001', 'GM0002', 'GM0003'])[0]).toHaveLength(9);
	});
});

opEchteData('dissolve on the real topology', () => {
	const { atlas, index } = echteData();
	const som = (codes: string[]) =>
		codes.reduce((s, c) => s + index.oppervlakte[index.positie.get(c)!], 0);

	test('the provincies add up to the whole country (shared borders, no slivers)', () => {
		const nl = dissolve(index, index.codes).oppervlakteKm2;
		expect(Math.abs(nl - som(index.codes)) / nl).toBeLessThan(0.001);
		const prov = lagenUitAtlas(atlas).find((l) => l.id === 'provincie')!;
		const somProv = prov.regios.reduce(
			(s, r) => s + dissolve(index, r.gemeenten).oppervlakteKm2,
			0
		);
		expect(Math.abs(somProv - nl) / nl).toBeLessThan(0.001);
	});

	test('property: dissolve area = sum of member areas for random subsets', () => {
		fc.assert(
			fc.property(fc.subarray(index.codes, { minLength: 1, maxLength: 60 }), (codes) => {
				const a = dissolve(index, codes).oppervlakteKm2;
				expect(Math.abs(a - som(codes)) / som(codes)).toBeLessThan(0.001);
				// What the analysis uses instead of the merge (analyse.ts).
				expect(Math.abs(a - oppervlakteVan(index, codes)) / a).toBeLessThan(1e-6);
			}),
			{ numRuns: 40 }
		);
	});
});
