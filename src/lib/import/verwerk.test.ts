// verwerk.ts on hand-made inputs: a four-gemeente list and two herindelingen, small enough that
// every report row, message and member list below was worked out by hand (see the comments).
import { describe, expect, test } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GemeenteRef, Herindeling } from '$lib/data/gemeente-match';
import { ImportFout } from './dataset';
import type { Tabel } from './lezen';
import {
	raadKoppeling,
	verwerkGeoJson,
	verwerkTabel,
	type Context,
	type Koppeling,
	type RijVerslag,
	type Verwerkt
} from './verwerk';

const GEMEENTEN: GemeenteRef[] = [
	{ code: 'GM0363', naam: 'Amsterdam' },
	{ code: 'GM0362', naam: 'Amstelveen' },
	{ code: 'GM0344', naam: 'Utrecht' },
	{ code: 'GM0796', naam: "'s-Hertogenbosch" }
];
const HERINDELINGEN: Herindeling[] = [
	{ code: 'GM0457', naam: 'Weesp', einddatum: '2022-03-24', opvolgers: ['GM0363'], bron: 'x' },
	// A made-up split, to see more than one successor.
	{
		code: 'GM0999',
		naam: 'Splitdorp',
		einddatum: '2021-01-01',
		opvolgers: ['GM0344', 'GM0362'],
		bron: 'x'
	}
];
const CTX: Context = {
	gemeenten: GEMEENTEN,
	herindelingen: HERINDELINGEN,
	domeinen: [
		{ id: 'ict', naam: 'ICT' },
		{ id: 'belastingen', naam: 'Belastingen' }
	]
};
const NU = new Date('2026-11-25T10:00:00Z');
const KOLOMMEN = ['Gemeente', 'Verband', 'Domein', 'Vorm', 'Bron', 'Peildatum'];
/** Every field in its own column, in the order of KOLOMMEN. */
const ALLES: Koppeling = { gemeente: 0, verband: 1, domein: 2, vorm: 3, bron: 4, peildatum: 5 };
/** Only the two required fields, in columns 0 and 1; the others not in the file. */
const ALLEEN_TWEE: Koppeling = {
	gemeente: 0,
	verband: 1,
	domein: -1,
	vorm: -1,
	bron: -1,
	peildatum: -1
};

const tabel = (kolommen: string[], rijen: string[][]): Tabel => ({ kolommen, rijen, details: '' });
/** Rows of the six columns; missing trailing cells are empty. */
const zes = (...rijen: string[][]) =>
	tabel(
		KOLOMMEN,
		rijen.map((r) => KOLOMMEN.map((_, i) => r[i] ?? ''))
	);

/**
 * Runs a job and records its progress. Called inside each test, never at collection: a mutation
 * run switches its mutant on per test, so work done while collecting would never be mutated.
 */
function metVoortgang(werk: (onVoortgang: (f: number) => void) => Verwerkt) {
	const voortgang: number[] = [];
	return { v: werk((f) => voortgang.push(f)), voortgang };
}

describe('kolommen raden uit de kopregel', () => {
	test('een exacte naam gaat voor een kolom die het woord alleen bevat', () => {
		// Hint "gemeente": no column is exactly "gemeentecode"; "Gemeentenaam" contains "gemeente",
		// but "Gemeente" (column 1) is it exactly.
		expect(raadKoppeling(['Gemeentenaam', 'Gemeente', 'Verband'])).toEqual({
			gemeente: 1,
			verband: 2,
			domein: -1,
			vorm: -1,
			bron: -1,
			peildatum: -1
		});
	});

	test('de code gaat voor de naam; hoofdletters en leestekens tellen niet', () => {
		// "gemeentecode" is the first hint for the gemeente, so column 1 wins over "Gemeente".
		expect(raadKoppeling(['GEMEENTE', 'Gemeente-code', 'Samenwerkingsverband'])).toMatchObject({
			gemeente: 1,
			verband: 2
		});
	});

	test('"Gemeente naam" is de gemeente, niet de naam van het verband', () => {
		// Read as "gemeentenaam", it contains the hint "gemeente"; "Verband" is then the verband.
		expect(raadKoppeling(['Gemeente naam', 'Verband'])).toMatchObject({ gemeente: 0, verband: 1 });
		expect(raadKoppeling(['Verband', 'Gemeente code'])).toMatchObject({ gemeente: 1, verband: 0 });
		// Two words each: "gemeentecode" (the first hint, exactly) still beats "gemeentenaam".
		expect(raadKoppeling(['Gemeente naam', 'Gemeente code'])).toMatchObject({ gemeente: 1 });
	});

	test('een kolom wordt maar één keer gebruikt', () => {
		// "Gemeenteverband" is the gemeente (contains "gemeente"); the verband hint "verband" may
		// not take it again, so "naam" (column 1) is the verband.
		expect(raadKoppeling(['Gemeenteverband', 'Naam'])).toMatchObject({ gemeente: 0, verband: 1 });
		// "Samenwerkingsvorm" contains "samenwerking", a verband hint: once the verband, it cannot be
		// the vorm as well (although it is the vorm's first hint exactly).
		expect(raadKoppeling(['Gemeente', 'Samenwerkingsvorm'])).toEqual(ALLEEN_TWEE);
	});
});

