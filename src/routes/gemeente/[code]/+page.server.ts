import { error } from '@sveltejs/kit';
import { atlasData } from '$lib/server/atlas';
import { gemeenteProfiel } from '$lib/geo/profiel';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

/** Prerender a profile for every gemeente of the current year. */
export const entries: EntryGenerator = () =>
	atlasData().atlas.gemeenten.map((g) => ({ code: g.code }));

export const load: PageServerLoad = ({ params }) => {
	const { atlas } = atlasData();
	if (!atlas.gemeenten.some((g) => g.code === params.code)) error(404, 'Onbekende gemeente');
	return {
		profiel: gemeenteProfiel(atlas, params.code),
		domeinen: atlas.domeinen,
		peildatum: atlas.meta.peildatumRegister
	};
};
