import { describe, expect, test } from 'vitest';
import type { Geschiedenis, Keten } from '$lib/data/geschiedenis';
import {
	jaarReeks,
	reeksDatums,
	standOp,
	tellingPerGemeente,
	tijdlijn,
	trend,
	voorgangers
} from './historie';

// A small history, every figure below computed by hand. B and C merge into N on 2020-01-01; S was
// split over A and D on 2019-01-01.
const g: Geschiedenis = {
	vanaf: '2018-01-01',
	peildatum: '2022-03-01',
	gemeenten: [
		{
			code: 'A',
			naam: 'A',
			provincieCode: 'P1',
			provincieNaam: 'P1',
			van: '2000-01-01',
			tot: null
		},
		{
			code: 'B',
			naam: 'B',
			provincieCode: 'P1',
			provincieNaam: 'P1',
			van: '2000-01-01',
			tot: '2020-01-01'
		},
		{
			code: 'C',
			naam: 'C',
			provincieCode: 'P1',
			provincieNaam: 'P1',
			van: '2000-01-01',
			tot: '2020-01-01'
		},
		{
			code: 'S',
			naam: 'S',
			provincieCode: 'P1',
			provincieNaam: 'P1',
			van: '2000-01-01',
			tot: '2019-01-01'
		},
		{
			code: 'N',
			naam: 'N',
			provincieCode: 'P1',
			provincieNaam: 'P1',
			van: '2020-01-01',
			tot: null
		},
		{ code: 'D', naam: 'D', provincieCode: 'P2', provincieNaam: 'P2', van: '2000-01-01', tot: null }
	],
	opvolgers: {
		B: { datum: '2020-01-01', codes: ['N'] },
		C: { datum: '2020-01-01', codes: ['N'] },
		S: { datum: '2019-01-01', codes: ['A', 'D'] }
	},
	perioden: [],
	ketens: [
		{
			id: 'k1',
			naam: 'ICT-regeling',
			vorm: 'openbaar lichaam',
			domeinen: ['ict'],
			versies: [
				{
					id: 'k1a',
					van: '2015-01-01',
					tot: '2020-01-01',
					leden: [
						{ c: 'A', n: 'A' },
						{ c: 'B', n: 'B', t: '2010-03-01' }
					]
				},
				{
					id: 'k1',
					van: '2020-01-01',
					tot: null,
					leden: [
						{ c: 'A', n: 'A' },
						{ c: 'N', n: 'N' }
					]
				}
			]
		},
		{
			id: 'k2',
			naam: 'Belastingregeling',
			vorm: 'regeling zonder meer',
			domeinen: ['belastingen'],
			versies: [
				{
					id: 'k2a',
					van: '2019-06-01',
					tot: '2021-01-01',
					leden: [
						{ c: 'A', n: 'A' },
						{ c: 'D', n: 'D', t: '2019-09-01' }
					]
				},
				{ id: 'k2', van: '2021-01-01', tot: '2022-01-01', leden: [{ c: 'A', n: 'A' }] }
			]
		},
		{
			id: 'k3',
			naam: 'Gemengd',
			vorm: 'openbaar lichaam',
			domeinen: ['ict', 'belastingen'],
			versies: [
				{
					id: 'k3',
					van: '2021-07-01',
					tot: null,
					leden: [
						{ c: 'N', n: 'N' },
						{ c: 'D', n: 'D' }
					]
				}
			]
		}
	]
};

// Built inside each test, not when the file loads: mutation testing switches a mutant on per test,
// so a fixture computed at load time would hide what the code under test does wrong.
function opbouw(h: Geschiedenis = g) {
	const datums = reeksDatums(h.vanaf, h.peildatum);
	const standen = datums.map((d) => standOp(h, d));
	return { datums, standen, tellingen: standen.map(tellingPerGemeente) };
}

describe('reeksDatums', () => {
	test('1 January of each year, then the peildatum', () => {
		expect(opbouw().datums).toEqual([
			'2018-01-01',
			'2019-01-01',
			'2020-01-01',
			'2021-01-01',
			'2022-01-01',
			'2022-03-01'
		]);
		expect(reeksDatums('2018-01-01', '2019-01-01')).toEqual(['2018-01-01', '2019-01-01']);
	});
});

