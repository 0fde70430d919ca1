import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	DOMEIN_IDS,
	INDELING_IDS,
	type GemeenteProps,
	type Indeling
} from '../../src/lib/data/types';
import { GemeenteMatcher } from '../../src/lib/data/gemeente-match';
import { classificeer, valideerRegels, bevatTrefwoord } from '../../src/lib/data/classificeer';
import {
	bouw,
	controleerPartitie,
	isActueel,
	koppelDeelnemers,
	normaliseerVorm,
	OFFICIEEL_AANTAL,
	type BouwRapport,
	type BouwResultaat
} from './bouw/index';
import { bronPaden, BouwFout, spiegelMap } from './bronnen';
import type { RooRegeling } from './lezen';

const PROJECT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');

let resultaat: BouwResultaat;
let codes: Set<string>;

beforeAll(async () => {
	if (!spiegelMap(PROJECT))
		throw new Error(
			`Geen gegevensspiegel gevonden (DATA_MIRROR of ${resolve(PROJECT, '..', 'shared', 'data')}); ` +
				'de bouwtest heeft de spiegel nodig.'
		);
	const { paden } = await bronPaden(
		PROJECT,
		join(PROJECT, 'node_modules', '.cache', 'samenwerkingsatlas-bronnen')
	);
	resultaat = await bouw({ paden, projectDir: PROJECT });
	codes = new Set(resultaat.atlas.gemeenten.map((g) => g.code));
}, 60_000);

