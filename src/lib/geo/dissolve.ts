/**
 * Outlines of sets of gemeenten, merged along the shared arcs of the topology (topojson `merge`):
 * exact shared borders, no slivers, and far faster than unioning polygons.
 */
import { merge } from 'topojson-client';
import area from '@turf/area';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { GemeenteCode } from '$lib/data/types';
import type { GeoIndex } from './geo-index';
import { voorberekendeRingen } from './voorberekend';

/** The dissolved outline of a set of gemeenten (its geometry); drawn, it becomes a `LaagOmtrek`. */
export interface Omtrek {
	geometrie: MultiPolygon;
	/** km² (Turf, on the merged geometry). */
	oppervlakteKm2: number;
}

function geometrieen(index: GeoIndex, codes: readonly GemeenteCode[]) {
	return codes.flatMap((c) => {
		const i = index.positie.get(c);
		return i === undefined ? [] : [index.geometrie[i]];
	});
}

/** The merged outline of a set of gemeenten, as valid GeoJSON with its area. Unknown codes are skipped. */
export function dissolve(index: GeoIndex, codes: readonly GemeenteCode[]): Omtrek {
	const geometrie = merge(index.topology, geometrieen(index, codes) as never) as MultiPolygon;
	const f: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: geometrie };
	return { geometrie, oppervlakteKm2: codes.length ? area(f) / 1e6 : 0 };
}

/**
 * The area of a set of gemeenten in km², without merging: the sum of its members' areas. Gemeenten
 * do not overlap and the merge keeps every shared border, so this is the merged outline's area
 * (dissolve.test.ts checks both against each other), at a fraction of the cost. Unknown codes are
 * skipped and a repeated code counts once, as in the merge.
 */
export function oppervlakteVan(index: GeoIndex, codes: readonly GemeenteCode[]): number {
	let som = 0;
	for (const c of new Set(codes)) {
		const i = index.positie.get(c);
		if (i !== undefined) som += index.oppervlakte[i];
	}
	return som;
}

/** Only the rings (outer and inner) of the merged outline: what a line layer draws. */
export function dissolveRingen(index: GeoIndex, codes: readonly GemeenteCode[]): Position[][] {
	// Every verband and region of the bundled data was dissolved by the data build.
	const klaar = voorberekendeRingen(index.topology, codes);
	if (klaar) return klaar;
	const g = merge(index.topology, geometrieen(index, codes) as never) as MultiPolygon;
	return g.coordinates.flat();
}
