// The explorer's view model: layers from the atlas, and per set of visible layers the counts,
// outlines, gaps and overlaps. Pure (no Svelte, no DOM); the geography comes from src/lib/geo.
import type { Position } from 'geojson';
import type { AtlasData } from '$lib/data/load';
import type { Atlas, AtlasMeta, Gemeente, DomeinId } from '$lib/data/types';
import { KERN_DOMEINEN } from '$lib/data/types';
import type { GemeenteFeature } from '$lib/geo/geo-index';
import { LAAG_KLEUREN } from '$lib/stijl/kleuren';
import { normaliseerNaam } from '$lib/data/gemeente-match';
import { maakGeoIndex, type GeoIndex } from '$lib/geo/geo-index';
import { lagenUitAtlas, type Laag } from '$lib/geo/lagen';
import { dissolveRingen } from '$lib/geo/dissolve';
import { schaalTelling, rangen, type SchaalTelling } from '$lib/geo/schaal';
import { gatenEnOverlap } from '$lib/geo/dekking';
import { partnersVan } from '$lib/geo/partners';
import { laagIdVan, type Dataset } from '$lib/import/dataset';
import { laagVanEigen } from '$lib/import/aansluiting';

/** An own dataset as a domain-like layer: its verbanden may overlap and leave gaps. */
export const laagVanDataset: (d: Dataset) => Laag = laagVanEigen;

/**
 * Outlines per set of members, per topology: the models of different dates on one topology share
 * them, so changing the date only dissolves the verbanden whose members changed.
 */
const omtrekken = new WeakMap<GeoIndex, Map<string, Position[][]>>();
function omtrekVan(index: GeoIndex, codes: readonly string[]): Position[][] {
	let m = omtrekken.get(index);
	if (!m) omtrekken.set(index, (m = new Map()));
	const sleutel = codes.join(',');
	let r = m.get(sleutel);
	if (!r) m.set(sleutel, (r = dissolveRingen(index, codes)));
	return r;
}

export interface LaagView {
	id: string;
	naam: string;
	soort: 'domein' | 'indeling';
	groep: 'kern' | 'overig' | 'indeling' | 'eigen';
	kleur: string;
	aantalRegios: number;
}

export interface RegioRef {
	id: string;
	naam: string;
	leden: number;
	vorm?: string;
}

export interface LaagResultaat {
	id: string;
	ringen: Position[][];
	gaten?: string[];
	overlap?: string[];
}

export interface VerkennerView {
	telling: Map<string, SchaalTelling>;
	/** 1 = most scales. Ties share a rank. */
	rang: Map<string, number>;
	max: number;
	perLaag: LaagResultaat[];
}

export interface ZoekTreffer {
	code: string;
	naam: string;
	detail: string;
}

export interface VerkennerModel {
	lagen: LaagView[];
	gemeenten: Gemeente[];
	gemeenteMap: ReadonlyMap<string, Gemeente>;
	gemeenteCodes: ReadonlySet<string>;
	laagIds: ReadonlySet<string>;
	features: GemeenteFeature[];
	labels: { tekst: string; positie: [number, number] }[];
	laag(id: string): LaagView;
	feature(code: string): GemeenteFeature;
	view(zichtbaar: string[]): VerkennerView;
	regiosVan(laagId: string, code: string): RegioRef[];
	partners(code: string, zichtbaar: string[]): { code: string; gedeeld: number }[];
	bounds(code: string): [[number, number], [number, number]] | null;
	zoek(tekst: string): ZoekTreffer[];
	index: GeoIndex;
	meta: AtlasMeta;
	/** The atlas it was made from (today's, or one of a date: data/tijdreis.ts). */
	atlas: Atlas;
}

