/**
 * CSV for Excel, written by papaparse: `;`, CRLF, UTF-8 with BOM. Cells that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR) get a leading `'`, so a name such as
 * `=HYPERLINK(…)` from an imported file stays text when the export is opened. Pure (no DOM).
 */
import Papa from 'papaparse';

/** Starts like a formula in Excel, LibreOffice or Google Sheets (also on a cell with line breaks). */
export const FORMULE_BEGIN = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet shows it as text: a leading `'` before a formula-like start. */
export function neutraliseerCel(x: string): string {
	return FORMULE_BEGIN.test(x) ? `'${x}` : x;
}

/** Undoes `neutraliseerCel` on import, so an exported file reads back as the same data. */
export function herstelCel(x: string): string {
	return x[0] === "'" && FORMULE_BEGIN.test(x.slice(1)) ? x.slice(1) : x;
}

export function naarCsvTekst(koppen: readonly string[], rijen: readonly string[][]): string {
	const tekst = Papa.unparse(
		{ fields: [...koppen], data: rijen.map((r) => [...r]) },
		{ delimiter: ';', newline: '\r\n', escapeFormulae: FORMULE_BEGIN }
	);
	return '\uFEFF' + tekst + '\r\n';
}
