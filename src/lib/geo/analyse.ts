/** The full analysis of all bundled layers: what the schaal pages show and the benchmark times. */
import type { Atlas, GemeenteCode } from '$lib/data/types';
import type { GeoIndex } from './geo-index';
import { lagenUitAtlas, type Laag } from './lagen';
import { oppervlakteVan } from './dissolve';
import { dekking, type Dekking } from './dekking';
import { contiguiteit, type Contiguiteit } from './contiguiteit';
import { congruentie, type Congruentie } from './congruentie';
import { partnerNetwerk } from './partners';
import { schaalTelling, type SchaalTelling } from './schaal';

export interface RegioAnalyse {
	id: string;
	naam: string;
	leden: number;
	oppervlakteKm2: number;
	contiguiteit: Contiguiteit;
}

export interface LaagAnalyse {
	laag: Laag;
	dekking: Dekking;
	gatenOppervlakteKm2: number;
	regios: RegioAnalyse[];
}

export interface Analyse {
	lagen: LaagAnalyse[];
	/** Congruence for every ordered pair (a, b) with a < b in layer order. */
	congruentie: Congruentie[];
	schalen: Map<GemeenteCode, SchaalTelling>;
	netwerk: Map<string, number>;
}

export function analyseLaag(index: GeoIndex, atlas: Atlas, laag: Laag): LaagAnalyse {
	const d = dekking(atlas.gemeenten, laag);
	return {
		laag,
		dekking: d,
		gatenOppervlakteKm2: oppervlakteVan(index, d.gaten),
		regios: laag.regios.map((r) => ({
			id: r.id,
			naam: r.naam,
			leden: r.gemeenten.length,
			oppervlakteKm2: oppervlakteVan(index, r.gemeenten),
			contiguiteit: contiguiteit(index, r.gemeenten)
		}))
	};
}

/** Everything, for all layers of the atlas (or the given ones). */
export function analyseer(
	index: GeoIndex,
	atlas: Atlas,
	lagen: Laag[] = lagenUitAtlas(atlas)
): Analyse {
	const perLaag = lagen.map((l) => analyseLaag(index, atlas, l));
	const paren: Congruentie[] = [];
	for (let i = 0; i < lagen.length; i++)
		for (let j = i + 1; j < lagen.length; j++) paren.push(congruentie(lagen[i], lagen[j]));
	return {
		lagen: perLaag,
		congruentie: paren,
		schalen: schaalTelling(index.codes, lagen),
		netwerk: partnerNetwerk(lagen.filter((l) => l.soort === 'domein').flatMap((l) => l.regios))
	};
}
