// Turns the explorer's computed view (counts, outlines, gaps, selection) into deck.gl layers.
import { GeoJsonLayer } from '@deck.gl/layers';
import { FillStyleExtension } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Position } from 'geojson';
import type { GemeenteProps } from '$lib/data/types';
import {
	gemeentenLaag,
	labelLaag,
	omtrekkenLaag,
	selectieLaag,
	type GemeenteFeature,
	type Label,
	type Omtrek,
	type RGBA
} from './layers';
import { arceringAtlas, ARCERING_MAPPING } from './arcering';
import { naarRGBA } from './kleuren';

export interface ZichtbareLaag {
	id: string;
	kleur: string;
	dekking: number;
	/** Dissolved outlines of the layer's regions, as rings. */
	ringen: Position[][];
	/** Domain layers only: gemeenten in no verband (gaps) and in ≥ 2 (overlap). */
	gaten?: GemeenteFeature[];
	overlap?: GemeenteFeature[];
}

export interface VerkennerLagenInput {
	features: GemeenteFeature[];
	vulkleur: (code: string) => string;
	kleurVersie: string;
	lagen: ZichtbareLaag[];
	geselecteerd: GemeenteFeature[];
	partners: GemeenteFeature[];
	labels: Label[];
	zoom: number;
}

/** Dash patterns per position in the visible list, so coinciding borders stay distinguishable. */
const STREPEN: [number, number][] = [
	[0, 0],
	[6, 3],
	[2, 2],
	[10, 4],
	[4, 2]
];

/** The SVG dasharray matching the deck.gl dash of the layer at position `i` (for the legend). */
export function streepVan(i: number): string {
	const s = STREPEN[i % STREPEN.length];
	return s[0] === 0 ? '' : `${s[0] * 3} ${s[1] * 3}`;
}

export function bouwVerkennerLagen(input: VerkennerLagenInput): Layer[] {
	const omtrekken: Omtrek[] = input.lagen.map((l, i) => ({
		id: l.id,
		paden: l.ringen,
		kleur: naarRGBA(l.kleur, Math.round(255 * l.dekking)),
		breedte: 3,
		streep: STREPEN[i % STREPEN.length],
		// Alternate sides so the second layer on a shared border sits beside the first.
		verschuiving: i === 0 ? 0 : (i % 2 === 1 ? 1 : -1) * Math.ceil(i / 2)
	}));
	const gaten = input.lagen.flatMap((l) => (l.gaten ?? []).map((f) => ({ f, l })));
	const overlap = input.lagen.flatMap((l) => (l.overlap ?? []).map((f) => ({ f, l })));

	return [
		gemeentenLaag({
			features: input.features,
			vulkleur: (code) => naarRGBA(input.vulkleur(code)),
			kleurVersie: input.kleurVersie
		}),
		new GeoJsonLayer<GemeenteProps>({
			id: 'gaten',
			data: gaten.map((g) => g.f),
			filled: true,
			stroked: false,
			getFillColor: [40, 40, 40, 200] as RGBA,
			fillPatternAtlas: arceringAtlas(),
			fillPatternMapping: ARCERING_MAPPING,
			getFillPattern: () => 'arcering',
			getFillPatternScale: 0.5,
			fillPatternMask: true,
			extensions: [new FillStyleExtension({ pattern: true })],
			pickable: false,
			updateTriggers: { getFillColor: input.kleurVersie }
		}),
		new GeoJsonLayer<GemeenteProps>({
			id: 'overlap',
			data: overlap.map((o) => o.f),
			filled: false,
			stroked: true,
			getLineColor: [20, 20, 20, 230],
			lineWidthUnits: 'pixels',
			getLineWidth: 2,
			pickable: false
		}),
		omtrekkenLaag('omtrekken', omtrekken),
		...selectieLaag(input.geselecteerd, input.partners),
		labelLaag(input.labels, input.zoom)
	];
}
