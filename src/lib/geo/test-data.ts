// Test helper (Node only): the real bundled data from static/data (built by `npm run data`).
import { readFileSync } from 'node:fs';
import { describe } from 'vitest';
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

/**
 * `describe` for tests on the real data. Left out of `npm run mutation` (MUTATIE=1): the mutants
 * must be killed by the hand-computed oracles, and loading the real data for each of ~900 mutants
 * would take hours.
 */
export function opEchteData(naam: string, tests: () => void): void {
	if (!process.env.MUTATIE) describe(naam, tests);
}
