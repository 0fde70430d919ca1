/**
 * Reading an uploaded file into a table (CSV, XLSX), a dataset (our JSON) or features (GeoJSON).
 * Well-kept parsers do the work: papaparse (CSV, delimiter detection) and read-excel-file (XLSX).
 * Pure apart from the XLSX reader's use of standard web APIs (Blob); runs in a Web Worker.
 */
import Papa from 'papaparse';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ImportFout, isImportFout } from './dataset';
import { herstelCel } from './csv';

export interface Tabel {
	kolommen: string[];
	/** Data rows (without the header); every row has `kolommen.length` cells. */
	rijen: string[][];
	/** Encoding/delimiter that was detected, for the report. */
	details: string;
}

export type Ingelezen =
	| { soort: 'tabel'; tabel: Tabel }
	| { soort: 'json'; data: unknown }
	| { soort: 'geojson'; features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[] };

export const MAX_BYTES = 50 * 1024 * 1024;

/** What an .xlsx may inflate to before it is refused: far above any real list, far below a bomb. */
export const MAX_UITGEPAKT = 200 * 1024 * 1024;
/** Nesting deeper than this is no dataset or GeoJSON (a MultiPolygon is 6 levels deep). */
export const MAX_DIEPTE = 64;

/**
 * UTF-16 without a BOM: in Latin text every other byte is 0 (the high byte). Which one tells the order:
 * little-endian when more than 30 % of the odd bytes (of the first 4 KB) are 0 and under 5 % of the
 * even ones, big-endian the other way round.
 */
function utf16Zonder(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	// An even count of at most 4 KB; for 0 bytes both counts stay 0 and no order is found.
	const n = Math.min(bytes.length, 4096) & ~1;
	let even = 0;
	let oneven = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) oneven++;
	}
	const helft = n / 2;
	if (oneven > helft * 0.3 && even < helft * 0.05) return 'utf-16le';
	if (even > helft * 0.3 && oneven < helft * 0.05) return 'utf-16be';
	return null;
}

/**
 * UTF-8 (with or without BOM), UTF-16 in either byte order (with a BOM, or recognised by its NUL
 * bytes), else Windows-1252 — as Dutch Excel writes CSV files. Throws when UTF-16 is broken.
 */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: string } {
	const bom16 =
		bytes[0] === 0xff && bytes[1] === 0xfe
			? 'utf-16le'
			: bytes[0] === 0xfe && bytes[1] === 0xff
				? 'utf-16be'
				: null;
	const utf16 = bom16 ?? utf16Zonder(bytes);
	if (utf16) {
		const naam = `UTF-16 ${utf16 === 'utf-16le' ? 'LE' : 'BE'}${bom16 ? ' met BOM' : ''}`;
		try {
			const tekst = new TextDecoder(utf16, { fatal: true }).decode(
				bom16 ? bytes.subarray(2) : bytes
			);
			return { tekst, codering: naam };
		} catch {
			throw new ImportFout(
				`Het bestand lijkt ${naam} maar is onvolledig of beschadigd (een oneven aantal bytes of een ongeldig teken). Sla het opnieuw op als CSV (UTF-8).`
			);
		}
	}
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	try {
		const tekst = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
		return { tekst, codering: bom ? 'UTF-8 met BOM' : 'UTF-8' };
	} catch {
		return { tekst: new TextDecoder('windows-1252').decode(bytes), codering: 'Windows-1252' };
	}
}

const SCHEIDING_NAAM: Record<string, string> = {
	';': 'puntkomma',
	',': 'komma',
	'\t': 'tab',
	'|': 'streep'
};

