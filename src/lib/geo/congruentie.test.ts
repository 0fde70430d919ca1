import { describe, expect, test } from 'vitest';
import { D, P, Q, VERWACHT } from '../../../tests/fixtures/lagen';
import { echteData, opEchteData } from './test-data';
import { lagenUitAtlas, type Laag } from './lagen';
import { congruentie, contingentie, dichteTabel } from './congruentie';

describe('congruentie on hand-computed fixtures (tests/fixtures/README.md)', () => {
	test('two partitions P × Q: ARI 8/33 (chance-corrected), VI log₂3 − ⅓, nesting 0 and ⅔', () => {
		const c = congruentie(P, Q);
		expect(c.ari).toBeCloseTo(VERWACHT.PQ.ari, 12);
		expect(c.vi).toBeCloseTo(VERWACHT.PQ.vi, 12);
		expect(c.nestingAinB).toBeCloseTo(VERWACHT.PQ.nestingAinB, 12);
		expect(c.nestingBinA).toBeCloseTo(VERWACHT.PQ.nestingBinA, 12);
		expect(c.gemeenschappelijk).toBe(VERWACHT.PQ.totaal);
		expect(c.a).toBe('P');
		expect(c.b).toBe('Q');
		expect(dichteTabel(c.tabel)).toEqual([
			[2, 1, 0],
			[0, 1, 2]
		]);
	});

	test('the other way round: nesting swaps, ARI and VI are symmetric', () => {
		const c = congruentie(Q, P);
		expect(c.nestingAinB).toBeCloseTo(VERWACHT.PQ.nestingBinA, 12);
		expect(c.nestingBinA).toBeCloseTo(VERWACHT.PQ.nestingAinB, 12);
		expect(c.ari).toBeCloseTo(VERWACHT.PQ.ari, 12);
		expect(c.vi).toBeCloseTo(VERWACHT.PQ.vi, 12);
	});

	test('an overlapping domain: a gemeente in k × m region pairs adds 1/(k·m) to each', () => {
		const t = contingentie(D, P);
		expect(dichteTabel(t)).toEqual(VERWACHT.DP.tabel);
		expect(t.rijTotaal).toEqual(VERWACHT.DP.rijTotaal);
		expect(t.kolomTotaal).toEqual(VERWACHT.DP.kolomTotaal);
		// Only gemeenten in both layers count (e and f are gaps of D).
		expect(t.totaal).toBe(VERWACHT.DP.totaal);
		expect(t.rijen).toEqual([
			{ id: 'R1', naam: 'R1' },
			{ id: 'R2', naam: 'R2' }
		]);
		expect(t.kolommen.map((k) => k.id)).toEqual(['P1', 'P2']);
		// Sparse: only the three non-empty cells.
		expect(t.cellen).toHaveLength(3);
		const c = congruentie(D, P);
		expect(c.ari).toBeCloseTo(VERWACHT.DP.ari, 12);
		expect(c.vi).toBeCloseTo(VERWACHT.DP.vi, 12);
		expect(c.nestingAinB).toBeCloseTo(VERWACHT.DP.nestingAinB, 12);
		expect(c.nestingBinA).toBeCloseTo(VERWACHT.DP.nestingBinA, 12);
		expect(c.gemeenschappelijk).toBe(4);
	});

	test('k = m = 2: a gemeente in two regions of each layer adds ¼ to each of four cells', () => {
		// By hand: a is in a1, a2 and in b1, b2 → ¼ to each pair; b only in a1 × b1, c only in a2 × b2.
		const A: Laag = {
			id: 'A',
			naam: 'A',
			soort: 'domein',
			regios: [
				{ id: 'a1', naam: 'a1', gemeenten: ['a', 'b'] },
				{ id: 'a2', naam: 'a2', gemeenten: ['a', 'c'] }
			]
		};
		const B: Laag = {
			...A,
			id: 'B',
			regios: A.regios.map((r) => ({ ...r, id: r.id.replace('a', 'b') }))
		};
		const t = contingentie(A, B);
		expect(dichteTabel(t)).toEqual([
			[1.25, 0.25],
			[0.25, 1.25]
		]);
		expect(t.rijTotaal).toEqual([1.5, 1.5]);
		expect(t.kolomTotaal).toEqual([1.5, 1.5]);
		expect(t.totaal).toBe(3);
	});

	test('a region with no gemeente in common does not count for nesting; one gemeente: ARI 1', () => {
		const metLeeg: Laag = {
			...D,
			regios: [...D.regios, { id: 'R3', naam: 'R3', gemeenten: ['z'] }]
		};
		// Still ½: R3 has nothing in common with P, so only R1 and R2 are weighed.
		expect(congruentie(metLeeg, P).nestingAinB).toBeCloseTo(0.5, 12);
		const een: Laag = {
			id: 'E',
			naam: 'E',
			soort: 'indeling',
			regios: [{ id: 'e', naam: 'e', gemeenten: ['a'] }]
		};
		const c = congruentie(een, een);
		expect(c.gemeenschappelijk).toBe(1);
		expect(c.ari).toBe(1);
		expect(c.vi).toBe(0);
	});

	test('a member listed twice in one region counts once', () => {
		const dubbel: Laag = {
			...D,
			regios: [{ ...D.regios[0], gemeenten: ['a', 'b', 'c', 'a'] }, D.regios[1]]
		};
		expect(dichteTabel(contingentie(dubbel, P))).toEqual(VERWACHT.DP.tabel);
	});

	test('identical layers: ARI 1, VI 0, nesting 1; disjoint layers: nothing in common', () => {
		const c = congruentie(Q, Q);
		expect(c.ari).toBeCloseTo(1, 12);
		expect(c.vi).toBe(0);
		expect(c.nestingAinB).toBe(1);
		expect(c.nestingBinA).toBe(1);
		const leeg: Laag = { id: 'L', naam: 'L', soort: 'domein', regios: [] };
		const niets = congruentie(leeg, P);
		expect(niets.gemeenschappelijk).toBe(0);
		expect(niets.nestingAinB).toBe(0);
		expect(niets.nestingBinA).toBe(0);
		expect(niets.vi).toBe(0);
	});

	test('one region against a split: ARI 0 (no better than chance), nesting one way only', () => {
		// {a,b,c,d} vs {a,b} {c,d}: cells 2 2 → Σ = 2; rows C(4,2) = 6; columns 1 + 1 = 2;
		// expected 6·2/6 = 2; max 4; ARI = (2 − 2)/(4 − 2) = 0.
		const een: Laag = {
			id: 'E',
			naam: 'E',
			soort: 'indeling',
			regios: [{ id: 'e', naam: 'e', gemeenten: ['a', 'b', 'c', 'd'] }]
		};
		const twee: Laag = {
			id: 'T',
			naam: 'T',
			soort: 'indeling',
			regios: [
				{ id: 't1', naam: 't1', gemeenten: ['a', 'b'] },
				{ id: 't2', naam: 't2', gemeenten: ['c', 'd'] }
			]
		};
		const c = congruentie(een, twee);
		expect(c.ari).toBeCloseTo(0, 12);
		expect(c.nestingAinB).toBe(0);
		expect(c.nestingBinA).toBe(1);
		// VI = H(T | E) = 1 bit.
		expect(c.vi).toBeCloseTo(1, 12);
	});
});