export function maakVerkennerModel(
	data: AtlasData,
	eigen: readonly Dataset[] = [],
	bestaandeIndex?: GeoIndex
): VerkennerModel {
	const { atlas, topology } = data;
	const index = bestaandeIndex ?? maakGeoIndex(topology);
	const eigenIds = new Set(eigen.map(laagIdVan));
	const lagen = [...lagenUitAtlas(atlas), ...eigen.map(laagVanDataset)];
	const laagMap = new Map<string, Laag>(lagen.map((l) => [l.id, l]));
	const features = index.features as GemeenteFeature[];
	const featureMap = new Map(features.map((f) => [f.properties.code, f]));
	const gemeenten = [...atlas.gemeenten].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
	const vormVan = new Map<string, string>(atlas.verbanden.map((v) => [v.id, v.samenwerkingsvorm]));
	for (const d of eigen) for (const v of d.verbanden) if (v.vorm) vormVan.set(v.id, v.vorm);
	// Show the abbreviation people know a verband by ("BsGW") next to its full name.
	const weergaveNaam = new Map(
		atlas.verbanden.map((v) => [
			v.id,
			v.afkorting && !v.naam.includes(v.afkorting) ? `${v.naam} (${v.afkorting})` : v.naam
		])
	);

	const indelingIds = new Set<string>(atlas.indelingen.map((i) => i.id));
	const views: LaagView[] = lagen.map((l, i) => ({
		id: l.id,
		naam: l.naam,
		soort: l.soort,
		groep: eigenIds.has(l.id)
			? 'eigen'
			: l.soort === 'indeling' || indelingIds.has(l.id)
				? 'indeling'
				: KERN_DOMEINEN.includes(l.id as DomeinId)
					? 'kern'
					: 'overig',
		kleur: LAAG_KLEUREN[i % LAAG_KLEUREN.length],
		aantalRegios: l.regios.length
	}));
	const viewMap = new Map(views.map((v) => [v.id, v]));

	// Per layer: gemeente → regions it is in (for tooltip, table and panel).
	const regiosPerGemeente = new Map<string, Map<string, RegioRef[]>>();
	for (const l of lagen) {
		const m = new Map<string, RegioRef[]>();
		for (const r of l.regios) {
			const ref: RegioRef = {
				id: r.id,
				naam: (l.soort === 'domein' ? weergaveNaam.get(r.id) : undefined) ?? r.naam,
				leden: r.gemeenten.length,
				vorm: l.soort === 'domein' ? vormVan.get(r.id) : undefined
			};
			for (const c of r.gemeenten) {
				const lijst = m.get(c);
				if (lijst) lijst.push(ref);
				else m.set(c, [ref]);
			}
		}
		regiosPerGemeente.set(l.id, m);
	}

	// Outlines and gaps per layer are computed once and cached: toggling is then only counting.
	const laagCache = new Map<string, LaagResultaat>();
	function laagResultaat(id: string): LaagResultaat {
		let r = laagCache.get(id);
		if (!r) {
			const l = laagMap.get(id)!;
			const ringen = l.regios.flatMap((reg) => omtrekVan(index, reg.gemeenten));
			r = l.soort === 'domein' ? { id, ringen, ...gatenEnOverlap(index.codes, l) } : { id, ringen };
			laagCache.set(id, r);
		}
		return r;
	}

	const zoekIndex = gemeenten.map((g) => ({ g, sleutel: normaliseerNaam(g.naam) }));

	return {
		lagen: views,
		gemeenten,
		gemeenteMap: new Map(gemeenten.map((g) => [g.code, g])),
		gemeenteCodes: new Set(gemeenten.map((g) => g.code)),
		laagIds: new Set(views.map((v) => v.id)),
		features,
		labels: gemeenten.map((g) => ({ tekst: g.naam, positie: index.labelPunt(g.code) })),
		index,
		meta: atlas.meta,
		atlas,
		laag: (id) => viewMap.get(id)!,
		feature: (code) => featureMap.get(code)!,
		view(zichtbaar) {
			const bekend = zichtbaar.filter((id) => laagMap.has(id));
			const telling = schaalTelling(
				index.codes,
				bekend.map((id) => laagMap.get(id)!)
			);
			const max = Math.max(0, ...[...telling.values()].map((t) => t.schalen));
			const rang = rangen(telling);
			return { telling, rang, max, perLaag: bekend.map(laagResultaat) };
		},
		regiosVan: (laagId, code) => regiosPerGemeente.get(laagId)?.get(code) ?? [],
		partners(code, zichtbaar) {
			const regios = zichtbaar.flatMap((id) => laagMap.get(id)?.regios ?? []);
			return partnersVan(code, regios);
		},
		bounds: (code) => index.bounds(code),
		zoek(tekst) {
			const q = normaliseerNaam(tekst);
			if (!q) return [];
			const begin = zoekIndex.filter((z) => z.sleutel.startsWith(q));
			const midden = zoekIndex.filter((z) => !z.sleutel.startsWith(q) && z.sleutel.includes(q));
			return [...begin, ...midden].map(({ g }) => ({
				code: g.code,
				naam: g.naam,
				detail: g.provincieNaam
			}));
		}
	};
}
