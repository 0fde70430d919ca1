// Build-time analysis for the prerendered schaal pages: computed once per build from static/data.
// Every figure on those pages comes from here (src/lib/geo), never from a component.
import { atlasData } from './atlas';
import { maakGeoIndex } from '$lib/geo/geo-index';
import { lagenUitAtlas, type Laag } from '$lib/geo/lagen';
import { analyseer, type Analyse, type LaagAnalyse } from '$lib/geo/analyse';
import { congruentie, type Congruentie } from '$lib/geo/congruentie';

let cache: { analyse: Analyse; lagen: Laag[] } | null = null;

function analyse() {
	if (!cache) {
		const { atlas, topology } = atlasData();
		const lagen = lagenUitAtlas(atlas);
		cache = { analyse: analyseer(maakGeoIndex(topology), atlas, lagen), lagen };
	}
	return cache;
}

export function alleLagen(): Laag[] {
	return analyse().lagen;
}

export function laagAnalyse(id: string): LaagAnalyse | undefined {
	return analyse().analyse.lagen.find((l) => l.laag.id === id);
}

/** Congruence of a and b (in this order: rows are a's regions). */
export function vergelijk(a: string, b: string): Congruentie | undefined {
	const la = alleLagen().find((l) => l.id === a);
	const lb = alleLagen().find((l) => l.id === b);
	return la && lb ? congruentie(la, lb) : undefined;
}

/** The congruence matrix over all layers (both orders, and the diagonal). */
export function matrix(): Congruentie[][] {
	const lagen = alleLagen();
	return lagen.map((a) => lagen.map((b) => congruentie(a, b)));
}

/** A compact, serialisable summary of one layer's coverage (for tables). */
export function samenvatting(l: LaagAnalyse) {
	const indeling = atlasData().atlas.indelingen.find((i) => i.id === l.laag.id);
	return {
		/** Peildatum year of an indeling (2016: Regioatlas, always labelled so); null for a domain. */
		jaar: indeling?.jaar ?? null,
		dekkend: indeling?.dekkend ?? false,
		id: l.laag.id,
		naam: l.laag.naam,
		soort: l.laag.soort,
		regios: l.regios.length,
		aandeelGemeenten: l.dekking.aandeelGemeenten,
		aandeelInwoners: l.dekking.aandeelInwoners,
		aandeelOppervlakte: l.dekking.aandeelOppervlakte,
		gaten: l.dekking.gaten.length,
		overlap: l.dekking.overlap.length,
		nietAaneengesloten: l.regios.filter((r) => !r.contiguiteit.aaneengesloten).length
	};
}

export type LaagSamenvatting = ReturnType<typeof samenvatting>;