describe('voorgangers', () => {
	test('merged predecessors count, split ones are listed apart', () => {
		expect(voorgangers(g, 'N')).toEqual({ codes: ['B', 'C'], gesplitst: [] });
		expect(voorgangers(g, 'A')).toEqual({ codes: [], gesplitst: ['S'] });
		expect(voorgangers(g, 'D')).toEqual({ codes: [], gesplitst: ['S'] });
	});

	const o = (...codes: string[]) => ({ datum: '2020-01-01', codes });
	test('sorted whatever the order of the file; followed over several herindelingen', () => {
		expect(voorgangers({ opvolgers: { C: o('N'), B: o('N') } }, 'N').codes).toEqual(['B', 'C']);
		expect(voorgangers({ opvolgers: { T: o('A', 'D'), S: o('A', 'D') } }, 'A')).toEqual({
			codes: [],
			gesplitst: ['S', 'T']
		});
		// Y went into X, X into N: both are N's history.
		expect(voorgangers({ opvolgers: { Y: o('X'), X: o('N') } }, 'N').codes).toEqual(['X', 'Y']);
	});

	test("a gemeente that went into one that was later split is not wholly anyone's", () => {
		// X went wholly into S; S was split over A and D: X is not a predecessor of A as a whole.
		expect(voorgangers({ opvolgers: { X: o('S'), S: o('A', 'D') } }, 'A')).toEqual({
			codes: [],
			gesplitst: ['S']
		});
	});

	test('a cycle in damaged data ends instead of looping', () => {
		expect(voorgangers({ opvolgers: { P: o('Q'), Q: o('P'), B: o('N') } }, 'N')).toEqual({
			codes: ['B'],
			gesplitst: []
		});
	});
});

describe('tellingPerGemeente', () => {
	test('2020: A in k1 and k2, N in k1, D in k2 (joined 2019-09-01)', () => {
		expect(Object.fromEntries(opbouw().tellingen[2])).toEqual({
			A: { verbanden: 2, schalen: 2 },
			N: { verbanden: 1, schalen: 1 },
			D: { verbanden: 1, schalen: 1 }
		});
	});
});

describe('jaarReeks', () => {
	test('N: its predecessors before the merger, itself after; medians of the day', () => {
		const { standen, tellingen } = opbouw();
		const r = jaarReeks(standen, tellingen, 'N', voorgangers(g, 'N').codes, 'P1');
		expect(r.map((p) => [p.datum, p.verbanden, p.schalen, p.via])).toEqual([
			['2018-01-01', 1, 1, ['B', 'C']],
			['2019-01-01', 1, 1, ['B', 'C']],
			['2020-01-01', 1, 1, undefined],
			['2021-01-01', 1, 1, undefined],
			['2022-01-01', 2, 2, undefined],
			['2022-03-01', 2, 2, undefined]
		]);
		// P1 on 2018: A1 B1 C0 S0 → 0.5; the country adds D0 → 0.
		expect(r[0].mediaanProvincie.verbanden).toBe(0.5);
		expect(r[0].mediaanLand.verbanden).toBe(0);
		// 2019: P1 A1 B1 C0 → 1; country 0,0,1,1 → 0.5.
		expect(r[1].mediaanProvincie.verbanden).toBe(1);
		expect(r[1].mediaanLand.verbanden).toBe(0.5);
		// 2020: P1 A2 N1 → 1.5 (also scales); country 1,1,2 → 1.
		expect(r[2].mediaanProvincie).toEqual({ verbanden: 1.5, schalen: 1.5 });
		expect(r[2].mediaanLand).toEqual({ verbanden: 1, schalen: 1 });
		// 2021: A2 (k1, k2), N1, D0 → P1 1.5, country 1.
		expect(r[3].mediaanLand.verbanden).toBe(1);
	});

	test('via lists only the predecessors that existed on each date', () => {
		// X went into B on 2019-01-01, B (and C) into N on 2020-01-01.
		const h: Geschiedenis = {
			...g,
			gemeenten: [
				...g.gemeenten,
				{
					code: 'X',
					naam: 'X',
					provincieCode: 'P1',
					provincieNaam: 'P1',
					van: '2000-01-01',
					tot: '2019-01-01'
				}
			],
			opvolgers: { ...g.opvolgers, X: { datum: '2019-01-01', codes: ['B'] } }
		};
		const { standen, tellingen } = opbouw(h);
		const eigen = voorgangers(h, 'N').codes;
		expect(eigen).toEqual(['B', 'C', 'X']);
		const r = jaarReeks(standen, tellingen, 'N', eigen, 'P1');
		expect(r.slice(0, 3).map((p) => [p.datum, p.via])).toEqual([
			['2018-01-01', ['B', 'C', 'X']],
			['2019-01-01', ['B', 'C']],
			['2020-01-01', undefined]
		]);
	});
});

describe('tijdlijn', () => {
	test('N with its predecessors: joined through B, new version, joined k3', () => {
		expect(tijdlijn(g.ketens, new Set(['N', 'B', 'C']))).toEqual([
			{ datum: '2021-07-01', soort: 'toetreding', ketenId: 'k3', naam: 'Gemengd', lid: 'N' },
			{ datum: '2020-01-01', soort: 'nieuwe versie', ketenId: 'k1', naam: 'ICT-regeling' },
			{ datum: '2010-03-01', soort: 'toetreding', ketenId: 'k1', naam: 'ICT-regeling', lid: 'B' }
		]);
	});

	test('D joins k2 on its toetredingsdatum and leaves at the end of that version', () => {
		expect(tijdlijn(g.ketens, new Set(['D'])).map((e) => [e.datum, e.soort, e.ketenId])).toEqual([
			['2021-07-01', 'toetreding', 'k3'],
			['2021-01-01', 'uittreding', 'k2'],
			['2019-09-01', 'toetreding', 'k2']
		]);
	});

	test('A sees k2 end', () => {
		expect(tijdlijn(g.ketens, new Set(['A'])).map((e) => [e.datum, e.soort, e.ketenId])).toEqual([
			['2022-01-01', 'beëindigd', 'k2'],
			['2021-01-01', 'nieuwe versie', 'k2'],
			['2020-01-01', 'nieuwe versie', 'k1'],
			['2019-06-01', 'toetreding', 'k2'],
			['2015-01-01', 'toetreding', 'k1']
		]);
	});
});