describe('bouw() on the mirror', () => {
	it('yields 342 unique gemeente codes of the form GMdddd', () => {
		const lijst = resultaat.atlas.gemeenten.map((g) => g.code);
		expect(lijst).toHaveLength(342);
		expect(codes.size).toBe(342);
		for (const c of lijst) expect(c).toMatch(/^GM\d{4}$/);
		expect(resultaat.rapport.gemeenten).toBe(342);
	});

	it('gives every gemeente a name, a provincie and positive area', () => {
		for (const g of resultaat.atlas.gemeenten) {
			expect(g.naam.length, g.code).toBeGreaterThan(0);
			expect(g.provincieCode, g.code).toMatch(/^PV\d{2}$/);
			expect(g.oppervlakteKm2, g.code).toBeGreaterThan(0);
		}
	});

	it('has one topology geometry per gemeente', () => {
		const geoms = resultaat.topology.objects.gemeenten.geometries;
		expect(geoms).toHaveLength(342);
		expect(new Set(geoms.map((g) => (g.properties as GemeenteProps).code))).toEqual(codes);
	});

	it('has every indeling, each a partition of the 342 in the official number of regions', () => {
		const ids = resultaat.atlas.indelingen.map((i) => i.id);
		expect([...ids].sort()).toEqual([...INDELING_IDS].sort());
		for (const ind of resultaat.atlas.indelingen.filter((i) => i.jaar === 2025)) {
			const leden = ind.regios.flatMap((r) => r.gemeenten);
			expect(leden, ind.id).toHaveLength(342);
			expect(new Set(leden), ind.id).toEqual(codes);
			expect(ind.regios.length, ind.id).toBe(OFFICIEEL_AANTAL[ind.id]);
			expect(ind.officieelAantal, ind.id).toBe(OFFICIEEL_AANTAL[ind.id]);
			for (const r of ind.regios)
				expect(r.gemeenten.length, `${ind.id} ${r.code}`).toBeGreaterThan(0);
			expect(() => controleerPartitie(ind, codes)).not.toThrow();
		}
	});

	it('gives every verband an id, a name, ≥ 1 gemeente, a ROO source URL and dates', () => {
		const { verbanden } = resultaat.atlas;
		// 434 current regelingen with a gemeente in the register of 2026-05-16 (PROVENANCE.md).
		expect(verbanden.length).toBe(434);
		expect(new Set(verbanden.map((v) => v.id)).size).toBe(verbanden.length);
		for (const v of verbanden) {
			expect(v.id, v.naam).toMatch(/\S/);
			expect(v.naam, v.id).toMatch(/\S/);
			expect(v.gemeenten.length, v.id).toBeGreaterThanOrEqual(1);
			expect(v.bron.url, v.id).toMatch(/^https:\/\/organisaties\.overheid\.nl\//);
			expect(v.bron.peildatum, v.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			if (v.sinds !== undefined) expect(v.sinds, v.id).toMatch(/^\d{4}-\d{2}-\d{2}/);
			expect(v.domeinen.length, v.id).toBeGreaterThan(0);
			for (const d of v.domeinen) expect(DOMEIN_IDS, v.id).toContain(d);
		}
	});

	it('keeps verband gemeenten sorted, unique and within the 342', () => {
		for (const v of resultaat.atlas.verbanden) {
			expect(v.gemeenten, v.id).toEqual([...new Set(v.gemeenten)].sort());
			for (const c of v.gemeenten) expect(codes.has(c), `${v.id}: ${c}`).toBe(true);
			for (const d of v.deelnemers)
				if (d.code) {
					expect(codes.has(d.code), `${v.id}: ${d.naam}`).toBe(true);
					expect(d.soort, `${v.id}: ${d.naam}`).toBe('gemeente');
				}
		}
	});

	it('classifies BsGW as belastingen', () => {
		const bsgw = resultaat.atlas.verbanden.filter(
			(v) =>
				v.afkorting === 'BsGW' ||
				v.naam.includes('BsGW') ||
				v.naam.includes('Belastingsamenwerking Gemeenten en Waterschappen')
		);
		expect(bsgw).toHaveLength(1);
		expect(bsgw[0].domeinen).toContain('belastingen');
		expect(bsgw[0].deelnemers.some((d) => d.soort === 'waterschap')).toBe(true);
	});

	it('maps dissolved gemeenten to their successors', () => {
		const { rapport, herindelingen } = resultaat;
		expect(rapport.herindelingen.totaal).toBe(herindelingen.length);
		// Weesp went into Amsterdam on 2022-03-24 (CBS).
		expect(herindelingen.find((h) => h.code === 'GM0457')).toMatchObject({
			opvolgers: ['GM0363'],
			einddatum: '2022-03-24'
		});
		expect(resultaat.atlas.domeinen.map((d) => d.id)).toEqual([...DOMEIN_IDS]);
	});
});

describe('controleerPartitie', () => {
	const kopie = (ind: Indeling): Indeling => structuredClone(ind);

	it('throws a Dutch BouwFout naming a missing gemeente', () => {
		const ind = kopie(resultaat.atlas.indelingen.find((i) => i.id === 'veiligheidsregio')!);
		const regio = ind.regios[0];
		const weg = regio.gemeenten.pop()!;
		expect(() => controleerPartitie(ind, codes)).toThrow(BouwFout);
		expect(() => controleerPartitie(ind, codes)).toThrow(
			new RegExp(`veiligheidsregio.*ontbreken.*${weg}`)
		);
	});

	it('throws a Dutch BouwFout naming a duplicated gemeente and both regions', () => {
		const ind = kopie(resultaat.atlas.indelingen.find((i) => i.id === 'provincie')!);
		const dubbel = ind.regios[0].gemeenten[0];
		ind.regios[1].gemeenten.push(dubbel);
		expect(() => controleerPartitie(ind, codes)).toThrow(BouwFout);
		expect(() => controleerPartitie(ind, codes)).toThrow(
			`Indeling provincie: ${dubbel} staat in twee regio's (${ind.regios[0].code} en ${ind.regios[1].code}).`
		);
	});

	it('throws when the number of regions differs from the official number', () => {
		const ind = kopie(resultaat.atlas.indelingen.find((i) => i.id === 'provincie')!);
		const [a, b] = ind.regios;
		a.gemeenten.push(...b.gemeenten);
		ind.regios.splice(1, 1);
		expect(() => controleerPartitie(ind, codes)).toThrow(/11 regio's, officieel 12/);
	});
});

describe('small helpers', () => {
	it('normaliseerVorm maps known forms and falls back to onbekend', () => {
		expect(normaliseerVorm('Openbaar lichaam')).toBe('openbaar lichaam');
		expect(normaliseerVorm("'Bedrijfsvoeringsorganisatie'")).toBe('bedrijfsvoeringsorganisatie');
		expect(normaliseerVorm(undefined)).toBe('onbekend');
		expect(normaliseerVorm('iets anders')).toBe('onbekend');
	});

	it('isActueel excludes ended versions', () => {
		const r: RooRegeling = {
			bestand: 'x.yaml',
			id: 'x',
			namen: [],
			beleidsterreinen: [],
			deelnemers: []
		};
		expect(isActueel(r)).toBe(true);
		expect(isActueel({ ...r, validUntil: '2020-01-01' })).toBe(false);
		expect(isActueel({ ...r, uitwerkingtreding: '2020-01-01' })).toBe(false);
	});

	it('koppelDeelnemers maps TOOI codes, names and herindelingen, and reports the rest', () => {
		const matcher = new GemeenteMatcher(resultaat.atlas.gemeenten, resultaat.herindelingen);
		const rapport: Pick<BouwRapport, 'herindelingToegepast' | 'nietGekoppeld'> = {
			herindelingToegepast: [],
			nietGekoppeld: []
		};
		const tooi = 'https://identifier.overheid.nl/tooi/id/gemeente/gm';
		const r: RooRegeling = {
			bestand: 'test.yaml',
			id: 'test',
			namen: ['Test'],
			beleidsterreinen: [],
			deelnemers: [
				{ naam: 'Gemeente Amsterdam', tooi: `${tooi}0363`, toetredings_datum: '2000-01-01' },
				{ naam: 'Gemeente Den Bosch' },
				{ naam: 'Gemeente Weesp', tooi: `${tooi}0457` },
				{ naam: 'Provincie Utrecht' },
				{ naam: 'Waterschap Limburg' },
				{ naam: 'Gemeente Nergenshuizen' },
				{ naam: 'Stichting X' }
			]
		};
		const d = koppelDeelnemers(r, matcher, rapport);
		expect(d[0]).toMatchObject({
			soort: 'gemeente',
			code: 'GM0363',
			match: 'tooi',
			lidSinds: '2000-01-01'
		});
		expect(d[1]).toMatchObject({ soort: 'gemeente', code: 'GM0796', match: 'naam' });
		expect(d[2]).toMatchObject({ soort: 'gemeente', code: 'GM0363', match: 'herindeling' });
		expect(d[3]).toMatchObject({ soort: 'provincie' });
		expect(d[4]).toMatchObject({ soort: 'waterschap' });
		expect(d[5]).toEqual({ naam: 'Gemeente Nergenshuizen', soort: 'overig', lidSinds: undefined });
		expect(d[6].soort).toBe('overig');
		expect(rapport.herindelingToegepast).toHaveLength(1);
		expect(rapport.herindelingToegepast[0].toelichting).toContain('Weesp');
		expect(rapport.nietGekoppeld.map((n) => n.deelnemer)).toEqual([
			'Gemeente Nergenshuizen',
			'Stichting X'
		]);
	});
});

describe('valideerRegels', () => {
	const echt = () =>
		parseYaml(readFileSync(join(PROJECT, 'data', 'domeinen.yaml'), 'utf8')) as {
			domeinen: Record<string, Record<string, unknown>>;
			overrides?: Record<string, unknown>;
		};

	it('accepts data/domeinen.yaml', () => {
		const regels = valideerRegels(echt());
		expect(Object.keys(regels.domeinen).sort()).toEqual([...DOMEIN_IDS].sort());
	});

	it('names the file when "domeinen" is missing', () => {
		expect(() => valideerRegels(null, 'regels.yaml')).toThrow(
			'regels.yaml: veld "domeinen" ontbreekt.'
		);
		expect(() => valideerRegels({})).toThrow('data/domeinen.yaml: veld "domeinen" ontbreekt.');
	});

	it('names a missing domain', () => {
		const r = echt();
		delete r.domeinen.ict;
		expect(() => valideerRegels(r)).toThrow('domein "ict" ontbreekt');
	});

	it('names the field that is not a list', () => {
		const r = echt();
		r.domeinen.belastingen.naam_trefwoorden = 'belasting*';
		expect(() => valideerRegels(r, 'x.yaml')).toThrow(
			'x.yaml: domeinen.belastingen.naam_trefwoorden moet een lijst zijn.'
		);
	});

	it('names a missing domain name', () => {
		const r = echt();
		delete r.domeinen.afval.naam;
		expect(() => valideerRegels(r)).toThrow('domeinen.afval.naam ontbreekt');
	});

	it('rejects unknown domains, also in overrides', () => {
		const r = echt();
		r.domeinen.ruimtevaart = { ...r.domeinen.afval };
		expect(() => valideerRegels(r)).toThrow('onbekend domein "ruimtevaart"');
		const o = echt();
		o.overrides = { 'een-verband': ['ruimtevaart'] };
		expect(() => valideerRegels(o)).toThrow(
			'overrides.een-verband noemt onbekend domein "ruimtevaart"'
		);
		o.overrides = { 'een-verband': 'afval' };
		expect(() => valideerRegels(o)).toThrow('overrides.een-verband moet een lijst zijn.');
	});
});

describe('classificeer', () => {
	const regels = () =>
		valideerRegels(parseYaml(readFileSync(join(PROJECT, 'data', 'domeinen.yaml'), 'utf8')));

	it('bevatTrefwoord matches whole words, or prefixes with *', () => {
		const t = ' gemeenschappelijke belastingdienst west brabant ';
		expect(bevatTrefwoord(t, 'belasting*')).toBe(true);
		expect(bevatTrefwoord(t, 'belasting')).toBe(false);
		expect(bevatTrefwoord(t, 'West-Brabant')).toBe(true);
		expect(bevatTrefwoord(t, '*')).toBe(false);
	});

	it('falls back to overig and honours overrides', () => {
		const r = regels();
		expect(classificeer({ id: 'x', namen: ['Zzz qqq'], beleidsterreinen: [] }, r).domeinen).toEqual(
			['overig']
		);
		const metOverride = { ...r, overrides: { x: ['ict' as const] } };
		expect(classificeer({ id: 'x', namen: ['Zzz'], beleidsterreinen: [] }, metOverride)).toEqual({
			domeinen: ['ict'],
			redenen: ['override in data/domeinen.yaml'],
			override: true
		});
	});
});

describe('the reviewed classification on the register', () => {
	const v = () => resultaat.atlas.verbanden;
	const naam = (x: { naam: string; afkorting?: string }) => `${x.naam} ${x.afkorting ?? ''}`;
	const met = (re: RegExp) => v().filter((x) => re.test(naam(x)));

	it('has reviewed every regeling since 2018, and every review entry matches one', () => {
		const c = resultaat.rapport.classificatie;
		expect(c.nietBeoordeeld.map((n) => n.id)).toEqual([]);
		expect(c.onbekend).toEqual([]);
		expect(c.beoordeeld).toBe(resultaat.geschiedenis.ketens.length);
	});

	it('keeps overig under 10 % of the verbanden', () => {
		const overig = v().filter((x) => x.domeinen.length === 1 && x.domeinen[0] === 'overig');
		expect(overig.length / v().length).toBeLessThan(0.1);
	});

	it('files every dedicated belasting-GR under belastingen', () => {
		const gr = met(/belasting|bsgw|svhw|gblt|cocensus|bghu|sabewa|tribuut/i);
		expect(gr.length).toBeGreaterThanOrEqual(15);
		for (const x of gr) expect(x.domeinen, x.naam).toContain('belastingen');
	});

	it('never files an archive under ICT', () => {
		const archieven = met(/archief|historisch (informatie )?centrum|streekarchiv/i);
		expect(archieven.length).toBeGreaterThanOrEqual(20);
		for (const x of archieven) expect(x.domeinen, x.naam).not.toContain('ict');
	});

	it('never files a veiligheidsregio, GGD or omgevingsdienst under belastingen', () => {
		const lijst = met(
			/veiligheidsregio|omgevingsdienst|uitvoeringsdienst|milieudienst|\bggd\b|gezondheidsdienst/i
		);
		expect(lijst.length).toBeGreaterThanOrEqual(40);
		for (const x of lijst) expect(x.domeinen, x.naam).not.toContain('belastingen');
	});

	it('files every jeugdhulp-verwerving regeling under inkoop and integrale toegang', () => {
		const lijst = met(
			/verwerving jeugd|inkoop jeugd|jeugdhulp rijnmond|servicebureau jeugdhulp|serviceorganisatie zorg|serviceteam jeugd|centrumregeling jeugdhulp/i
		);
		expect(lijst.length).toBeGreaterThanOrEqual(6);
		for (const x of lijst) {
			expect(x.domeinen, x.naam).toContain('inkoop');
			expect(x.domeinen, x.naam).toContain('integrale-toegang');
		}
	});

	it('files werkorganisaties under ICT and work-and-income bodies not under integrale toegang', () => {
		for (const x of met(
			/werkorganisatie buch|abg-organisatie|noaberkracht|de wolden hoogeveen|sed organisatie|duo\+|1stroom/i
		))
			expect(x.domeinen, x.naam).toEqual(expect.arrayContaining(['bedrijfsvoering', 'ict']));
		for (const x of met(/ferm werk|\bwsd\b|laborijn/i))
			expect(x.domeinen, x.naam).not.toContain('integrale-toegang');
	});

	it('fixes the cases from the issue: HCL is no ICT, DCMR/VRR/Regio Gooi en Vechtstreek no belastingen', () => {
		const [hcl] = met(/historisch centrum limburg/i);
		expect(hcl.domeinen).toEqual(['archief-erfgoed']);
		for (const x of met(/dcmr|veiligheidsregio rotterdam|regio gooi en vechtstreek/i))
			expect(x.domeinen, x.naam).not.toContain('belastingen');
		const [rijnmond] = met(/jeugdhulp rijnmond/i);
		expect(rijnmond.domeinen).toEqual(expect.arrayContaining(['inkoop', 'integrale-toegang']));
	});

	it('reaches precision ≥ 95 % and recall ≥ 90 % per core domain on the test set', () => {
		const t = resultaat.rapport.classificatie.toetsset;
		expect(t.omvang).toBeGreaterThanOrEqual(200);
		for (const q of t.review) {
			expect(q.precisie, q.domein).toBeGreaterThanOrEqual(0.95);
			expect(q.recall, q.domein).toBeGreaterThanOrEqual(0.9);
		}
	});
});

describe('dates, governance and history', () => {
	const bsgw = () => resultaat.atlas.verbanden.find((x) => x.afkorting === 'BsGW')!;

	it('dates BsGW from its first member (2004), its current version apart (2024-07-01)', () => {
		// ROO: Waterschap Limburg's toetredingsdatum 2004-04-01; first registered version 2015-12-09.
		expect(bsgw().sinds).toBe('2004-04-01');
		expect(bsgw().eersteVersie).toBe('2015-12-09');
		expect(bsgw().versieSinds).toBe('2024-07-01');
		expect(bsgw().versies).toBe(3);
		const venlo = bsgw().deelnemers.find((d) => d.code === 'GM0983');
		expect(venlo?.lidSinds).toBe('2009-01-01');
	});

	it('reads the regime from the bodies that take part', () => {
		const naar = (re: RegExp) => resultaat.atlas.verbanden.find((x) => re.test(x.naam))!;
		// ROO bestuursorganen: Jeugdhulp Rijnmond only colleges; Ferm Werk college and raad.
		expect(naar(/Jeugdhulp Rijnmond/)).toMatchObject({
			regime: 'collegeregeling',
			raadNeemtDeel: false
		});
		expect(naar(/Ferm Werk/)).toMatchObject({ regime: 'gemengde regeling', raadNeemtDeel: true });
		// BsGW's register entry names no bodies per member.
		expect(bsgw().regime).toBe('onbekend');
		expect(bsgw().gedelegeerd).toBe(true);
		expect(bsgw().grondslagen).toContain('Wet waardering onroerende zaken');
		expect(bsgw().orgaan?.website).toMatch(/bsgw\.nl/);
	});

	it('has the history of the register equal today on the peildatum', () => {
		expect(resultaat.rapport.waarschuwingen.filter((w) => w.startsWith('Geschiedenis'))).toEqual(
			[]
		);
	});

	it('has one period per set of gemeenten since 2018 with the CBS counts', () => {
		const p = resultaat.rapport.geschiedenis.perioden;
		// CBS gemeentelijke indeling: 380 (2018), 355 (2019), 352 (2021), 345 (2022),
		// 344 after Weesp joined Amsterdam on 2022-03-24, 342 (2023).
		expect(p.map((x) => [x.van, x.gemeenten])).toEqual([
			['2018-01-01', 380],
			['2019-01-01', 355],
			['2021-01-01', 352],
			['2022-01-01', 345],
			['2022-03-24', 344],
			['2023-01-01', 342]
		]);
		for (const [bestand, topo] of Object.entries(resultaat.periodeTopologieen)) {
			const van = bestand.slice('gemeenten-'.length, 'gemeenten-'.length + 10);
			const n = p.find((x) => x.van === van)!.gemeenten;
			expect(topo.objects.gemeenten.geometries, bestand).toHaveLength(n);
		}
	});
});
