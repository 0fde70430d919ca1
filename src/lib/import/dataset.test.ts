import { describe, expect, test } from 'vitest';
import {
	alleenBekend,
	domeinVanTekst,
	ImportFout,
	IMPORT_FOUT,
	isImportFout,
	laagIdVan,
	naarCsv,
	naarJson,
	normaliseer,
	opVolgorde,
	slug,
	valideerDataset,
	type Dataset,
	type EigenVerband
} from './dataset';

/** The smallest dataset the checker accepts: one verband of one gemeente. */
const GOED = {
	formaat: 'samenwerkingsatlas-dataset',
	versie: 1,
	naam: 'Mijn lijst',
	verbanden: [{ naam: 'BsGW', domein: 'belastingen', gemeenten: ['GM0935'] }]
};

/** GOED with one verband's fields replaced (undefined removes nothing: JSON cannot carry it). */
const metVerband = (x: Record<string, unknown>) => ({
	...GOED,
	verbanden: [{ ...GOED.verbanden[0], ...x }]
});

/** The message of the ImportFout that `f` throws. */
function melding(f: () => unknown): string {
	try {
		f();
	} catch (e) {
		if (!isImportFout(e)) throw e;
		return e.message;
	}
	throw new Error('geen fout');
}

describe('valideerDataset: elke fout noemt de herkomst en het veld', () => {
	test.each([null, 42, 'tekst', [GOED]])('hoofdniveau %j is geen object', (ruw) => {
		expect(melding(() => valideerDataset(ruw))).toBe(
			'JSON-bestand, veld "(hoofdniveau)": geen object.'
		);
	});

	test('de herkomst staat vooraan: een bewaard record zegt dat', () => {
		expect(
			melding(() => valideerDataset({ ...GOED, versie: 2 }, undefined, 'bewaarde dataset'))
		).toBe('bewaarde dataset, veld "versie": onbekende versie (verwacht 1).');
	});

	test.each([
		[{ formaat: 'samenwerkingsatlas' }, 'formaat', 'moet "samenwerkingsatlas-dataset" zijn'],
		[{ versie: '1' }, 'versie', 'onbekende versie (verwacht 1)'],
		[{ naam: undefined }, 'naam', 'ontbreekt'],
		[{ naam: 7 }, 'naam', 'ontbreekt'],
		[{ naam: '   ' }, 'naam', 'ontbreekt'],
		[{ verbanden: { 0: GOED.verbanden[0] } }, 'verbanden', 'moet een lijst zijn'],
		[{ verbanden: [] }, 'verbanden', 'de lijst is leeg']
	])('hoofdniveau %j → veld "%s": %s', (x, veld, wat) => {
		expect(melding(() => valideerDataset({ ...GOED, ...x }))).toBe(
			`JSON-bestand, veld "${veld}": ${wat}.`
		);
	});

	test.each([
		[{ naam: '' }, 'verbanden[0].naam', 'ontbreekt'],
		[{ naam: ' \t' }, 'verbanden[0].naam', 'ontbreekt'],
		[{ naam: ['BsGW'] }, 'verbanden[0].naam', 'ontbreekt'],
		[{ domein: 'Belastingen' }, 'verbanden[0].domein', 'onbekend domein'],
		[{ domein: 3 }, 'verbanden[0].domein', 'onbekend domein'],
		[{ gemeenten: 'GM0935' }, 'verbanden[0].gemeenten', 'moet een niet-lege lijst'],
		[{ gemeenten: [] }, 'verbanden[0].gemeenten', 'moet een niet-lege lijst'],
		[{ gemeenten: ['GM0935', 935] }, 'verbanden[0].gemeenten[1]', 'onbekende gemeentecode'],
		[{ vorm: 1 }, 'verbanden[0].vorm', 'moet tekst zijn'],
		[{ bron: {} }, 'verbanden[0].bron', 'moet tekst zijn'],
		[{ peildatum: 20260101 }, 'verbanden[0].peildatum', 'moet tekst zijn'],
		[{ domeinTekst: null }, 'verbanden[0].domeinTekst', 'moet tekst zijn'],
		[{ id: 5 }, 'verbanden[0].id', 'moet tekst zijn']
	])('verband %j → veld "%s"', (x, veld, wat) => {
		expect(melding(() => valideerDataset(metVerband(x)))).toMatch(
			new RegExp(`^JSON-bestand, veld "${veld.replace(/[[\]]/g, '\\$&')}": ${wat}`)
		);
	});

	test('een verband dat geen object is, met zijn plaats in de lijst', () => {
		const ruw = { ...GOED, verbanden: [GOED.verbanden[0], 'BsGW'] };
		expect(melding(() => valideerDataset(ruw))).toBe(
			'JSON-bestand, veld "verbanden[1]": geen object.'
		);
		expect(melding(() => valideerDataset({ ...GOED, verbanden: [null] }))).toBe(
			'JSON-bestand, veld "verbanden[0]": geen object.'
		);
	});

	test('een onbekend domein noemt de keuzes', () => {
		expect(melding(() => valideerDataset(metVerband({ domein: 'wonen' })))).toMatch(
			/\(kies uit inkoop, integrale-toegang, belastingen, ict, .*, overig\)\.$/
		);
	});

	test('gemeentecodes: zonder lijst de vorm GM en vier cijfers, met lijst alleen de bekende', () => {
		const code = (c: string, bekend?: ReadonlySet<string>) => {
			try {
				valideerDataset(metVerband({ gemeenten: [c] }), bekend);
				return true;
			} catch (e) {
				if (!isImportFout(e)) throw e;
				return false;
			}
		};
		// Shape only: GM + exactly four digits, nothing before or after, upper case.
		expect(['GM0935', 'GM9999'].map((c) => code(c))).toEqual([true, true]);
		expect(
			['GM935', 'GM09350', 'xGM0935', 'GM0935 ', 'gm0935', '0935'].map((c) => code(c))
		).toEqual([false, false, false, false, false, false]);
		// A list of known codes decides on its own: GM9999 has the shape but is not a gemeente.
		const bekend = new Set(['GM0935']);
		expect([code('GM0935', bekend), code('GM9999', bekend)]).toEqual([true, false]);
	});
});

