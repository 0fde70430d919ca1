// What one map view shows, derived from the explorer state: legend, fill colours, outlines, title.
// Pure (no Svelte, no DOM, no map library): the explorer, the embed and both exports use it, so a
// snapshot always shows exactly what the screen shows.
import type { Position } from 'geojson';
import {
	GEEN_VERGELIJKING,
	klasseVan,
	schaalKlassen,
	streepVan,
	STREPEN,
	verschilKlassen,
	type Klasse
} from '$lib/stijl/kleuren';
import { datum, datumLang, vertaal, type Taal } from '$lib/i18n';
import type { GemeenteFeature } from '$lib/geo/geo-index';
import type { VerkennerModel, VerkennerView } from './verkenner-model';
import type { Samenwerkingsvorm } from '$lib/data/types';
import { vormInfo } from './vorm-filter';

export interface LaagStijl {
	kleur: string;
	/** Opacity of the layer's outline, 0..1 (1 = opaque). Not coverage (`dekking`, src/lib/geo). */
	ondoorzichtigheid: number;
}

export interface LegendaKlasse {
	kleur: string;
	label: string;
	aantal: number;
}

export interface LegendaLaag {
	id: string;
	naam: string;
	kleur: string;
	/** SVG stroke-dasharray of its outline, '' = solid. */
	streep: string;
	/** Only for domains: gaps and overlaps. */
	gaten?: number;
	overlap?: number;
	/** Only for domains: the gap and overlap counts in words (legend and export say the same). */
	detail?: string;
}

/** A visible layer as the map draws it. */
export interface ZichtbareLaag {
	id: string;
	kleur: string;
	ondoorzichtigheid: number;
	/** Dissolved outlines of the layer's regions, as rings. */
	ringen: Position[][];
	/** Domain layers only: gemeenten in no verband (gaps) and in ≥ 2 (overlap). */
	gaten?: GemeenteFeature[];
	overlap?: GemeenteFeature[];
}

/**
 * What the map layers of a state are built from (src/lib/map/verkenner-tekening turns it into deck.gl
 * layers): plain data, so the state and the exports need not import the map.
 */
export interface TekenlagenInvoer {
	features: GemeenteFeature[];
	/** Every gemeente border once (GeoIndex.grenzen). */
	grenzen: Position[][];
	vulkleur: (code: string) => string;
	kleurVersie: string;
	lagen: ZichtbareLaag[];
	geselecteerd: GemeenteFeature[];
	partners: GemeenteFeature[];
	labels: { tekst: string; positie: [number, number] }[];
	zoom: number;
}

/** The part of the explorer state a map view depends on. */
export interface KaartStaat {
	model: VerkennerModel;
	view: VerkennerView;
	zichtbaar: string[];
	gatenTonen: string[];
	stijl: ReadonlyMap<string, LaagStijl>;
	geselecteerd: string | null;
	taal: Taal;
	/** Samenwerkingsvormen that count; absent = every form. */
	vormen?: readonly Samenwerkingsvorm[];
	/** The date the map shows (time travel); absent or null = today. */
	datum?: string | null;
	/** The change view: per gemeente the change in scales since `van` (null = no comparison). */
	verschil?: KaartVerschil | null;
}

export interface KaartVerschil {
	van: string;
	tot: string;
	waarden: ReadonlyMap<string, number | null>;
}

export function klassenVan(s: KaartStaat): Klasse[] {
	return schaalKlassen(s.view.max);
}

export function vulkleurVan(s: KaartStaat): (code: string) => string {
	const verschil = s.verschil;
	if (verschil) {
		const vk = verschilKlassen();
		return (code) => {
			const w = verschil.waarden.get(code);
			return w === null || w === undefined ? GEEN_VERGELIJKING : klasseVan(vk, w).kleur;
		};
	}
	const klassen = klassenVan(s);
	return (code) => klasseVan(klassen, s.view.telling.get(code)?.schalen ?? 0).kleur;
}

export function stijlVan(s: KaartStaat, id: string): LaagStijl {
	return s.stijl.get(id) ?? { kleur: s.model.laag(id)?.kleur ?? '#000', ondoorzichtigheid: 1 };
}

/** "−2", "+1", "≤ −3", "≥ +3": the label of a change class. */
function verschilLabel(k: Klasse): string {
	const teken = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '0');
	if (!Number.isFinite(k.van)) return `≤ ${teken(k.tot)}`;
	if (!Number.isFinite(k.tot)) return `≥ ${teken(k.van)}`;
	return teken(k.van);
}

export function legendaKlassen(s: KaartStaat): LegendaKlasse[] {
	if (s.verschil) {
		const w = [...s.verschil.waarden.values()];
		return [
			...verschilKlassen().map((k) => ({
				kleur: k.kleur,
				label: verschilLabel(k),
				aantal: w.filter((x) => x !== null && x >= k.van && x <= k.tot).length
			})),
			{
				kleur: GEEN_VERGELIJKING,
				label: vertaal(s.taal, 'verschil_geen_vergelijking'),
				aantal: w.filter((x) => x === null).length
			}
		];
	}
	const tellingen = [...s.view.telling.values()];
	return klassenVan(s).map((k) => ({
		kleur: k.kleur,
		label: k.van === k.tot ? String(k.van) : `${k.van}–${k.tot}`,
		aantal: tellingen.filter((x) => x.schalen >= k.van && x.schalen <= k.tot).length
	}));
}

