/**
 * Own datasets: a gemeente's or province's own list of samenwerkingen, in the app's own format.
 * Pure (no DOM): reading, validating, matching and exporting are all testable in Node.
 */
import { DOMEIN_IDS, type DomeinId, type GemeenteCode } from '$lib/data/types';
import { normaliseerNaam } from '$lib/data/gemeente-match';
import { slug as tekstSlug } from '$lib/slug';
import { naarCsvTekst } from './csv';

export const DATASET_FORMAAT = 'samenwerkingsatlas-dataset';

export interface EigenVerband {
	id: string;
	naam: string;
	domein: DomeinId;
	/** The domain as written in the file, when it was free text. */
	domeinTekst?: string;
	vorm?: string;
	bron?: string;
	peildatum?: string;
	gemeenten: GemeenteCode[];
}

export interface Dataset {
	formaat: typeof DATASET_FORMAAT;
	versie: 1;
	id: string;
	naam: string;
	/** File it came from, and when it was imported (ISO). */
	bestand: string;
	geimporteerd: string;
	verbanden: EigenVerband[];
}

/**
 * Every problem a user can cause gets one of these: a Dutch message naming the file, row or field.
 * It crosses the worker boundary as its `code` (a minifier renames classes, so never the name).
 */
export class ImportFout extends Error {
	readonly code = IMPORT_FOUT;
}
export const IMPORT_FOUT = 'import-fout';

/** True for an ImportFout, also one made by another copy of this module (worker, test). */
export function isImportFout(e: unknown): e is ImportFout {
	return e instanceof Error && (e as { code?: unknown }).code === IMPORT_FOUT;
}

/** A new dataset id: unique across tabs and machines, so two imports never overwrite each other. */
export function nieuwId(): string {
	return crypto.randomUUID();
}

/** Layer id of a dataset in the explorer (never collides with bundled ids). */
export const laagIdVan = (d: Pick<Dataset, 'id'>) => `eigen-${d.id}`;

/** An id from a name; never empty. */
export function slug(tekst: string): string {
	return tekstSlug(tekst) || 'x';
}

/** Free-text domains ("Belasting", "ICT-samenwerking", "Jeugd") to the app's domains. */
const DOMEIN_TREFWOORDEN: [DomeinId, string[]][] = [
	['inkoop', ['inkoop', 'aanbested']],
	['integrale-toegang', ['toegang', 'jeugd', 'wmo', 'sociaaldomein', 'sociaal']],
	['belastingen', ['belasting', 'heffing', 'woz', 'invordering']],
	['ict', ['ict', 'informat', 'digitaal', 'automatisering', 'it']],
	['veiligheid', ['veilig', 'brandweer', 'crisis']],
	['gezondheid', ['ggd', 'gezond', 'zorg']],
	['omgeving-milieu', ['omgeving', 'milieu', 'odb', 'rud', 'klimaat', 'energie', 'res']],
	['werk-inkomen', ['werk', 'inkomen', 'participatie', 'arbeid']],
	['afval', ['afval', 'reiniging']]
];

export function domeinVanTekst(
	tekst: string,
	namen: readonly { id: string; naam: string }[] = []
): { domein: DomeinId; herkend: boolean } {
	const t = normaliseerNaam(tekst);
	if (!t) return { domein: 'overig', herkend: false };
	for (const id of DOMEIN_IDS) if (normaliseerNaam(id) === t) return { domein: id, herkend: true };
	for (const d of namen)
		if (normaliseerNaam(d.naam) === t && (DOMEIN_IDS as readonly string[]).includes(d.id))
			return { domein: d.id as DomeinId, herkend: true };
	for (const [id, woorden] of DOMEIN_TREFWOORDEN)
		if (woorden.some((w) => (w.length <= 3 ? t.startsWith(w) : t.includes(w))))
			return { domein: id, herkend: true };
	return { domein: 'overig', herkend: false };
}

/** One collator: `localeCompare(x, 'nl')` builds one per call (twice as slow on 5,000 names). */
const NL = new Intl.Collator('nl');

const volgorde = (a: EigenVerband, b: EigenVerband) =>
	NL.compare(a.naam, b.naam) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every neighbouring pair in order by `cmp`; `strikt`: no two equal either. */
export function opVolgorde<T>(
	xs: readonly T[],
	cmp: (a: T, b: T) => number,
	strikt = false
): boolean {
	for (let i = 1; i < xs.length; i++) {
		const c = cmp(xs[i - 1], xs[i]);
		if (c > 0 || (strikt && c === 0)) return false;
	}
	return true;
}

const codeVolgorde = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Verbanden sorted by name, members sorted and unique: two equal datasets serialise equally. What
 * is already in order (every stored dataset, read again on each page load) is checked in one pass
 * instead of sorted again: for 5,000 verbanden that was most of /import's longest task.
 */
export function normaliseer(verbanden: EigenVerband[]): EigenVerband[] {
	const uit = verbanden.map((v) => ({
		...v,
		gemeenten: opVolgorde(v.gemeenten, codeVolgorde, true)
			? v.gemeenten.slice()
			: [...new Set(v.gemeenten)].sort()
	}));
	return opVolgorde(uit, volgorde) ? uit : uit.sort(volgorde);
}

