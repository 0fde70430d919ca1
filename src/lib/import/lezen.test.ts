import { describe, expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { zipBom } from '../../../tests/fixtures/zip-bom';
import { maakXlsx } from '../../../tests/fixtures/xlsx';
import {
	controleerUitgepakt,
	decodeer,
	leesBestand,
	leesCsv,
	MAX_BYTES,
	MAX_UITGEPAKT,
	type Ingelezen
} from './lezen';

const CSV = 'gemeente;verband\nSúdwest-Fryslân;Coöperatie Zuidwest\n';

function utf16(s: string, volgorde: 'le' | 'be', bom: boolean): Uint8Array {
	const le = Buffer.from((bom ? '\uFEFF' : '') + s, 'utf16le');
	if (volgorde === 'be') le.swap16();
	return new Uint8Array(le);
}

describe('UTF-16 in beide bytevolgordes', () => {
	test.each([
		['le', true, 'UTF-16 LE met BOM'],
		['be', true, 'UTF-16 BE met BOM'],
		['le', false, 'UTF-16 LE'],
		['be', false, 'UTF-16 BE']
	] as const)('%s, BOM %s → %s, zonder NUL-tekens', async (volgorde, bom, naam) => {
		const bytes = utf16(CSV, volgorde, bom);
		expect(decodeer(bytes)).toEqual({ tekst: CSV, codering: naam });
		const r = await leesBestand(bytes, 'lijst.csv');
		if (r.soort !== 'tabel') throw new Error(r.soort);
		expect(r.tabel.rijen).toEqual([['Súdwest-Fryslân', 'Coöperatie Zuidwest']]);
		expect(r.tabel.details).toContain(naam);
	});

	test('afgebroken UTF-16 (oneven aantal bytes) wordt duidelijk geweigerd', async () => {
		const bytes = utf16(CSV, 'be', true).subarray(0, 31);
		await expect(leesBestand(bytes, 'lijst.csv')).rejects.toThrow(
			/lijkt UTF-16 BE met BOM maar is onvolledig of beschadigd/
		);
	});

	test('NUL-tekens in een ander bestand: geweigerd met de regel, niet bewaard', async () => {
		const bytes = new TextEncoder().encode('gemeente;verband\nMaastricht;A\u0000B\n');
		await expect(leesBestand(bytes, 'lijst.csv')).rejects.toThrow(
			/"lijst.csv" bevat NUL-tekens \(regel 2\)/
		);
	});
});

describe('JSON: meldingen in het Nederlands', () => {
	test('100 000 niveaus diep: geweigerd, zonder technische melding', async () => {
		const diep = '['.repeat(100_000) + ']'.repeat(100_000);
		await expect(leesBestand(new TextEncoder().encode(diep), 'diep.json')).rejects.toThrow(
			/^"diep.json" is dieper genest dan 64 niveaus/
		);
	});

	test('kapotte JSON noemt regel en teken', async () => {
		const e = await leesBestand(new TextEncoder().encode('{\n "a": 1,\n "b" 2}'), 'x.json').catch(
			(x: Error) => x
		);
		expect((e as Error).message).toMatch(
			/^"x.json" is geen geldige JSON: fout bij regel 3, teken \d+\.$/
		);
	});
});

describe('Excel: grens op wat een bestand uitgepakt mag worden', () => {
	test(`meer dan ${MAX_UITGEPAKT / 1024 / 1024} MB uitgepakt: geweigerd vóór het inlezen, met melding`, async () => {
		const bom = zipBom(MAX_UITGEPAKT / 1024 / 1024 + 10);
		expect(bom.length).toBeLessThan(1024 * 1024);
		await expect(leesBestand(bom, 'bom.xlsx')).rejects.toThrow(
			/^"bom.xlsx" wordt uitgepakt groter dan 200 MB/
		);
	}, 30_000);

	test('onder de grens: niets aan de hand; een kapotte zip laat de Excel-lezer het zeggen', async () => {
		// The fixture is a real zip: inflated by another reader, it is what it says.
		expect(unzipSync(zipBom(2))['xl/worksheets/sheet1.xml']).toHaveLength(2 * 1024 * 1024);
		expect(() => controleerUitgepakt(zipBom(2), 'a.xlsx', 3 * 1024 * 1024)).not.toThrow();
		expect(() => controleerUitgepakt(zipBom(4), 'a.xlsx', 3 * 1024 * 1024)).toThrow(/3 MB/);
		const kapot = zipSync({ 'a.xml': strToU8('x') }).subarray(0, 20);
		await expect(leesBestand(kapot, 'kapot.xlsx')).rejects.toThrow(
			/^"kapot.xlsx" kon niet als Excel-bestand worden gelezen/
		);
	});
});

const utf8 = (s: string) => new TextEncoder().encode(s);
const cp1252 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

/** The Dutch message of the ImportFout that reading `bytes` as `naam` gives. */
async function weigering(bytes: Uint8Array, naam: string): Promise<string> {
	const e = await leesBestand(bytes, naam).then(
		() => new Error('aanvaard'),
		(x: Error) => x
	);
	expect((e as { code?: string }).code, e.message).toBe('import-fout');
	return e.message;
}

async function soort(bytes: Uint8Array, naam: string): Promise<Ingelezen> {
	return leesBestand(bytes, naam);
}

describe('coderingen: alleen een volledige BOM telt, de rest is Windows-1252 of UTF-8', () => {
	test('gewone UTF-8 blijft heel, zonder "met BOM"', () => {
		expect(decodeer(utf8('gemeente;x'))).toEqual({ tekst: 'gemeente;x', codering: 'UTF-8' });
	});

	// Each starts with byte values of a BOM (ÿ 0xFF, þ 0xFE, ï 0xEF, » 0xBB, ¿ 0xBF in Windows-1252)
	// but is no BOM: the whole text must come back, as Windows-1252 (none is valid UTF-8).
	test.each(['ÿa;b', 'aþ;b', 'þa;b', 'aÿ;b', 'ïx¿;b', 'a»¿;b', 'ï»a;b', 'ab¿;c'])('%j', (s) => {
		expect(decodeer(cp1252(s))).toEqual({ tekst: s, codering: 'Windows-1252' });
	});

	test('UTF-16 zonder BOM: ook bij twee bytes; een losse laatste byte telt niet en breekt het af', async () => {
		// "a" in UTF-16 LE is 61 00: the odd byte is NUL, the even one not.
		expect(decodeer(new Uint8Array([0x61, 0x00]))).toEqual({ tekst: 'a', codering: 'UTF-16 LE' });
		// 61 00 00: the first pair says LE; the third byte is half a character.
		await expect(leesBestand(new Uint8Array([0x61, 0x00, 0x00]), 'a.csv')).rejects.toThrow(
			/lijkt UTF-16 LE maar is onvolledig/
		);
	});

	test.each(['le', 'be'] as const)(
		'UTF-16 %s zonder BOM: de drempels (meer dan 30 %%, onder 5 %%) precies',
		(volgorde) => {
			const paren = (p: number[][]) => {
				const b = p.flat();
				return new Uint8Array(volgorde === 'le' ? b : b.map((_, i) => b[i ^ 1]));
			};
			// 10 pairs (helft 10), in LE order (low byte first; BE swaps each pair).
			// 3 of 10 high bytes NUL is 30 %, not more: no UTF-16, UTF-8 text with NUL-tekens.
			const drie = paren([...Array(3).fill([0x61, 0]), ...Array(7).fill([0x61, 0x62])]);
			expect(decodeer(drie).codering).toBe('UTF-8');
			// 20 pairs: 19 × "a" and 1 × "Ā" (U+0100, low byte 0): 1 of 20 low bytes NUL is 5 %, not under.
			const eenLaag = paren([...Array(19).fill([0x61, 0]), [0, 1]]);
			expect(decodeer(eenLaag).codering).toBe('UTF-8');
			// One NUL high byte more, or one NUL low byte less, and it is UTF-16.
			const naam = volgorde === 'le' ? 'UTF-16 LE' : 'UTF-16 BE';
			expect(
				decodeer(paren([...Array(4).fill([0x61, 0]), ...Array(6).fill([0x61, 0x62])])).codering
			).toBe(naam);
			expect(decodeer(paren(Array(20).fill([0x61, 0]))).codering).toBe(naam);
		}
	);

	test('alleen NUL-bytes: geen bytevolgorde te zien, dus UTF-8 met NUL-tekens', async () => {
		expect(await weigering(new Uint8Array(10), 'nul.csv')).toMatch(
			/^"nul.csv" bevat NUL-tekens \(regel 1\) en is als UTF-8 geen leesbare tekst\./
		);
	});

	test('een NUL als allereerste teken wordt ook gevonden', async () => {
		expect(await weigering(new Uint8Array([0, ...utf8('a;b\nc;d\n')]), 'x.csv')).toMatch(
			/NUL-tekens \(regel 1\)/
		);
	});
});

describe('CSV: kolommen en cellen', () => {
	test('lege kopcel krijgt een naam, cellen en koppen getrimd, korte rijen aangevuld', () => {
		const t = leesCsv(" gemeente ;;verband\n Maastricht ;x\n'=1+1;y;z;te veel\n");
		expect(t.kolommen).toEqual(['gemeente', 'kolom 2', 'verband']);
		// Row 1 has two cells (third empty); row 2 has four (the fourth has no column), and its
		// first cell is an exported formula: the apostrophe our export added comes off again.
		expect(t.rijen).toEqual([
			['Maastricht', 'x', ''],
			['=1+1', 'y', 'z']
		]);
		expect(t.details).toBe('UTF-8, scheidingsteken puntkomma');
	});

	test.each([
		['a,b\n1,2\n', 'komma'],
		['a\tb\n1\t2\n', 'tab'],
		['a|b\n1|2\n', 'streep']
	])('scheidingsteken in %j: %s', (csv, naam) => {
		expect(leesCsv(csv, 'Windows-1252').details).toBe(`Windows-1252, scheidingsteken ${naam}`);
	});

	test('leeg of één kolom: de Nederlandse melding', () => {
		expect(() => leesCsv(' \n\n')).toThrow(/^Het bestand is leeg: geen kopregel en geen rijen\.$/);
		expect(() => leesCsv('gemeente\nMaastricht\n')).toThrow(/^Het bestand heeft maar één kolom\./);
	});

	test('voortgang: oplopend tot 1, in stukken van 256 KB', () => {
		// 40 000 rows of 16 bytes = 640 000 characters: three chunks of at most 262 144.
		const tekst = 'gemeente;verband\n' + 'Maastricht;BsGW\n'.repeat(40_000);
		const stappen: number[] = [];
		expect(leesCsv(tekst, 'UTF-8', (f) => stappen.push(f)).rijen).toHaveLength(40_000);
		expect(stappen.length).toBeGreaterThanOrEqual(3);
		expect(stappen[0]).toBeGreaterThan(0);
		expect(stappen[0]).toBeLessThan(0.5);
		for (let i = 1; i < stappen.length; i++) expect(stappen[i]).toBeGreaterThan(stappen[i - 1]);
		expect(stappen.at(-1)).toBe(1);
	});
});

describe('leesBestand: welk soort bestand', () => {
	test('leeg, te groot (meer dan 50 MB), en precies 50 MB wordt wel gelezen', async () => {
		expect(await weigering(new Uint8Array(), 'x.csv')).toBe('"x.csv" is leeg.');
		expect(await weigering(new Uint8Array(MAX_BYTES + 1), 'groot.csv')).toBe(
			'"groot.csv" is groter dan 50 MB.'
		);
		// Exactly the limit passes the size check and is read (here: zeros, refused as NUL-tekens).
		expect(await weigering(new Uint8Array(MAX_BYTES), 'groot.csv')).toMatch(/NUL-tekens/);
	});

	test('Excel herkend aan de inhoud (PK), ook met een andere of hoofdletter-extensie', async () => {
		const xlsx = maakXlsx([
			['gemeente', 'verband'],
			['Maastricht', 'BsGW']
		]);
		for (const naam of ['download.csv', 'LIJST.XLSX', 'lijst']) {
			const r = await soort(xlsx, naam);
			expect(r.soort === 'tabel' && r.tabel.details, naam).toBe('Excel (eerste werkblad)');
		}
		// .xlsx without zip content: the Excel reader's message, not a CSV one.
		expect(await weigering(utf8('gemeente;verband\n'), 'lijst.xlsx')).toMatch(
			/^"lijst.xlsx" kon niet als Excel-bestand worden gelezen/
		);
		// Starting with P or with K alone is no zip: these are CSV.
		for (const csv of ['Plaats;verband\nA;B\n', 'SK;verband\nA;B\n'])
			expect((await soort(utf8(csv), 'a.csv')).soort, csv).toBe('tabel');
		expect(await weigering(utf8('x'), 'oud.xls')).toBe(
			'Het oude Excel-formaat (.xls) wordt niet ondersteund: sla op als .xlsx of .csv.'
		);
	});

	test('JSON herkend aan de extensie of aan { of [ (ook na witruimte)', async () => {
		expect(await soort(utf8('5'), 'getal.json')).toEqual({ soort: 'json', data: 5 });
		expect(await soort(utf8('null'), 'leeg.json')).toEqual({ soort: 'json', data: null });
		expect(await soort(utf8('"tekst"'), 'a.geojson')).toEqual({ soort: 'json', data: 'tekst' });
		expect(await soort(utf8(' \n {"a": [1]}'), 'a.txt')).toEqual({
			soort: 'json',
			data: { a: [1] }
		});
		expect(await soort(utf8('[1, 2]'), 'a.txt')).toEqual({ soort: 'json', data: [1, 2] });
		// A .geojson that is not JSON says so (rather than being read as a one-column CSV).
		expect(await weigering(utf8('type: FeatureCollection'), 'kaart.geojson')).toMatch(
			/^"kaart.geojson" is geen geldige JSON/
		);
	});

	test('kapotte JSON: regel en teken van de fout, of dat het bestand ophoudt', async () => {
		// The "2" after "b" (no colon) is the 17th character: line 3 is ' "b" 2}', "2" its 6th.
		expect(await weigering(utf8('{\n "a": 1,\n "b" 2}'), 'x.json')).toBe(
			'"x.json" is geen geldige JSON: fout bij regel 3, teken 6.'
		);
		expect(await weigering(utf8('{"kapot": '), 'x.json')).toBe(
			'"x.json" is geen geldige JSON: het bestand houdt onverwacht op of bevat een ongeldig teken.'
		);
	});

	test('diepte: 64 niveaus mag, 65 niet (lijsten en objecten)', async () => {
		const lijst = (n: number) => '['.repeat(n) + ']'.repeat(n);
		const object = (n: number) => '{"a":'.repeat(n - 1) + '{}' + '}'.repeat(n - 1);
		expect((await soort(utf8(lijst(64)), 'a.json')).soort).toBe('json');
		expect((await soort(utf8(object(64)), 'a.json')).soort).toBe('json');
		for (const tekst of [lijst(65), object(65)])
			expect(await weigering(utf8(tekst), 'a.json')).toMatch(/dieper genest dan 64 niveaus/);
	});
});

describe('GeoJSON', () => {
	const vlak = (type: string, naam: string) => ({
		type: 'Feature',
		properties: { naam },
		geometry: { type, coordinates: [] }
	});

	test('alleen (multi)polygonen; punten, lege en kapotte features vallen weg', async () => {
		const fc = {
			type: 'FeatureCollection',
			features: [
				vlak('Point', 'p'),
				vlak('Polygon', 'a'),
				null,
				'x',
				{ type: 'Feature', properties: {} },
				vlak('MultiPolygon', 'b'),
				vlak('LineString', 'l')
			]
		};
		const r = await soort(utf8(JSON.stringify(fc)), 'kaart.geojson');
		if (r.soort !== 'geojson') throw new Error(r.soort);
		expect(r.features.map((f) => f.properties.naam)).toEqual(['a', 'b']);
	});

	test('features geen lijst, of zonder vlakken: de melding noemt het bestand', async () => {
		const fc = (features: unknown) => utf8(JSON.stringify({ type: 'FeatureCollection', features }));
		expect(await weigering(fc({}), 'k.geojson')).toBe(
			'"k.geojson" (GeoJSON): "features" moet een lijst zijn.'
		);
		expect(await weigering(fc([vlak('Point', 'p')]), 'k.geojson')).toBe(
			'"k.geojson" (GeoJSON): geen (multi)polygonen gevonden om aan gemeenten te koppelen.'
		);
	});

	test('ander JSON met een veld "type" is geen FeatureCollection', async () => {
		const d = { type: 'Feature', features: 'geen lijst' };
		expect(await soort(utf8(JSON.stringify(d)), 'a.json')).toEqual({ soort: 'json', data: d });
	});
});

describe('Excel-cellen', () => {
	test('datum als dag, lege cellen leeg, rijen met één waarde blijven, lege kopcel krijgt een naam', async () => {
		const bytes = maakXlsx([
			['gemeente', null, 'peildatum'],
			['Maastricht', null, new Date(Date.UTC(2026, 0, 1))],
			[null, null, null],
			[null, 'alleen hier', null],
			[935, null, null]
		]);
		const r = await soort(bytes, 'lijst.xlsx');
		if (r.soort !== 'tabel') throw new Error(r.soort);
		expect(r.tabel.kolommen).toEqual(['gemeente', 'kolom 2', 'peildatum']);
		expect(r.tabel.rijen).toEqual([
			['Maastricht', '', '2026-01-01'],
			['', 'alleen hier', ''],
			['935', '', '']
		]);
	});

	test('ook uit een deel van een grotere buffer', async () => {
		const xlsx = maakXlsx([
			['a', 'b'],
			['1', '2']
		]);
		const groot = new Uint8Array(xlsx.length + 10);
		groot.set(xlsx, 7);
		const r = await soort(groot.subarray(7, 7 + xlsx.length), 'a.xlsx');
		expect(r.soort === 'tabel' && r.tabel.rijen).toEqual([['1', '2']]);
	});

	test('een leeg werkblad', async () => {
		expect(await weigering(maakXlsx([]), 'leeg.xlsx')).toBe(
			'Het eerste werkblad van "leeg.xlsx" is leeg.'
		);
	});

	test('uitpakken: precies de grens mag; een onbekende compressie laat de Excel-lezer het zeggen', async () => {
		expect(() => controleerUitgepakt(zipBom(3), 'a.xlsx', 3 * 1024 * 1024)).not.toThrow();
		// Compression method 99 (AES-encrypted zip): the inflater cannot follow it, says so with a
		// technical error, and the Excel reader gives the Dutch message.
		const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
		zip[8] = 99;
		expect(() => controleerUitgepakt(zip, 'geheim.xlsx')).not.toThrow();
		expect(await weigering(zip, 'geheim.xlsx')).toMatch(
			/^"geheim.xlsx" kon niet als Excel-bestand worden gelezen/
		);
	});
});
