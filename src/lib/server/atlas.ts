// Build-time access to the bundled data for prerendering (server-only: reads static/data from disk).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasData, GemeenteTopology } from '$lib/data/load';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, type Atlas } from '$lib/data/types';

let cache: AtlasData | null = null;

/** The atlas and topology from `static/data/` (built by `npm run data`), parsed once per build. */
export function atlasData(): AtlasData {
	if (!cache) {
		const dir = join(process.cwd(), 'static', DATA_PATH);
		try {
			cache = {
				atlas: JSON.parse(readFileSync(join(dir, ATLAS_FILE), 'utf8')) as Atlas,
				topology: JSON.parse(readFileSync(join(dir, TOPO_FILE), 'utf8')) as GemeenteTopology
			};
		} catch (e) {
			throw new Error(
				`Gegevens ontbreken in ${dir}: draai eerst "npm run data". (${e instanceof Error ? e.message : e})`
			);
		}
	}
	return cache;
}
