/**
 * From a read table (or GeoJSON) to a dataset: column mapping, herindeling-aware gemeente matching,
 * and a report per row. Pure: the same code runs in the import worker and in the tests.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { DomeinInfo, GemeenteCode } from '$lib/data/types';
import {
	GemeenteMatcher,
	normaliseerNaam,
	type GemeenteRef,
	type Herindeling,
	type MatchResultaat
} from '$lib/data/gemeente-match';
import {
	DATASET_FORMAAT,
	ImportFout,
	domeinVanTekst,
	nieuwId,
	normaliseer,
	slug,
	type Dataset,
	type EigenVerband
} from './dataset';
import type { Tabel } from './lezen';

export const VELDEN = ['gemeente', 'verband', 'domein', 'vorm', 'bron', 'peildatum'] as const;
export type Veld = (typeof VELDEN)[number];
/** Column index per field (-1 = not in the file). */
export type Koppeling = Record<Veld, number>;

export const VELD_NAAM: Record<Veld, string> = {
	gemeente: 'Gemeente (code of naam)',
	verband: 'Samenwerkingsverband',
	domein: 'Domein',
	vorm: 'Samenwerkingsvorm',
	bron: 'Bron / URL',
	peildatum: 'Peildatum'
};

const HINTS: Record<Veld, string[]> = {
	gemeente: ['gemeentecode', 'gemeente', 'gmcode', 'code', 'deelnemer', 'municipality', 'gm'],
	verband: [
		'samenwerkingsverband',
		'samenwerking',
		'verband',
		'regeling',
		'naam',
		'name',
		'organisatie'
	],
	domein: ['domein', 'thema', 'beleidsterrein', 'beleidsveld', 'taakveld', 'domain', 'categorie'],
	vorm: ['samenwerkingsvorm', 'rechtsvorm', 'vorm', 'type'],
	bron: ['bron', 'url', 'link', 'source', 'website'],
	peildatum: ['peildatum', 'datum', 'date', 'sinds']
};

/** Sensible guesses from the header names (shown to the user for confirmation). */
export function raadKoppeling(kolommen: readonly string[]): Koppeling {
	// Words joined first: normaliseerNaam drops a leading "gemeente " (a prefix of gemeente names),
	// which would make the header "Gemeente naam" read as "naam", a verband hint.
	const norm = kolommen.map((k) => normaliseerNaam(k.replace(/\s/g, '')));
	const gebruikt = new Set<number>();
	/** The first column not taken yet whose name passes `past`, or -1. */
	const vrij = (past: (n: string) => boolean) =>
		norm.findIndex((n, i) => !gebruikt.has(i) && past(n));
	const k = {} as Koppeling;
	for (const veld of VELDEN) {
		k[veld] = -1;
		// Hints in order of trust (with both "gemeentecode" and "gemeente" columns, the code is the
		// safer key); for each, a column named exactly so before one that contains it.
		for (const hint of HINTS[veld]) {
			const exact = vrij((n) => n === hint);
			const kolom = exact >= 0 ? exact : vrij((n) => n.includes(hint));
			if (kolom >= 0) {
				k[veld] = kolom;
				gebruikt.add(kolom);
				break;
			}
		}
	}
	return k;
}

export interface RijVerslag {
	/** 1-based row number as in a spreadsheet (the header is row 1). */
	rij: number;
	status: 'ok' | 'herindeling' | 'variant' | 'onbekend' | 'leeg';
	invoer: string;
	code?: GemeenteCode;
	tekst: string;
	suggesties?: GemeenteRef[];
}

export interface Verwerkt {
	/** Null when no row could be matched: nothing to add, but the report says why, row by row. */
	dataset: Dataset | null;
	verslag: RijVerslag[];
	/** Rows per status over the whole report (the worker sends only the first rows of `verslag`). */
	telling: Partial<Record<RijVerslag['status'], number>>;
	verslagTotaal: number;
	/** Size of the whole dataset (the worker sends the page only its first verbanden). */
	omvang: { verbanden: number; gemeenten: number };
	/** Free-text domains that did not match a domain (they went to 'overig'). */
	onbekendeDomeinen: string[];
}

function verslagKlaar(
	dataset: Dataset | null,
	verslag: RijVerslag[],
	onbekendeDomeinen: string[]
): Verwerkt {
	const telling: Verwerkt['telling'] = {};
	for (const r of verslag) telling[r.status] = (telling[r.status] ?? 0) + 1;
	return {
		dataset,
		verslag,
		telling,
		verslagTotaal: verslag.length,
		omvang: omvangVan(dataset),
		onbekendeDomeinen
	};
}

