// Build step (npm run data): what the explorer would otherwise compute in the browser before its
// first map, and that does not depend on the user: the border mesh of the gemeente topology and
// the dissolved outline of every verband and region of every layer, as arc indices (read by
// src/lib/geo/voorberekend.ts). Line triangles are not shipped: for the default view they are
// ~3 MB of vertex arrays against ~0.1 s to build them.
// The same for each earlier period's topology (time travel): its mesh and the outlines of every
// verband and region on every date of the period, shipped inside the period's topology file.
import { mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Atlas, GemeenteProps } from '../../src/lib/data/types';
import type { Geschiedenis, Periode } from '../../src/lib/data/geschiedenis';
import { atlasOp } from '../../src/lib/data/tijdreis';
import type { GemeenteTopology, Voorberekend } from '../../src/lib/data/load';
import { lagenUitAtlas } from '../../src/lib/geo/lagen';
import { omtrekSleutel } from '../../src/lib/geo/voorberekend';

/** The outlines of every verband and region of the atlases (one or more dates) on `topology`. */
export function voorberekening(
	topology: GemeenteTopology,
	atlassen: Atlas | readonly Atlas[]
): Voorberekend {
	const object = topology.objects.gemeenten;
	const geometrie = object.geometries as GeometryObject<GemeenteProps>[];
	const positie = new Map(geometrie.map((g, i) => [(g.properties as GemeenteProps).code, i]));
	const omtrekken: Record<string, number[][]> = {};
	const lijst: readonly Atlas[] = Array.isArray(atlassen) ? atlassen : [atlassen as Atlas];
	for (const laag of lijst.flatMap(lagenUitAtlas))
		for (const regio of laag.regios) {
			if (regio.gemeenten.length === 0) continue;
			const sleutel = omtrekSleutel(regio.gemeenten);
			if (omtrekken[sleutel]) continue;
			const leden = regio.gemeenten.flatMap((c) => {
				const i = positie.get(c);
				return i === undefined ? [] : [geometrie[i]];
			});
			omtrekken[sleutel] = mergeArcs(topology, leden as never).arcs.flat() as number[][];
		}
	return {
		bogen: topology.arcs.length,
		grenzen: meshArcs(topology, object as never).arcs as number[][],
		omtrekken
	};
}

/**
 * The dates from `van` up to (not including) `tot` on which what time travel shows can change:
 * `van` itself, and every start and end of a version and every toetredingsdatum of a member
 * inside the range. Between two of them the verbanden and their members stay the same.
 */
export function wijzigingsDatums(
	g: Pick<Geschiedenis, 'ketens'>,
	van: string,
	tot: string
): string[] {
	const datums = new Set([van]);
	for (const k of g.ketens)
		for (const v of k.versies)
			for (const d of [v.van, v.tot, ...v.leden.map((l) => l.t)])
				if (d && d > van && d < tot) datums.add(d);
	return [...datums].sort();
}

/**
 * What the browser would compute for a period's topology: the mesh, and the outline of every
 * verband and region on every date of the period (atlasOp, as time travel builds it).
 */
export function periodeVoorberekening(
	topology: GemeenteTopology,
	vandaag: Atlas,
	g: Geschiedenis,
	periode: Periode
): Voorberekend {
	const tot = periode.tot ?? g.peildatum;
	const atlassen = wijzigingsDatums(g, periode.van, tot).map((d) => atlasOp(vandaag, g, d).atlas);
	return voorberekening(topology, atlassen);
}
