import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { IDBFactory } from 'fake-indexeddb';
import { echteData } from '$lib/geo/test-data';
import { maakXlsx } from '../../../tests/fixtures/xlsx';
import type { Herindeling } from '$lib/data/gemeente-match';
import {
	ImportFout,
	isImportFout,
	naarCsv,
	naarJson,
	valideerDataset,
	domeinVanTekst,
	type Dataset
} from './dataset';
import { decodeer, leesBestand, type Ingelezen } from './lezen';
import { bewaarDataset, leesOpslag, OpslagFout } from './opslag';
import {
	raadKoppeling,
	verwerkGeoJson,
	verwerkTabel,
	type Context,
	type Verwerkt
} from './verwerk';

const { atlas, index } = echteData();
const herindelingen = JSON.parse(
	readFileSync(join(process.cwd(), 'static', 'data', 'herindelingen.json'), 'utf8')
) as Herindeling[];
const ctx: Context = { gemeenten: atlas.gemeenten, herindelingen, domeinen: atlas.domeinen };
const codes = new Set(atlas.gemeenten.map((g) => g.code));
const naamVan = (c: string) => atlas.gemeenten.find((g) => g.code === c)?.naam ?? c;
const NU = new Date('2026-11-25T10:00:00Z');

async function tabelVan(bytes: Uint8Array, naam = 'lijst.csv') {
	const r = await leesBestand(bytes, naam);
	if (r.soort !== 'tabel') throw new Error(`verwacht tabel, kreeg ${r.soort}`);
	return r.tabel;
}

async function importeer(bytes: Uint8Array, naam = 'lijst.csv') {
	const tabel = await tabelVan(bytes, naam);
	return verwerkTabel(tabel, raadKoppeling(tabel.kolommen), ctx, { naam, bestand: naam, nu: NU });
}