export function omvangVan(d: Dataset | null): Verwerkt['omvang'] {
	return {
		verbanden: d?.verbanden.length ?? 0,
		gemeenten: new Set(d?.verbanden.flatMap((v) => v.gemeenten) ?? []).size
	};
}

export interface Context {
	gemeenten: readonly GemeenteRef[];
	herindelingen: readonly Herindeling[];
	domeinen: readonly Pick<DomeinInfo, 'id' | 'naam'>[];
}

export interface Opties {
	naam: string;
	bestand: string;
	/** Accepted suggestions: row number → gemeente code. */
	keuzes?: ReadonlyMap<number, GemeenteCode>;
	nu?: Date;
	onVoortgang?: (f: number) => void;
}

export const NIETS_GEKOPPELD =
	'Geen enkele rij kon aan een gemeente worden gekoppeld: er is niets toegevoegd. Het verslag hieronder zegt per rij waarom.';

function datasetVan(verbanden: EigenVerband[], o: Opties): Dataset | null {
	if (verbanden.length === 0) return null;
	const nu = (o.nu ?? new Date()).toISOString();
	return {
		formaat: DATASET_FORMAAT,
		versie: 1,
		id: nieuwId(),
		naam: o.naam.trim() || o.bestand,
		bestand: o.bestand,
		geimporteerd: nu,
		verbanden: normaliseer(verbanden)
	};
}

export function verwerkTabel(tabel: Tabel, k: Koppeling, ctx: Context, o: Opties): Verwerkt {
	for (const veld of ['gemeente', 'verband'] as const) {
		if (k[veld] < 0 || k[veld] >= tabel.kolommen.length)
			throw new ImportFout(
				`Kies de kolom voor "${VELD_NAAM[veld]}": die is verplicht (kolommen in het bestand: ${tabel.kolommen.join(', ')}).`
			);
	}
	if (k.gemeente === k.verband)
		throw new ImportFout('Gemeente en samenwerkingsverband moeten verschillende kolommen zijn.');
	const matcher = new GemeenteMatcher(ctx.gemeenten, ctx.herindelingen);
	const naamVan = new Map(ctx.gemeenten.map((g) => [g.code, g.naam]));
	const perVerband = new Map<string, EigenVerband>();
	const verslag: RijVerslag[] = [];
	const onbekend = new Set<string>();
	// A field not in the file has column -1, and r[-1] is undefined: an empty cell.
	const cel = (r: string[], veld: Veld) => (r[k[veld]] ?? '').trim();
	const kolomNaam = (veld: Veld) => tabel.kolommen[k[veld]];

	tabel.rijen.forEach((r, i) => {
		const rij = i + 2;
		if (i % 2000 === 0) o.onVoortgang?.(i / tabel.rijen.length);
		const invoer = cel(r, 'gemeente');
		const verbandNaam = cel(r, 'verband');
		if (!invoer || !verbandNaam) {
			if (r.every((x) => !x)) return;
			verslag.push({
				rij,
				status: 'leeg',
				invoer,
				tekst: `Rij ${rij}, kolom "${kolomNaam(invoer ? 'verband' : 'gemeente')}": leeg; rij overgeslagen.`
			});
			return;
		}
		if (invoer.length > 120 || verbandNaam.length > 500) {
			verslag.push({
				rij,
				status: 'leeg',
				invoer: invoer.slice(0, 40) + '…',
				tekst: `Rij ${rij}: de waarde in kolom "${kolomNaam(invoer.length > 120 ? 'gemeente' : 'verband')}" is te lang; rij overgeslagen.`
			});
			return;
		}
		const keuze = o.keuzes?.get(rij);
		const m: MatchResultaat = keuze ? { soort: 'code', code: keuze } : matcher.match(invoer);
		let codes: GemeenteCode[];
		if (m.soort === 'onbekend') {
			verslag.push({
				rij,
				status: 'onbekend',
				invoer,
				suggesties: m.suggesties,
				tekst: `Rij ${rij}, kolom "${kolomNaam('gemeente')}": "${invoer}" is geen gemeente van 2025${
					m.suggesties.length ? `; bedoelt u ${m.suggesties.map((s) => s.naam).join(' of ')}?` : '.'
				}`
			});
			return;
		} else if (m.soort === 'herindeling') {
			codes = m.opvolgers;
			verslag.push({ rij, status: 'herindeling', invoer, code: m.code, tekst: m.toelichting });
		} else {
			codes = [m.code];
			verslag.push({
				rij,
				status: m.soort === 'variant' ? 'variant' : 'ok',
				invoer,
				code: m.code,
				tekst: keuze
					? `Gekozen: ${naamVan.get(keuze)}`
					: (m.toelichting ?? `${invoer} → ${naamVan.get(m.code)}`)
			});
		}
		const domeinTekst = cel(r, 'domein');
		const sleutel = normaliseerNaam(verbandNaam) + '|' + normaliseerNaam(domeinTekst);
		let v = perVerband.get(sleutel);
		if (!v) {
			const { domein, herkend } = domeinVanTekst(domeinTekst, ctx.domeinen);
			if (domeinTekst && !herkend) onbekend.add(domeinTekst);
			v = {
				id: slug(`${verbandNaam}-${domein}`),
				naam: verbandNaam,
				domein,
				...(domeinTekst && domeinTekst !== domein ? { domeinTekst } : {}),
				gemeenten: []
			};
			for (const veld of ['vorm', 'bron', 'peildatum'] as const) {
				const x = cel(r, veld);
				if (x) v[veld] = x;
			}
			perVerband.set(sleutel, v);
		}
		v.gemeenten.push(...codes);
	});
	o.onVoortgang?.(1);
	return verslagKlaar(datasetVan([...perVerband.values()], o), verslag, [...onbekend]);
}

