// A snapshot description ("kaartbeeld"): everything an exported map shows, taken from the state at
// the moment of export. Pure data, so the SVG and PNG renderers and their tests need no DOM.
import type { GemeenteFeature } from '$lib/geo/geo-index';
import type {
	TekenlagenInvoer,
	LegendaKlasse,
	LegendaLaag,
	LaagOmtrek,
	KaartStaat
} from '$lib/state/kaart-staat';
import {
	ATTRIBUTIE,
	legendaKlassen,
	legendaLagen,
	legendaTekst,
	omtrekkenVan,
	peildatumTekst,
	registerUitleg,
	standaardTitel,
	vormFilterTekst,
	stijlVan,
	vulkleurVan
} from '$lib/state/kaart-staat';
import { vertaler } from '$lib/i18n';
import type { Opmaak } from './opmaak';

export type Bounds = [[number, number], [number, number]];

export interface KaartBeeld {
	titel: string;
	ondertitel: string;
	attributie: string;
	/** The extent to show (west-south, east-north); fitted into the map area. */
	bounds: Bounds;
	legenda: {
		titel: string;
		klassen: LegendaKlasse[];
		uitleg: string;
		lagen: LegendaLaag[];
		gatenUitleg: string | null;
		overlapUitleg: string | null;
		/** What the register holds (only Wgr-regelingen), when a register domain is shown. */
		registerUitleg: string | null;
		/** "Alleen: …" when the samenwerkingsvorm filter is on. */
		vormFilter: string | null;
	};
	features: GemeenteFeature[];
	vulkleur: Record<string, string>;
	namen: Record<string, string>;
	schalen: Record<string, number>;
	omtrekken: LaagOmtrek[];
	/** Hatched gaps per domain (only where the user switched hatching on). */
	gaten: { kleur: string; codes: string[] }[];
	overlap: string[];
	geselecteerd: string | null;
	/** Partners of the selected gemeente in the visible layers (outlined, as on screen). */
	partners: string[];
}

export function maakKaartBeeld(
	s: KaartStaat,
	opties: { bounds: Bounds; titel?: string; basiskaartAttributie?: string }
): KaartBeeld {
	const t = vertaler(s.taal);
	const vul = vulkleurVan(s);
	const lagen = legendaLagen(s);
	const gaten = s.view.perLaag
		.filter((pl) => s.gatenTonen.includes(pl.id) && pl.gaten?.length)
		.map((pl) => ({ kleur: stijlVan(s, pl.id).kleur, codes: pl.gaten ?? [] }));
	const overlap = [...new Set(s.view.perLaag.flatMap((pl) => pl.overlap ?? []))];
	const tekst = legendaTekst(s);
	return {
		titel: opties.titel?.trim() || standaardTitel(s),
		ondertitel: peildatumTekst(s),
		attributie:
			ATTRIBUTIE + (opties.basiskaartAttributie ? `; ${opties.basiskaartAttributie}` : ''),
		bounds: opties.bounds,
		legenda: {
			titel: tekst.titel,
			klassen: lagen.length ? legendaKlassen(s) : [],
			uitleg: lagen.length ? tekst.uitleg : t('geen_lagen'),
			lagen,
			gatenUitleg: gaten.length ? t('gaten_uitleg') : null,
			overlapUitleg: overlap.length ? t('overlap_uitleg') : null,
			registerUitleg: registerUitleg(s),
			vormFilter: vormFilterTekst(s)
		},
		features: s.model.features,
		vulkleur: Object.fromEntries(
			s.model.features.map((f) => [f.properties.code, vul(f.properties.code)])
		),
		namen: Object.fromEntries(s.model.gemeenten.map((g) => [g.code, g.naam])),
		schalen: Object.fromEntries([...s.view.telling].map(([code, tel]) => [code, tel.schalen])),
		omtrekken: omtrekkenVan(s),
		gaten,
		overlap,
		geselecteerd: s.geselecteerd,
		partners: s.geselecteerd ? s.model.partners(s.geselecteerd, s.zichtbaar).map((p) => p.code) : []
	};
}

/**
 * Everything the export map's pixels depend on: extent, size, and the deck.gl layer input (the
 * choropleth via kleurVersie, each layer's style and regions, gaps, overlaps, selection).
 */
export function tekenSleutel(beeld: KaartBeeld, o: Opmaak, lagen: TekenlagenInvoer): string {
	const codes = (fs: { properties: { code: string } }[] | undefined) =>
		fs?.map((f) => f.properties.code).join(',');
	return JSON.stringify([
		beeld.bounds,
		o.kaart.b,
		o.kaart.h,
		o.vergroting,
		lagen.kleurVersie,
		lagen.features.length,
		lagen.lagen.map((l) => [
			l.id,
			l.kleur,
			l.ondoorzichtigheid,
			l.ringen.reduce((n, r) => n + r.length, 0),
			codes(l.gaten),
			codes(l.overlap)
		]),
		codes(lagen.geselecteerd),
		codes(lagen.partners)
	]);
}
