import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas, GemeenteProps } from './types';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, TOPO_OBJECT } from './types';

/**
 * The gemeente topology as written by the data build, with the neighbours that share no border arc
 * (touching, or across water to an island; see geo/water.ts) as a foreign member.
 */
export type GemeenteTopology = Topology<{ gemeenten: GeometryCollection<GemeenteProps> }> & {
	waterburen?: [string, string, number][];
	/** Set by laadAtlasData from VOORBEREKEND_FILE (read by geo/voorberekend.ts). */
	voorberekend?: Voorberekend;
};

/**
 * What the data build computes once for everyone (scripts/lib/voorberekening.ts): the border mesh
 * and the dissolved outline of every verband and region, as arc indices of this topology.
 */
export const VOORBEREKEND_FILE = 'omtrekken.json';
export interface Voorberekend {
	/** Number of arcs of the topology it was built from (a stale file is ignored). */
	bogen: number;
	/** The border mesh: one arc list per line (topojson meshArcs). */
	grenzen: number[][];
	/** Member set key (geo/voorberekend.ts omtrekSleutel) → rings as arc lists (mergeArcs). */
	omtrekken: Record<string, number[][]>;
}

export interface AtlasData {
	atlas: Atlas;
	topology: GemeenteTopology;
}

/**
 * Fetch the bundled data (built by `npm run data` into `static/data/`).
 * `fetchFn` is injected so the same code runs in SvelteKit `load`, the browser and Node.
 */
export async function laadAtlasData(fetchFn: typeof fetch, base = ''): Promise<AtlasData> {
	const [atlasRes, topoRes, voorberekend] = await Promise.all([
		fetchFn(`${base}/${DATA_PATH}/${ATLAS_FILE}`),
		fetchFn(`${base}/${DATA_PATH}/${TOPO_FILE}`),
		// Outlines and border mesh from the data build; without them they are computed here.
		fetchFn(`${base}/${DATA_PATH}/${VOORBEREKEND_FILE}`)
			.then((r) => (r.ok ? (r.json() as Promise<Voorberekend>) : null))
			.catch(() => null)
	]);
	if (!atlasRes.ok) throw new Error(`Kon ${ATLAS_FILE} niet laden (HTTP ${atlasRes.status}).`);
	if (!topoRes.ok) throw new Error(`Kon ${TOPO_FILE} niet laden (HTTP ${topoRes.status}).`);
	const atlas = (await atlasRes.json()) as Atlas;
	const topology = (await topoRes.json()) as GemeenteTopology;
	if (!topology.objects?.[TOPO_OBJECT]) {
		throw new Error(`${TOPO_FILE} mist het object "${TOPO_OBJECT}".`);
	}
	if (voorberekend) topology.voorberekend = voorberekend;
	return { atlas, topology };
}
