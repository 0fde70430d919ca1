/**
 * Shared, precomputed geometry facts of the gemeente topology: index per code, topological
 * neighbours, area, bounds and a label point inside each gemeente. Build once, reuse everywhere.
 */
import { feature, mesh, neighbors } from 'topojson-client';
import area from '@turf/area';
import bbox from '@turf/bbox';
import pointOnFeature from '@turf/point-on-feature';
import centroid from '@turf/centroid';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import type { GemeenteTopology } from '$lib/data/load';
import type { GemeenteCode, GemeenteProps } from '$lib/data/types';
import { voorberekendeGrenzen } from './voorberekend';

export type GemeenteFeature = Feature<Polygon | MultiPolygon, GemeenteProps>;

type Kader = [[number, number], [number, number]];

/** A box grown by `fractie` of its width and height on every side. */
export function metMarge(b: Kader, fractie: number): Kader {
	const dx = (b[1][0] - b[0][0]) * fractie;
	const dy = (b[1][1] - b[0][1]) * fractie;
	return [
		[b[0][0] - dx, b[0][1] - dy],
		[b[1][0] + dx, b[1][1] + dy]
	];
}

/** The polygons (each an outer ring and its holes) of a gemeente, Polygon or MultiPolygon. */
export function polygonenVan(f: GemeenteFeature): Position[][][] {
	const g = f.geometry;
	return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/** Every ring (outer and holes) of a gemeente. */
export function ringenVan(f: GemeenteFeature): Position[][] {
	return polygonenVan(f).flat();
}

export interface GeoIndex {
	topology: GemeenteTopology;
	codes: GemeenteCode[];
	/** Position of each code in `codes` / the topology's geometries. */
	positie: Map<GemeenteCode, number>;
	geometrie: GeometryObject<GemeenteProps>[];
	features: GemeenteFeature[];
	/** Adjacency (indices) via shared arcs. */
	buren: number[][];
	/**
	 * Neighbours without a shared arc, from the data build (geo/water.ts): gemeenten that touch,
	 * and islands with the gemeenten across the water. Empty without that data.
	 */
	waterburen: number[][];
	/** `buren` and `waterburen` together: the graph that contiguity walks. */
	samenhang: number[][];
	/**
	 * Every gemeente border once (a shared border is one line, not two rings): what the map draws
	 * as borders. Built on first use.
	 */
	grenzen(): Position[][];
	/** Area per gemeente in km² (same order as `codes`). */
	oppervlakte: number[];
	labelPunt(code: GemeenteCode): [number, number];
	bounds(code: GemeenteCode): [[number, number], [number, number]] | null;
	/** The box around a set of gemeenten (unknown codes ignored); null when none is known. */
	boundsVan(codes: Iterable<GemeenteCode>): [[number, number], [number, number]] | null;
}

export function maakGeoIndex(topology: GemeenteTopology): GeoIndex {
	const geometrie = topology.objects.gemeenten.geometries as GeometryObject<GemeenteProps>[];
	const codes = geometrie.map((g) => (g.properties as GemeenteProps).code);
	const positie = new Map(codes.map((c, i) => [c, i]));
	const features = geometrie.map((g) => feature(topology, g) as GemeenteFeature);
	const buren = neighbors(geometrie as never);
	const waterburen: number[][] = codes.map(() => []);
	for (const [a, b] of topology.waterburen ?? []) {
		const i = positie.get(a);
		const j = positie.get(b);
		if (i === undefined || j === undefined) continue;
		waterburen[i].push(j);
		waterburen[j].push(i);
	}
	const samenhang = buren.map((b, i) => [...b, ...waterburen[i]]);
	const oppervlakte = features.map((f) => area(f) / 1e6);
	const kaders = features.map((f) => bbox(f));
	// Centroid when it lies inside (nicer for labels), else a point guaranteed on the surface.
	const labels = features.map((f) => {
		const c = centroid(f).geometry.coordinates as [number, number];
		return booleanPointInPolygon(c, f)
			? c
			: (pointOnFeature(f).geometry.coordinates as [number, number]);
	});
	let grenzen: Position[][] | null = null;
	function kaderVan(code: GemeenteCode) {
		return kaders[positie.get(code) ?? -1];
	}
	return {
		topology,
		codes,
		positie,
		geometrie,
		features,
		buren,
		waterburen,
		samenhang,
		grenzen: () =>
			(grenzen ??=
				voorberekendeGrenzen(topology) ??
				mesh(topology, topology.objects.gemeenten as never).coordinates),
		oppervlakte,
		labelPunt: (code) => labels[positie.get(code) ?? -1] ?? [5.3, 52.1],
		bounds(code) {
			const b = kaderVan(code);
			return b
				? [
						[b[0], b[1]],
						[b[2], b[3]]
					]
				: null;
		},
		boundsVan(lijst) {
			let w = Infinity,
				z = Infinity,
				o = -Infinity,
				n = -Infinity;
			for (const code of lijst) {
				const b = kaderVan(code);
				if (!b) continue;
				w = Math.min(w, b[0]);
				z = Math.min(z, b[1]);
				o = Math.max(o, b[2]);
				n = Math.max(n, b[3]);
			}
			return w === Infinity
				? null
				: [
						[w, z],
						[o, n]
					];
		}
	};
}
