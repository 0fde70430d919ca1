import { describe, expect, test } from 'vitest';
import type { Verband } from '$lib/data/types';
import { verandering, type Stand } from './verandering';

const vb = (id: string, gemeenten: string[], domeinen: Verband['domeinen'] = ['ict']) =>
	({ id, naam: id.toUpperCase(), domeinen, gemeenten }) as Verband;
const gem = (code: string) =>
	({ code, naam: code.replace('GM', 'G') }) as Stand['atlas']['gemeenten'][0];
const tel = (m: Record<string, number>) =>
	new Map(Object.entries(m).map(([c, n]) => [c, { schalen: n, verbanden: n }]));

// 2019: A, B, C; A and B merge into AB by 2021. X ends, Z starts, Y gains C.
const toen: Stand = {
	datum: '2019-01-01',
	atlas: {
		gemeenten: ['GM0001', 'GM0002', 'GM0003'].map(gem),
		verbanden: [
			vb('x', ['GM0001', 'GM0003']),
			vb('y', ['GM0001', 'GM0002']),
			vb('w', ['GM0003'], ['afval'])
		]
	},
	telling: tel({ GM0001: 2, GM0002: 1, GM0003: 1 })
};
const nu: Stand = {
	datum: '2021-01-01',
	atlas: {
		gemeenten: ['GM0003', 'GM0009'].map(gem),
		verbanden: [vb('y', ['GM0003', 'GM0009']), vb('z', ['GM0009']), vb('w', [], ['afval'])]
	},
	telling: tel({ GM0003: 1, GM0009: 2 })
};
const naarLater = (c: string) => (c === 'GM0001' || c === 'GM0002' ? 'GM0009' : c);

describe('verandering', () => {
	test('started, ended and member changes; a merger is not a leave and a join', () => {
		const w = verandering(toen, nu, { naarLater, domeinen: new Set(['ict']) });
		expect(w.van).toBe('2019-01-01');
		expect(w.begonnen.map((v) => v.id)).toEqual(['z']);
		expect(w.beeindigd.map((v) => v.id)).toEqual(['x']);
		expect(w.ledenGewijzigd).toEqual([{ id: 'y', naam: 'Y', erbij: ['GM0003'], eraf: [] }]);
	});

	test('the order of the two dates does not matter', () => {
		expect(verandering(nu, toen, { naarLater })).toEqual(verandering(toen, nu, { naarLater }));
	});

	test('per gemeente of the later date: the change in scales, null for a new gemeente', () => {
		const w = verandering(toen, nu, { naarLater });
		expect(w.verschil).toEqual(
			new Map([
				['GM0003', 0],
				['GM0009', null]
			])
		);
		expect(w.perGemeente.find((g) => g.code === 'GM0009')).toMatchObject({ van: null, tot: 2 });
	});

	test('only verbanden of the given domains are listed', () => {
		const w = verandering(toen, nu, { naarLater, domeinen: new Set(['afval']) });
		expect(w.begonnen).toEqual([]);
		expect(w.beeindigd).toEqual([]);
		expect(w.ledenGewijzigd).toEqual([{ id: 'w', naam: 'W', erbij: [], eraf: ['GM0003'] }]);
	});

	test('without a mapping, codes are compared as they are', () => {
		const w = verandering(toen, nu);
		expect(w.ledenGewijzigd.find((x) => x.id === 'y')).toEqual({
			id: 'y',
			naam: 'Y',
			erbij: ['GM0003', 'GM0009'],
			eraf: ['GM0001', 'GM0002']
		});
	});
});
