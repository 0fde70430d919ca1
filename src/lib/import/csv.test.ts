import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { echteData } from '$lib/geo/test-data';
import { herstelCel, naarCsvTekst, neutraliseerCel } from './csv';
import { naarCsv, type Dataset } from './dataset';
import { bundelDataset } from './bundel';

const FORMULES = [
	'=HYPERLINK("http://x","klik")',
	"+cmd|' /C calc'!A0",
	'-2+3',
	'@SUM(A1:A2)',
	'\t=1+1',
	'\r=1+1',
	'=1+1\nmet een tweede regel'
];

/** Cells as a spreadsheet reads the file (`;`, quotes), without our own reader in between. */
function cellen(csv: string): string[][] {
	return Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true })
		.data;
}

describe('CSV-export: formules worden tekst', () => {
	test.each(FORMULES)('%j krijgt een apostrof en komt zo terug', (x) => {
		expect(neutraliseerCel(x)).toBe(`'${x}`);
		expect(herstelCel(neutraliseerCel(x))).toBe(x);
	});

	test('gewone tekst blijft gewone tekst, ook met een apostrof', () => {
		for (const x of ['Maastricht', "'s-Hertogenbosch", 'Regio "U10"; met puntkomma', 'a=b', ''])
			expect(herstelCel(neutraliseerCel(x))).toBe(x);
		expect(neutraliseerCel("'s-Hertogenbosch")).toBe("'s-Hertogenbosch");
	});

	test('eigen dataset: geen cel in het bestand begint als formule', () => {
		const d: Dataset = {
			formaat: 'samenwerkingsatlas-dataset',
			versie: 1,
			id: 'x',
			naam: 'x',
			bestand: 'x.csv',
			geimporteerd: '2026-01-01T00:00:00.000Z',
			verbanden: FORMULES.map((naam, i) => ({
				id: `v${i}`,
				naam,
				domein: 'ict',
				vorm: '=1+2',
				bron: '@bron',
				gemeenten: ['GM0363']
			}))
		};
		const csv = naarCsv(d, () => '=naam');
		expect(csv.startsWith('\uFEFFgemeentecode;gemeente;samenwerkingsverband;')).toBe(true);
		const rijen = cellen(csv);
		expect(rijen).toHaveLength(FORMULES.length + 1);
		for (const rij of rijen) for (const c of rij) expect(c, c).not.toMatch(/^[=+\-@\t\r]/);
		expect(rijen.slice(1).map((r) => r[2])).toEqual(FORMULES.map((f) => `'${f}`));
	});

	test('gebundelde laag: dezelfde export, dezelfde bescherming', () => {
		const { atlas } = echteData();
		const kopie = structuredClone(atlas);
		const v = kopie.verbanden.find((x) => x.domeinen.includes('belastingen'))!;
		v.naam = '=HYPERLINK("http://x","klik")';
		const d = bundelDataset(kopie, 'belastingen')!;
		const rij = cellen(naarCsv(d, (c) => c)).find((r) => r[2].includes('HYPERLINK'))!;
		expect(rij[2]).toBe(`'=HYPERLINK("http://x","klik")`);
	});

	test('naarCsvTekst: puntkomma, CRLF, aanhalingstekens rond scheidingstekens', () => {
		expect(naarCsvTekst(['a', 'b'], [['x;y', 'z"w']])).toBe('\uFEFFa;b\r\n"x;y";"z""w"\r\n');
	});
});
