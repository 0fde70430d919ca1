import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { GemeenteTopology } from './load';
import type { Atlas, Verband } from './types';
import type { Geschiedenis } from './geschiedenis';
import { atlasOp, datumBereik, isIsoDatum } from './tijdreis';
import { maakGeoIndex } from '$lib/geo/geo-index';
import { contiguiteit } from '$lib/geo/contiguiteit';
import { lagenUitAtlas } from '$lib/geo/lagen';
import { congruentie } from '$lib/geo/congruentie';
import { echteData } from '$lib/geo/test-data';

// A tiny hand-made world: A and B merge into AB on 2020-01-01; C stays. One regeling whose
// second version lists C with a later toetredingsdatum, one that ended, one still current.
const gem = (code: string, naam: string, van: string, tot: string | null) => ({
	code,
	naam,
	provincieCode: 'PV99',
	provincieNaam: 'Testland',
	van,
	tot
});
const G: Geschiedenis = {
	vanaf: '2018-01-01',
	peildatum: '2021-06-01',
	gemeenten: [
		gem('GM0001', 'A', '2010-01-01', '2020-01-01'),
		gem('GM0002', 'B', '2010-01-01', '2020-01-01'),
		gem('GM0003', 'C', '2010-01-01', null),
		gem('GM0009', 'AB', '2020-01-01', null)
	],
	opvolgers: {
		GM0001: { datum: '2020-01-01', codes: ['GM0009'] },
		GM0002: { datum: '2020-01-01', codes: ['GM0009'] }
	},
	perioden: [
		{ van: '2018-01-01', tot: '2020-01-01', topo: 'gemeenten-2018-01-01.topo.json' },
		{ van: '2020-01-01', tot: null, topo: 'gemeenten.topo.json' }
	],
	ketens: [
		{
			id: 'nu',
			naam: 'Regeling Nu',
			vorm: 'openbaar lichaam',
			domeinen: ['ict'],
			versies: [
				{ id: 'nu-1', van: '2015-01-01', tot: '2020-12-22', leden: [{ c: 'GM0001', n: 'A' }] },
				{
					id: 'nu',
					van: '2020-12-22',
					tot: null,
					leden: [
						{ c: 'GM0001', n: 'A' },
						{ c: 'GM0003', n: 'C', t: '2021-01-01' }
					]
				}
			]
		},
		{
			id: 'oud',
			naam: 'Regeling Oud',
			afkorting: 'RO',
			vorm: 'bedrijfsvoeringsorganisatie',
			domeinen: ['belastingen'],
			versies: [
				{
					id: 'oud',
					van: '2016-01-01',
					tot: '2019-07-01',
					leden: [
						{ c: 'GM0002', n: 'B' },
						{ c: 'GM0003', n: 'C' }
					]
				}
			]
		}
	]
};
const verbandNu: Verband = {
	id: 'nu',
	naam: 'Regeling Nu',
	samenwerkingsvorm: 'openbaar lichaam',
	beleidsterreinen: ['ICT'],
	doel: 'Samen ICT',
	domeinen: ['ict'],
	gemeenten: ['GM0003', 'GM0009'],
	deelnemers: [
		{ naam: 'AB', soort: 'gemeente', code: 'GM0009' },
		{ naam: 'C', soort: 'gemeente', code: 'GM0003' },
		{ naam: 'Waterschap', soort: 'waterschap' }
	],
	versieSinds: '2020-12-22',
	versies: 2,
	regime: 'collegeregeling',
	raadNeemtDeel: false,
	gedelegeerd: true,
	grondslagen: [],
	bron: { naam: 'ROO', url: 'x', peildatum: '2021-06-01' }
};
const A: Atlas = {
	meta: {
		peildatumGemeenten: '2021-01-01',
		peildatumRegister: '2021-06-01',
		gebouwd: '',
		bronnen: []
	},
	gemeenten: [
		{
			code: 'GM0003',
			naam: 'C',
			provincieCode: 'PV99',
			provincieNaam: 'Testland',
			inwoners: 30,
			oppervlakteKm2: 3
		},
		{
			code: 'GM0009',
			naam: 'AB',
			provincieCode: 'PV99',
			provincieNaam: 'Testland',
			inwoners: 90,
			oppervlakteKm2: 9
		}
	],
	domeinen: [],
	verbanden: [verbandNu],
	indelingen: [
		{
			id: 'provincie',
			naam: 'Provincie',
			officieelAantal: 1,
			jaar: 2025,
			dekkend: true,
			regios: [{ code: 'PV99', naam: 'Testland', gemeenten: ['GM0003', 'GM0009'] }],
			bron: { naam: 'CBS', url: 'x', peildatum: '2025-01-01' }
		}
	]
};

