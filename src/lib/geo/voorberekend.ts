/**
 * Geometry the data build computes once for everyone (scripts/lib/voorberekening.ts): the border
 * mesh and the dissolved outline of every verband and region, as arc indices of the gemeente
 * topology. In the browser the dissolves and the mesh cost hundreds of ms before the first map;
 * as arcs they are ~15 KB gzip, and assembling rings from arcs decoded once is a few ms.
 *
 * load.ts puts the file on the topology it was built with (`topology.voorberekend`), so another
 * topology (another date, a test fixture) never uses it: there the outlines are computed as before.
 */
import { feature } from 'topojson-client';
import type { Position } from 'geojson';
import type { GemeenteTopology } from '$lib/data/load';
import type { GemeenteCode } from '$lib/data/types';

/**
 * A short key for a set of gemeenten: FNV-1a of the sorted codes, and their number. Shipping the
 * member lists as keys would double the file; a collision among ~1 300 sets is ~1 in 10⁶.
 */
export function omtrekSleutel(codes: readonly GemeenteCode[]): string {
	let h = 0x811c9dc5;
	for (const c of [...codes].sort()) {
		for (let i = 0; i < c.length; i++) h = Math.imul(h ^ c.charCodeAt(i), 0x01000193);
		h = Math.imul(h ^ 44, 0x01000193);
	}
	return `${(h >>> 0).toString(36)}.${codes.length}`;
}

/** Each arc decoded once per topology. */
const bogenCache = new WeakMap<GemeenteTopology, (Position[] | undefined)[]>();

interface Geregistreerd {
	data: NonNullable<GemeenteTopology['voorberekend']>;
	bogen: (Position[] | undefined)[];
	topology: GemeenteTopology;
}

function geregistreerd(topology: GemeenteTopology): Geregistreerd | undefined {
	const data = topology.voorberekend;
	if (data?.bogen !== topology.arcs.length) return undefined;
	let bogen = bogenCache.get(topology);
	if (!bogen) bogenCache.set(topology, (bogen = []));
	return { data, bogen, topology };
}

function boog(r: Geregistreerd, i: number): Position[] {
	const j = i < 0 ? ~i : i;
	let punten = r.bogen[j];
	if (!punten) {
		const lijn = feature(r.topology, { type: 'LineString', arcs: [j] } as never);
		punten = (lijn.geometry as unknown as { coordinates: Position[] }).coordinates;
		r.bogen[j] = punten;
	}
	return i < 0 ? [...punten].reverse() : punten;
}

/**
 * A line or ring from its arcs, as topojson-client joins them: shared end points once, a ring of
 * at least four points and a line of at least two.
 */
function pad(r: Geregistreerd, arcs: number[], ring: boolean): Position[] {
	const uit: Position[] = [];
	for (const i of arcs) {
		const punten = boog(r, i);
		if (uit.length) uit.pop();
		for (const p of punten) uit.push(p);
	}
	while (uit.length < (ring ? 4 : 2)) uit.push(uit[0]);
	return uit;
}

/** The rings of the dissolved outline of these gemeenten, when the build computed them. */
export function voorberekendeRingen(
	topology: GemeenteTopology,
	codes: readonly GemeenteCode[]
): Position[][] | undefined {
	const r = geregistreerd(topology);
	const ringen = r?.data.omtrekken[omtrekSleutel(codes)];
	return r && ringen ? ringen.map((arcs) => pad(r, arcs, true)) : undefined;
}

/** The border mesh (every border once), when the build computed it. */
export function voorberekendeGrenzen(topology: GemeenteTopology): Position[][] | undefined {
	const r = geregistreerd(topology);
	return r ? r.data.grenzen.map((arcs) => pad(r, arcs, false)) : undefined;
}