const isTekst = (x: unknown): x is string => typeof x === 'string';

const GEMEENTECODE = /^GM\d{4}$/;

/**
 * Strict check of a dataset: our own JSON export, or a record read back from the browser's storage.
 * Errors name the field, e.g. "verbanden[3].gemeenten[0]"; `waar` says where it came from.
 * Without `bekend`, any code shaped like GM0000 passes (storage does not know the year's gemeenten).
 */
export function valideerDataset(
	ruw: unknown,
	bekend?: ReadonlySet<string>,
	waar = 'JSON-bestand'
): Dataset {
	const fout = (pad: string, wat: string) => {
		throw new ImportFout(`${waar}, veld "${pad}": ${wat}.`);
	};
	const isCode = (c: unknown) => isTekst(c) && (bekend ? bekend.has(c) : GEMEENTECODE.test(c));
	if (!ruw || typeof ruw !== 'object' || Array.isArray(ruw)) fout('(hoofdniveau)', 'geen object');
	const d = ruw as Record<string, unknown>;
	if (d.formaat !== DATASET_FORMAAT) fout('formaat', `moet "${DATASET_FORMAAT}" zijn`);
	if (d.versie !== 1) fout('versie', 'onbekende versie (verwacht 1)');
	if (!isTekst(d.naam) || !d.naam.trim()) fout('naam', 'ontbreekt');
	if (!Array.isArray(d.verbanden)) fout('verbanden', 'moet een lijst zijn');
	const verbanden = (d.verbanden as unknown[]).map((v, i): EigenVerband => {
		const p = `verbanden[${i}]`;
		if (!v || typeof v !== 'object') fout(p, 'geen object');
		const x = v as Record<string, unknown>;
		if (!isTekst(x.naam) || !x.naam.trim()) fout(`${p}.naam`, 'ontbreekt');
		if (!isTekst(x.domein) || !(DOMEIN_IDS as readonly string[]).includes(x.domein))
			fout(`${p}.domein`, `onbekend domein (kies uit ${DOMEIN_IDS.join(', ')})`);
		if (!Array.isArray(x.gemeenten) || x.gemeenten.length === 0)
			fout(`${p}.gemeenten`, 'moet een niet-lege lijst van gemeentecodes zijn');
		(x.gemeenten as unknown[]).forEach((c, j) => {
			if (!isCode(c)) fout(`${p}.gemeenten[${j}]`, `onbekende gemeentecode`);
		});
		for (const veld of ['vorm', 'bron', 'peildatum', 'domeinTekst', 'id'] as const)
			if (x[veld] !== undefined && !isTekst(x[veld])) fout(`${p}.${veld}`, 'moet tekst zijn');
		return {
			id: isTekst(x.id) && x.id ? x.id : slug(x.naam as string),
			naam: (x.naam as string).trim(),
			domein: x.domein as DomeinId,
			...(isTekst(x.domeinTekst) ? { domeinTekst: x.domeinTekst } : {}),
			...(isTekst(x.vorm) && x.vorm ? { vorm: x.vorm } : {}),
			...(isTekst(x.bron) && x.bron ? { bron: x.bron } : {}),
			...(isTekst(x.peildatum) && x.peildatum ? { peildatum: x.peildatum } : {}),
			gemeenten: x.gemeenten as GemeenteCode[]
		};
	});
	if (verbanden.length === 0) fout('verbanden', 'de lijst is leeg');
	return {
		formaat: DATASET_FORMAAT,
		versie: 1,
		id: isTekst(d.id) && d.id ? d.id : nieuwId(),
		naam: (d.naam as string).trim(),
		bestand: isTekst(d.bestand) ? d.bestand : '',
		geimporteerd:
			isTekst(d.geimporteerd) && !Number.isNaN(Date.parse(d.geimporteerd))
				? d.geimporteerd
				: new Date(0).toISOString(),
		verbanden: normaliseer(verbanden)
	};
}

/** The datasets whose every member is a gemeente of this atlas (others cannot be drawn). */
export function alleenBekend(datasets: readonly Dataset[], bekend: ReadonlySet<string>): Dataset[] {
	return datasets.filter((d) => d.verbanden.every((v) => v.gemeenten.every((c) => bekend.has(c))));
}

export const CSV_KOPPEN = [
	'gemeentecode',
	'gemeente',
	'samenwerkingsverband',
	'domein',
	'samenwerkingsvorm',
	'bron',
	'peildatum'
];

/** CSV for Excel (see csv.ts): one row per (verband, gemeente), formula-like cells neutralised. */
export function naarCsv(d: Dataset, naamVan: (code: string) => string): string {
	const rijen: string[][] = [];
	for (const v of d.verbanden)
		for (const c of v.gemeenten)
			rijen.push([
				c,
				naamVan(c),
				v.naam,
				v.domeinTekst ?? v.domein,
				v.vorm ?? '',
				v.bron ?? '',
				v.peildatum ?? ''
			]);
	return naarCsvTekst(CSV_KOPPEN, rijen);
}

export function naarJson(d: Dataset): string {
	return JSON.stringify(d, null, 2);
}
