import { error } from '@sveltejs/kit';
import { atlasData } from '$lib/server/atlas';
import { geschiedenis, jaarStanden } from '$lib/server/geschiedenis';
import { gemeenteProfiel } from '$lib/geo/profiel';
import { bestuursSamenvatting, bestuursTellingen, type BestuursTelling } from '$lib/geo/bestuur';
import { jaarReeks, tijdlijn, voorgangers } from '$lib/geo/historie';
import { DOMEIN_IDS, type GemeenteCode } from '$lib/data/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

/** Prerender a profile for every gemeente of the current year. */
export const entries: EntryGenerator = () =>
	atlasData().atlas.gemeenten.map((g) => ({ code: g.code }));

let tellingen: Map<GemeenteCode, BestuursTelling> | null = null;

export const load: PageServerLoad = ({ params }) => {
	const { atlas } = atlasData();
	const gemeente = atlas.gemeenten.find((g) => g.code === params.code);
	if (!gemeente) error(404, 'Onbekende gemeente');
	const profiel = gemeenteProfiel(atlas, params.code);
	const g = geschiedenis();
	const { standen, tellingen: perJaar } = jaarStanden();
	const voor = voorgangers(g, params.code);
	const naamOoit = new Map(g.gemeenten.map((x) => [x.code, x.naam]));
	const metNaam = (codes: GemeenteCode[]) =>
		codes.map((code) => ({
			code,
			naam: naamOoit.get(code) ?? code,
			datum: g.opvolgers[code]?.datum ?? null
		}));
	const inDomein = new Set(profiel.perDomein.map((d) => d.domein));
	return {
		profiel,
		domeinen: atlas.domeinen,
		peildatum: atlas.meta.peildatumRegister,
		bestuur: bestuursSamenvatting(atlas, params.code, (tellingen ??= bestuursTellingen(atlas))),
		/** Domains (other than overig) with no registered regeling of this gemeente. */
		zonderRegeling: DOMEIN_IDS.filter((d) => d !== 'overig' && !inDomein.has(d)),
		historie: {
			reeks: jaarReeks(standen, perJaar, params.code, voor.codes, gemeente.provincieCode),
			tijdlijn: tijdlijn(g.ketens, new Set([params.code, ...voor.codes])),
			voorgangers: metNaam(voor.codes),
			gesplitst: metNaam(voor.gesplitst),
			vanaf: g.vanaf
		}
	};
};
