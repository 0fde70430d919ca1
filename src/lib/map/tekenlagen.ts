// deck.gl drawing-layer factories (tekenlagen; not the analysis `Laag` of src/lib/geo/lagen):
// (data + state) → layers. No UI, no data fetching here.
// Fills are SolidPolygonLayer (GeoJsonLayer would bring deck.gl's point and text layers into the
// first load); every line is a LijnenLaag (one triangle list, see lijn-geometrie.ts).
import { SolidPolygonLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import { LijnenLaag } from './lijnen-tekenlaag';
import type { Lijn, RGBA } from './lijn-geometrie';
import { polygonenVan, ringenVan, type GemeenteFeature } from '$lib/geo/geo-index';
import type { GemeenteProps } from '$lib/data/types';

export type { RGBA };
export type { GemeenteFeature };

export interface GemeentenLaagProps {
	features: GemeenteFeature[];
	vulkleur: (code: string) => RGBA;
	/** Changes whenever `vulkleur` gives other colours (deck.gl compares this, not the function). */
	kleurVersie: string;
	id?: string;
}

/**
 * One polygon (outer ring and holes) of a gemeente: a MultiPolygon gives several. It carries the
 * gemeente's properties.
 */
export interface GemeenteVlak {
	properties: GemeenteProps;
	polygon: Position[][];
}

const vlakkenCache = new WeakMap<readonly GemeenteFeature[], GemeenteVlak[]>();

/** The polygons of a list of gemeenten; the same list gives the same array (no new tessellation). */
export function vlakkenVan(features: readonly GemeenteFeature[]): GemeenteVlak[] {
	let vlakken = vlakkenCache.get(features);
	if (!vlakken) {
		vlakken = features.flatMap((f) =>
			polygonenVan(f).map((polygon) => ({ properties: f.properties, polygon }))
		);
		vlakkenCache.set(features, vlakken);
	}
	return vlakken;
}

/**
 * The gemeente fill: the choropleth. Borders are a layer of their own (`grenzenLaag`): drawn once
 * per border.
 */
export function gemeentenLaag({ features, vulkleur, kleurVersie, id }: GemeentenLaagProps) {
	return new SolidPolygonLayer<GemeenteVlak>({
		id: id ?? 'gemeenten',
		data: vlakkenVan(features),
		getPolygon: (d) => d.polygon as [number, number][][],
		// Hover and click find the gemeente on the CPU (geo/aanwijzen.ts), no picking pass.
		pickable: false,
		getFillColor: (d) => vulkleur(d.properties.code),
		updateTriggers: { getFillColor: kleurVersie }
	});
}

/** Solid lines of one colour and width. */
function lijnenLaag(id: string, paden: Position[][], kleur: RGBA, breedte: number) {
	return new LijnenLaag({
		id,
		data: paden.map((pad): Lijn => ({ pad, kleur, breedte, streep: [0, 0], verschuiving: 0 }))
	});
}

/**
 * Gemeente borders: every border once (from the topology's mesh), not each gemeente's ring —
 * in software WebGL the cost of a frame grows with the number of line segments.
 */
export function grenzenLaag(
	grenzen: Position[][],
	kleur: RGBA = [255, 255, 255, 200],
	id = 'grenzen'
) {
	return lijnenLaag(id, grenzen, kleur, 0.6);
}

/** One outline as a deck.gl line draws it: paths with colour, width, dash and sideways offset. */
export interface OmtrekLijn {
	/** Layer id + region id, unique. */
	id: string;
	/** Outer and inner rings of the dissolved region. */
	paden: Position[][];
	kleur: RGBA;
	breedte: number;
	/** Dash pattern [dash, gap] in multiples of the width, [0, 0] = solid. */
	streep: [number, number];
	/** Sideways offset (in line widths) so shared borders of several layers stay readable. */
	verschuiving: number;
}

/**
 * Outlines of the regions of every visible layer at once. Layers get their own colour, dash
 * pattern and sideways offset, so a border shared by several layers shows each of them.
 */
export function omtrekkenLaag(id: string, omtrekken: OmtrekLijn[]) {
	return new LijnenLaag({
		id,
		data: omtrekken.flatMap((o) =>
			o.paden.map((pad): Lijn => ({
				pad,
				kleur: o.kleur,
				breedte: o.breedte,
				streep: o.streep,
				verschuiving: o.verschuiving
			}))
		)
	});
}

export interface Label {
	tekst: string;
	positie: [number, number];
}

/** Highlight of the selected gemeente and its partners. */
export function selectieLaag(geselecteerd: GemeenteFeature[], partners: GemeenteFeature[]) {
	return [
		lijnenLaag('partners', partners.flatMap(ringenVan), [30, 30, 30, 230], 1.5),
		lijnenLaag('selectie', geselecteerd.flatMap(ringenVan), [0, 0, 0, 255], 4)
	];
}