/** The dataset of a result that must have one. */
function ds(v: Verwerkt): Dataset {
	expect(v.dataset, v.verslag.map((r) => r.tekst).join('\n')).not.toBeNull();
	return v.dataset!;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

const cp1252 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('inlezen: coderingen en scheidingstekens zoals Excel ze schrijft', () => {
	test('Windows-1252 met ë en ü en puntkomma’s', async () => {
		const bytes = cp1252(
			'Gemeente;Samenwerkingsverband;Domein\r\nSúdwest-Fryslân;Coöperatie Zuidwest;Inkoop\r\nEdam-Volendam;Brüggen-overleg;ICT\r\n'
		);
		expect(decodeer(bytes).codering).toBe('Windows-1252');
		const t = await tabelVan(bytes);
		expect(t.details).toContain('puntkomma');
		expect(t.rijen[0]).toEqual(['Súdwest-Fryslân', 'Coöperatie Zuidwest', 'Inkoop']);
		expect(t.rijen[1][1]).toBe('Brüggen-overleg');
	});

	test('UTF-8 met BOM en komma’s; tab-gescheiden; aanhalingstekens met regeleinden', async () => {
		const metBom = new Uint8Array([
			0xef,
			0xbb,
			0xbf,
			...utf8('gemeente,verband\nMaastricht,BsGW\n')
		]);
		const t1 = await tabelVan(metBom);
		expect(t1.kolommen).toEqual(['gemeente', 'verband']);
		expect(t1.details).toContain('UTF-8 met BOM');
		const t2 = await tabelVan(utf8('gemeente\tverband\nHeerlen\tParkstad\n'));
		expect(t2.details).toContain('tab');
		expect(t2.rijen).toEqual([['Heerlen', 'Parkstad']]);
		const t3 = await tabelVan(
			utf8('gemeente;verband;doel\nUtrecht;"Regio ""U10""";"regel 1\nregel 2; met puntkomma"\n')
		);
		expect(t3.rijen[0]).toEqual(['Utrecht', 'Regio "U10"', 'regel 1\nregel 2; met puntkomma']);
	});

	test('Excel (.xlsx): eerste werkblad, gedeelde teksten, getallen als tekst, lege rijen weg', async () => {
		const bytes = maakXlsx([
			['Gemeente', 'Samenwerkingsverband', 'Domein'],
			['Súdwest-Fryslân', 'Coöperatie <Zuidwest> & co', 'Inkoop'],
			[935, 'Belastingsamenwerking', 'Belastingen'],
			['', '', ''],
			["'s-Hertogenbosch", 'Regio Noordoost-Brabant', 'ICT']
		]);
		const t = await tabelVan(bytes, 'lijst.xlsx');
		expect(t.details).toContain('Excel');
		expect(t.kolommen).toEqual(['Gemeente', 'Samenwerkingsverband', 'Domein']);
		expect(t.rijen).toEqual([
			['Súdwest-Fryslân', 'Coöperatie <Zuidwest> & co', 'Inkoop'],
			['935', 'Belastingsamenwerking', 'Belastingen'],
			["'s-Hertogenbosch", 'Regio Noordoost-Brabant', 'ICT']
		]);
		// And through the whole import: gemeenten matched, the HTML-like name kept as text.
		const r = await importeer(bytes, 'lijst.xlsx');
		const verband = (naam: string) => ds(r).verbanden.find((v) => v.naam === naam)!;
		expect(verband('Coöperatie <Zuidwest> & co').gemeenten).toEqual(['GM1900']);
		expect(verband('Belastingsamenwerking').gemeenten).toEqual(['GM0935']);
		expect(verband('Regio Noordoost-Brabant').gemeenten).toEqual(['GM0796']);
	});

	test('lege, eenkoloms en kapotte bestanden geven een Nederlandse melding', async () => {
		await expect(leesBestand(new Uint8Array(), 'x.csv')).rejects.toThrow(/leeg/);
		await expect(leesBestand(utf8('alleen één kolom\nwaarde\n'), 'x.csv')).rejects.toThrow(
			/één kolom/
		);
		await expect(leesBestand(utf8('{"kapot": '), 'x.json')).rejects.toThrow(/geen geldige JSON/);
		await expect(leesBestand(utf8('PK\u0003\u0004rommel'), 'x.xlsx')).rejects.toBeInstanceOf(
			ImportFout
		);
		await expect(leesBestand(utf8('a'), 'oud.xls')).rejects.toThrow(/\.xls/);
	});
});

describe('kolommen raden', () => {
	test('kopregels in gangbare vormen', () => {
		expect(raadKoppeling(['Gemeentecode', 'Naam samenwerking', 'Thema', 'Bron (URL)'])).toEqual({
			gemeente: 0,
			verband: 1,
			domein: 2,
			vorm: -1,
			bron: 3,
			peildatum: -1
		});
		const k = raadKoppeling(['Samenwerkingsverband', 'Rechtsvorm', 'Gemeente', 'Peildatum']);
		expect([k.gemeente, k.verband, k.vorm, k.peildatum]).toEqual([2, 0, 1, 3]);
	});
});

describe('gemeenten koppelen (herindeling-bewust)', () => {
	test.each([
		['GM0363', 'GM0363'],
		['0363', 'GM0363'],
		['363', 'GM0363'],
		["'s-Hertogenbosch", 'GM0796'],
		['Den Bosch', 'GM0796'],
		['Súdwest-Fryslân', 'GM1900'],
		['Sudwest Fryslan', 'GM1900'],
		['Bergen (L.)', 'GM0893'],
		['Bergen (NH.)', 'GM0373'],
		['gemeente Maastricht', 'GM0935'],
		['MAASTRICHT', 'GM0935']
	])('%s → %s', async (invoer, code) => {
		const r = await importeer(utf8(`gemeente;verband\n${invoer};Test\n`));
		expect(ds(r).verbanden[0].gemeenten).toEqual([code]);
	});

	test('Weesp gaat naar Amsterdam, met uitleg; Haaren naar al zijn opvolgers', async () => {
		const r = await importeer(utf8('gemeente;verband\nWeesp;A\nHaaren;B\n'));
		const weesp = r.verslag.find((v) => v.invoer === 'Weesp')!;
		expect(weesp.status).toBe('herindeling');
		expect(weesp.tekst).toMatch(/Weesp → Amsterdam per 24-03-2022/);
		expect(ds(r).verbanden.find((v) => v.naam === 'A')!.gemeenten).toEqual(['GM0363']);
		const haaren = ds(r).verbanden.find((v) => v.naam === 'B')!.gemeenten;
		expect(haaren.length).toBeGreaterThanOrEqual(3);
		expect(haaren.map(naamVan)).toContain('Vught');
	});

	test('tikfouten: suggesties in het verslag, en een geaccepteerde suggestie telt mee', async () => {
		const bytes = utf8('gemeente;verband\nAmsterdm;X\nUtrecht;X\n');
		const r = await importeer(bytes);
		const fout = r.verslag.find((v) => v.status === 'onbekend')!;
		expect(fout.rij).toBe(2);
		expect(fout.tekst).toMatch(/Rij 2, kolom "gemeente": "Amsterdm" is geen gemeente/);
		expect(fout.suggesties!.map((s) => s.naam)).toContain('Amsterdam');
		expect(ds(r).verbanden[0].gemeenten).toEqual(['GM0344']);
		const tabel = await tabelVan(bytes);
		const met = verwerkTabel(tabel, raadKoppeling(tabel.kolommen), ctx, {
			naam: 'x',
			bestand: 'x.csv',
			keuzes: new Map([[2, 'GM0363']])
		});
		expect(ds(met).verbanden[0].gemeenten).toEqual(['GM0344', 'GM0363']);
	});

	test('zonder verplichte kolom: melding die de kolommen noemt', async () => {
		const tabel = await tabelVan(utf8('plaats;omschrijving\nUtrecht;x\n'));
		expect(() =>
			verwerkTabel(tabel, raadKoppeling(tabel.kolommen), ctx, { naam: 'x', bestand: 'x' })
		).toThrow(/Kies de kolom voor "Gemeente \(code of naam\)".*plaats, omschrijving/);
	});
});

describe('domeinen uit vrije tekst', () => {
	test.each([
		['Belastingen', 'belastingen'],
		['ICT-samenwerking', 'ict'],
		['Jeugd en Wmo', 'integrale-toegang'],
		['inkoop', 'inkoop'],
		['Convenant wonen', 'overig']
	])('%s → %s', (t, d) => expect(domeinVanTekst(t, atlas.domeinen).domein).toBe(d));
});

describe('exporteren en opnieuw inlezen geeft dezelfde dataset', () => {
	const csv = utf8(
		'Gemeente;Samenwerkingsverband;Domein;Samenwerkingsvorm;Bron;Peildatum\n' +
			'Maastricht;Inkoopregio Zuid;Inkoop;convenant;https://example.org/a;2026-01-01\n' +
			'Heerlen;Inkoopregio Zuid;Inkoop;convenant;https://example.org/a;2026-01-01\n' +
			'Weesp;"Regio; met ""puntkomma"""; Convenant wonen;;;\n' +
			'Diemen;"Regio; met ""puntkomma"""; Convenant wonen;;;\n' +
			'Utrecht;<img src=x onerror=alert(1)>;ICT;;;\n'
	);

	test('CSV (puntkomma, UTF-8 met BOM) en JSON', async () => {
		const eerste = ds(await importeer(csv));
		expect(eerste.verbanden).toHaveLength(3);
		const terug = naarCsv(eerste, naamVan);
		expect(terug.startsWith('\uFEFFgemeentecode;gemeente;samenwerkingsverband;')).toBe(true);
		const tweede = ds(await importeer(utf8(terug), 'export.csv'));
		expect(tweede.verbanden).toEqual(eerste.verbanden);
		const json = await leesBestand(utf8(naarJson(eerste)), 'export.json');
		expect(json.soort).toBe('json');
		expect(valideerDataset((json as Extract<Ingelezen, { soort: 'json' }>).data, codes)).toEqual(
			eerste
		);
	});

	test('een naam met HTML blijft letterlijke tekst in de gegevens', async () => {
		const d = ds(await importeer(csv));
		expect(d.verbanden.map((v) => v.naam)).toContain('<img src=x onerror=alert(1)>');
	});

	test('JSON met fouten noemt het veld', () => {
		const goed = {
			formaat: 'samenwerkingsatlas-dataset',
			versie: 1,
			naam: 'x',
			verbanden: [{ naam: 'a', domein: 'ict', gemeenten: ['GM0363'] }]
		};
		expect(valideerDataset(goed, codes).verbanden[0].id).toBe('a');
		const fout = structuredClone(goed);
		fout.verbanden[0].gemeenten = ['GM9999'];
		expect(() => valideerDataset(fout, codes)).toThrow(/verbanden\[0\]\.gemeenten\[0\]/);
		expect(() => valideerDataset({ ...goed, formaat: 'x' }, codes)).toThrow(/"formaat"/);
	});
});

describe('GeoJSON', () => {
	test('een polygoon wordt gekoppeld aan de gemeenten erin, en het verslag zegt welke', () => {
		const f = structuredClone(index.features[index.positie.get('GM0935')!]) as unknown as Feature<
			Polygon | MultiPolygon,
			Record<string, unknown>
		>;
		f.properties = { naam: 'Maastricht-gebied', domein: 'Afval' };
		const punten = new Map(index.codes.map((c) => [c, index.labelPunt(c)]));
		const r = verwerkGeoJson([f], punten, ctx, { naam: 'geo', bestand: 'x.geojson' });
		expect(ds(r).verbanden[0]).toMatchObject({
			naam: 'Maastricht-gebied',
			domein: 'afval',
			gemeenten: ['GM0935']
		});
		expect(r.verslag[0].tekst).toMatch(/1 gemeenten \(Maastricht\)/);
	});
});

/** Technical English that must never reach a user (JSON.parse, TypeErrors, zip libraries). */
const TECHNISCH =
	/\b(Unexpected|undefined|Cannot|token|TypeError|RangeError|at position|invalid)\b/i;

describe('fuzz: willekeurige en verminkte bestanden, en verminkte bewaarde records', () => {
	test('10 000 invoeren: elke afwijzing een Nederlandse melding, elke aanvaarding een geldige dataset die ongeschonden in de opslag staat', async () => {
		globalThis.indexedDB = new IDBFactory();
		let seed = 12345;
		const rnd = () => {
			seed = (seed * 1103515245 + 12345) & 0x7fffffff;
			return seed / 0x7fffffff;
		};
		const kies = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
		const basis = [
			'gemeente;verband;domein\nMaastricht;BsGW;belastingen\nWeesp;Regio;ICT\n',
			'Gemeentecode,Naam samenwerking,Thema\nGM0363,"A, B",inkoop\n0344,C,jeugd\n',
			naarJson({
				formaat: 'samenwerkingsatlas-dataset',
				versie: 1,
				id: 'x',
				naam: 'x',
				bestand: 'x',
				geimporteerd: '2026-01-01T00:00:00.000Z',
				verbanden: [{ id: 'a', naam: 'a', domein: 'ict', gemeenten: ['GM0363'] }]
			}),
			'{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"naam":"x"},"geometry":{"type":"Polygon","coordinates":[[[5,52],[6,52],[6,53],[5,52]]]}}]}'
		];
		const eerste = ds(await importeer(utf8(basis[0])));
		await bewaarDataset(eerste);
		/** What must be in the store at the end: every accepted dataset, exactly. */
		const verwacht = new Map<string, Dataset>([[eerste.id, structuredClone(eerste)]]);
		const punten = new Map(index.codes.map((c) => [c, index.labelPunt(c)]));
		const verminkt: string[] = [];
		let afgewezen = 0;
		const N = Number(process.env.FUZZ_N ?? 10_000);
		for (let i = 0; i < N; i++) {
			let bytes: Uint8Array;
			const soort = i % 5;
			if (soort === 0) {
				bytes = new Uint8Array(Math.floor(rnd() * 400)).map(() => Math.floor(rnd() * 256));
			} else if (soort === 4) {
				const veld = kies(['x', 'Maastricht', '"', ';', '\n']).repeat(Math.floor(rnd() * 20000));
				bytes = utf8(`gemeente;verband\n${veld};${veld}\n`);
			} else {
				const b = Array.from(utf8(kies(basis)));
				const mutaties = 1 + Math.floor(rnd() * 8);
				for (let m = 0; m < mutaties; m++) {
					const p = Math.floor(rnd() * Math.max(1, b.length));
					const actie = rnd();
					if (actie < 0.3) b[p] = Math.floor(rnd() * 256);
					else if (actie < 0.5) b.splice(p, Math.floor(rnd() * 10));
					else if (actie < 0.8)
						b.splice(p, 0, ...utf8(kies(['"', ';', ',', '\t', '\n', '{', ']', 'ë', '\u0000'])));
					else b.length = p;
				}
				bytes =
					soort === 3
						? new Uint8Array(Buffer.from(new TextDecoder().decode(new Uint8Array(b)), 'latin1'))
						: new Uint8Array(b);
			}
			const naam = kies(['a.csv', 'b.json', 'c.geojson', 'd.txt', 'e.xlsx']);
			let gedaan: Dataset | null = null;
			try {
				const r = await leesBestand(bytes, naam);
				gedaan =
					r.soort === 'tabel'
						? verwerkTabel(r.tabel, raadKoppeling(r.tabel.kolommen), ctx, { naam, bestand: naam })
								.dataset
						: r.soort === 'json'
							? valideerDataset(r.data, codes)
							: verwerkGeoJson(r.features, punten, ctx, { naam, bestand: naam }).dataset;
			} catch (e) {
				if (!isImportFout(e)) throw new Error(`invoer ${i}: onverwachte fout ${String(e)}`);
				expect(e.message, `invoer ${i}`).not.toMatch(TECHNISCH);
				afgewezen++;
			}
			if (gedaan) {
				// Accepted: a whole dataset of known gemeenten, that its own export reads back equal.
				for (const v of gedaan.verbanden) {
					expect(v.gemeenten.length).toBeGreaterThan(0);
					for (const c of v.gemeenten) expect(codes.has(c), `invoer ${i}: ${c}`).toBe(true);
				}
				expect(valideerDataset(JSON.parse(naarJson(gedaan)), codes)).toEqual(gedaan);
				// A JSON export keeps its id: saving it again must not replace what is stored.
				if (verwacht.has(gedaan.id))
					await expect(bewaarDataset(gedaan)).rejects.toBeInstanceOf(OpslagFout);
				else {
					await bewaarDataset(gedaan);
					verwacht.set(gedaan.id, structuredClone(gedaan));
				}
			}
			if (i % 50 === 0) {
				// A damaged record written straight into the store, as a bug or another program might.
				const ruw = JSON.parse(naarJson(eerste)) as Record<string, unknown>;
				const sleutel = `verminkt-${i}`;
				ruw.id = sleutel;
				const pad = kies(['verbanden', 'naam', 'formaat', 'versie', 'verbanden.0.gemeenten']);
				// Each of these is wrong for each of those fields.
				const waarde = kies([undefined, null, 42, '', [], {}]);
				if (pad === 'verbanden.0.gemeenten')
					(ruw.verbanden as Record<string, unknown>[])[0].gemeenten = kies([waarde, ['GM9999x']]);
				else ruw[pad] = waarde;
				await zetRuw(ruw);
				verminkt.push(sleutel);
			}
		}
		expect(afgewezen).toBeGreaterThan(N / 10);
		expect(verwacht.size).toBeGreaterThan(N / 100);
		// The store itself: every accepted dataset exactly as accepted, every damaged record named.
		const { datasets, beschadigd } = await leesOpslag();
		expect(new Map(datasets.map((d) => [d.id, d]))).toEqual(verwacht);
		expect(beschadigd.map((b) => b.sleutel).sort()).toEqual([...verminkt].sort());
		for (const b of beschadigd) expect(b.reden).toMatch(/^bewaarde dataset, veld "/);
		console.log(
			`fuzz: ${N} invoeren, ${verwacht.size - 1} aanvaard en bewaard, ${afgewezen} afgewezen met melding, ${verminkt.length} verminkte records overgeslagen`
		);
	}, 120_000);
});

/** Writes a record as-is (no validation), in the app's database. */
function zetRuw(x: unknown): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open('samenwerkingsatlas', 1);
		req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'id' });
		req.onsuccess = () => {
			const tx = req.result.transaction('datasets', 'readwrite');
			tx.objectStore('datasets').put(x);
			tx.oncomplete = () => (req.result.close(), resolve());
			tx.onerror = () => reject(tx.error);
		};
		req.onerror = () => reject(req.error);
	});
}

