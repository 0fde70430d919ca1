import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Atlas, GemeenteProps } from './types';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, TOPO_OBJECT } from './types';

/**
 * The gemeente topology as written by the data build, with the neighbours that share no border arc
 * (touching, or across water to an island; see geo/water.ts) as a foreign member.
 */
export type GemeenteTopology = Topology<{ gemeenten: GeometryCollection<GemeenteProps> }> & {
	waterburen?: [string, string, number][];
	/**
	 * Today's: set by laadAtlasData from VOORBEREKEND_FILE; a period's: in its file (read by
	 * geo/voorberekend.ts).
	 */
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
 * The body of a fetched data file as JSON. A failed request, or a body that is not JSON (a file cut
 * off in transfer, an HTML error page), is a Dutch error naming the file, not the parser's English.
 */
export async function leesJson<T>(res: Response, bestand: string): Promise<T> {
	if (!res.ok) throw new Error(`Kon ${bestand} niet laden (HTTP ${res.status}).`);
	try {
		return (await res.json()) as T;
	} catch {
		throw new Error(`${bestand} is beschadigd of niet volledig geladen: het is geen geldige JSON.`);
	}
}

/**
 * Fetch a data file and read it as JSON (leesJson). A request that fails outright (no connection,
 * the server gone) is a Dutch error naming the file too, not the browser's "Failed to fetch".
 */
export async function haalJson<T>(fetchFn: typeof fetch, url: string, bestand: string): Promise<T> {
	let res: Response;
	try {
		res = await fetchFn(url);
	} catch {
		throw new Error(`Kon ${bestand} niet laden: geen verbinding met de server.`);
	}
	return leesJson<T>(res, bestand);
}

const isObject = (x: unknown): x is Record<string, unknown> =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** What a field of a data file must be. */
export type Veldsoort = 'lijst' | 'object' | 'tekst' | 'getal';
const VELDSOORT: Record<Veldsoort, [string, (x: unknown) => boolean]> = {
	lijst: ['geen lijst', Array.isArray],
	object: ['geen object', isObject],
	tekst: ['geen tekst', (x) => typeof x === 'string'],
	getal: ['geen getal', (x) => typeof x === 'number']
};

/**
 * The top-level fields of a data file the pages read, checked before anything reads them: a file
 * of another shape (an old build, a wrong file) is a Dutch error naming the file and the field,
 * not a TypeError somewhere in the page.
 */
export function controleerVorm<T>(bestand: string, x: unknown, vorm: Record<string, Veldsoort>): T {
	if (!isObject(x)) throw new Error(`${bestand} is beschadigd: het bestand is geen object.`);
	for (const [veld, soort] of Object.entries(vorm)) {
		const [wat, past] = VELDSOORT[soort];
		if (!(veld in x)) throw new Error(`${bestand} is beschadigd: het veld "${veld}" ontbreekt.`);
		if (!past(x[veld])) throw new Error(`${bestand} is beschadigd: het veld "${veld}" is ${wat}.`);
	}
	return x as T;
}

/** A data file that is one list (herindelingen.json). */
export function controleerLijst<T>(bestand: string, x: unknown): T[] {
	if (!Array.isArray(x)) throw new Error(`${bestand} is beschadigd: het bestand is geen lijst.`);
	return x as T[];
}

/** The parts of atlas.json every page reads. */
const ATLAS_VORM: Record<keyof Atlas, Veldsoort> = {
	meta: 'object',
	gemeenten: 'lijst',
	domeinen: 'lijst',
	verbanden: 'lijst',
	indelingen: 'lijst'
};

/**
 * A gemeente topology (today's or a period's) has its object of gemeenten. A period's file also
 * carries its outlines from the data build (`voorberekend`); of another shape they are dropped,
 * and the browser computes them.
 */
export function controleerTopologie(bestand: string, t: unknown): GemeenteTopology {
	const objects = isObject(t) ? t.objects : undefined;
	if (!isObject(objects) || !isObject(objects[TOPO_OBJECT]))
		throw new Error(`${bestand} mist het object "${TOPO_OBJECT}".`);
	const topology = t as GemeenteTopology;
	const v = alsVoorberekend(topology.voorberekend);
	if (v) topology.voorberekend = v;
	else delete topology.voorberekend;
	return topology;
}

/** The precomputed outlines, when they have the expected shape (else they are computed here). */
function alsVoorberekend(v: unknown): Voorberekend | null {
	try {
		return controleerVorm<Voorberekend>(VOORBEREKEND_FILE, v, {
			bogen: 'getal',
			grenzen: 'lijst',
			omtrekken: 'object'
		});
	} catch {
		return null;
	}
}

/**
 * Fetch the bundled data (built by `npm run data` into `static/data/`).
 * `fetchFn` is injected so the same code runs in SvelteKit `load`, the browser and Node.
 */
export async function laadAtlasData(fetchFn: typeof fetch, base = ''): Promise<AtlasData> {
	const url = (bestand: string) => `${base}/${DATA_PATH}/${bestand}`;
	const [atlas, topology, voorberekend] = await Promise.all([
		haalJson<unknown>(fetchFn, url(ATLAS_FILE), ATLAS_FILE).then((x) =>
			controleerVorm<Atlas>(ATLAS_FILE, x, ATLAS_VORM)
		),
		haalJson<unknown>(fetchFn, url(TOPO_FILE), TOPO_FILE).then((x) =>
			controleerTopologie(TOPO_FILE, x)
		),
		// Outlines and border mesh from the data build; without them (missing, damaged, another
		// shape) they are computed here.
		haalJson<unknown>(fetchFn, url(VOORBEREKEND_FILE), VOORBEREKEND_FILE).then(
			alsVoorberekend,
			() => null
		)
	]);
	if (voorberekend) topology.voorberekend = voorberekend;
	return { atlas, topology };
}