describe('tijdreis on a hand-made history', () => {
	test('a date before the merger has the old gemeenten, inwoners unknown where the code is gone', () => {
		const { atlas, info } = atlasOp(A, G, '2019-03-01');
		expect(atlas.gemeenten.map((g) => g.code)).toEqual(['GM0001', 'GM0002', 'GM0003']);
		expect(atlas.gemeenten.find((g) => g.code === 'GM0003')!.inwoners).toBe(30);
		expect(atlas.gemeenten.find((g) => g.code === 'GM0001')!.inwoners).toBe(0);
		expect(info.zonderInwoners).toEqual(['GM0001', 'GM0002']);
		expect(info.topoBestand).toBe('gemeenten-2018-01-01.topo.json');
	});

	test('verbanden in force on D, with members on D; an ended one rebuilt from its chain', () => {
		const { atlas } = atlasOp(A, G, '2019-03-01');
		expect(atlas.verbanden.map((v) => [v.id, v.gemeenten])).toEqual([
			['nu', ['GM0001']],
			['oud', ['GM0002', 'GM0003']]
		]);
		const oud = atlas.verbanden[1];
		expect(oud.samenwerkingsvorm).toBe('bedrijfsvoeringsorganisatie');
		expect(oud.afkorting).toBe('RO');
		expect(oud.regime).toBe('onbekend');
		// Today's fields are kept where the regeling is the same one.
		expect(atlas.verbanden[0].doel).toBe('Samen ICT');
		expect(atlas.verbanden[0].versieSinds).toBe('2015-01-01');
		expect(atlasOp(A, G, '2019-07-01').atlas.verbanden.map((v) => v.id)).toEqual(['nu']);
	});

	test('an ended regeling is rebuilt with only what its chain says, nothing invented', () => {
		const oud = atlasOp(A, G, '2019-03-01').atlas.verbanden.find((v) => v.id === 'oud');
		expect(oud).toEqual({
			id: 'oud',
			naam: 'Regeling Oud',
			afkorting: 'RO',
			samenwerkingsvorm: 'bedrijfsvoeringsorganisatie',
			beleidsterreinen: [],
			domeinen: ['belastingen'],
			gemeenten: ['GM0002', 'GM0003'],
			deelnemers: [],
			sinds: '2016-01-01',
			versieSinds: '2016-01-01',
			versies: 1,
			regime: 'onbekend',
			raadNeemtDeel: false,
			gedelegeerd: false,
			grondslagen: [],
			bron: {
				naam: 'Register van Overheidsorganisaties (geschiedenis)',
				url: 'https://organisaties.overheid.nl/',
				peildatum: '2016-01-01',
				licentie: 'CC0'
			}
		});
	});

	test('a current regeling on an earlier date: today’s fields, that date’s members, version and deelnemers', () => {
		// 2020-12-25: the version of 2020-12-22, in which C joins only on 2021-01-01.
		const nu = atlasOp(A, G, '2020-12-25').atlas.verbanden[0];
		expect(nu).toEqual({
			...verbandNu,
			gemeenten: ['GM0009'],
			versieSinds: '2020-12-22',
			// C is no member yet; the waterschap is no gemeente and stays.
			deelnemers: [
				{ naam: 'AB', soort: 'gemeente', code: 'GM0009' },
				{ naam: 'Waterschap', soort: 'waterschap' }
			]
		});
		// Not today's object: today's verband is left as it is.
		expect(verbandNu.gemeenten).toEqual(['GM0003', 'GM0009']);
		// The same members and version as today: today's verband itself.
		expect(atlasOp(A, G, '2021-03-01').atlas.verbanden[0]).toBe(verbandNu);
	});

	test('a member listed in a version but with a later toetredingsdatum is not yet a member', () => {
		// Members recorded under a dissolved code are mapped forward (A → AB).
		expect(atlasOp(A, G, '2020-12-25').atlas.verbanden[0].gemeenten).toEqual(['GM0009']);
		expect(atlasOp(A, G, '2021-01-01').atlas.verbanden[0].gemeenten).toEqual(['GM0003', 'GM0009']);
	});

	test('official indelingen (2025 state) only when D has today’s gemeenten', () => {
		expect(atlasOp(A, G, '2019-03-01').atlas.indelingen).toEqual([]);
		expect(atlasOp(A, G, '2019-03-01').info.indelingenGetoond).toBe(false);
		const nu = atlasOp(A, G, '2020-06-01');
		expect(nu.info.indelingenGetoond).toBe(true);
		expect(nu.atlas.indelingen).toBe(A.indelingen);
	});

	test('indelingen need exactly today’s gemeenten: not the same number of others, not a part', () => {
		// Today with C and another gemeente XY: on 2020-06-01 there are C and AB, as many but not
		// the same.
		const xy = { ...A.gemeenten[1], code: 'GM0077', naam: 'XY' };
		expect(
			atlasOp({ ...A, gemeenten: [A.gemeenten[0], xy] }, G, '2020-06-01').info.indelingenGetoond
		).toBe(false);
		// Today with C alone: all of today's gemeenten exist on 2020-06-01, but AB is one more.
		expect(
			atlasOp({ ...A, gemeenten: [A.gemeenten[0]] }, G, '2020-06-01').info.indelingenGetoond
		).toBe(false);
	});

	test('the same members as today in an older version: that version’s date, not today’s', () => {
		// Today's verband with AB alone, version of 2020-12-22; on 2020-06-01 the version of 2015
		// (A, now AB) has the same members.
		const alleenAB = { ...verbandNu, gemeenten: ['GM0009'] };
		const v = atlasOp({ ...A, verbanden: [alleenAB] }, G, '2020-06-01').atlas.verbanden[0];
		expect(v.gemeenten).toEqual(['GM0009']);
		expect(v.versieSinds).toBe('2015-01-01');
	});

	test('a date in no period of the topologies falls back to the latest topology', () => {
		const laat = {
			...G,
			perioden: G.perioden.map((p, i) => (i === 0 ? { ...p, van: '2019-01-01' } : p))
		};
		expect(atlasOp(A, laat, '2018-06-01').info.topoBestand).toBe('gemeenten.topo.json');
	});

	test('the peildatum gives today’s atlas; dates outside the history are clamped', () => {
		const r = atlasOp(A, G, '2021-06-01');
		expect(r.atlas.verbanden).toEqual(A.verbanden);
		expect(r.atlas.gemeenten).toEqual(A.gemeenten);
		expect(atlasOp(A, G, '2030-01-01').info.datum).toBe('2021-06-01');
		expect(atlasOp(A, G, '1999-01-01').info.datum).toBe('2018-01-01');
	});

	test.each([
		['2019-06-01', true],
		['2019-02-30', false],
		['2019-13-01', false],
		['2019-00-10', false],
		['2020-02-29', true],
		['2019-6-1', false],
		['', false],
		['2019-06-01T00:00', false]
	])('isIsoDatum(%s) = %s', (d, ok) => expect(isIsoDatum(d)).toBe(ok));
});