export function legendaLagen(s: KaartStaat): LegendaLaag[] {
	return s.view.perLaag.map((pl, i) => ({
		id: pl.id,
		naam: s.model.laag(pl.id).naam,
		kleur: stijlVan(s, pl.id).kleur,
		streep: streepVan(i),
		gaten: pl.gaten?.length,
		overlap: pl.overlap?.length,
		detail:
			pl.gaten === undefined
				? undefined
				: `${leegTekst(s, pl.id)}: ${pl.gaten.length}` +
					(pl.overlap?.length
						? ` · ${vertaal(s.taal, 'overlap_aantal', { n: pl.overlap.length })}`
						: '')
	}));
}

/**
 * What it means that a gemeente is in no region of a layer. For a register domain: no joint
 * arrangement in the register — never that it works alone (the register only holds Wgr-regelingen).
 */
export function leegTekst(s: KaartStaat, id: string): string {
	const l = s.model.laag(id);
	if (l.groep === 'eigen') return vertaal(s.taal, 'leeg_eigen');
	if (l.soort === 'indeling' || l.groep === 'indeling') return vertaal(s.taal, 'leeg_indeling');
	return vertaal(s.taal, 'gat');
}

/** The line under the legend that says what the register holds (when a register domain is shown). */
export function registerUitleg(s: KaartStaat): string | null {
	const domein = s.zichtbaar.some((id) => {
		const l = s.model.laag(id);
		return l.soort === 'domein' && l.groep !== 'eigen';
	});
	return domein ? vertaal(s.taal, 'register_dekking') : null;
}

/** "Alleen: openbaar lichaam, …" when the samenwerkingsvorm filter is on, else null. */
export function vormFilterTekst(s: KaartStaat): string | null {
	if (!s.vormen) return null;
	const namen = s.vormen.map((v) => vertaal(s.taal, vormInfo(v).label));
	return vertaal(s.taal, 'vorm_filter_actief', {
		vormen: namen.join(', ') || vertaal(s.taal, 'vorm_geen')
	});
}

// A number per computed view: the fill colours change whenever the view does (a layer toggled,
// another form filter or date), also when the visible layers and the maximum stay the same.
const viewNummers = new WeakMap<VerkennerView, number>();
let volgendNummer = 0;
function viewNummer(view: VerkennerView): number {
	let n = viewNummers.get(view);
	if (n === undefined) viewNummers.set(view, (n = ++volgendNummer));
	return n;
}

/**
 * The outline of one visible layer as the map and the exports draw it: its style, the dash of its
 * position in drawing order, and the dissolved rings (the geometry itself is `Omtrek`, src/lib/geo).
 */
export interface LaagOmtrek {
	id: string;
	kleur: string;
	ondoorzichtigheid: number;
	streep: [number, number];
	ringen: Position[][];
}

export function omtrekkenVan(s: KaartStaat): LaagOmtrek[] {
	return s.view.perLaag.map((pl, i) => ({
		id: pl.id,
		...stijlVan(s, pl.id),
		streep: STREPEN[i % STREPEN.length],
		ringen: pl.ringen
	}));
}

/** The heading and explanation of the colour legend (scale count, or its change). */
export function legendaTekst(s: KaartStaat): { titel: string; uitleg: string } {
	if (s.verschil)
		return {
			titel: vertaal(s.taal, 'verschil_titel'),
			uitleg: vertaal(s.taal, 'verschil_uitleg', {
				van: datumLang(s.taal, s.verschil.van),
				tot: datumLang(s.taal, s.verschil.tot)
			})
		};
	return { titel: vertaal(s.taal, 'schalen'), uitleg: vertaal(s.taal, 'schalen_uitleg') };
}

/** A title that says what the map shows, e.g. "Samenwerking op Inkoop en Belastingen". */
export function standaardTitel(s: KaartStaat): string {
	const namen = s.zichtbaar.map((id) => s.model.laag(id).naam);
	const t = (k: Parameters<typeof vertaal>[1], p?: Record<string, string | number>) =>
		vertaal(s.taal, k, p);
	if (namen.length === 0) return t('titel');
	const lijst =
		namen.length === 1
			? namen[0]
			: `${namen.slice(0, -1).join(', ')} ${t('en')} ${namen[namen.length - 1]}`;
	if (s.verschil)
		return t('verschil_export_titel', {
			lagen: lijst,
			van: datumLang(s.taal, s.verschil.van),
			tot: datumLang(s.taal, s.verschil.tot)
		});
	const g = s.geselecteerd ? s.model.gemeenteMap.get(s.geselecteerd)?.naam : undefined;
	const titel = g
		? t('export_titel_gemeente', { lagen: lijst, gemeente: g })
		: t('export_titel', { lagen: lijst });
	return s.datum ? `${titel}, ${t('stand_op', { datum: datumLang(s.taal, s.datum) })}` : titel;
}