describe('tijdlijn: the dates it takes from the chain', () => {
	const keten = (id: string, naam: string, versies: Keten['versies']): Keten => ({
		id,
		naam,
		vorm: 'openbaar lichaam',
		domeinen: ['ict'],
		versies
	});

	test('predecessors listed together: the first to join, with its own name', () => {
		const k = keten('kM', 'Samen', [
			{
				id: 'kM',
				van: '2016-01-01',
				tot: null,
				leden: [
					{ c: 'C', n: 'C', t: '2017-05-01' },
					{ c: 'B', n: 'B', t: '2016-02-01' },
					{ c: 'N', n: 'N', t: '2018-01-01' }
				]
			}
		]);
		expect(tijdlijn([k], new Set(['N', 'B', 'C']))).toEqual([
			{ datum: '2016-02-01', soort: 'toetreding', ketenId: 'kM', naam: 'Samen', lid: 'B' }
		]);
	});

	test('no longer listed: it left when the last version with it ended, not when the next began', () => {
		const kG = keten('kG', 'Met een gat', [
			{
				id: 'kG1',
				van: '2018-01-01',
				tot: '2019-03-01',
				leden: [
					{ c: 'A', n: 'A' },
					{ c: 'D', n: 'D' }
				]
			},
			{ id: 'kG2', van: '2019-06-01', tot: null, leden: [{ c: 'A', n: 'A' }] }
		]);
		// A version without an end before a later one (the register left it open): the next's start.
		const kT = keten('kT', 'Open einde', [
			{ id: 'kT1', van: '2018-01-01', tot: null, leden: [{ c: 'D', n: 'D' }] },
			{ id: 'kT2', van: '2020-01-01', tot: null, leden: [{ c: 'A', n: 'A' }] }
		]);
		expect(tijdlijn([kG, kT], new Set(['D'])).map((e) => [e.datum, e.soort, e.ketenId])).toEqual([
			['2020-01-01', 'uittreding', 'kT'],
			['2019-03-01', 'uittreding', 'kG'],
			// The same day: by name, in Dutch order.
			['2018-01-01', 'toetreding', 'kG'],
			['2018-01-01', 'toetreding', 'kT']
		]);
	});

	test('a chain without versions gives nothing, and no error', () => {
		expect(tijdlijn([keten('kL', 'Leeg', [])], new Set(['A']))).toEqual([]);
	});
});

describe('trend', () => {
	test('ICT per date: regelingen, mean per gemeente and the back-filled share', () => {
		const t = trend(opbouw().standen, g.ketens, 'ict');
		// 2018: 5 gemeenten, k1 {A,B}: 2/5; k1 began 2015 (before the duty).
		expect(t[0]).toEqual({
			datum: '2018-01-01',
			gemeenten: 5,
			regelingen: 1,
			gemiddeldPerGemeente: 0.4,
			aandeelTeruggevuld: 1
		});
		// 2022: k1 {A,N} and k3 {N,D} over A, N, D: 4/3; k3 registered after the duty → ½.
		expect(t[4].regelingen).toBe(2);
		expect(t[4].gemiddeldPerGemeente).toBeCloseTo(4 / 3, 10);
		expect(t[4].aandeelTeruggevuld).toBe(0.5);
	});

	test('a domain counts only its own regelingen', () => {
		const t = trend(opbouw().standen, g.ketens, 'belastingen');
		// 2021-01-01: in force k1 (ict) and k2 (belastingen, A only) over A, N, D.
		expect(t[3]).toEqual({
			datum: '2021-01-01',
			gemeenten: 3,
			regelingen: 1,
			gemiddeldPerGemeente: 1 / 3,
			aandeelTeruggevuld: 1
		});
		// 2022-01-01: k2 has ended; k3 (ict and belastingen) has N and D, registered after the duty.
		expect(t[4].regelingen).toBe(1);
		expect(t[4].gemiddeldPerGemeente).toBeCloseTo(2 / 3, 10);
		expect(t[4].aandeelTeruggevuld).toBe(0);
	});

	test('a verband whose chain is unknown is not counted as back-filled', () => {
		const t = trend(opbouw().standen, [], 'ict');
		expect(t[0].regelingen).toBe(1);
		expect(t[0].aandeelTeruggevuld).toBe(0);
	});

	test('all verbanden on 2020-01-01', () => {
		const t = trend(opbouw().standen, g.ketens);
		expect(t[2].regelingen).toBe(2);
		expect(t[2].gemiddeldPerGemeente).toBeCloseTo(4 / 3, 10);
		expect(t[2].aandeelTeruggevuld).toBe(1);
	});
});
