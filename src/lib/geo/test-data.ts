// Test helper (Node only): the real bundled data from static/data (built by `npm run data`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GemeenteTopology } from '$lib/data/load';
import type { Atlas } from '$lib/data/types';
import { maakGeoIndex, type GeoIndex } from './geo-index';

let cache: { atlas: Atlas; topology: GemeenteTopology; index: GeoIndex } | null = null;

export function echteData() {
	if (!cache) {
		const dir = join(process.cwd(), 'static', 'data');
		const atlas = JSON.parse(readFileSync(join(dir, 'atlas.json'), 'utf8')) as Atlas;
		const topology = JSON.parse(
			readFileSync(join(dir, 'gemeenten.topo.json'), 'utf8')
		) as GemeenteTopology;
		cache = { atlas, topology, index: maakGeoIndex(topology) };
	}
	return cache;
}