describe('valideerDataset: wat een geldig bestand oplevert', () => {
	test('aangevuld en opgeschoond, in vaste volgorde', () => {
		const d = valideerDataset({
			...GOED,
			naam: '  Mijn lijst ',
			id: 'mijn-id',
			bestand: 'lijst.json',
			geimporteerd: '2026-03-01T12:00:00.000Z',
			extra: 'weg',
			verbanden: [
				{
					naam: ' Zuid ',
					domein: 'ict',
					gemeenten: ['GM0935', 'GM0917', 'GM0935'],
					vorm: '',
					bron: '',
					peildatum: ''
				},
				{
					id: 'eigen-id',
					naam: 'noord',
					domein: 'afval',
					domeinTekst: 'Reiniging',
					vorm: 'convenant',
					bron: 'https://example.org',
					peildatum: '2026-01-01',
					gemeenten: ['GM0014'],
					extra: 'weg'
				}
			]
		});
		// By hand: names sorted Dutch-wise, "noord" before "Zuid" (case does not come first);
		// members unique and sorted; empty optional texts dropped (not kept as "" or undefined); the
		// first verband's id made from its name.
		expect(d).toStrictEqual({
			formaat: 'samenwerkingsatlas-dataset',
			versie: 1,
			id: 'mijn-id',
			naam: 'Mijn lijst',
			bestand: 'lijst.json',
			geimporteerd: '2026-03-01T12:00:00.000Z',
			verbanden: [
				{
					id: 'eigen-id',
					naam: 'noord',
					domein: 'afval',
					domeinTekst: 'Reiniging',
					vorm: 'convenant',
					bron: 'https://example.org',
					peildatum: '2026-01-01',
					gemeenten: ['GM0014']
				},
				{ id: 'zuid', naam: 'Zuid', domein: 'ict', gemeenten: ['GM0917', 'GM0935'] }
			]
		});
	});

	test('zonder id, bestand of geldige datum: een nieuw id, lege bron, 1 januari 1970', () => {
		const a = valideerDataset({ ...GOED, id: '', bestand: 3, geimporteerd: 'gisteren' });
		const b = valideerDataset(GOED);
		expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(b.id).not.toBe(a.id);
		expect([a.bestand, a.geimporteerd]).toEqual(['', '1970-01-01T00:00:00.000Z']);
		expect(b.geimporteerd).toBe('1970-01-01T00:00:00.000Z');
		expect(valideerDataset({ ...GOED, geimporteerd: 5 }).geimporteerd).toBe(
			'1970-01-01T00:00:00.000Z'
		);
		// A verband without id (or with an empty one) gets the slug of its name.
		expect(
			valideerDataset(metVerband({ id: '', naam: 'Coöperatie Zuid-West' })).verbanden[0].id
		).toBe('cooperatie-zuid-west');
	});
});

