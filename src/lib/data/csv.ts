/**
 * CSV for spreadsheets: Papa.unparse with every cell that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) neutralised with a leading apostrophe, the
 * usual defence against CSV injection. Semicolons and a byte-order mark, so Excel with Dutch
 * settings opens it in columns with the accents intact. Pure.
 */
import Papa from 'papaparse';

const FORMULE = /^[=+\-@\t\r]/;

/** A cell that cannot start a formula. */
export function veiligeCel(waarde: unknown): string {
	const s = waarde === null || waarde === undefined ? '' : String(waarde);
	return FORMULE.test(s) ? `'${s}` : s;
}

/** Rows (objects with the same keys, in column order) as an Excel-friendly CSV text. */
export function naarCsv(rijen: readonly Record<string, unknown>[], kolommen?: string[]): string {
	const velden = kolommen ?? Object.keys(rijen[0] ?? {});
	const data = rijen.map((r) => velden.map((k) => veiligeCel(r[k])));
	const tekst = Papa.unparse({ fields: velden, data }, { delimiter: ';', newline: '\r\n' });
	return `\uFEFF${tekst.replace(/\r\n$/, '')}\r\n`;
}
