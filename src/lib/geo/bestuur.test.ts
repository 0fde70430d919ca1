import { describe, expect, test } from 'vitest';
import type { Gemeente, Verband } from '$lib/data/types';
import { bestuursSamenvatting, bestuursTelling } from './bestuur';
import { gemiddelde, mediaan } from './statistiek';
import { echteData } from './test-data';

const gem = (code: string, provincieCode: string): Gemeente => ({
	code,
	naam: code,
	provincieCode,
	provincieNaam: provincieCode,
	inwoners: 1,
	oppervlakteKm2: 1
});
const verband = (
	id: string,
	vorm: Verband['samenwerkingsvorm'],
	gemeenten: string[],
	gedelegeerd: boolean,
	raden: string[] = []
): Verband => ({
	id,
	naam: id,
	samenwerkingsvorm: vorm,
	beleidsterreinen: [],
	domeinen: ['overig'],
	gemeenten,
	deelnemers: gemeenten.map((c) => ({
		naam: c,
		soort: 'gemeente',
		code: c,
		bestuursorganen: raden.includes(c)
			? ['College van burgemeester en wethouders', 'Gemeenteraad']
			: ['College van burgemeester en wethouders']
	})),
	versies: 1,
	regime: raden.length ? 'gemengde regeling' : 'collegeregeling',
	raadNeemtDeel: raden.length > 0,
	gedelegeerd,
	grondslagen: [],
	bron: { naam: 'test', url: 'x', peildatum: '2025-01-01' }
});

// Three gemeenten in P1, one in P2.
const gemeenten = [gem('A', 'P1'), gem('B', 'P1'), gem('C', 'P1'), gem('D', 'P2')];
const verbanden = [
	verband('ol1', 'openbaar lichaam', ['A', 'B', 'C'], true, ['A']),
	verband('ol2', 'openbaar lichaam', ['A', 'D'], false, ['A', 'D']),
	verband('bvo', 'bedrijfsvoeringsorganisatie', ['A', 'B'], true),
	verband('rzm', 'regeling zonder meer', ['C', 'D'], false)
];

describe('statistiek', () => {
	test('mediaan and gemiddelde by hand', () => {
		expect(mediaan([])).toBe(0);
		expect(mediaan([3, 1, 2])).toBe(2);
		expect(mediaan([4, 1, 3, 2])).toBe(2.5);
		expect(gemiddelde([1, 2, 6])).toBe(3);
	});
});

describe('bestuursTelling', () => {
	test('counts forms, the own raad and delegated powers (hand-computed)', () => {
		// A: ol1 (raad, deleg.), ol2 (raad), bvo (deleg.)
		expect(bestuursTelling(verbanden, 'A')).toEqual({
			verbanden: 3,
			openbaarLichaam: 2,
			lichter: 1,
			raad: 2,
			gedelegeerd: 2
		});
		// C: ol1 (its raad does not take part: only A's does), rzm
		expect(bestuursTelling(verbanden, 'C')).toEqual({
			verbanden: 2,
			openbaarLichaam: 1,
			lichter: 1,
			raad: 0,
			gedelegeerd: 1
		});
	});

	test('medians over the provincie and the country', () => {
		const s = bestuursSamenvatting({ gemeenten, verbanden }, 'B');
		// B: ol1, bvo → 2 verbanden, 1 OL, 1 lichter, 0 raad, 2 gedelegeerd.
		expect(s.eigen).toEqual({
			verbanden: 2,
			openbaarLichaam: 1,
			lichter: 1,
			raad: 0,
			gedelegeerd: 2
		});
		// P1 = A(3,2,1,2,2), B(2,1,1,0,2), C(2,1,1,0,1) → medians 2,1,1,0,2.
		expect(s.mediaanProvincie).toEqual({
			verbanden: 2,
			openbaarLichaam: 1,
			lichter: 1,
			raad: 0,
			gedelegeerd: 2
		});
		// + D(2,1,1,1,0) → sorted verbanden 2,2,2,3 → 2; raad 0,0,1,2 → 0.5; gedelegeerd 0,1,2,2 → 1.5.
		expect(s.mediaanLand).toEqual({
			verbanden: 2,
			openbaarLichaam: 1,
			lichter: 1,
			raad: 0.5,
			gedelegeerd: 1.5
		});
		expect(s.aantalInProvincie).toBe(3);
	});

	test('real data: Maastricht is in openbare lichamen and lighter forms, counts add up', () => {
		const { atlas } = echteData();
		const s = bestuursSamenvatting(atlas, 'GM0935');
		expect(s.eigen.openbaarLichaam + s.eigen.lichter).toBe(s.eigen.verbanden);
		expect(s.eigen.verbanden).toBe(
			atlas.verbanden.filter((v) => v.gemeenten.includes('GM0935')).length
		);
		expect(s.eigen.raad).toBeLessThanOrEqual(s.eigen.verbanden);
		expect(s.aantalInProvincie).toBe(
			atlas.gemeenten.filter((g) => g.provincieCode === 'PV31').length
		);
	});
});
