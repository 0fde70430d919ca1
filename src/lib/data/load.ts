import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas, GemeenteProps } from './types';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, TOPO_OBJECT } from './types';

/**
 * The gemeente topology as written by the data build, with the neighbours that share no border arc
 * (touching, or across water to an island; see geo/water.ts) as a foreign member.
 */
export type GemeenteTopology = Topology<{ gemeenten: GeometryCollection<GemeenteProps> }> & {
	waterburen?: [string, string, number][];
};

export interface AtlasData {
	atlas: Atlas;
	topology: GemeenteTopology;
}

/**
 * Fetch the bundled data (built by `npm run data` into `static/data/`).
 * `fetchFn` is injected so the same code runs in SvelteKit `load`, the browser and Node.
 */
export async function laadAtlasData(fetchFn: typeof fetch, base = ''): Promise<AtlasData> {
	const [atlasRes, topoRes] = await Promise.all([
		fetchFn(`${base}/${DATA_PATH}/${ATLAS_FILE}`),
		fetchFn(`${base}/${DATA_PATH}/${TOPO_FILE}`)
	]);
	if (!atlasRes.ok) throw new Error(`Kon ${ATLAS_FILE} niet laden (HTTP ${atlasRes.status}).`);
	if (!topoRes.ok) throw new Error(`Kon ${TOPO_FILE} niet laden (HTTP ${topoRes.status}).`);
	const atlas = (await atlasRes.json()) as Atlas;
	const topology = (await topoRes.json()) as GemeenteTopology;
	if (!topology.objects?.[TOPO_OBJECT]) {
		throw new Error(`${TOPO_FILE} mist het object "${TOPO_OBJECT}".`);
	}
	return { atlas, topology };
}
