import { beforeEach, describe, expect, test } from 'vitest';
import { MINI_TOPOLOGIE, VIERKANT_KM2 } from '../../../tests/fixtures/mini-topologie';
import type { Atlas, Gemeente } from '$lib/data/types';
import type { Laag } from './lagen';
import { maakGeoIndex } from './geo-index';
import { analyseer, type Analyse } from './analyse';

// The five squares as an atlas; the layer D covers 1, 2 and 4 (4 in both regions), leaving 3 and 5.
const index = maakGeoIndex(MINI_TOPOLOGIE);
const gemeenten: Gemeente[] = index.codes.map((code) => ({
	code,
	naam: code,
	provincieCode: 'PV1',
	provincieNaam: 'Een',
	inwoners: 100,
	oppervlakteKm2: 1
}));
const atlas = { gemeenten, verbanden: [], indelingen: [], domeinen: [] } as unknown as Atlas;
const D: Laag = {
	id: 'D',
	naam: 'D',
	soort: 'domein',
	regios: [
		{ id: 'r1', naam: 'r1', gemeenten: ['GM0001', 'GM0002', 'GM0004'] },
		{ id: 'r2', naam: 'r2', gemeenten: ['GM0004'] }
	]
};
const I: Laag = {
	id: 'I',
	naam: 'I',
	soort: 'indeling',
	regios: [{ id: 'i', naam: 'i', gemeenten: index.codes }]
};

describe('analyseer', () => {
	let a: Analyse;
	beforeEach(() => {
		a = analyseer(index, atlas, [D, I]);
	});

	test('per layer: coverage, area of the gaps, and per region its size, area and parts', () => {
		const d = a.lagen[0];
		expect(d.laag).toBe(D);
		expect(d.dekking.gaten).toEqual(['GM0003', 'GM0005']);
		expect(d.dekking.overlap).toEqual(['GM0004']);
		expect(d.gatenOppervlakteKm2).toBeCloseTo(2 * VIERKANT_KM2, 6);
		expect(d.regios[0]).toMatchObject({ id: 'r1', naam: 'r1', leden: 3 });
		expect(d.regios[0].oppervlakteKm2).toBeCloseTo(3 * VIERKANT_KM2, 6);
		// 1–2 touch, 4 is across the water from 3 and 5 only: two parts.
		expect(d.regios[0].contiguiteit.delen).toEqual([['GM0001', 'GM0002'], ['GM0004']]);
		expect(a.lagen[1].dekking.aandeelGemeenten).toBe(1);
	});

	test('one congruence per pair, scales over all layers, partners over the domains only', () => {
		expect(a.congruentie.map((c) => [c.a, c.b])).toEqual([['D', 'I']]);
		expect(a.schalen.get('GM0004')).toEqual({ schalen: 3, verbanden: 3 });
		expect(a.schalen.get('GM0003')).toEqual({ schalen: 1, verbanden: 1 });
		expect(Object.fromEntries(a.netwerk)).toEqual({
			'GM0001|GM0002': 1,
			'GM0001|GM0004': 1,
			'GM0002|GM0004': 1
		});
	});
});
