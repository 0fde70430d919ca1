// The explorer's filter by samenwerkingsvorm: which legal forms of verbanden count on the map.
// Pure (no Svelte, no DOM): the explorer, the embed, the URL state and the tests use it alike.
import type { AtlasData } from '$lib/data/load';
import type { Samenwerkingsvorm } from '$lib/data/types';
import type { Dataset } from '$lib/import/dataset';
import type { TekstSleutel } from '$lib/i18n';

export interface VormInfo {
	/** Short code in the URL (`vorm=openbaar-lichaam,…`). */
	code: string;
	vorm: Samenwerkingsvorm;
	/** Wgr forms are in the register; the others only come with imported data. */
	wgr: boolean;
	label: TekstSleutel;
}

/** Every form, in the order of the control and of the URL. */
export const VORMEN: readonly VormInfo[] = [
	{
		code: 'openbaar-lichaam',
		vorm: 'openbaar lichaam',
		wgr: true,
		label: 'vorm_openbaar_lichaam'
	},
	{
		code: 'bedrijfsvoeringsorganisatie',
		vorm: 'bedrijfsvoeringsorganisatie',
		wgr: true,
		label: 'vorm_bedrijfsvoeringsorganisatie'
	},
	{
		code: 'gemeenschappelijk-orgaan',
		vorm: 'gemeenschappelijk orgaan',
		wgr: true,
		label: 'vorm_gemeenschappelijk_orgaan'
	},
	{
		code: 'regeling-zonder-meer',
		vorm: 'regeling zonder meer',
		wgr: true,
		label: 'vorm_regeling_zonder_meer'
	},
	{
		code: 'centrumgemeente',
		vorm: 'centrumgemeenteconstructie',
		wgr: true,
		label: 'vorm_centrumgemeente'
	},
	{ code: 'onbekend', vorm: 'onbekend', wgr: true, label: 'vorm_onbekend' },
	{ code: 'cooperatie', vorm: 'coöperatie', wgr: false, label: 'vorm_cooperatie' },
	{ code: 'stichting', vorm: 'stichting', wgr: false, label: 'vorm_stichting' },
	{ code: 'convenant', vorm: 'convenant', wgr: false, label: 'vorm_convenant' },
	{ code: 'overig', vorm: 'overig', wgr: false, label: 'vorm_overig' }
];

const PER_CODE = new Map(VORMEN.map((v) => [v.code, v]));
const PER_VORM = new Map(VORMEN.map((v) => [v.vorm, v]));

export function vormInfo(vorm: Samenwerkingsvorm): VormInfo {
	return PER_VORM.get(vorm) ?? PER_CODE.get('overig')!;
}

/**
 * The form of an imported verband, from its free-text `vorm` column. Own data is non-Wgr unless
 * it names a Wgr form; no or an unrecognised form counts as "overig".
 */
export function vormVanTekst(tekst: string | undefined): Samenwerkingsvorm {
	const t = (tekst ?? '')
		.toLowerCase()
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '');
	if (!t.trim()) return 'overig';
	if (t.includes('openbaar lichaam')) return 'openbaar lichaam';
	if (t.includes('bedrijfsvoering')) return 'bedrijfsvoeringsorganisatie';
	if (t.includes('gemeenschappelijk orgaan')) return 'gemeenschappelijk orgaan';
	if (t.includes('zonder meer') || t.includes('lichte regeling')) return 'regeling zonder meer';
	if (t.includes('centrumgemeente')) return 'centrumgemeenteconstructie';
	if (t.includes('cooperatie') || t.includes('coop')) return 'coöperatie';
	if (t.includes('stichting')) return 'stichting';
	if (t.includes('convenant')) return 'convenant';
	return 'overig';
}

/**
 * Decode the `vorm=` parameter: known codes in canonical order, duplicates and unknown codes
 * dropped. `undefined` = no filter (parameter absent, or only unknown codes); `[]` = explicitly
 * no form (an empty `vorm=`).
 */
export function decodeVormen(param: string | null): Samenwerkingsvorm[] | undefined {
	if (param === null) return undefined;
	if (param.trim() === '') return [];
	const gevraagd = new Set(param.split(',').map((s) => s.trim().toLowerCase()));
	const vormen = VORMEN.filter((v) => gevraagd.has(v.code)).map((v) => v.vorm);
	return vormen.length ? vormen : undefined;
}

/** The `vorm=` value for a selection (canonical order), or null when nothing is filtered. */
export function encodeVormen(vormen: readonly Samenwerkingsvorm[] | undefined): string | null {
	if (vormen === undefined) return null;
	const gekozen = new Set(vormen);
	return VORMEN.filter((v) => gekozen.has(v.vorm))
		.map((v) => v.code)
		.join(',');
}

/**
 * Normalise a selection from the control: canonical order; every form that occurs being chosen
 * means no filter (so the URL stays clean and newly imported forms are not hidden).
 */
export function normaliseerVormen(
	gekozen: readonly Samenwerkingsvorm[],
	aanwezig: readonly Samenwerkingsvorm[]
): Samenwerkingsvorm[] | undefined {
	const set = new Set(gekozen);
	if (aanwezig.every((v) => set.has(v))) return undefined;
	return VORMEN.filter((v) => set.has(v.vorm)).map((v) => v.vorm);
}

/** The forms that occur in the atlas and the own datasets, with their number of verbanden. */
export function vormenInGegevens(
	data: AtlasData,
	eigen: readonly Dataset[] = []
): { vorm: Samenwerkingsvorm; aantal: number }[] {
	const n = new Map<Samenwerkingsvorm, number>();
	for (const v of data.atlas.verbanden)
		n.set(v.samenwerkingsvorm, (n.get(v.samenwerkingsvorm) ?? 0) + 1);
	for (const d of eigen)
		for (const v of d.verbanden) {
			const vorm = vormVanTekst(v.vorm);
			n.set(vorm, (n.get(vorm) ?? 0) + 1);
		}
	return VORMEN.filter((v) => n.has(v.vorm)).map((v) => ({ vorm: v.vorm, aantal: n.get(v.vorm)! }));
}

/**
 * The data with only the verbanden of the chosen forms (domain layers and own data); the
 * indelingen are not verbanden and stay whole. `undefined` = no filter: the same objects back.
 */
export function filterOpVorm(
	data: AtlasData,
	eigen: readonly Dataset[],
	vormen: readonly Samenwerkingsvorm[] | undefined
): { data: AtlasData; eigen: readonly Dataset[] } {
	if (vormen === undefined) return { data, eigen };
	const toegestaan = new Set(vormen);
	return {
		data: {
			...data,
			atlas: {
				...data.atlas,
				verbanden: data.atlas.verbanden.filter((v) => toegestaan.has(v.samenwerkingsvorm))
			}
		},
		eigen: eigen.map((d) => ({
			...d,
			verbanden: d.verbanden.filter((v) => toegestaan.has(vormVanTekst(v.vorm)))
		}))
	};
}
