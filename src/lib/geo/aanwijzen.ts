/**
 * Which gemeente lies under a point (pointing on the map: hover and click). Computed on the CPU
 * from the gemeente polygons, so the map needs no picking pass: in software WebGL deck.gl's picking
 * redraws every fill into a picking buffer and reads it back on each pointer move, waiting for the
 * one GPU thread and an animation frame; this lookup takes microseconds.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GemeenteFeature } from './geo-index';

/** [west, south, east, north] per gemeente, in the order of the list. */
type Kaders = Float64Array;

const kaderCache = new WeakMap<readonly GemeenteFeature[], Kaders>();

function kadersVan(features: readonly GemeenteFeature[]): Kaders {
	let k = kaderCache.get(features);
	if (k) return k;
	k = new Float64Array(features.length * 4);
	features.forEach((f, i) => {
		let w = Infinity,
			z = Infinity,
			o = -Infinity,
			n = -Infinity;
		const g = f.geometry;
		const polygonen = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
		// The outer rings bound a polygon; holes lie inside them.
		for (const polygoon of polygonen)
			for (const [x, y] of polygoon[0]) {
				if (x < w) w = x;
				if (x > o) o = x;
				if (y < z) z = y;
				if (y > n) n = y;
			}
		k.set([w, z, o, n], i * 4);
	});
	kaderCache.set(features, k);
	return k;
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
	if (!Number.isFinite(lng) || !Number.isFinite(lat)) return null;
	const k = kadersVan(features);
	for (let i = 0; i < features.length; i++) {
		const j = i * 4;
		if (lng < k[j] || lat < k[j + 1] || lng > k[j + 2] || lat > k[j + 3]) continue;
		if (booleanPointInPolygon([lng, lat], features[i])) return features[i];
	}
	return null;
}