/** "Gemeenten 1-1-2025 · register 16-5-2026": the peildata of what the map shows. */
export function peildatumTekst(s: KaartStaat): string {
	const d = (iso: string) => datum(s.taal, iso);
	const opDatum = s.verschil?.tot ?? s.datum;
	if (opDatum)
		return vertaal(s.taal, 'export_ondertitel_datum', {
			datum: datumLang(s.taal, opDatum),
			register: d(s.model.meta.peildatumRegister)
		});
	return vertaal(s.taal, 'export_ondertitel', {
		gemeenten: d(s.model.meta.peildatumGemeenten),
		register: d(s.model.meta.peildatumRegister)
	});
}

export const ATTRIBUTIE =
	'Bron: CBS/PDOK (CC-BY 4.0), Register van Overheidsorganisaties (CC0), Samenwerkingsatlas';

/** The input of the deck.gl layers for this state (the map on screen, the embed and the PNG export). */
export function deckInvoer(s: KaartStaat, zoom: number): TekenlagenInvoer {
	const vul = vulkleurVan(s);
	const partners = s.geselecteerd ? s.model.partners(s.geselecteerd, s.zichtbaar) : [];
	return {
		features: s.model.features,
		grenzen: s.model.index.grenzen(),
		vulkleur: vul,
		kleurVersie:
			s.zichtbaar.join(',') +
			'|' +
			s.view.max +
			'|' +
			viewNummer(s.view) +
			'|' +
			(s.datum ?? '') +
			(s.verschil ? `|${s.verschil.van}` : ''),
		lagen: s.view.perLaag.map((pl) => ({
			id: pl.id,
			...stijlVan(s, pl.id),
			ringen: pl.ringen,
			gaten: s.gatenTonen.includes(pl.id) ? pl.gaten?.map((c) => s.model.feature(c)) : [],
			overlap: pl.overlap?.map((c) => s.model.feature(c))
		})),
		geselecteerd: s.geselecteerd ? [s.model.feature(s.geselecteerd)] : [],
		partners: partners.map((p) => s.model.feature(p.code)),
		labels: s.model.labels,
		zoom
	};
}

export interface TooltipInhoud {
	x: number;
	y: number;
	naam: string;
	schalen: number;
	verbanden: number;
	/** The change view: change in scales since `van` (null = no comparison). */
	verschil?: { waarde: number | null; van: string };
	/** Every region of the visible layers under the cursor, grouped by layer; `leeg` when in none. */
	lagen: { naam: string; kleur: string; regios: string[]; leeg: string }[];
}

/** The tooltip for a hovered gemeente (null when the cursor is not over one). */
export function tooltipVan(
	s: KaartStaat,
	info: { x: number; y: number; object?: unknown }
): TooltipInhoud | null {
	const code = (info.object as { properties?: { code?: string } } | null)?.properties?.code;
	if (!code || info.x < 0) return null;
	const telling = s.view.telling.get(code) ?? { schalen: 0, verbanden: 0 };
	return {
		x: info.x,
		y: info.y,
		naam: s.model.gemeenteMap.get(code)?.naam ?? code,
		schalen: telling.schalen,
		verbanden: telling.verbanden,
		...(s.verschil && {
			verschil: { waarde: s.verschil.waarden.get(code) ?? null, van: s.verschil.van }
		}),
		lagen: s.zichtbaar.map((id) => ({
			naam: s.model.laag(id).naam,
			kleur: stijlVan(s, id).kleur,
			regios: s.model.regiosVan(id, code).map((r) => r.naam),
			leeg: leegTekst(s, id)
		}))
	};
}

export interface TabelRij {
	code: string;
	naam: string;
	provincie: string;
	schalen: number;
	verbanden: number;
	/** Per visible layer: the region names this gemeente is in ('' = gap). */
	perLaag: string[];
}

/** The table that says what the map shows (the non-map alternative). */
export function tabelRijen(s: KaartStaat): TabelRij[] {
	return s.model.gemeenten.map((g) => ({
		code: g.code,
		naam: g.naam,
		provincie: g.provincieNaam,
		schalen: s.view.telling.get(g.code)?.schalen ?? 0,
		verbanden: s.view.telling.get(g.code)?.verbanden ?? 0,
		perLaag: s.zichtbaar.map((id) =>
			s.model
				.regiosVan(id, g.code)
				.map((r) => r.naam)
				.join('; ')
		)
	}));
}

/** The text description of the map canvas for screen readers: what is shown, and the legend. */
export function kaartBeschrijving(s: KaartStaat): string {
	return (
		vertaal(s.taal, 'kaart_beschrijving', {
			n: s.model.features.length,
			lagen: s.zichtbaar.map((id) => s.model.laag(id).naam).join(', ') || '—'
		}) +
		' ' +
		legendaKlassen(s)
			.map((k) => `${k.label}: ${k.aantal}`)
			.join('; ')
	);
}
