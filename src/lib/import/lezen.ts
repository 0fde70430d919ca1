/**
 * Reading an uploaded file into a table (CSV, XLSX), a dataset (our JSON) or features (GeoJSON).
 * Well-kept parsers do the work: papaparse (CSV, delimiter detection) and read-excel-file (XLSX).
 * Pure apart from the XLSX reader's use of standard web APIs (Blob); runs in a Web Worker.
 */
import Papa from 'papaparse';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { ImportFout } from './dataset';

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

/** UTF-8 (with or without BOM), else Windows-1252 — as Dutch Excel writes CSV files. */
export function decodeer(bytes: Uint8Array): { tekst: string; codering: string } {
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return { tekst: new TextDecoder('utf-16le').decode(bytes.subarray(2)), codering: 'UTF-16' };
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
	const data = rijen.slice(1).map((r) => kolommen.map((_, i) => (r[i] ?? '').trim()));
	return {
		kolommen,
		rijen: data,
		details: `${codering}, scheidingsteken ${SCHEIDING_NAAM[scheiding] ?? JSON.stringify(scheiding)}`
	};
}

async function leesXlsx(bytes: Uint8Array): Promise<Tabel> {
	const { readSheet } = await import('read-excel-file/universal');
	let rijen: unknown[][];
	try {
		const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
		rijen = (await readSheet(buffer as ArrayBuffer)) as unknown[][];
	} catch (e) {
		throw new ImportFout(
			`Het Excel-bestand kon niet worden gelezen (${e instanceof Error ? e.message : String(e)}).`
		);
	}
	const tekst = (x: unknown) =>
		x === null || x === undefined
			? ''
			: x instanceof Date
				? x.toISOString().slice(0, 10)
				: String(x).trim();
	if (rijen.length === 0)
		throw new ImportFout('Het eerste werkblad van het Excel-bestand is leeg.');
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

function isGeoJson(x: unknown): x is { type: string; features?: unknown[] } {
	return !!x && typeof x === 'object' && 'type' in x;
}

/** Reads any supported file. Throws ImportFout with a Dutch message; never returns partial data. */
export async function leesBestand(
	bytes: Uint8Array,
	bestandsnaam: string,
	onVoortgang?: (f: number) => void
): Promise<Ingelezen> {
	if (bytes.length === 0) throw new ImportFout(`"${bestandsnaam}" is leeg.`);
	if (bytes.length > MAX_BYTES)
		throw new ImportFout(`"${bestandsnaam}" is groter dan ${MAX_BYTES / 1024 / 1024} MB.`);
	const ext = bestandsnaam.toLowerCase().split('.').pop() ?? '';
	const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
	if (ext === 'xlsx' || zip) return { soort: 'tabel', tabel: await leesXlsx(bytes) };
	if (ext === 'xls')
		throw new ImportFout(
			'Het oude Excel-formaat (.xls) wordt niet ondersteund: sla op als .xlsx of .csv.'
		);
	const { tekst, codering } = decodeer(bytes);
	const begin = tekst.trimStart()[0];
	if (ext === 'json' || ext === 'geojson' || begin === '{' || begin === '[') {
		let data: unknown;
		try {
			data = JSON.parse(tekst);
		} catch (e) {
			throw new ImportFout(
				`"${bestandsnaam}" is geen geldige JSON: ${e instanceof Error ? e.message : String(e)}.`
			);
		}
		if (isGeoJson(data) && data.type === 'FeatureCollection') {
			if (!Array.isArray(data.features))
				throw new ImportFout('GeoJSON: "features" moet een lijst zijn.');
			const features = data.features.filter(
				(f): f is Feature<Polygon | MultiPolygon, Record<string, unknown>> =>
					!!f &&
					typeof f === 'object' &&
					['Polygon', 'MultiPolygon'].includes((f as Feature).geometry?.type ?? '')
			);
			if (features.length === 0)
				throw new ImportFout(
					'GeoJSON: geen (multi)polygonen gevonden om aan gemeenten te koppelen.'
				);
			return { soort: 'geojson', features };
		}
		return { soort: 'json', data };
	}
	return { soort: 'tabel', tabel: leesCsv(tekst, codering, onVoortgang) };
}
