// Gemeenten 2025: the CBS list joined with the boundary topology, checked.
import { feature, neighbors } from 'topojson-client';
import area from '@turf/area';
import booleanValid from '@turf/boolean-valid';
import bbox from '@turf/bbox';
import kinks from '@turf/kinks';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import type { Gemeente } from '../../../src/lib/data/types';
import { TOPO_OBJECT } from '../../../src/lib/data/types';
import { waterBuren } from '../../../src/lib/geo/water';
import type { GemeenteTopology } from '../../../src/lib/data/load';
import type { GemeenteFeature } from '../../../src/lib/geo/geo-index';
import { BouwFout } from '../bronnen';
import type { CbsGemeente, RooOrganisatie } from '../lezen';

export const NL_BBOX = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 };

/** Gemeenten 2025: CBS list joined with the topology; checks codes, validity and bbox. */
export function bouwGemeenten(
	topoRuw: Topology,
	lijst: CbsGemeente[],
	rooGemeenten: RooOrganisatie[],
	waarschuwingen: string[]
): { gemeenten: Gemeente[]; topology: GemeenteTopology } {
	const objNaam = Object.keys(topoRuw.objects)[0];
	const collectie = topoRuw.objects[objNaam] as GeometryCollection<Record<string, unknown>>;
	const codes = collectie.geometries.map((g) => String(g.properties?.statcode ?? g.id ?? ''));
	const lijstCodes = new Set(lijst.map((g) => g.code));
	if (lijst.length !== 342 || lijstCodes.size !== 342)
		throw new BouwFout(
			`CBS-gemeentelijst: verwacht 342 unieke codes, gevonden ${lijstCodes.size} (${lijst.length} rijen).`
		);
	const uniek = new Set(codes);
	if (uniek.size !== codes.length)
		throw new BouwFout(`Grenzen: dubbele gemeentecodes in ${objNaam}.`);
	const teVeel = codes.filter((c) => !lijstCodes.has(c));
	const teWeinig = [...lijstCodes].filter((c) => !uniek.has(c));
	if (teVeel.length || teWeinig.length)
		throw new BouwFout(
			`Grenzen en CBS-lijst verschillen: niet in de lijst ${teVeel.join(', ') || '—'}; zonder geometrie ${teWeinig.join(', ') || '—'}.`
		);

	const perCode = new Map(lijst.map((g) => [g.code, g]));
	const inwoners = new Map<string, number>();
	for (const r of rooGemeenten) {
		const m = /gm(\d{4})$/i.exec(r.tooi ?? '');
		if (m && !r.validUntil && r.inwoners !== undefined) inwoners.set(`GM${m[1]}`, r.inwoners);
	}

	// Rewrite the topology object in place: keep the shared arcs, replace the properties.
	const geometries = collectie.geometries.map((g, i) => {
		const c = perCode.get(codes[i])!;
		return {
			...g,
			id: c.code,
			properties: { code: c.code, naam: c.naam, provincieCode: c.provincieCode }
		};
	});
	const topology = {
		...topoRuw,
		objects: { [TOPO_OBJECT]: { type: 'GeometryCollection', geometries } }
	} as unknown as GemeenteTopology;

	const fc = feature(topology, topology.objects.gemeenten);
	const gemeenten: Gemeente[] = fc.features.map((f) => {
		const code = f.properties.code;
		const fout = structuurFout(f.geometry);
		if (fout)
			throw new BouwFout(
				`Grenzen: geometrie van ${code} (${f.properties.naam}) is ongeldig: ${fout}.`
			);
		// Self-intersections come from the source's generalisation (the ring crosses itself at a few
		// points). They don't change the membership or the shared arcs, so they are reported, not fixed.
		if (!booleanValid(f)) {
			const n = kinks(f).features.length;
			waarschuwingen.push(
				`Grenzen: ${code} ${f.properties.naam} kruist zichzelf op ${n} punt(en) (generalisatie in de bron).`
			);
		}
		const [minLon, minLat, maxLon, maxLat] = bbox(f);
		if (
			minLon < NL_BBOX.minLon ||
			maxLon > NL_BBOX.maxLon ||
			minLat < NL_BBOX.minLat ||
			maxLat > NL_BBOX.maxLat
		)
			throw new BouwFout(
				`Grenzen: ${code} ligt (deels) buiten Nederland: [${minLon}, ${minLat}, ${maxLon}, ${maxLat}].`
			);
		const c = perCode.get(code)!;
		const inw = inwoners.get(code);
		if (inw === undefined) waarschuwingen.push(`Geen inwonertal in ROO voor ${code} ${c.naam}.`);
		return {
			code,
			naam: c.naam,
			provincieCode: c.provincieCode,
			provincieNaam: c.provincieNaam,
			inwoners: inw ?? 0,
			oppervlakteKm2: Math.round(area(f) / 1e4) / 100
		};
	});
	gemeenten.sort((a, b) => a.code.localeCompare(b.code));
	// Neighbours without a shared arc (touching, or an island across water), for contiguity.
	topology.waterburen = waterBuren(
		fc.features as GemeenteFeature[],
		neighbors(geometries as never)
	);
	return { gemeenten, topology };
}

/** Structural validity: rings closed, ≥ 4 positions, finite coordinates, non-zero area. */
export function structuurFout(g: Polygon | MultiPolygon): string | null {
	const polygonen = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	if (polygonen.length === 0) return 'geen polygonen';
	for (const [pi, p] of polygonen.entries()) {
		for (const [ri, ring] of p.entries()) {
			if (ring.length < 4) return `ring ${pi}.${ri} heeft ${ring.length} punten`;
			if (ring.some((c) => !Number.isFinite(c[0]) || !Number.isFinite(c[1])))
				return `ring ${pi}.${ri} heeft ongeldige coördinaten`;
			const [a, z] = [ring[0], ring[ring.length - 1]];
			if (a[0] !== z[0] || a[1] !== z[1]) return `ring ${pi}.${ri} is niet gesloten`;
		}
	}
	if (area({ type: 'Feature', properties: {}, geometry: g }) <= 0) return 'oppervlakte 0';
	return null;
}