describe('geen enkele rij gekoppeld: het verslag blijft', () => {
	test('tikfouten met suggesties en een te lange regel: geen dataset, wel elke reden', async () => {
		const lang = 'x'.repeat(5 * 1024 * 1024);
		const r = await importeer(utf8(`gemeente;verband\nAmsterdm;X\nUtrecht;${lang}\n`));
		expect(r.dataset).toBeNull();
		expect(r.verslag.map((v) => v.status)).toEqual(['onbekend', 'leeg']);
		expect(r.verslag[0].tekst).toMatch(/bedoelt u .*Amsterdam/);
		expect(r.verslag[0].suggesties!.map((s) => s.naam)).toContain('Amsterdam');
		expect(r.verslag[1].tekst).toBe(
			'Rij 3: de waarde in kolom "verband" is te lang; rij overgeslagen.'
		);
		expect(r.telling).toEqual({ onbekend: 1, leeg: 1 });
	});

	test('twee imports van hetzelfde bestand in dezelfde seconde krijgen elk een eigen id', async () => {
		const a = ds(await importeer(utf8('gemeente;verband\nMaastricht;X\n')));
		const b = ds(await importeer(utf8('gemeente;verband\nMaastricht;X\n')));
		expect(a.geimporteerd).toBe(b.geimporteerd);
		expect(a.id).not.toBe(b.id);
		expect(a.id).toMatch(/^[0-9a-f-]{36}$/);
	});
});
