// deck.gl layer factories: (data + state) → layers. No UI, no data fetching here.
import { GeoJsonLayer, TextLayer, PathLayer } from '@deck.gl/layers';
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import type { Position } from 'geojson';
import type { GemeenteFeature } from '$lib/geo/geo-index';
import type { GemeenteProps } from '$lib/data/types';

export type RGBA = [number, number, number, number];
export type { GemeenteFeature };

/**
 * Every line on the map uses this one PathLayer variant (dash and offset enabled, solid lines with
 * a [0, 0] dash): each variant is a shader program, and compiling them is most of the time to the
 * first complete map when WebGL runs in software.
 */
// One extension list for every line layer: layers are rebuilt on each state change, and the same
// instance keeps deck.gl from seeing new extensions each time.
const LIJN_EXTENSIES = [new PathStyleExtension({ dash: true, offset: true })];
export function lijnStijl() {
	return { extensions: LIJN_EXTENSIES, dashJustified: true };
}
export const SOLIDE = { getDashArray: [0, 0] as [number, number], getOffset: 0 };

export interface GemeentenLaagProps {
	features: GemeenteFeature[];
	vulkleur: (code: string) => RGBA;
	/** Changes whenever `vulkleur` gives other colours (deck.gl compares this, not the function). */
	kleurVersie: string;
	id?: string;
}

/**
 * The gemeente fill: the choropleth and the pick target for hover and click. Borders are a layer
 * of their own (`grenzenLaag`): drawn once per border and never in the picking pass.
 */
export function gemeentenLaag({ features, vulkleur, kleurVersie, id }: GemeentenLaagProps) {
	return new GeoJsonLayer<GemeenteProps>({
		id: id ?? 'gemeenten',
		data: features,
		pickable: true,
		stroked: false,
		filled: true,
		getFillColor: (f) => vulkleur(f.properties.code),
		updateTriggers: { getFillColor: kleurVersie }
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
	return new PathLayer<Position[], PathStyleExtensionProps<Position[]>>({
		id,
		data: grenzen,
		getPath: (d) => d as [number, number][],
		getColor: kleur,
		getWidth: 0.6,
		widthUnits: 'pixels',
		...lijnStijl(),
		...SOLIDE,
		pickable: false
	});
}

export interface Omtrek {
	/** Layer id + region id, unique. */
	id: string;
	/** Outer and inner rings of the dissolved region. */
	paden: Position[][];
	kleur: RGBA;
	breedte: number;
	/** Dash pattern [dash, gap] in pixels, [0, 0] = solid. */
	streep: [number, number];
	/** Sideways offset (in line widths) so shared borders of several layers stay readable. */
	verschuiving: number;
}

/**
 * Outlines of the regions of every visible layer at once. Layers get their own colour, dash
 * pattern and sideways offset, so a border shared by several layers shows each of them.
 */
export function omtrekkenLaag(id: string, omtrekken: Omtrek[]) {
	const paden = omtrekken.flatMap((o) => o.paden.map((pad) => ({ pad, o })));
	return new PathLayer<(typeof paden)[number], PathStyleExtensionProps<(typeof paden)[number]>>({
		id,
		data: paden,
		getPath: (d) => d.pad as [number, number][],
		getColor: (d) => d.o.kleur,
		getWidth: (d) => d.o.breedte,
		widthUnits: 'pixels',
		jointRounded: true,
		capRounded: true,
		getDashArray: (d) => d.o.streep,
		getOffset: (d) => d.o.verschuiving,
		...lijnStijl(),
		pickable: false
	});
}

export interface Label {
	tekst: string;
	positie: [number, number];
}

/** Gemeente names, drawn by deck.gl (no glyph server). */
export function labelLaag(labels: Label[]) {
	return new TextLayer<Label>({
		id: 'labels',
		data: labels,
		getText: (d) => d.tekst,
		getPosition: (d) => d.positie,
		getSize: 12,
		getColor: [20, 20, 20, 255],
		fontFamily: 'system-ui, "DejaVu Sans", Arial, sans-serif',
		fontWeight: 600,
		outlineWidth: 3,
		outlineColor: [255, 255, 255, 230],
		fontSettings: { sdf: true },
		characterSet: 'auto',
		getTextAnchor: 'middle',
		getAlignmentBaseline: 'center',
		pickable: false
	});
}

/** Highlight of the selected gemeente and its partners. */
export function selectieLaag(geselecteerd: GemeenteFeature[], partners: GemeenteFeature[]) {
	return [
		new GeoJsonLayer<GemeenteProps, PathStyleExtensionProps<GemeenteFeature>>({
			id: 'partners',
			data: partners,
			filled: false,
			stroked: true,
			getLineColor: [30, 30, 30, 230],
			lineWidthUnits: 'pixels',
			getLineWidth: 1.5,
			...lijnStijl(),
			...SOLIDE,
			pickable: false
		}),
		new GeoJsonLayer<GemeenteProps, PathStyleExtensionProps<GemeenteFeature>>({
			id: 'selectie',
			data: geselecteerd,
			filled: false,
			stroked: true,
			getLineColor: [0, 0, 0, 255],
			lineWidthUnits: 'pixels',
			getLineWidth: 4,
			...lijnStijl(),
			...SOLIDE,
			pickable: false
		})
	];
}
