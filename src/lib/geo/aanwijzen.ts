/**
 * Which gemeente lies under a point (pointing on the map: hover and click). Computed on the CPU
 * from the gemeente polygons, so the map needs no picking pass: in software WebGL deck.gl's picking
 * redraws every fill into a picking buffer and reads it back on each pointer move, waiting for the
 * one GPU thread and an animation frame; this lookup takes microseconds.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import bbox from '@turf/bbox';
import type { GemeenteFeature } from './geo-index';

const kaderCache = new WeakMap<readonly GemeenteFeature[], number[][]>();

/** [west, south, east, north] of each gemeente, in the order of the list (kept per list). */
export function kadersVan(features: readonly GemeenteFeature[]): number[][] {
	let k = kaderCache.get(features);
	if (!k) kaderCache.set(features, (k = features.map((f) => bbox(f))));
	return k;
}

/**
 * The positions in the list of the gemeenten whose box holds [lng, lat] (edges included): the
 * only ones whose polygons need testing. None for a point that is not a number (NaN is in no
 * box: every comparison with it is false).
 */
export function kandidaten(
	features: readonly GemeenteFeature[],
	lng: number,
	lat: number
): number[] {
	const uit: number[] = [];
	kadersVan(features).forEach(([w, z, o, n], i) => {
		if (lng >= w && lng <= o && lat >= z && lat <= n) uit.push(i);
	});
	return uit;
}

/**
 * The gemeente whose area holds [lng, lat] (on its border: one of the two), or null over water or
 * outside the country. A gemeente inside another's hole (an enclave) is found, not the one around.
 */
export function gemeenteOp(
	features: readonly GemeenteFeature[],
	lng: number,
	lat: number
): GemeenteFeature | null {
	for (const i of kandidaten(features, lng, lat))
		if (booleanPointInPolygon([lng, lat], features[i])) return features[i];
	return null;
}
