import { error } from '@sveltejs/kit';
import { atlasData } from '$lib/server/atlas';
import { alleLagen, laagAnalyse, samenvatting, vergelijk } from '$lib/server/analyse';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => alleLagen().map((l) => ({ id: l.id }));

export const load: PageServerLoad = ({ params }) => {
	const la = laagAnalyse(params.id);
	if (!la) error(404, 'Onbekend domein of onbekende indeling');
	const naamVan = new Map(atlasData().atlas.gemeenten.map((g) => [g.code, g.naam]));
	const gemeente = (code: string) => ({ code, naam: naamVan.get(code) ?? code });
	const opNaam = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');
	return {
		samenvatting: samenvatting(la),
		regios: la.regios
			.map((r, i) => ({
				id: r.id,
				naam: r.naam,
				leden: r.leden,
				oppervlakteKm2: r.oppervlakteKm2,
				delen: r.contiguiteit.delen.length,
				exclaves: r.contiguiteit.exclaves.map(gemeente).sort(opNaam),
				gemeenten: la.laag.regios[i].gemeenten
			}))
			.sort(opNaam),
		gaten: la.dekking.gaten.map(gemeente).sort(opNaam),
		gatenOppervlakteKm2: la.gatenOppervlakteKm2,
		overlap: la.dekking.overlap.map(gemeente).sort(opNaam),
		vergelijkingen: alleLagen()
			.filter((l) => l.id !== params.id)
			.map((l) => {
				const c = vergelijk(params.id, l.id)!;
				return {
					id: l.id,
					naam: l.naam,
					soort: l.soort,
					ari: c.ari,
					vi: c.vi,
					nestingAinB: c.nestingAinB,
					nestingBinA: c.nestingBinA
				};
			})
	};
};
