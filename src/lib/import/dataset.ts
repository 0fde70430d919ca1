/**
 * Own datasets: a gemeente's or province's own list of samenwerkingen, in the app's own format.
 * Pure (no DOM): reading, validating, matching and exporting are all testable in Node.
 */
import { DOMEIN_IDS, type DomeinId, type GemeenteCode } from '$lib/data/types';
import { normaliseerNaam } from '$lib/data/gemeente-match';
import { slug as tekstSlug } from '$lib/slug';

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

/** Every problem a user can cause gets one of these: a Dutch message naming the row/field. */
export class ImportFout extends Error {}

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
		if (woorden.some((w) => (w.length <= 3 ? t === w || t.startsWith(w) : t.includes(w))))
			return { domein: id, herkend: true };
	return { domein: 'overig', herkend: false };
}

/** Verbanden sorted by name, members sorted and unique: two equal datasets serialise equally. */
export function normaliseer(verbanden: EigenVerband[]): EigenVerband[] {
	return verbanden
		.map((v) => ({ ...v, gemeenten: [...new Set(v.gemeenten)].sort() }))
		.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id));
}

const isTekst = (x: unknown): x is string => typeof x === 'string';

/** Strict check of a JSON dataset (our own export). Errors name the field, e.g. "verbanden[3].gemeenten[0]". */
export function valideerDataset(ruw: unknown, bekend: ReadonlySet<string>): Dataset {
	const fout = (pad: string, wat: string) => {
		throw new ImportFout(`JSON-bestand, veld "${pad}": ${wat}.`);
	};
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
			if (!isTekst(c) || !bekend.has(c)) fout(`${p}.gemeenten[${j}]`, `onbekende gemeentecode`);
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
		id: isTekst(d.id) && d.id ? d.id : slug(d.naam as string),
		naam: (d.naam as string).trim(),
		bestand: isTekst(d.bestand) ? d.bestand : '',
		geimporteerd: isTekst(d.geimporteerd) ? d.geimporteerd : new Date(0).toISOString(),
		verbanden: normaliseer(verbanden)
	};
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

function csvVeld(x: string): string {
	return /[";\n\r]/.test(x) ? `"${x.replace(/"/g, '""')}"` : x;
}

/** CSV for Excel: `;`, UTF-8 with BOM, one row per (verband, gemeente). */
export function naarCsv(d: Dataset, naamVan: (code: string) => string): string {
	const regels = [CSV_KOPPEN.join(';')];
	for (const v of d.verbanden)
		for (const c of v.gemeenten)
			regels.push(
				[
					c,
					naamVan(c),
					v.naam,
					v.domeinTekst ?? v.domein,
					v.vorm ?? '',
					v.bron ?? '',
					v.peildatum ?? ''
				]
					.map(csvVeld)
					.join(';')
			);
	return '\uFEFF' + regels.join('\r\n') + '\r\n';
}

export function naarJson(d: Dataset): string {
	return JSON.stringify(d, null, 2);
}
