import { describe, expect, test } from 'vitest';
import { CODES, D, GEMEENTEN, P } from '../../../tests/fixtures/lagen';
import { echteData, opEchteData } from './test-data';
import { lagenUitAtlas, type Laag } from './lagen';
import { dekking, gatenEnOverlap } from './dekking';

describe('dekking on the hand-computed domain D (tests/fixtures/README.md)', () => {
	test('gaps are the gemeenten in no region, overlap those in ≥ 2', () => {
		expect(gatenEnOverlap(CODES, D)).toEqual({ gaten: ['e', 'f'], overlap: ['c'] });
		// A partition has neither.
		expect(gatenEnOverlap(CODES, P)).toEqual({ gaten: [], overlap: [] });
	});

	test('exactly two regions is already overlap; a member listed twice in one region is not', () => {
		const l: Laag = {
			id: 'T',
			naam: 'T',
			soort: 'domein',
			regios: [
				{ id: 'r1', naam: 'r1', gemeenten: ['a', 'a', 'b'] },
				{ id: 'r2', naam: 'r2', gemeenten: ['b', 'c'] },
				{ id: 'r3', naam: 'r3', gemeenten: ['c', 'd'] },
				{ id: 'r4', naam: 'r4', gemeenten: ['d'] }
			]
		};
		// a: once (twice in r1); b: 2; c: 2; d: 2; e, f: 0.
		expect(gatenEnOverlap(CODES, l)).toEqual({ gaten: ['e', 'f'], overlap: ['b', 'c', 'd'] });
	});

	test('shares of gemeenten (4/6), inwoners (½) and area (0.4) differ for a partly-covering layer', () => {
		const d = dekking(GEMEENTEN, D);
		expect(d.gedekt).toEqual(['a', 'b', 'c', 'd']);
		expect(d.gaten).toEqual(['e', 'f']);
		expect(d.overlap).toEqual(['c']);
		expect(d.aandeelGemeenten).toBeCloseTo(4 / 6, 12);
		expect(d.aandeelInwoners).toBeCloseTo(0.5, 12);
		expect(d.aandeelOppervlakte).toBeCloseTo(0.4, 12);
	});

	test('no gemeenten, or none with inwoners or area: shares 0, not NaN', () => {
		const leeg = dekking([], D);
		expect([leeg.aandeelGemeenten, leeg.aandeelInwoners, leeg.aandeelOppervlakte]).toEqual([
			0, 0, 0
		]);
		const nul = dekking(
			GEMEENTEN.map((g) => ({ ...g, inwoners: 0, oppervlakteKm2: 0 })),
			D
		);
		expect(nul.aandeelInwoners).toBe(0);
		expect(nul.aandeelOppervlakte).toBe(0);
		expect(nul.aandeelGemeenten).toBeCloseTo(4 / 6, 12);
	});
});

opEchteData('dekking on the real data', () => {
	const { atlas, index } = echteData();
	const lagen = lagenUitAtlas(atlas);

	test('every official indeling covers all 342 gemeenten once', () => {
		for (const l of lagen.filter((x) => x.soort === 'indeling')) {
			const d = dekking(atlas.gemeenten, l);
			expect(d.aandeelGemeenten, l.id).toBe(1);
			expect(d.aandeelInwoners, l.id).toBe(1);
			expect(d.gaten, l.id).toEqual([]);
			expect(d.overlap, l.id).toEqual([]);
		}
	});

	test('belastingen leaves gaps: the register does not cover every gemeente', () => {
		const { gaten } = gatenEnOverlap(
			index.codes,
			lagen.find((l) => l.id === 'belastingen')!
		);
		expect(gaten.length).toBeGreaterThan(0);
		expect(gaten.length).toBeLessThan(342);
	});
});