describe('verwerkTabel: elke soort rij, met het verslag per rij', () => {
	const rijen = [
		// 2: a code → Amsterdam.
		['GM0363', 'Regio A', 'ICT', 'GR', 'https://a.nl', '2025-01-01'],
		// 3: a name with spaces and small letters; the same verband (name and domain compared
		// normalised), so its own vorm is not used (the first row of a verband gives it).
		[' utrecht ', 'regio a', 'ict', 'convenant'],
		// 4: a known variant; a domain that is no domain → 'overig', a verband of its own.
		['Den Bosch', 'Regio A', 'Convenant wonen'],
		// 5, 6: herindelingen, one successor and two (the first one is the row's code).
		['Weesp', 'Regio B'],
		['Splitdorp', 'Regio B'],
		// 7: a typo. Trigram similarity 2·shared/(|a|+|b|) with "amsterdm" (9 trigrams):
		// Amsterdam 10 trigrams, 7 shared → 14/19 = 0.74; Amstelveen 11, 5 shared → 10/20 = 0.5;
		// Utrecht and 's-Hertogenbosch share none. Both above 0.3, best first.
		['Amsterdm', 'Regio B'],
		// 8: nothing like any gemeente: no suggestions.
		['Qwxz', 'Regio B'],
		// 9, 10: one of the two required cells empty.
		['', 'Regio C', 'ICT'],
		['Utrecht', ''],
		// 11: a wholly empty row: skipped without a word.
		[],
		// 12: a recognised domain written differently from its id is kept as written.
		['Utrecht', 'Regio C', 'Belastingen', '', '', '2024']
	];
	const verwerk = () =>
		metVoortgang((onVoortgang) =>
			verwerkTabel(zes(...rijen), ALLES, CTX, {
				naam: '  Mijn lijst  ',
				bestand: 'lijst.csv',
				nu: NU,
				onVoortgang
			})
		);

	test('het verslag: rijnummers zoals in het rekenblad, status, uitleg', () => {
		const { v } = verwerk();
		expect(v.verslag).toEqual<RijVerslag[]>([
			{ rij: 2, status: 'ok', invoer: 'GM0363', code: 'GM0363', tekst: 'GM0363 → Amsterdam' },
			{ rij: 3, status: 'ok', invoer: 'utrecht', code: 'GM0344', tekst: 'utrecht → Utrecht' },
			{
				rij: 4,
				status: 'variant',
				invoer: 'Den Bosch',
				code: 'GM0796',
				tekst: "Den Bosch → 's-Hertogenbosch"
			},
			{
				rij: 5,
				status: 'herindeling',
				invoer: 'Weesp',
				code: 'GM0363',
				tekst: 'Weesp → Amsterdam per 24-03-2022'
			},
			{
				rij: 6,
				status: 'herindeling',
				invoer: 'Splitdorp',
				code: 'GM0344',
				tekst: 'Splitdorp → Utrecht, Amstelveen per 01-01-2021 (gesplitst)'
			},
			{
				rij: 7,
				status: 'onbekend',
				invoer: 'Amsterdm',
				suggesties: [GEMEENTEN[0], GEMEENTEN[1]],
				tekst:
					'Rij 7, kolom "Gemeente": "Amsterdm" is geen gemeente van 2025; bedoelt u Amsterdam of Amstelveen?'
			},
			{
				rij: 8,
				status: 'onbekend',
				invoer: 'Qwxz',
				suggesties: [],
				tekst: 'Rij 8, kolom "Gemeente": "Qwxz" is geen gemeente van 2025.'
			},
			{
				rij: 9,
				status: 'leeg',
				invoer: '',
				tekst: 'Rij 9, kolom "Gemeente": leeg; rij overgeslagen.'
			},
			{
				rij: 10,
				status: 'leeg',
				invoer: 'Utrecht',
				tekst: 'Rij 10, kolom "Verband": leeg; rij overgeslagen.'
			},
			{ rij: 12, status: 'ok', invoer: 'Utrecht', code: 'GM0344', tekst: 'Utrecht → Utrecht' }
		]);
	});

	test('tellingen over het hele verslag, en de omvang van de dataset', () => {
		const { v, voortgang } = verwerk();
		// ok 2, 3, 12; variant 4; herindeling 5, 6; onbekend 7, 8; leeg 9, 10 (11 is not reported).
		expect(v.telling).toEqual({ ok: 3, variant: 1, herindeling: 2, onbekend: 2, leeg: 2 });
		expect(v.verslagTotaal).toBe(10);
		// Members 2 + 1 + 3 + 1 = 7, but only four different gemeenten.
		expect(v.omvang).toEqual({ verbanden: 4, gemeenten: 4 });
		expect(v.onbekendeDomeinen).toEqual(['Convenant wonen']);
		// 11 rows: one report at the start (row index 0 of 11) and one at the end.
		expect(voortgang).toEqual([0, 1]);
	});

	test('de dataset: verbanden per naam en domein, gesorteerd, met de velden van hun eerste rij', () => {
		const { v } = verwerk();
		const d = v.dataset!;
		expect(d.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
		expect({ ...d, id: 'x' }).toStrictEqual({
			formaat: 'samenwerkingsatlas-dataset',
			versie: 1,
			id: 'x',
			naam: 'Mijn lijst',
			bestand: 'lijst.csv',
			geimporteerd: '2026-11-25T10:00:00.000Z',
			// By name, then id ("regio-a-ict" < "regio-a-overig"); members sorted.
			verbanden: [
				{
					id: 'regio-a-ict',
					naam: 'Regio A',
					domein: 'ict',
					domeinTekst: 'ICT',
					vorm: 'GR',
					bron: 'https://a.nl',
					peildatum: '2025-01-01',
					gemeenten: ['GM0344', 'GM0363']
				},
				{
					id: 'regio-a-overig',
					naam: 'Regio A',
					domein: 'overig',
					domeinTekst: 'Convenant wonen',
					gemeenten: ['GM0796']
				},
				// No domain at all: 'overig', without a domeinTekst and not an unknown domain.
				{
					id: 'regio-b-overig',
					naam: 'Regio B',
					domein: 'overig',
					gemeenten: ['GM0344', 'GM0362', 'GM0363']
				},
				{
					id: 'regio-c-belastingen',
					naam: 'Regio C',
					domein: 'belastingen',
					domeinTekst: 'Belastingen',
					peildatum: '2024',
					gemeenten: ['GM0344']
				}
			]
		});
	});
});

describe('verwerkTabel: een verband is zijn naam en zijn domein', () => {
	test('"Regio A" in "ict" en "Regio Ai" in "CT" blijven twee; velden die het bestand niet heeft blijven leeg', () => {
		// Name and domain joined without a separator would both read "regioaict".
		const v = verwerkTabel(
			tabel(
				['Gemeente', 'Verband', 'Domein'],
				[
					['Utrecht', 'Regio A', 'ict'],
					['Amsterdam', 'Regio Ai', 'CT']
				]
			),
			{ ...ALLEEN_TWEE, domein: 2 },
			CTX,
			{ naam: 'x', bestand: 'x' }
		);
		// "ict" is the domain's id as it is: no domeinTekst. "CT" is no domain: 'overig', kept.
		expect(v.dataset!.verbanden).toStrictEqual([
			{ id: 'regio-a-ict', naam: 'Regio A', domein: 'ict', gemeenten: ['GM0344'] },
			{
				id: 'regio-ai-overig',
				naam: 'Regio Ai',
				domein: 'overig',
				domeinTekst: 'CT',
				gemeenten: ['GM0363']
			}
		]);
		expect(v.onbekendeDomeinen).toEqual(['CT']);
	});
});

describe('verwerkTabel: te lange waarden', () => {
	// Limits: a gemeente of at most 120 characters, a verband name of at most 500.
	const x = (n: number) => 'x'.repeat(n);

	test('tot de grens gewoon gekoppeld, erboven overgeslagen met de kolom die te lang is', () => {
		const v = verwerkTabel(
			tabel(
				['gemeente', 'verband'],
				[
					[x(120), 'V'],
					[x(121), 'V'],
					[x(120), 'v'.repeat(501)],
					['Utrecht', 'v'.repeat(500)]
				]
			),
			ALLEEN_TWEE,
			CTX,
			{ naam: 'x', bestand: 'x.csv' }
		);
		// 120 x's is not too long, only no gemeente ("xxx" shares no trigram with the four names).
		expect(v.verslag[0]).toMatchObject({ rij: 2, status: 'onbekend', invoer: x(120) });
		expect(v.verslag.slice(1)).toEqual([
			{
				rij: 3,
				status: 'leeg',
				invoer: x(40) + '…',
				tekst: 'Rij 3: de waarde in kolom "gemeente" is te lang; rij overgeslagen.'
			},
			{
				rij: 4,
				status: 'leeg',
				invoer: x(40) + '…',
				tekst: 'Rij 4: de waarde in kolom "verband" is te lang; rij overgeslagen.'
			},
			{ rij: 5, status: 'ok', invoer: 'Utrecht', code: 'GM0344', tekst: 'Utrecht → Utrecht' }
		]);
		expect(v.dataset!.verbanden.map((w) => w.naam)).toEqual(['v'.repeat(500)]);
	});
});

describe('verwerkTabel: gekozen suggesties', () => {
	test('een keuze geldt voor haar rij, ook boven een naam die zelf al klopt', () => {
		const v = verwerkTabel(
			tabel(
				['g', 'v'],
				[
					['Amsterdm', 'X'],
					['Utrecht', 'X'],
					['Qwxz', 'X']
				]
			),
			ALLEEN_TWEE,
			CTX,
			{
				naam: 'x',
				bestand: 'x',
				keuzes: new Map([
					[2, 'GM0363'],
					[3, 'GM0362']
				])
			}
		);
		expect(v.verslag).toEqual([
			{ rij: 2, status: 'ok', invoer: 'Amsterdm', code: 'GM0363', tekst: 'Gekozen: Amsterdam' },
			{ rij: 3, status: 'ok', invoer: 'Utrecht', code: 'GM0362', tekst: 'Gekozen: Amstelveen' },
			{
				rij: 4,
				status: 'onbekend',
				invoer: 'Qwxz',
				suggesties: [],
				tekst: 'Rij 4, kolom "g": "Qwxz" is geen gemeente van 2025.'
			}
		]);
		expect(v.dataset!.verbanden[0].gemeenten).toEqual(['GM0362', 'GM0363']);
	});
});

describe('verwerkTabel: verplichte kolommen', () => {
	const t = tabel(['Gemeente', 'Verband'], [['Utrecht', 'X']]);
	const met = (k: Partial<Koppeling>) => () =>
		verwerkTabel(t, { ...ALLEEN_TWEE, ...k }, CTX, { naam: 'x', bestand: 'x' });

	test('zonder gemeente- of verbandkolom (of een kolom die er niet is): een melding met de kolommen', () => {
		expect(met({ gemeente: -1 })).toThrow(
			new ImportFout(
				'Kies de kolom voor "Gemeente (code of naam)": die is verplicht (kolommen in het bestand: Gemeente, Verband).'
			)
		);
		const geenVerband =
			'Kies de kolom voor "Samenwerkingsverband": die is verplicht (kolommen in het bestand: Gemeente, Verband).';
		expect(met({ verband: -1 })).toThrow(geenVerband);
		// Column 2 of a two-column file does not exist.
		expect(met({ verband: 2 })).toThrow(geenVerband);
		expect(met({ verband: 2 })).toThrow(ImportFout);
	});

	test('gemeente en verband in dezelfde kolom', () => {
		expect(met({ gemeente: 1, verband: 1 })).toThrow(
			'Gemeente en samenwerkingsverband moeten verschillende kolommen zijn.'
		);
	});

	test('de verplichte kolommen mogen overal staan, ook als eerste of laatste', () => {
		const v = verwerkTabel(
			tabel(['Verband', 'Gemeente'], [['X', 'Utrecht']]),
			{ ...ALLEEN_TWEE, gemeente: 1, verband: 0 },
			CTX,
			{ naam: 'x', bestand: 'x' }
		);
		expect(v.dataset!.verbanden).toMatchObject([{ naam: 'X', gemeenten: ['GM0344'] }]);
	});
});

describe('verwerkTabel: niets gekoppeld, en de voortgang', () => {
	test('alleen onbekende gemeenten: geen dataset, wel het verslag', () => {
		const v = verwerkTabel(tabel(['g', 'v'], [['Qwxz', 'X']]), ALLEEN_TWEE, CTX, {
			naam: 'x',
			bestand: 'x'
		});
		expect(v.dataset).toBeNull();
		expect(v.omvang).toEqual({ verbanden: 0, gemeenten: 0 });
		expect(v.telling).toEqual({ onbekend: 1 });
	});

	test('zonder naam heet de dataset naar het bestand', () => {
		const v = verwerkTabel(tabel(['g', 'v'], [['Utrecht', 'X']]), ALLEEN_TWEE, CTX, {
			naam: '   ',
			bestand: 'regios.csv'
		});
		expect(v.dataset!.naam).toBe('regios.csv');
	});

	test('een lege tabel: alleen "klaar"; 2 001 rijen: bij rij 0 en rij 2 000 een tussenstand', () => {
		const leeg: number[] = [];
		const v = verwerkTabel(tabel(['g', 'v'], []), ALLEEN_TWEE, CTX, {
			naam: 'x',
			bestand: 'x',
			onVoortgang: (f) => leeg.push(f)
		});
		expect(leeg).toEqual([1]);
		expect(v).toMatchObject({ dataset: null, verslag: [], telling: {}, verslagTotaal: 0 });
		const veel: number[] = [];
		const rijen = Array.from({ length: 2001 }, () => ['Utrecht', 'X']);
		verwerkTabel(tabel(['g', 'v'], rijen), ALLEEN_TWEE, CTX, {
			naam: 'x',
			bestand: 'x',
			onVoortgang: (f) => veel.push(f)
		});
		expect(veel).toEqual([0, 2000 / 2001, 1]);
	});
});

describe('verwerkGeoJson: gemeenten wier labelpunt in het vlak ligt', () => {
	type Vlak = Feature<Polygon | MultiPolygon, Record<string, unknown>>;
	const vlak = (properties: Record<string, unknown> | null, ring: number[][]): Vlak =>
		({
			type: 'Feature',
			properties,
			geometry: { type: 'Polygon', coordinates: [ring] }
		}) as Vlak;
	const ctx: Context = {
		gemeenten: [
			{ code: 'GM0001', naam: 'Swalmen' },
			{ code: 'GM0002', naam: 'Súdwest-Fryslân' }
		],
		herindelingen: [],
		domeinen: []
	};
	// Label points by hand. GM0009 is in no list of names (its code stands in for it).
	const punten = new Map<string, [number, number]>([
		['GM0001', [0.5, 0.5]],
		['GM0002', [1.5, 0.5]],
		['GM0009', [0.5, 0.8]],
		// On the four edges of the square 10–12 × 10–12: on the edge is inside.
		['GM0011', [10, 11]],
		['GM0012', [12, 11]],
		['GM0013', [11, 10]],
		['GM0014', [11, 12]],
		// In the triangle (20,20) (22,20) (20,22), and in its box but outside it.
		['GM0016', [20.5, 20.5]],
		['GM0015', [21.8, 21.8]]
	]);
	const features: Vlak[] = [
		vlak({ 'Naam ': ' Gebied Noord ', THEMA: 'ICT-samenwerking' }, [
			[0, 0],
			[2, 0],
			[2, 1],
			[0, 1],
			[0, 0]
		]),
		// A name that is null: the feature is called after its position. And a wrong `bbox` member
		// (GeoJSON allows one): ignored, the box is computed from the coordinates.
		{
			...vlak({ naam: null, domein: 'ict' }, [
				[10, 10],
				[12, 10],
				[12, 12],
				[10, 12],
				[10, 10]
			]),
			bbox: [50, 50, 51, 51]
		},
		vlak({ name: 42 }, [
			[20, 20],
			[22, 20],
			[20, 22],
			[20, 20]
		]),
		// Far from every label point, and without properties.
		vlak(null, [
			[50, 50],
			[51, 50],
			[51, 51],
			[50, 50]
		]),
		// Broken geometry (no coordinates): no members, not a crash.
		{
			type: 'Feature',
			properties: { naam: 'Kapot' },
			geometry: { type: 'Polygon', coordinates: null }
		} as unknown as Vlak
	];
	const verwerk = () =>
		metVoortgang((onVoortgang) =>
			verwerkGeoJson(features, punten, ctx, {
				naam: 'Gebieden',
				bestand: 'g.geojson',
				nu: NU,
				onVoortgang
			})
		);

	test('het verslag per object, met de gemeenten op naam (Nederlandse volgorde: ú vóór w)', () => {
		const { v, voortgang } = verwerk();
		const niets = (i: number, naam: string) => ({
			rij: i,
			status: 'onbekend',
			invoer: naam,
			tekst: `Object ${i} ("${naam}"): bevat geen enkele gemeente (ligt het in Nederland, in WGS84-coördinaten?).`
		});
		expect(v.verslag).toEqual([
			{
				rij: 1,
				status: 'ok',
				invoer: 'Gebied Noord',
				tekst: 'Object 1 ("Gebied Noord"): 3 gemeenten (GM0009, Súdwest-Fryslân, Swalmen).'
			},
			{
				rij: 2,
				status: 'ok',
				invoer: 'Gebied 2',
				tekst: 'Object 2 ("Gebied 2"): 4 gemeenten (GM0011, GM0012, GM0013, GM0014).'
			},
			{ rij: 3, status: 'ok', invoer: '42', tekst: 'Object 3 ("42"): 1 gemeenten (GM0016).' },
			niets(4, 'Gebied 4'),
			niets(5, 'Kapot')
		]);
		expect(v.telling).toEqual({ ok: 3, onbekend: 2 });
		// Five features: before each (0, 1/5, …) and at the end.
		expect(voortgang).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});

	test('de dataset: een verband per gevuld object, naam en domein uit de eigenschappen', () => {
		const { v } = verwerk();
		const d = v.dataset!;
		expect([d.naam, d.bestand, d.geimporteerd]).toEqual([
			'Gebieden',
			'g.geojson',
			'2026-11-25T10:00:00.000Z'
		]);
		// Sorted by name: digits before letters, "Gebied 2" before "Gebied Noord".
		expect(d.verbanden).toStrictEqual([
			{ id: '42-overig-2', naam: '42', domein: 'overig', gemeenten: ['GM0016'] },
			{
				id: 'gebied-2-ict-1',
				naam: 'Gebied 2',
				domein: 'ict',
				gemeenten: ['GM0011', 'GM0012', 'GM0013', 'GM0014']
			},
			{
				id: 'gebied-noord-ict-0',
				naam: 'Gebied Noord',
				domein: 'ict',
				domeinTekst: 'ICT-samenwerking',
				gemeenten: ['GM0001', 'GM0002', 'GM0009']
			}
		]);
		expect(v.omvang).toEqual({ verbanden: 3, gemeenten: 8 });
		expect(v.onbekendeDomeinen).toEqual([]);
	});
});