describe('normaliseer', () => {
	const v = (id: string, naam: string, gemeenten: string[] = ['GM0001']): EigenVerband => ({
		id,
		naam,
		domein: 'ict',
		gemeenten
	});

	test('op naam (Nederlands), bij gelijke naam op id; leden uniek en gesorteerd', () => {
		const uit = normaliseer([
			v('c', 'Zuid'),
			v('b', 'noord'),
			v('a', 'noord', ['GM0003', 'GM0001', 'GM0003']),
			v('d', 'Noord')
		]);
		// Collation "nl": noord < Noord (lower case first on a tie of letters) < Zuid; the two
		// "noord"s by id (a before b).
		expect(uit.map((x) => x.id)).toEqual(['a', 'b', 'd', 'c']);
		expect(uit[0].gemeenten).toEqual(['GM0001', 'GM0003']);
		// Same name and id order whichever comes first in the input.
		expect(normaliseer([v('a', 'x'), v('b', 'x')]).map((x) => x.id)).toEqual(['a', 'b']);
		expect(normaliseer([v('b', 'x'), v('a', 'x')]).map((x) => x.id)).toEqual(['a', 'b']);
	});

	test('what is already in order stays so; one pair out of order, or a repeat, is still mended', () => {
		const goed = [v('a', 'A', ['GM0001', 'GM0002']), v('b', 'B', ['GM0003'])];
		const uit = normaliseer(goed);
		expect(uit).toEqual(goed);
		// Copies: changing the result leaves the input (a stored dataset, the atlas) alone.
		expect(uit[0]).not.toBe(goed[0]);
		expect(uit[0].gemeenten).not.toBe(goed[0].gemeenten);
		// In order but for the last verband; sorted members but for one repeat; a descending pair.
		expect(
			normaliseer([v('a', 'A'), v('c', 'C'), v('b', 'B', ['GM0002', 'GM0002', 'GM0005'])]).map(
				(x) => [x.id, x.gemeenten]
			)
		).toEqual([
			['a', ['GM0001']],
			['b', ['GM0002', 'GM0005']],
			['c', ['GM0001']]
		]);
		expect(normaliseer([v('a', 'A', ['GM0009', 'GM0001'])])[0].gemeenten).toEqual([
			'GM0001',
			'GM0009'
		]);
	});
});

describe('opVolgorde', () => {
	const cmp = (a: number, b: number) => a - b;
	test('every neighbouring pair, and strictly: no two equal', () => {
		expect(opVolgorde([], cmp, true)).toBe(true);
		expect(opVolgorde([5], cmp, true)).toBe(true);
		expect(opVolgorde([1, 2, 3], cmp, true)).toBe(true);
		expect(opVolgorde([1, 2, 2], cmp)).toBe(true);
		expect(opVolgorde([1, 2, 2], cmp, true)).toBe(false);
		expect(opVolgorde([2, 1, 3], cmp)).toBe(false);
		expect(opVolgorde([1, 3, 2], cmp)).toBe(false);
	});
});

