import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { naarCsv, veiligeCel } from './csv';

describe('veiligeCel', () => {
	it.each([
		['=HYPERLINK("http://x","klik")', `'=HYPERLINK("http://x","klik")`],
		["+cmd|' /C calc'!A0", `'+cmd|' /C calc'!A0`],
		['-2+3', `'-2+3`],
		['@SUM(A1:A2)', `'@SUM(A1:A2)`],
		['\tverborgen', `'\tverborgen`],
		['\rterug', `'\rterug`]
	])('neutralises %j', (invoer, verwacht) => {
		expect(veiligeCel(invoer)).toBe(verwacht);
	});
	it('leaves ordinary text, numbers and inner signs alone', () => {
		expect(veiligeCel('Regio Twente')).toBe('Regio Twente');
		expect(veiligeCel('a=b')).toBe('a=b');
		expect(veiligeCel(42)).toBe('42');
		expect(veiligeCel(null)).toBe('');
		expect(veiligeCel(undefined)).toBe('');
		expect(veiligeCel(false)).toBe('false');
	});
});

describe('naarCsv', () => {
	const rijen = [
		{ naam: '=1+1', plaats: 'Súdwest-Fryslân', n: 3 },
		{ naam: 'a;b "c"', plaats: 'x', n: 4 }
	];
	it('writes a BOM, a header and semicolon rows that parse back to the neutralised cells', () => {
		const tekst = naarCsv(rijen);
		expect(tekst.startsWith('\uFEFFnaam;plaats;n\r\n')).toBe(true);
		const terug = Papa.parse<string[]>(tekst.slice(1), {
			delimiter: ';',
			skipEmptyLines: true
		}).data;
		expect(terug).toEqual([
			['naam', 'plaats', 'n'],
			["'=1+1", 'Súdwest-Fryslân', '3'],
			['a;b "c"', 'x', '4']
		]);
	});
	it('follows the given column order and leaves out other keys', () => {
		expect(naarCsv(rijen, ['n', 'naam']).split('\r\n')[1]).toBe("3;'=1+1");
	});
	it('writes only a header for no rows when the columns are given', () => {
		expect(naarCsv([], ['a', 'b'])).toBe('\uFEFFa;b\r\n');
	});
});
