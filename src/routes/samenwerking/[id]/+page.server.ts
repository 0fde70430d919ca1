import { error } from '@sveltejs/kit';
import { atlasData } from '$lib/server/atlas';
import { contiguiteit } from '$lib/geo/contiguiteit';
import { maakGeoIndex, type GeoIndex } from '$lib/geo/geo-index';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

let index: GeoIndex | null = null;
const geoIndex = (t: Parameters<typeof maakGeoIndex>[0]) => (index ??= maakGeoIndex(t));

export const entries: EntryGenerator = () => atlasData().atlas.verbanden.map((v) => ({ id: v.id }));

export const load: PageServerLoad = ({ params }) => {
	const { atlas, topology } = atlasData();
	const verband = atlas.verbanden.find((v) => v.id === params.id);
	if (!verband) error(404, 'Onbekend samenwerkingsverband');
	const naamVan = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
	const onderdelen = contiguiteit(geoIndex(topology), verband.gemeenten).delen.map((d) =>
		d
			.map((code) => ({ code, naam: naamVan.get(code) ?? code }))
			.sort((a, b) => a.naam.localeCompare(b.naam, 'nl'))
	);
	return {
		verband,
		domeinen: atlas.domeinen.filter((d) => verband.domeinen.includes(d.id)),
		leden: verband.gemeenten
			.map((code) => ({ code, naam: naamVan.get(code) ?? code }))
			.sort((a, b) => a.naam.localeCompare(b.naam, 'nl')),
		onderdelen
	};
};