describe('domeinVanTekst', () => {
	const namen = [
		{ id: 'afval', naam: 'Huisvuil' },
		{ id: 'geen-domein', naam: 'Wonen' }
	];
	test.each([
		['', 'overig', false],
		['  -  ', 'overig', false],
		// An id, written any way (no keyword would find these).
		['Bedrijfsvoering', 'bedrijfsvoering', true],
		['Archief & erfgoed', 'archief-erfgoed', true],
		// A name from the list, if its id is a domain of the app.
		['huisvuil', 'afval', true],
		['Wonen', 'overig', false],
		['Aanbesteding', 'inkoop', true],
		['WOZ-taxatie', 'belastingen', true],
		['IT-beheer', 'ict', true],
		['Regionale Energiestrategie', 'omgeving-milieu', true],
		['RES', 'omgeving-milieu', true],
		// Words of three letters or less count only at the start: "adressen" holds "res".
		['Burgerzaken en adressen', 'overig', false],
		['Kwaliteit', 'overig', false],
		['Reiniging', 'afval', true]
	])('%j → %s (herkend: %s)', (tekst, domein, herkend) => {
		expect(domeinVanTekst(tekst, namen)).toEqual({ domein, herkend });
	});

	test('zonder lijst van namen: ids en trefwoorden', () => {
		expect(domeinVanTekst('Belastingen')).toEqual({ domein: 'belastingen', herkend: true });
		expect(domeinVanTekst('Huisvuil')).toEqual({ domein: 'overig', herkend: false });
	});
});

test('een lege cel is nooit herkend, ook niet als een domein een lege naam heeft', () => {
	expect(domeinVanTekst(' ', [{ id: 'afval', naam: '–' }])).toEqual({
		domein: 'overig',
		herkend: false
	});
});

describe('kleine hulpen', () => {
	test('ImportFout is herkenbaar aan zijn code, ook als kopie uit een andere module', () => {
		const e = new ImportFout('x');
		expect(e.code).toBe('import-fout');
		expect(isImportFout(e)).toBe(true);
		expect(isImportFout(Object.assign(new Error('y'), { code: IMPORT_FOUT }))).toBe(true);
		expect(isImportFout(new Error('y'))).toBe(false);
		expect(isImportFout({ code: IMPORT_FOUT, message: 'geen Error' })).toBe(false);
		expect(isImportFout(null)).toBe(false);
	});

	test('laag-id en slug', () => {
		expect(laagIdVan({ id: 'abc' })).toBe('eigen-abc');
		expect(slug('Regio Zuid')).toBe('regio-zuid');
		expect(slug('!!')).toBe('x');
	});

	const D: Dataset = {
		formaat: 'samenwerkingsatlas-dataset',
		versie: 1,
		id: 'd',
		naam: 'D',
		bestand: '',
		geimporteerd: '2026-01-01T00:00:00.000Z',
		verbanden: [
			{ id: 'a', naam: 'A', domein: 'ict', gemeenten: ['GM0001', 'GM0002'] },
			{
				id: 'b',
				naam: 'B',
				domein: 'overig',
				domeinTekst: 'Wonen',
				vorm: 'convenant',
				bron: 'https://b',
				peildatum: '2026-01-01',
				gemeenten: ['GM0003']
			}
		]
	};

	test('naarCsv: een rij per lid, de vrije domeintekst boven het domein, lege velden leeg', () => {
		expect(naarCsv(D, (c) => `naam ${c}`)).toBe(
			'\uFEFFgemeentecode;gemeente;samenwerkingsverband;domein;samenwerkingsvorm;bron;peildatum\r\n' +
				'GM0001;naam GM0001;A;ict;;;\r\n' +
				'GM0002;naam GM0002;A;ict;;;\r\n' +
				'GM0003;naam GM0003;B;Wonen;convenant;https://b;2026-01-01\r\n'
		);
	});

	test('naarJson: leesbaar ingesprongen, en terug te lezen', () => {
		const json = naarJson(D);
		expect(json.split('\n')[1]).toBe('  "formaat": "samenwerkingsatlas-dataset",');
		expect(JSON.parse(json)).toEqual(D);
	});

	test('alleenBekend: alleen datasets waarvan elk lid bekend is', () => {
		const ander = { ...D, id: 'e', verbanden: [D.verbanden[0]] };
		expect(alleenBekend([D, ander], new Set(['GM0001', 'GM0002'])).map((d) => d.id)).toEqual(['e']);
		// One unknown member among known ones is enough to leave a dataset out.
		expect(alleenBekend([D, ander], new Set(['GM0001'])).length).toBe(0);
		expect(alleenBekend([D, ander], new Set(['GM0001', 'GM0002', 'GM0003'])).length).toBe(2);
	});
});
