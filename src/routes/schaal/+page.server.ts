import { alleLagen, laagAnalyse, matrix, samenvatting } from '$lib/server/analyse';
import { landelijkeTrend } from '$lib/server/geschiedenis';
import { atlasData } from '$lib/server/atlas';
import type { PageServerLoad } from './$types';

export const prerender = true;

export const load: PageServerLoad = () => {
	const lagen = alleLagen().map((l) => samenvatting(laagAnalyse(l.id)!));
	const m = matrix().map((rij) =>
		rij.map((c) => ({
			ari: c.ari,
			vi: c.vi,
			nesting: c.nestingAinB,
			gemeenschappelijk: c.gemeenschappelijk
		}))
	);
	return {
		lagen,
		matrix: m,
		trends: landelijkeTrend(),
		domeinNamen: atlasData().atlas.domeinen.map((d) => ({ id: d.id, naam: d.naam }))
	};
};