export function leesCsv(
	tekst: string,
	codering = 'UTF-8',
	onVoortgang?: (f: number) => void
): Tabel {
	const rijen: string[][] = [];
	let scheiding = '';
	const totaal = tekst.length || 1;
	Papa.parse<string[]>(tekst, {
		delimitersToGuess: [';', ',', '\t', '|'],
		skipEmptyLines: 'greedy',
		chunkSize: 1024 * 256,
		chunk: (r: Papa.ParseResult<string[]>) => {
			scheiding ||= r.meta.delimiter;
			for (const rij of r.data) rijen.push(rij);
			onVoortgang?.(Math.min(1, r.meta.cursor / totaal));
		}
		// A string is parsed synchronously in chunks; the typings only describe chunking for files.
	} as Papa.ParseConfig<string[]>);
	if (rijen.length === 0) throw new ImportFout('Het bestand is leeg: geen kopregel en geen rijen.');
	const kolommen = rijen[0].map((k, i) => k.trim() || `kolom ${i + 1}`);
	if (kolommen.length < 2)
		throw new ImportFout(
			'Het bestand heeft maar één kolom. Gebruik puntkomma, komma of tab als scheidingsteken, met een kopregel (bijv. "gemeente;samenwerkingsverband;domein").'
		);
	const data = rijen.slice(1).map((r) => kolommen.map((_, i) => herstelCel((r[i] ?? '').trim())));
	return {
		kolommen,
		rijen: data,
		details: `${codering}, scheidingsteken ${SCHEIDING_NAAM[scheiding] ?? JSON.stringify(scheiding)}`
	};
}

/**
 * Inflates the zip in small steps, counting, and throws once the total passes `max`: a zip bomb is
 * refused after at most `max` bytes of work, and memory holds one step at a time. A zip that this
 * streaming reader cannot follow is left to the Excel reader (which fails on it with its own message).
 */
export function controleerUitgepakt(bytes: Uint8Array, bestand: string, max = MAX_UITGEPAKT): void {
	let totaal = 0;
	const teGroot = () =>
		new ImportFout(
			`"${bestand}" wordt uitgepakt groter dan ${Math.round(max / 1024 / 1024)} MB; zo groot is geen lijst van samenwerkingen (het kan een "zip-bom" zijn). Er is niets ingelezen.`
		);
	const uz = new Unzip((f) => {
		f.ondata = (err, stuk) => {
			if (err) throw err;
			totaal += stuk.length;
			if (totaal > max) throw teGroot();
		};
		f.start();
	});
	uz.register(UnzipInflate);
	uz.register(UnzipPassThrough);
	// No end-of-stream flag: every entry's data comes before the zip's central directory, so all of
	// it is counted by the last push (the flag would only add an error for a truncated zip, ignored here).
	const STAP = 4 * 1024;
	try {
		for (let i = 0; i < bytes.length; i += STAP) uz.push(bytes.subarray(i, i + STAP));
	} catch (e) {
		if (isImportFout(e)) throw e;
	}
}

async function leesXlsx(bytes: Uint8Array, bestand: string, max: number): Promise<Tabel> {
	controleerUitgepakt(bytes, bestand, max);
	const { readSheet } = await import('read-excel-file/universal');
	let rijen: unknown[][];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		rijen = (await readSheet(buffer as ArrayBuffer)) as unknown[][];
	} catch {
		throw new ImportFout(
			`"${bestand}" kon niet als Excel-bestand worden gelezen: het is beschadigd of geen .xlsx (sla het in Excel of LibreOffice opnieuw op als .xlsx of .csv).`
		);
	}
	// Empty cells are null; a date cell is a Date (at midnight UTC), kept as its day.
	const tekst = (x: unknown) =>
		x instanceof Date ? x.toISOString().slice(0, 10) : String(x ?? '').trim();
	if (rijen.length === 0) throw new ImportFout(`Het eerste werkblad van "${bestand}" is leeg.`);
	const kolommen = rijen[0].map((k, i) => tekst(k) || `kolom ${i + 1}`);
	return {
		kolommen,
		rijen: rijen
			.slice(1)
			.map((r) => kolommen.map((_, i) => tekst(r[i])))
			.filter((r) => r.some(Boolean)),
		details: 'Excel (eerste werkblad)'
	};
}

