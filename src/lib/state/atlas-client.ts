// One fetch of the bundled data per page visit, shared by every component that draws a map, and
// one geo index built from it (a profile page has three maps: screen, print and download).
import { base } from '$app/paths';
import { laadAtlasData, type AtlasData } from '$lib/data/load';
import { maakGeoIndex, type GeoIndex } from '$lib/geo/geo-index';

let belofte: Promise<AtlasData> | null = null;
let indexBelofte: Promise<GeoIndex> | null = null;

export function haalAtlasData(): Promise<AtlasData> {
	belofte ??= laadAtlasData(fetch, base).catch((e) => {
		belofte = null;
		throw e;
	});
	return belofte;
}

export function haalGeoIndex(): Promise<GeoIndex> {
	indexBelofte ??= haalAtlasData().then(
		({ topology }) => maakGeoIndex(topology),
		(e) => {
			indexBelofte = null;
			throw e;
		}
	);
	return indexBelofte;
}
