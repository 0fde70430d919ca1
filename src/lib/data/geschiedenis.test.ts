import { describe, expect, it } from 'vitest';
import {
	codeOp,
	gemeentenOp,
	geldigOp,
	isTeruggevuld,
	jaarDatums,
	periodeOp,
	verbandenOp,
	versieOp,
	type Geschiedenis,
	type Keten
} from './geschiedenis';

// A tiny made-up history. A and B merge into C on 2020-01-01; D is split into E and F on
// 2021-01-01; G is absorbed by E on 2022-03-01.
const g: Geschiedenis = {
	vanaf: '2018-01-01',
	peildatum: '2023-06-01',
	gemeenten: [
		{
			code: 'GM0001',
			naam: 'A',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: '2020-01-01'
		},
		{
			code: 'GM0002',
			naam: 'B',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: '2020-01-01'
		},
		{
			code: 'GM0003',
			naam: 'C',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '2020-01-01',
			tot: null
		},
		{
			code: 'GM0004',
			naam: 'D',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: '2021-01-01'
		},
		{
			code: 'GM0005',
			naam: 'E',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: null
		},
		{
			code: 'GM0006',
			naam: 'F',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: null
		},
		{
			code: 'GM0007',
			naam: 'G',
			provincieCode: 'PV20',
			provincieNaam: 'X',
			van: '1970-01-01',
			tot: '2022-03-01'
		}
	],
	opvolgers: {
		GM0001: { datum: '2020-01-01', codes: ['GM0003'] },
		GM0002: { datum: '2020-01-01', codes: ['GM0003'] },
		GM0004: { datum: '2021-01-01', codes: ['GM0005', 'GM0006'] },
		GM0007: { datum: '2022-03-01', codes: ['GM0005'] }
	},
	perioden: [
		{ van: '2018-01-01', tot: '2020-01-01', topo: 'p1' },
		{ van: '2020-01-01', tot: '2021-01-01', topo: 'p2' },
		{ van: '2021-01-01', tot: '2022-03-01', topo: 'p3' },
		{ van: '2022-03-01', tot: null, topo: 'p4' }
	],
	ketens: []
};

const geldigeCodes = (d: string) => new Set(gemeentenOp(g, d).map((x) => x.code));

const keten = (versies: Keten['versies']): Keten => ({
	id: 'k',
	naam: 'K',
	vorm: 'openbaar lichaam',
	domeinen: ['inkoop'],
	versies
});

describe('geldigOp', () => {
	it('is inclusive at the start and exclusive at the end', () => {
		expect(geldigOp('2020-01-01', '2021-01-01', '2020-01-01')).toBe(true);
		expect(geldigOp('2020-01-01', '2021-01-01', '2020-12-31')).toBe(true);
		expect(geldigOp('2020-01-01', '2021-01-01', '2021-01-01')).toBe(false);
		expect(geldigOp('2020-01-01', '2021-01-01', '2019-12-31')).toBe(false);
		expect(geldigOp('2020-01-01', null, '2999-01-01')).toBe(true);
	});
});

describe('gemeentenOp and periodeOp', () => {
	it('gives the gemeenten of the day: before and after each change', () => {
		expect([...geldigeCodes('2019-12-31')].sort()).toEqual([
			'GM0001',
			'GM0002',
			'GM0004',
			'GM0005',
			'GM0006',
			'GM0007'
		]);
		expect([...geldigeCodes('2020-01-01')].sort()).toEqual([
			'GM0003',
			'GM0004',
			'GM0005',
			'GM0006',
			'GM0007'
		]);
		expect([...geldigeCodes('2022-03-01')].sort()).toEqual(['GM0003', 'GM0005', 'GM0006']);
	});
	it('finds the period of a date, the last one open-ended', () => {
		expect(periodeOp(g, '2018-01-01')?.topo).toBe('p1');
		expect(periodeOp(g, '2020-12-31')?.topo).toBe('p2');
		expect(periodeOp(g, '2022-02-28')?.topo).toBe('p3');
		expect(periodeOp(g, '2030-01-01')?.topo).toBe('p4');
		expect(periodeOp(g, '2017-12-31')).toBeUndefined();
	});
});