// ---- The real built data (npm run data) ----
const dir = join(process.cwd(), 'static', 'data');
const lees = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
const geschiedenis = lees<Geschiedenis>('geschiedenis.json');
const { atlas: vandaag } = echteData();
const op = (d: string) => atlasOp(vandaag, geschiedenis, d);

describe('tijdreis on the real data', () => {
	test('the date range runs from 2018-01-01 to the register’s peildatum', () => {
		expect(datumBereik(vandaag)).toEqual({
			van: '2018-01-01',
			tot: vandaag.meta.peildatumRegister
		});
		expect(geschiedenis.peildatum).toBe(vandaag.meta.peildatumRegister);
	});

	test.each([
		['2019-06-01', 355],
		['2022-01-01', 345],
		// The issue says 345 for 2022-06-01, which contradicts its own fact that Weesp (GM0457)
		// is gone by then: CBS ended Weesp on 2022-03-24 (merged into Amsterdam), so 345 − 1 = 344.
		['2022-06-01', 344],
		[vandaag.meta.peildatumRegister, 342]
	])('gemeenten on %s: %i', (d, n) => {
		const { atlas, info } = op(d);
		expect(atlas.gemeenten).toHaveLength(n);
		// The period's topology has exactly those gemeenten.
		const topo = lees<GemeenteTopology>(info.topoBestand);
		const codes = topo.objects.gemeenten.geometries
			.map((g) => (g.properties as { code: string }).code)
			.sort();
		expect(codes).toEqual(atlas.gemeenten.map((g) => g.code).sort());
	});

	test('Weesp (GM0457) exists on 2022-01-01 and not on 2022-06-01', () => {
		expect(op('2022-01-01').atlas.gemeenten.some((g) => g.code === 'GM0457')).toBe(true);
		expect(op('2022-06-01').atlas.gemeenten.some((g) => g.code === 'GM0457')).toBe(false);
	});

	test('for the register’s peildatum the result equals today’s atlas exactly', () => {
		const { atlas, info } = op(vandaag.meta.peildatumRegister);
		expect(atlas.verbanden.map((v) => v.id).sort()).toEqual(
			vandaag.verbanden.map((v) => v.id).sort()
		);
		const leden = (vs: Verband[]) => Object.fromEntries(vs.map((v) => [v.id, v.gemeenten]));
		expect(leden(atlas.verbanden)).toEqual(leden(vandaag.verbanden));
		expect(atlas.verbanden).toEqual(vandaag.verbanden);
		expect(atlas.gemeenten.map((g) => g.code).sort()).toEqual(
			vandaag.gemeenten.map((g) => g.code).sort()
		);
		expect(atlas.indelingen).toBe(vandaag.indelingen);
		expect(info.topoBestand).toBe('gemeenten.topo.json');
		expect(info.zonderInwoners).toEqual([]);
	});

	test('BsGW: Mook en Middelaar is listed from 2020-12-22 but joins on 2021-01-01', () => {
		const id = 'belastingsamenwerking-gemeenten-en-waterschappen-29591364';
		const keten = geschiedenis.ketens.find((k) => k.id === id)!;
		const versie = keten.versies.find((v) => v.van === '2020-12-22')!;
		expect(versie.leden.find((l) => l.c === 'GM0944')?.t).toBe('2021-01-01');
		const leden = (d: string) => op(d).atlas.verbanden.find((v) => v.id === id)!.gemeenten;
		expect(leden('2020-12-25')).not.toContain('GM0944');
		expect(leden('2021-01-02')).toContain('GM0944');
	});

	test('before 2023 the 2025 indelingen are left out; from 2023-01-01 they are shown', () => {
		expect(op('2022-12-31').atlas.indelingen).toEqual([]);
		expect(op('2023-01-01').atlas.indelingen).toBe(vandaag.indelingen);
	});

	test('gemeenten dissolved in 2021 have names and no inwoners on 2019-06-01', () => {
		const { atlas, info } = op('2019-06-01');
		const delfzijl = atlas.gemeenten.find((g) => g.code === 'GM0010')!;
		expect(delfzijl.naam).toBe('Delfzijl');
		expect(delfzijl.inwoners).toBe(0);
		expect(info.zonderInwoners).toContain('GM0010');
	});

	test('contiguity and congruence on the topology of D: a 2019 verband of Delfzijl is contiguous on the 2019 map', () => {
		const { atlas, info } = op('2019-06-01');
		expect(info.topoBestand).toBe('gemeenten-2019-01-01.topo.json');
		const index = maakGeoIndex(lees<GemeenteTopology>(info.topoBestand));
		const metDelfzijl = atlas.verbanden.filter(
			(v) => v.gemeenten.includes('GM0010') && v.gemeenten.includes('GM0003')
		);
		expect(metDelfzijl.length).toBeGreaterThan(0);
		const samen = metDelfzijl.filter((v) => contiguiteit(index, v.gemeenten).aaneengesloten);
		expect(samen.length).toBeGreaterThan(0);
		// Every member of every verband of D is a gemeente of D's topology.
		for (const v of atlas.verbanden)
			for (const c of v.gemeenten) expect(index.positie.has(c)).toBe(true);
		// On today's topology these codes do not exist at all.
		expect(echteData().index.positie.has('GM0010')).toBe(false);
		// Congruence of two domain layers of D runs on D's gemeenten.
		const lagen = lagenUitAtlas(atlas);
		const c = congruentie(
			lagen.find((l) => l.id === 'belastingen')!,
			lagen.find((l) => l.id === 'ict')!
		);
		expect(Number.isFinite(c.ari)).toBe(true);
	});
});
