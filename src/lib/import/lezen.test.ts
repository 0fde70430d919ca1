import { describe, expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { zipBom } from '../../../tests/fixtures/zip-bom';
import { controleerUitgepakt, decodeer, leesBestand, MAX_UITGEPAKT } from './lezen';

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