describe('codeOp', () => {
	it('keeps a code that exists on the day', () => {
		expect(codeOp(g, 'GM0001', '2019-06-01', geldigeCodes('2019-06-01'))).toBe('GM0001');
	});
	it('maps a dissolved code forward to its one successor, over several steps', () => {
		expect(codeOp(g, 'GM0001', '2020-06-01', geldigeCodes('2020-06-01'))).toBe('GM0003');
		const multi: Pick<Geschiedenis, 'opvolgers'> = {
			opvolgers: { ...g.opvolgers, GM0003: { datum: '2022-01-01', codes: ['GM0006'] } }
		};
		expect(codeOp(multi, 'GM0001', '2022-06-01', new Set(['GM0005', 'GM0006']))).toBe('GM0006');
	});
	it('never names one part of a split gemeente', () => {
		expect(codeOp(g, 'GM0004', '2021-06-01', geldigeCodes('2021-06-01'))).toBeNull();
	});
	it('gives nothing for a code that does not exist yet on the day', () => {
		expect(codeOp(g, 'GM0003', '2019-06-01', geldigeCodes('2019-06-01'))).toBeNull();
	});
	it('does not map forward before the dissolution date', () => {
		// G still existed on 2022-02-28, so there G is G; E is E.
		expect(codeOp(g, 'GM0007', '2022-02-28', geldigeCodes('2022-02-28'))).toBe('GM0007');
		expect(codeOp(g, 'GM0007', '2022-03-01', geldigeCodes('2022-03-01'))).toBe('GM0005');
	});
	it('gives nothing for an unknown code', () => {
		expect(codeOp(g, 'GM9999', '2022-06-01', geldigeCodes('2022-06-01'))).toBeNull();
	});
});

describe('versieOp and verbandenOp', () => {
	const k = keten([
		{
			id: 'v1',
			van: '2017-01-01',
			tot: '2020-07-01',
			leden: [
				{ c: 'GM0001', n: 'A' },
				{ c: 'GM0004', n: 'D' }
			]
		},
		{
			id: 'v2',
			van: '2020-07-01',
			tot: null,
			leden: [
				{ c: 'GM0001', n: 'A (oud)' },
				{ c: 'GM0005', n: 'E', t: '2021-01-01' },
				{ n: 'onbekend' }
			]
		}
	]);
	it('takes the version in force on the day; none before the first', () => {
		expect(versieOp(k, '2016-12-31')).toBeUndefined();
		expect(versieOp(k, '2020-06-30')?.id).toBe('v1');
		expect(versieOp(k, '2020-07-01')?.id).toBe('v2');
	});
	it('prefers the newer version when two overlap', () => {
		const overlap = keten([
			{ id: 'oud', van: '2018-01-01', tot: null, leden: [] },
			{ id: 'nieuw', van: '2019-01-01', tot: null, leden: [] }
		]);
		expect(versieOp(overlap, '2019-06-01')?.id).toBe('nieuw');
		expect(versieOp(overlap, '2018-06-01')?.id).toBe('oud');
	});
	it('counts members from their toetredingsdatum, on the gemeenten of the day', () => {
		const ledenOp = (d: string) =>
			verbandenOp({ ...g, ketens: [k] }, d, geldigeCodes(d)).map((v) => [v.versie, v.gemeenten]);
		expect(ledenOp('2019-06-01')).toEqual([['v1', ['GM0001', 'GM0004']]]);
		// A → C from 2020; D still exists until its split in 2021.
		expect(ledenOp('2020-03-01')).toEqual([['v1', ['GM0003', 'GM0004']]]);
		// v2 lists E, joining on 2021-01-01: not yet a member on 2020-12-25.
		expect(ledenOp('2020-12-25')).toEqual([['v2', ['GM0003']]]);
		expect(ledenOp('2021-01-01')).toEqual([['v2', ['GM0003', 'GM0005']]]);
	});
	it('leaves out a regeling without a gemeente on the day, and one not yet in force', () => {
		const leeg = keten([{ id: 'x', van: '2019-01-01', tot: null, leden: [{ n: 'zonder code' }] }]);
		expect(verbandenOp({ ...g, ketens: [leeg] }, '2019-06-01', geldigeCodes('2019-06-01'))).toEqual(
			[]
		);
		expect(verbandenOp({ ...g, ketens: [k] }, '2016-06-01', geldigeCodes('2016-06-01'))).toEqual(
			[]
		);
	});
	it('carries the regeling fields through', () => {
		const [v] = verbandenOp(
			{ ...g, ketens: [{ ...k, afkorting: 'KK' }] },
			'2019-06-01',
			geldigeCodes('2019-06-01')
		);
		expect(v).toMatchObject({
			id: 'k',
			naam: 'K',
			afkorting: 'KK',
			vorm: 'openbaar lichaam',
			domeinen: ['inkoop']
		});
	});
});

describe('isTeruggevuld and jaarDatums', () => {
	it('calls a regeling back-filled when its first version began before 1 July 2021', () => {
		expect(isTeruggevuld(keten([{ id: 'a', van: '2021-06-30', tot: null, leden: [] }]))).toBe(true);
		expect(isTeruggevuld(keten([{ id: 'a', van: '2021-07-01', tot: null, leden: [] }]))).toBe(
			false
		);
	});
	it('lists 1 January of each year up to the date', () => {
		expect(jaarDatums('2018-01-01', '2020-12-31')).toEqual([
			'2018-01-01',
			'2019-01-01',
			'2020-01-01'
		]);
		expect(jaarDatums('2018-01-01', '2020-01-01')).toEqual([
			'2018-01-01',
			'2019-01-01',
			'2020-01-01'
		]);
		expect(jaarDatums('2018-01-01', '2017-12-31')).toEqual([]);
	});
});
