import { afterEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { leesOpslag, OpslagFout } from './opslag';
import { MINI_TOPOLOGIE } from '../../../tests/fixtures/mini-topologie';
import { DOMEIN_IDS, type Atlas, type Verband } from '$lib/data/types';
import type { Aansluiting } from './aansluiting';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { echteData, opEchteData } from '$lib/geo/test-data';
import type { Herindeling } from '$lib/data/gemeente-match';
import { ImportFout, type Dataset } from './dataset';
import { raadKoppeling, type Context, type Verwerkt } from './verwerk';
import {
	nieuweStaat,
	VERBANDEN_TONEN,
	voerUit,
	VERSLAG_RIJEN,
	werkFout,
	type Gelezen
} from './werk';

const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const niets = () => undefined;

describe('fouten over de grens van de worker: een code, geen klassenaam', () => {
	test('een ImportFout blijft herkend als de minifier de klasse hernoemt', () => {
		// What a minified build does: the class is called something else.
		const Verminkt = { e: class extends ImportFout {} }.e;
		Object.defineProperty(Verminkt, 'name', { value: 't' });
		const f = new Verminkt('Rij 3: leeg.');
		expect(f.constructor.name).toBe('t');
		expect(werkFout(f)).toEqual({ code: 'import-fout', bericht: 'Rij 3: leeg.' });
		// The code survives a structured clone (what postMessage does).
		expect(structuredClone(werkFout(f)).code).toBe('import-fout');
	});

	test('elke andere fout is "intern", met de technische tekst alleen voor de console', () => {
		expect(werkFout(new TypeError('x is undefined'))).toEqual({
			code: 'intern',
			bericht: 'TypeError: x is undefined'
		});
		expect(werkFout('kapot').code).toBe('intern');
	});
});

// The two scale tests on the real data (200 000 rows, 1 000 verbanden): left out of the mutation
// run (MUTATIE=1), where the hand-made tests below must kill the mutants (test-data.ts).
opEchteData('op de echte data', () => {
	const { atlas } = echteData();
	const herindelingen = JSON.parse(
		readFileSync(join(process.cwd(), 'static', 'data', 'herindelingen.json'), 'utf8')
	) as Herindeling[];
	const ctx: Context = { gemeenten: atlas.gemeenten, herindelingen, domeinen: atlas.domeinen };

	describe('de worker houdt de tabel; de pagina krijgt alleen wat ze toont', () => {
		test('200 000 rijen: kop en vijf rijen terug, dan koppelen met een ingekort verslag en volledige tellingen', async () => {
			const rijen = ['gemeente;verband'];
			// Known names (matched fast) and a few typos (fuzzy matching, with suggestions).
			for (let i = 0; i < 200_000; i++)
				rijen.push(
					i % 20_000 === 7
						? `Atlantis${i};V1`
						: `${atlas.gemeenten[i % atlas.gemeenten.length].naam};V${i % 50}`
				);
			const staat = nieuweStaat();
			const gelezen = (await voerUit(
				{
					type: 'lees',
					bytes: bytes(rijen.join('\n')),
					bestand: 'groot.csv',
					naam: 'groot',
					ctx,
					basis: ''
				},
				staat,
				niets
			)) as Gelezen;
			if (gelezen.soort !== 'tabel') throw new Error(gelezen.soort);
			expect(gelezen.kop.aantal).toBe(200_000);
			expect(gelezen.kop.voorbeeld).toHaveLength(5);
			const v = (await voerUit(
				{
					type: 'verwerk',
					koppeling: raadKoppeling(gelezen.kop.kolommen),
					ctx,
					naam: 'groot',
					bestand: 'groot.csv',
					keuzes: []
				},
				staat,
				niets
			)) as Verwerkt;
			expect(v.verslag).toHaveLength(VERSLAG_RIJEN);
			expect(v.verslagTotaal).toBe(200_000);
			expect(v.telling.onbekend).toBe(10);
			expect((v.telling.ok ?? 0) + (v.telling.variant ?? 0)).toBe(199_990);
			expect(v.dataset!.verbanden).toHaveLength(50);
		}, 60_000);

		test('koppelen zonder ingelezen tabel: een Nederlandse melding', async () => {
			await expect(
				voerUit(
					{
						type: 'verwerk',
						koppeling: raadKoppeling(['a', 'b']),
						ctx,
						naam: 'x',
						bestand: 'x',
						keuzes: []
					},
					nieuweStaat(),
					niets
				)
			).rejects.toThrow(/Kies eerst opnieuw het bestand/);
		});
	});

	describe('de worker bewaart het hele resultaat; de pagina krijgt de eerste verbanden', () => {
		test('1 000 verbanden: 200 naar de pagina, alle 1 000 in de opslag; twee keer bewaren geeft twee datasets', async () => {
			globalThis.indexedDB = new IDBFactory();
			const rijen = ['gemeente;verband'];
			for (let i = 0; i < 1000; i++) rijen.push(`Maastricht;V${i}`);
			const staat = nieuweStaat();
			const lees = {
				type: 'lees' as const,
				bytes: bytes(rijen.join('\n')),
				bestand: 'v.csv',
				naam: 'v',
				ctx,
				basis: ''
			};
			const kop = ((await voerUit(lees, staat, niets)) as Extract<Gelezen, { soort: 'tabel' }>).kop;
			const verwerk = {
				type: 'verwerk' as const,
				koppeling: raadKoppeling(kop.kolommen),
				ctx,
				naam: 'v',
				bestand: 'v.csv',
				keuzes: []
			};
			const v = (await voerUit(verwerk, staat, niets)) as Verwerkt;
			expect(v.dataset!.verbanden).toHaveLength(VERBANDEN_TONEN);
			expect(v.omvang).toEqual({ verbanden: 1000, gemeenten: 1 });
			await voerUit({ type: 'bewaar', naam: 'Mijn lijst', hoe: 'gewoon', bron: 'x' }, staat, niets);
			const [d] = (await leesOpslag()).datasets;
			expect(d.naam).toBe('Mijn lijst');
			expect(d.id).toBe(v.dataset!.id);
			expect(d.verbanden).toHaveLength(1000);
			// Kept until added, then gone: a second click saves nothing twice.
			await expect(
				voerUit({ type: 'bewaar', naam: 'x', hoe: 'gewoon', bron: 'x' }, staat, niets)
			).rejects.toThrow(/niets om toe te voegen/);
			await voerUit(verwerk, staat, niets);
			await voerUit({ type: 'bewaar', naam: 'Tweede', hoe: 'gewoon', bron: 'x' }, staat, niets);
			expect((await leesOpslag()).datasets.map((x) => x.naam).sort()).toEqual([
				'Mijn lijst',
				'Tweede'
			]);
		});
	});
});

// ————— The jobs on hand-made data: the five squares of tests/fixtures/mini-topologie.ts —————

/** The mini atlas: the five squares as gemeenten, two verbanden, one indeling (see the tests). */
const MINI_GEMEENTEN = [
	{ code: 'GM0001', naam: 'Een' },
	{ code: 'GM0002', naam: 'Twee' },
	{ code: 'GM0003', naam: 'Drie' },
	{ code: 'GM0004', naam: 'Vier' },
	{ code: 'GM0005', naam: 'Vijf' }
];
const miniCtx: Context = { gemeenten: MINI_GEMEENTEN, herindelingen: [], domeinen: [] };
const verband = (id: string, gemeenten: string[]) =>
	({ id, naam: id, domeinen: [...DOMEIN_IDS], gemeenten }) as unknown as Verband;
const MINI_ATLAS = {
	// What the worker reads of atlas.json; `meta` only has to be there (load.ts checks the shape).
	meta: {},
	gemeenten: MINI_GEMEENTEN,
	domeinen: [],
	// In every domain: {1,2,3} and {4,5} (so every domain layer is that partition).
	verbanden: [verband('A', ['GM0001', 'GM0002', 'GM0003']), verband('B', ['GM0004', 'GM0005'])],
	indelingen: [
		{
			id: 'provincie',
			naam: 'Provincies',
			dekkend: true,
			regios: [
				{ code: 'P1', naam: 'P1', gemeenten: ['GM0001', 'GM0002'] },
				{ code: 'P2', naam: 'P2', gemeenten: ['GM0003', 'GM0004', 'GM0005'] }
			]
		}
	]
} as unknown as Atlas;

/** A fetch that serves the mini atlas under /basis, or fails with `status`; counts the calls. */
function nepServer(status = 200) {
	const gevraagd: string[] = [];
	const bestanden: Record<string, unknown> = {
		'/basis/data/atlas.json': MINI_ATLAS,
		'/basis/data/gemeenten.topo.json': MINI_TOPOLOGIE
	};
	vi.stubGlobal('fetch', async (url: string) => {
		gevraagd.push(url);
		const body = bestanden[url];
		const s = body === undefined ? 404 : status;
		return { ok: s === 200, status: s, json: async () => structuredClone(body) } as Response;
	});
	return gevraagd;
}

const lees = (inhoud: string, bestand: string) => ({
	type: 'lees' as const,
	bytes: bytes(inhoud),
	bestand,
	naam: 'Mijn import',
	ctx: miniCtx,
	basis: '/basis'
});
const verwerk = (keuzes: [number, string][] = []) => ({
	type: 'verwerk' as const,
	koppeling: { gemeente: 0, verband: 1, domein: -1, vorm: -1, bron: -1, peildatum: -1 },
	ctx: miniCtx,
	naam: 'Mijn import',
	bestand: 'lijst.csv',
	keuzes
});
const bewaar = (naam: string, hoe: 'nieuw' | 'vervang' | 'gewoon', bron = 'pagina') => ({
	type: 'bewaar' as const,
	naam,
	hoe,
	bron
});
/** Our JSON format, with a fixed id (as an export carries). */
const eigenJson = (naam: string, gemeenten = ['GM0002', 'GM0001']) =>
	JSON.stringify({
		formaat: 'samenwerkingsatlas-dataset',
		versie: 1,
		id: 'vast-id',
		naam,
		bestand: 'oud.json',
		geimporteerd: '2026-01-01T00:00:00.000Z',
		verbanden: [{ id: 'v', naam: 'V', domein: 'ict', gemeenten }]
	});

afterEach(() => {
	vi.unstubAllGlobals();
});

describe('werkFout: elke fout een code', () => {
	test('een opslagfout heet zo; iets dat geen Error is, wordt tekst', () => {
		expect(
			werkFout(new OpslagFout('Niet bewaard: de opslag is vol.', 'QuotaExceededError'))
		).toEqual({ code: 'opslag-fout', bericht: 'Niet bewaard: de opslag is vol.' });
		expect(werkFout('kapot')).toEqual({ code: 'intern', bericht: 'kapot' });
		expect(werkFout(42)).toEqual({ code: 'intern', bericht: '42' });
	});
});

describe('lezen en koppelen op de mini-atlas', () => {
	test('een CSV: de kop en vijf rijen terug; koppelen met een gekozen suggestie; de tabel blijft in de worker', async () => {
		const staat = nieuweStaat();
		const csv = 'gemeente;verband\nEen;X\nTwee;X\nDrei;X\nVier;Y\nVijf;Y\nEen;Z\nTwee;Z\n';
		const g = (await voerUit(lees(csv, 'lijst.csv'), staat, niets)) as Gelezen;
		expect(g.soort).toBe('tabel');
		const kop = (g as Extract<Gelezen, { soort: 'tabel' }>).kop;
		expect(kop.kolommen).toEqual(['gemeente', 'verband']);
		expect(kop.voorbeeld).toEqual([
			['Een', 'X'],
			['Twee', 'X'],
			['Drei', 'X'],
			['Vier', 'Y'],
			['Vijf', 'Y']
		]);
		expect(kop.aantal).toBe(7);
		expect(kop.details).toContain('puntkomma');
		// Row 4 "Drei" is a typo; the user picked Drie (GM0003) for it.
		const v = (await voerUit(verwerk([[4, 'GM0003']]), staat, niets)) as Verwerkt;
		expect(v.verslag[2]).toMatchObject({ rij: 4, status: 'ok', tekst: 'Gekozen: Drie' });
		expect(v.dataset!.verbanden.map((x) => [x.naam, x.gemeenten])).toEqual([
			['X', ['GM0001', 'GM0002', 'GM0003']],
			['Y', ['GM0004', 'GM0005']],
			['Z', ['GM0001', 'GM0002']]
		]);
		expect(v.dataset!.naam).toBe('Mijn import');
		expect(v.dataset!.bestand).toBe('lijst.csv');
		// Kept: the same table can be matched again (with other choices).
		const opnieuw = (await voerUit(verwerk(), staat, niets)) as Verwerkt;
		expect(opnieuw.telling).toEqual({ ok: 6, onbekend: 1 });
	});

	test('501 rijen en verbanden: de pagina krijgt er 500 en 200, de tellingen en de opslag het geheel', async () => {
		globalThis.indexedDB = new IDBFactory();
		const staat = nieuweStaat();
		const rijen = Array.from({ length: 501 }, (_, i) => `Een;V${i}`);
		await voerUit(lees(['gemeente;verband', ...rijen].join('\n'), 'lijst.csv'), staat, niets);
		const v = (await voerUit(verwerk(), staat, niets)) as Verwerkt;
		expect(v.verslag).toHaveLength(500);
		expect(v.verslag[499].rij).toBe(501);
		expect(v.verslagTotaal).toBe(501);
		expect(v.telling).toEqual({ ok: 501 });
		expect(v.omvang).toEqual({ verbanden: 501, gemeenten: 1 });
		expect(v.dataset!.verbanden).toHaveLength(200);
		await voerUit(bewaar('', 'gewoon'), staat, niets);
		const [d] = (await leesOpslag()).datasets;
		expect(d.verbanden).toHaveLength(501);
		// The page's 200 are the first 200 of the whole (both sorted by name).
		expect(v.dataset!.verbanden).toEqual(d.verbanden.slice(0, 200));
	});

	test('een nieuw bestand wist het vorige: geen tabel meer om te koppelen, geen resultaat om te bewaren', async () => {
		const staat = nieuweStaat();
		await voerUit(lees('gemeente;verband\nEen;X\n', 'lijst.csv'), staat, niets);
		await voerUit(verwerk(), staat, niets);
		await voerUit(lees(eigenJson('Eigen'), 'eigen.json'), staat, niets);
		await expect(voerUit(verwerk(), staat, niets)).rejects.toThrow(
			new ImportFout('Kies eerst opnieuw het bestand: het is niet meer in het geheugen.')
		);
		// And a table read after a result: nothing to add until it is matched.
		await voerUit(lees('gemeente;verband\nEen;X\n', 'lijst.csv'), staat, niets);
		await expect(voerUit(bewaar('x', 'gewoon'), staat, niets)).rejects.toThrow(
			new ImportFout('Er is niets om toe te voegen: kies eerst een bestand.')
		);
	});

	test('onze JSON: meteen klaar, met de bestandsnaam van nu; een onbekende gemeente geweigerd', async () => {
		const staat = nieuweStaat();
		const g = (await voerUit(lees(eigenJson('Eigen'), 'nieuw.json'), staat, niets)) as Gelezen;
		expect(g).toEqual({
			soort: 'klaar',
			verwerkt: {
				dataset: {
					formaat: 'samenwerkingsatlas-dataset',
					versie: 1,
					id: 'vast-id',
					naam: 'Eigen',
					bestand: 'nieuw.json',
					geimporteerd: '2026-01-01T00:00:00.000Z',
					verbanden: [{ id: 'v', naam: 'V', domein: 'ict', gemeenten: ['GM0001', 'GM0002'] }]
				},
				verslag: [],
				telling: {},
				verslagTotaal: 0,
				omvang: { verbanden: 1, gemeenten: 2 },
				onbekendeDomeinen: []
			}
		});
		// GM0009 has the shape of a code but is no gemeente of this atlas.
		await expect(
			voerUit(lees(eigenJson('Eigen', ['GM0009']), 'nieuw.json'), staat, niets)
		).rejects.toThrow('JSON-bestand, veld "verbanden[0].gemeenten[0]": onbekende gemeentecode.');
	});

	test('GeoJSON: de leden uit de grenzen van de atlas, die de worker één keer ophaalt', async () => {
		const gevraagd = nepServer();
		const staat = nieuweStaat();
		// The box 0–0.02° × 0–0.01° is exactly squares GM0001 and GM0002 (their label points lie
		// inside them); GM0003 starts at 0.02°, GM0005 at 0.0102° N, GM0004 at 0.05°.
		const geo = (naam: string) =>
			JSON.stringify({
				type: 'FeatureCollection',
				features: [
					{
						type: 'Feature',
						properties: { naam },
						geometry: {
							type: 'Polygon',
							coordinates: [
								[
									[0, 0],
									[0.02, 0],
									[0.02, 0.01],
									[0, 0.01],
									[0, 0]
								]
							]
						}
					}
				]
			});
		const stappen: number[] = [];
		const g = (await voerUit(lees(geo('Noord'), 'g.geojson'), staat, (f) =>
			stappen.push(f)
		)) as Extract<Gelezen, { soort: 'klaar' }>;
		expect(g.soort).toBe('klaar');
		expect(g.verwerkt.verslag).toEqual([
			{
				rij: 1,
				status: 'ok',
				invoer: 'Noord',
				tekst: 'Object 1 ("Noord"): 2 gemeenten (Een, Twee).'
			}
		]);
		expect(g.verwerkt.dataset!.verbanden).toEqual([
			{ id: 'noord-overig-0', naam: 'Noord', domein: 'overig', gemeenten: ['GM0001', 'GM0002'] }
		]);
		expect(g.verwerkt.dataset!.naam).toBe('Mijn import');
		expect(stappen.at(-1)).toBe(1);
		// Under the base path; the outlines file is asked for too (absent here: a 404).
		expect(gevraagd.sort()).toEqual([
			'/basis/data/atlas.json',
			'/basis/data/gemeenten.topo.json',
			'/basis/data/omtrekken.json'
		]);
		await voerUit(lees(geo('Zuid'), 'g.geojson'), staat, niets);
		expect(gevraagd).toHaveLength(3);
	});
});

describe('de gebundelde data: een mislukte download wordt opnieuw geprobeerd', () => {
	test('eerst HTTP 503, dan gelukt', async () => {
		const staat = nieuweStaat();
		const d = naarJsonDataset();
		nepServer(503);
		const opdracht = { type: 'aansluiting' as const, dataset: d, basis: '/basis' };
		await expect(voerUit(opdracht, staat, niets)).rejects.toThrow(
			'Kon atlas.json niet laden (HTTP 503).'
		);
		const gevraagd = nepServer();
		const r = (await voerUit(opdracht, staat, niets)) as Aansluiting[];
		expect(gevraagd).toHaveLength(3);
		expect(r.length).toBeGreaterThan(0);
	});

	test('aansluiting: de indeling gelijk aan de dataset eerst, dan de domeinlagen', async () => {
		nepServer();
		// The dataset is the provincie indeling exactly: ARI 1, VI 0, every verband nested.
		// Every domain layer is {1,2,3} {4,5}. Against the dataset {1,2} {3,4,5}, the table is
		// [[2,0],[1,2]]: Σ C(n,2) = 1 + 1 = 2; rows C(2,2) + C(3,2) = 4; columns C(3,2) + C(2,2) = 4;
		// expected 4·4/C(5,2) = 1.6; max 4; ARI = (2 − 1.6)/(4 − 1.6) = 1/6. Nesting: {1,2} lies in
		// {1,2,3}, {3,4,5} is split → 1/2. VI = −Σ p(log₂(p/pᵢ) + log₂(p/qⱼ)) with p over N = 5:
		// (2/5)(log₂(1) + log₂(2/3)) + (1/5)(log₂(1/3) + log₂(1/3)) + (2/5)(log₂(2/3) + log₂(1)).
		const vi = -(0.4 * Math.log2(2 / 3) + 0.2 * 2 * Math.log2(1 / 3) + 0.4 * Math.log2(2 / 3));
		const r = (await voerUit(
			{ type: 'aansluiting', dataset: naarJsonDataset(), basis: '/basis' },
			nieuweStaat(),
			niets
		)) as Aansluiting[];
		// Eight shown: the indeling, then seven domain layers (equal fit: by name, here the id).
		expect(r).toHaveLength(8);
		expect(r[0]).toEqual({
			laag: 'provincie',
			naam: 'Provincies',
			ari: 1,
			vi: 0,
			nesting: 1,
			gemeenschappelijk: 5
		});
		expect(r.slice(1).map((x) => x.laag)).toEqual([
			'afval',
			'archief-erfgoed',
			'bedrijfsvoering',
			'bedrijventerreinen-economie',
			'belastingen',
			'gezondheid',
			'ict'
		]);
		for (const x of r.slice(1)) {
			expect(x.ari).toBeCloseTo(1 / 6, 12);
			expect(x.vi).toBeCloseTo(vi, 12);
			expect(x.nesting).toBe(0.5);
		}
	});
});

/** A dataset of two verbanden, {GM0001, GM0002} and {GM0003, GM0004, GM0005}. */
function naarJsonDataset(): Dataset {
	return {
		formaat: 'samenwerkingsatlas-dataset',
		versie: 1,
		id: 'd',
		naam: 'Twee regio’s',
		bestand: 'd.json',
		geimporteerd: '2026-01-01T00:00:00.000Z',
		verbanden: [
			{ id: 'n', naam: 'Noord', domein: 'overig', gemeenten: ['GM0001', 'GM0002'] },
			{ id: 'z', naam: 'Zuid', domein: 'overig', gemeenten: ['GM0003', 'GM0004', 'GM0005'] }
		]
	};
}

describe('bewaren: nieuw, vervangen of gewoon, en de andere tabbladen horen het', () => {
	test('een naam van de gebruiker, anders die van het bestand; een bestaand id alleen op verzoek vervangen', async () => {
		globalThis.indexedDB = new IDBFactory();
		const gehoord: unknown[] = [];
		const kanaal = new BroadcastChannel('samenwerkingsatlas-datasets');
		kanaal.onmessage = (e) => gehoord.push(e.data);
		try {
			const staat = nieuweStaat();
			await voerUit(lees(eigenJson('Uit het bestand'), 'e.json'), staat, niets);
			// Blank: the dataset keeps its own name. The answer is the saved head, without verbanden.
			const terug = (await voerUit(bewaar('   ', 'gewoon', 'tab-1'), staat, niets)) as Dataset;
			expect(terug).toMatchObject({ id: 'vast-id', naam: 'Uit het bestand', verbanden: [] });
			// The same id again ("gewoon"): refused, nothing overwritten, and the result is kept…
			await voerUit(lees(eigenJson('Tweede'), 'e.json'), staat, niets);
			await expect(voerUit(bewaar('Tweede', 'gewoon'), staat, niets)).rejects.toBeInstanceOf(
				OpslagFout
			);
			// …so it can replace the stored one on request, under the name typed (trimmed).
			await voerUit(bewaar('  Vervangen  ', 'vervang', 'tab-2'), staat, niets);
			let opslag = (await leesOpslag()).datasets;
			expect(opslag.map((d) => [d.id, d.naam])).toEqual([['vast-id', 'Vervangen']]);
			// "nieuw": a copy beside it, under a new id.
			await voerUit(lees(eigenJson('Derde'), 'e.json'), staat, niets);
			const kopie = (await voerUit(bewaar('Kopie', 'nieuw', 'tab-3'), staat, niets)) as Dataset;
			expect(kopie.id).not.toBe('vast-id');
			opslag = (await leesOpslag()).datasets;
			expect(opslag.map((d) => d.naam).sort()).toEqual(['Kopie', 'Vervangen']);
			expect(opslag.find((d) => d.naam === 'Kopie')!.id).toBe(kopie.id);
			await vi.waitFor(() => expect(gehoord).toHaveLength(3));
			expect(gehoord).toEqual([
				{ soort: 'gewijzigd', bron: 'tab-1' },
				{ soort: 'gewijzigd', bron: 'tab-2' },
				{ soort: 'gewijzigd', bron: 'tab-3' }
			]);
		} finally {
			kanaal.close();
		}
	});
});
