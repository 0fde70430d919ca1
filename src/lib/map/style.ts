import type { StyleSpecification } from 'maplibre-gl';

// The offline basemap is a plain sea (ZEE_KLEUR); the land is drawn by the gemeente layer itself.
import { ZEE_KLEUR } from '$lib/stijl/kleuren';

/** PDOK BRT Achtergrondkaart (grijs), opt-in only: it is a request to a third party. */
export const PDOK_BRT_TEGELS =
	'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
export const PDOK_BRT_ATTRIBUTIE =
	'Achtergrond: © Kadaster / PDOK (BRT Achtergrondkaart, CC-BY 4.0)';

export type Basiskaart = 'geen' | 'pdok';

/**
 * The MapLibre style. The default needs no network at all: no tiles, no glyphs, no sprites
 * (labels are drawn by deck.gl's TextLayer).
 */
export function maakStijl(basiskaart: Basiskaart): StyleSpecification {
	const style: StyleSpecification = {
		version: 8,
		sources: {},
		layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': ZEE_KLEUR } }]
	};
	if (basiskaart === 'pdok') {
		style.sources.pdok = {
			type: 'raster',
			tiles: [PDOK_BRT_TEGELS],
			tileSize: 256,
			minzoom: 0,
			maxzoom: 19,
			attribution: PDOK_BRT_ATTRIBUTIE
		};
		style.layers.push({
			id: 'pdok',
			type: 'raster',
			source: 'pdok',
			paint: { 'raster-opacity': 0.9 }
		});
	}
	return style;
}
