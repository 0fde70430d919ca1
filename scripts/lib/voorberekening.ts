// Build step (npm run data): what the explorer would otherwise compute in the browser before its
// first map, and that does not depend on the user: the border mesh of the gemeente topology and
// the dissolved outline of every verband and region of every layer, as arc indices (read by
// src/lib/geo/voorberekend.ts). Line triangles are not shipped: for the default view they are
// ~3 MB of vertex arrays against ~0.1 s to build them.
import { mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import type { Atlas, GemeenteProps } from '../../src/lib/data/types';
import type { GemeenteTopology, Voorberekend } from '../../src/lib/data/load';
import { lagenUitAtlas } from '../../src/lib/geo/lagen';
import { omtrekSleutel } from '../../src/lib/geo/voorberekend';

export function voorberekening(topology: GemeenteTopology, atlas: Atlas): Voorberekend {
	const object = topology.objects.gemeenten;
	const geometrie = object.geometries as GeometryObject<GemeenteProps>[];
	const positie = new Map(geometrie.map((g, i) => [(g.properties as GemeenteProps).code, i]));
	const omtrekken: Record<string, number[][]> = {};
	for (const laag of lagenUitAtlas(atlas))
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