/**
 * GeoJSON: each polygon feature is a verband; its members are the gemeenten whose label point (a
 * point inside the gemeente) lies in the polygon. Name and domain come from the feature properties.
 */
export function verwerkGeoJson(
	features: Feature<Polygon | MultiPolygon, Record<string, unknown>>[],
	labelPunten: ReadonlyMap<GemeenteCode, [number, number]>,
	ctx: Context,
	o: Opties
): Verwerkt {
	const eigenschap = (f: Feature, namen: string[]) => {
		const p = (f.properties ?? {}) as Record<string, unknown>;
		const sleutel = Object.keys(p).find((x) => namen.includes(normaliseerNaam(x)));
		return sleutel && p[sleutel] != null ? String(p[sleutel]).trim() : '';
	};
	const naamVan = new Map(ctx.gemeenten.map((g) => [g.code, g.naam]));
	const verslag: RijVerslag[] = [];
	const verbanden: EigenVerband[] = [];
	features.forEach((f, i) => {
		o.onVoortgang?.(i / features.length);
		const naam = eigenschap(f, HINTS.verband) || `Gebied ${i + 1}`;
		const domeinTekst = eigenschap(f, HINTS.domein);
		const leden = ledenVan(f, labelPunten);
		if (leden.length === 0) {
			verslag.push({
				rij: i + 1,
				status: 'onbekend',
				invoer: naam,
				tekst: `Object ${i + 1} ("${naam}"): bevat geen enkele gemeente (ligt het in Nederland, in WGS84-coördinaten?).`
			});
			return;
		}
		const { domein } = domeinVanTekst(domeinTekst, ctx.domeinen);
		verbanden.push({
			id: slug(`${naam}-${domein}-${i}`),
			naam,
			domein,
			...(domeinTekst && domeinTekst !== domein ? { domeinTekst } : {}),
			gemeenten: leden
		});
		verslag.push({
			rij: i + 1,
			status: 'ok',
			invoer: naam,
			tekst: `Object ${i + 1} ("${naam}"): ${leden.length} gemeenten (${leden
				.map((c) => naamVan.get(c) ?? c)
				.sort((a, b) => a.localeCompare(b, 'nl'))
				.join(', ')}).`
		});
	});
	o.onVoortgang?.(1);
	return verslagKlaar(datasetVan(verbanden, o), verslag, []);
}

/** The gemeenten whose label point lies in the feature; none when its geometry is broken. */
function ledenVan(
	f: Feature<Polygon | MultiPolygon>,
	labelPunten: ReadonlyMap<GemeenteCode, [number, number]>
): GemeenteCode[] {
	try {
		// With a box, the polygon test rejects points outside it first (most label points are far
		// away, and the full test is per vertex). Computed, never a `bbox` member from the file.
		const metKader = { ...f, bbox: bbox(f, { recompute: true }) };
		return [...labelPunten].filter(([, p]) => booleanPointInPolygon(p, metKader)).map(([c]) => c);
	} catch {
		return [];
	}
}
