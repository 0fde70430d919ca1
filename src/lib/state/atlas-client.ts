// One fetch of the bundled data per page visit, shared by every component that draws a map.
import { base } from '$app/paths';
import { laadAtlasData, type AtlasData } from '$lib/data/load';

let belofte: Promise<AtlasData> | null = null;

export function haalAtlasData(): Promise<AtlasData> {
	belofte ??= laadAtlasData(fetch, base).catch((e) => {
		belofte = null;
		throw e;
	});
	return belofte;
}