/** Nesting depth, iteratively (a recursive walk, or a structured clone, overflows the stack). */
export function teDiep(x: unknown, max = MAX_DIEPTE): boolean {
	if (!x || typeof x !== 'object') return false;
	const stapel: [unknown, number][] = [[x, 1]];
	while (stapel.length) {
		const [w, d] = stapel.pop()!;
		if (d > max) return true;
		const kinderen = Array.isArray(w) ? w : Object.values(w as object);
		for (const k of kinderen) if (k && typeof k === 'object') stapel.push([k, d + 1]);
	}
	return false;
}

/** "Unexpected token … at position 812" (JSON.parse's SyntaxError) → "regel 3, teken 14", in Dutch. */
function jsonPlek(e: unknown, tekst: string): string {
	const m = /position (\d+)/.exec((e as SyntaxError).message);
	if (!m) return 'het bestand houdt onverwacht op of bevat een ongeldig teken';
	const voor = tekst.slice(0, Number(m[1])).split('\n');
	return `fout bij regel ${voor.length}, teken ${voor[voor.length - 1].length + 1}`;
}

function isGeoJson(x: unknown): x is { type: string; features?: unknown[] } {
	return !!x && typeof x === 'object' && 'type' in x;
}

/** Reads any supported file. Throws ImportFout with a Dutch message; never returns partial data. */
export async function leesBestand(
	bytes: Uint8Array,
	bestandsnaam: string,
	onVoortgang?: (f: number) => void,
	maxUitgepakt = MAX_UITGEPAKT
): Promise<Ingelezen> {
	if (bytes.length === 0) throw new ImportFout(`"${bestandsnaam}" is leeg.`);
	if (bytes.length > MAX_BYTES)
		throw new ImportFout(`"${bestandsnaam}" is groter dan ${MAX_BYTES / 1024 / 1024} MB.`);
	const ext = bestandsnaam.toLowerCase().split('.').pop();
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (ext === 'xlsx' || zip)
		return { soort: 'tabel', tabel: await leesXlsx(bytes, bestandsnaam, maxUitgepakt) };
	if (ext === 'xls')
		throw new ImportFout(
			'Het oude Excel-formaat (.xls) wordt niet ondersteund: sla op als .xlsx of .csv.'
		);
	const { tekst, codering } = decodeer(bytes);
	const nul = tekst.indexOf('\u0000');
	if (nul >= 0)
		throw new ImportFout(
			`"${bestandsnaam}" bevat NUL-tekens (regel ${tekst.slice(0, nul).split('\n').length}) en is als ${codering} geen leesbare tekst. Sla het op als CSV (UTF-8) of .xlsx.`
		);
	const begin = tekst.trimStart()[0];
	if (ext === 'json' || ext === 'geojson' || begin === '{' || begin === '[') {
		let data: unknown;
		try {
			data = JSON.parse(tekst);
		} catch (e) {
			throw new ImportFout(`"${bestandsnaam}" is geen geldige JSON: ${jsonPlek(e, tekst)}.`);
		}
		if (teDiep(data))
			throw new ImportFout(
				`"${bestandsnaam}" is dieper genest dan ${MAX_DIEPTE} niveaus; zo ziet geen dataset of GeoJSON eruit.`
			);
		if (isGeoJson(data) && data.type === 'FeatureCollection') {
			if (!Array.isArray(data.features))
				throw new ImportFout(`"${bestandsnaam}" (GeoJSON): "features" moet een lijst zijn.`);
			const features = data.features.filter(
				(f): f is Feature<Polygon | MultiPolygon, Record<string, unknown>> => {
					const soort = (f as Partial<Feature> | null)?.geometry?.type;
					return soort === 'Polygon' || soort === 'MultiPolygon';
				}
			);
			if (features.length === 0)
				throw new ImportFout(
					`"${bestandsnaam}" (GeoJSON): geen (multi)polygonen gevonden om aan gemeenten te koppelen.`
				);
			return { soort: 'geojson', features };
		}
		return { soort: 'json', data };
	}
	return { soort: 'tabel', tabel: leesCsv(tekst, codering, onVoortgang) };
}
