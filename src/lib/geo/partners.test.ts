import { describe, expect, test } from 'vitest';
import { PARTNER_REGIOS } from '../../../tests/fixtures/lagen';
import { partnerNetwerk, partnersVan } from './partners';

describe('partners on the hand-computed regions (tests/fixtures/README.md)', () => {
	test('partnersVan counts shared regions per partner, most shared first, ties by code', () => {
		expect(partnersVan('c', PARTNER_REGIOS)).toEqual([
			{ code: 'a', gedeeld: 2, verbanden: ['R1', 'R3'] },
			{ code: 'b', gedeeld: 1, verbanden: ['R1'] },
			{ code: 'd', gedeeld: 1, verbanden: ['R2'] }
		]);
		// a shares R1 and R3 with c, R1 with b.
		expect(partnersVan('a', PARTNER_REGIOS)).toEqual([
			{ code: 'c', gedeeld: 2, verbanden: ['R1', 'R3'] },
			{ code: 'b', gedeeld: 1, verbanden: ['R1'] }
		]);
		expect(partnersVan('e', PARTNER_REGIOS)).toEqual([]);
	});

	test('partnerNetwerk: one edge per pair, weighted by the number of shared regions', () => {
		expect(Object.fromEntries(partnerNetwerk(PARTNER_REGIOS))).toEqual({
			'a|b': 1,
			'a|c': 2,
			'b|c': 1,
			'c|d': 1
		});
	});

	test('a member listed twice, or in unsorted order, makes no self-edge and one key per pair', () => {
		const n = partnerNetwerk([{ id: 'x', naam: 'x', gemeenten: ['d', 'c', 'd'] }]);
		expect(Object.fromEntries(n)).toEqual({ 'c|d': 1 });
	});
});