opEchteData('congruentie on the real indelingen (what only real data shows)', () => {
	const { atlas } = echteData();
	const lagen = lagenUitAtlas(atlas);
	const laag = (id: string) => lagen.find((l) => l.id === id)!;
	const indelingen = lagen.filter((l) => l.soort === 'indeling');

	test('COROP nests 100 % inside provincie, not the other way round', () => {
		const c = congruentie(laag('corop-gebied'), laag('provincie'));
		expect(c.nestingAinB).toBe(1);
		expect(c.nestingBinA).toBeLessThan(1);
		expect(c.ari).toBeGreaterThan(0);
		expect(c.ari).toBeLessThan(1);
		const m = dichteTabel(c.tabel);
		expect(m).toHaveLength(40);
		for (const rij of m) expect(rij.filter((x) => x > 0)).toHaveLength(1);
		expect(c.tabel.totaal).toBe(342);
	});

	test('VI is a distance over the indelingen: symmetric, triangle inequality', () => {
		for (const a of indelingen)
			for (const b of indelingen) {
				expect(congruentie(a, b).vi).toBeCloseTo(congruentie(b, a).vi, 9);
				for (const c of indelingen)
					expect(congruentie(a, c).vi).toBeLessThanOrEqual(
						congruentie(a, b).vi + congruentie(b, c).vi + 1e-9
					);
			}
	});

	test('veiligheidsregio and GGD-regio line up closely', () => {
		expect(congruentie(laag('veiligheidsregio'), laag('ggd-regio')).ari).toBeGreaterThan(0.8);
	});
});
