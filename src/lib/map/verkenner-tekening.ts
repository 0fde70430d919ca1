// Turns the explorer's computed view (counts, outlines, gaps, selection) into deck.gl drawing layers.
import { SolidPolygonLayer } from '@deck.gl/layers';
import { FillStyleExtension, type FillStyleExtensionProps } from '@deck.gl/extensions';
import type { Layer } from '@deck.gl/core';
import type { Position } from 'geojson';
import { ringenVan } from '$lib/geo/geo-index';
import {
	gemeentenLaag,
	grenzenLaag,
	omtrekkenLaag,
	selectieLaag,
	vlakkenVan,
	type GemeenteFeature,
	type GemeenteVlak,
	type Label,
	type OmtrekLijn
} from './tekenlagen';
import { arceringAtlas, ARCERING_MAPPING, ARCERING_VERGROTING } from './arcering';
import { naarRGBA, STREPEN } from '$lib/stijl/kleuren';
import type { TekenlagenInvoer, ZichtbareLaag } from '$lib/state/kaart-staat';

export type { ZichtbareLaag };

/** The state's layer input, plus the label layer factory once loaded (see laadLabels). */
export interface VerkennerLagenInput extends TekenlagenInvoer {
	/** No names on the map before the factory is loaded. */
	maakLabels?: LabelFabriek | null;
}

export type LabelFabriek = (labels: Label[]) => Layer;
let labelsLaden: Promise<LabelFabriek> | null = null;

/** Loads the label layer code the first time names are needed (zoom ≥ LABEL_ZOOM, or an export). */
export function laadLabels(): Promise<LabelFabriek> {
	return (labelsLaden ??= import('./labels').then((m) => m.labelLaag));
}

/** Gemeente names appear from this zoom level on. */
export const LABEL_ZOOM = 8.5;

/**
 * Layers of the two shader programs of every explorer map (fills and lines), far outside the map's
 * bounds and transparent: drawn while the data loads, so deck.gl has compiled the programs before
 * the first complete frame (AtlasMap.opwarmen).
 */
export function opwarmLagen(): Layer[] {
	const ring: Position[] = [
		[0, 0],
		[0.01, 0],
		[0.01, 0.01],
		[0, 0]
	];
	const vlak = {
		type: 'Feature',
		properties: { code: '' },
		geometry: { type: 'Polygon', coordinates: [ring] }
	} as GemeenteFeature;
	return [
		gemeentenLaag({
			features: [vlak],
			vulkleur: () => [0, 0, 0, 0],
			kleurVersie: '',
			id: 'opwarmen-vlakken'
		}),
		grenzenLaag([ring], [0, 0, 0, 0], 'opwarmen-lijnen')
	];
}

const ARCERING_EXTENSIES = [new FillStyleExtension({ pattern: true })];

export function bouwVerkennerLagen(input: VerkennerLagenInput): Layer[] {
	const omtrekken: OmtrekLijn[] = input.lagen.map((l, i) => ({
		id: l.id,
		paden: l.ringen,
		kleur: naarRGBA(l.kleur, Math.round(255 * l.ondoorzichtigheid)),
		breedte: 3,
		streep: STREPEN[i % STREPEN.length],
		// Alternate sides so the second layer on a shared border sits beside the first.
		verschuiving: i === 0 ? 0 : (i % 2 === 1 ? 1 : -1) * Math.ceil(i / 2)
	}));
	return [
		gemeentenLaag({
			features: input.features,
			vulkleur: (code) => naarRGBA(input.vulkleur(code)),
			kleurVersie: input.kleurVersie
		}),
		grenzenLaag(input.grenzen),
		// Per domain: gaps hatched in the layer's colour, overlaps outlined with a dotted line.
		// Empty layers are left out: every layer type costs a shader compile before the first frame.
		...input.lagen.flatMap((l) => [
			l.gaten?.length &&
				new SolidPolygonLayer<GemeenteVlak, FillStyleExtensionProps<GemeenteVlak>>({
					id: `gaten-${l.id}`,
					data: vlakkenVan(l.gaten ?? []),
					getPolygon: (d) => d.polygon as [number, number][][],
					getFillColor: naarRGBA(l.kleur, 230),
					fillPatternAtlas: arceringAtlas(),
					fillPatternMapping: ARCERING_MAPPING,
					getFillPattern: () => 'arcering',
					getFillPatternScale: ARCERING_VERGROTING,
					// Screen pixels (deck.gl's default is metres: a 16 m pattern is a flat tint).
					fillPatternSizeUnits: 'pixels',
					fillPatternMask: true,
					extensions: ARCERING_EXTENSIES,
					pickable: false,
					updateTriggers: { getFillColor: l.kleur }
				}),
			l.overlap?.length &&
				omtrekkenLaag(`overlap-${l.id}`, [
					{
						id: `overlap-${l.id}`,
						paden: l.overlap.flatMap(ringenVan),
						kleur: [20, 20, 20, 230],
						breedte: 2,
						streep: [2, 2],
						verschuiving: 0
					}
				])
		]),
		omtrekkenLaag('omtrekken', omtrekken),
		...(input.geselecteerd.length ? selectieLaag(input.geselecteerd, input.partners) : []),
		input.zoom >= LABEL_ZOOM && input.maakLabels?.(input.labels)
	].filter(Boolean) as Layer[];
}
