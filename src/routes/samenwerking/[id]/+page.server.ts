import { error } from '@sveltejs/kit';
import { atlasData } from '$lib/server/atlas';
import { geschiedenis, verbandDetails } from '$lib/server/geschiedenis';
import { contiguiteit } from '$lib/geo/contiguiteit';
import { maakGeoIndex, type GeoIndex } from '$lib/geo/geo-index';
import { codeOp } from '$lib/data/geschiedenis';
import { versieRegels, versiesUitKeten } from '$lib/data/versies';
import type { GemeenteCode } from '$lib/data/types';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

let index: GeoIndex | null = null;
const geoIndex = (t: Parameters<typeof maakGeoIndex>[0]) => (index ??= maakGeoIndex(t));

/**
 * A page for every regeling in force on some date since 2018: the current ones (atlas.json) and
 * those that have ended since (their chain in geschiedenis.json).
 */
export const entries: EntryGenerator = () => {
	const ids = new Set(atlasData().atlas.verbanden.map((v) => v.id));
	for (const k of geschiedenis().ketens) ids.add(k.id);
	return [...ids].map((id) => ({ id }));
};

export const load: PageServerLoad = ({ params }) => {
	const { atlas, topology } = atlasData();
	const g = geschiedenis();
	const verband = atlas.verbanden.find((v) => v.id === params.id) ?? null;
	const keten = g.ketens.find((k) => k.id === params.id) ?? null;
	if (!verband && !keten) error(404, 'Onbekend samenwerkingsverband');
	const detail = verbandDetails()[params.id] ?? null;
	const naamVan = new Map(atlas.gemeenten.map((x) => [x.code, x.naam]));
	const metNaam = (code: GemeenteCode) => ({ code, naam: naamVan.get(code) ?? code });
	const opNaam = (a: { naam: string }, b: { naam: string }) => a.naam.localeCompare(b.naam, 'nl');

	const versies = versieRegels(detail?.versieGeschiedenis ?? (keten ? versiesUitKeten(keten) : []));
	const laatste = keten?.versies[keten.versies.length - 1];
	// An ended regeling: its last members, mapped to today's gemeenten for the map.
	const vandaag = new Set(atlas.gemeenten.map((x) => x.code));
	const gemeenten: GemeenteCode[] = verband
		? verband.gemeenten
		: [
				...new Set(
					(laatste?.leden ?? []).flatMap((l) => {
						const c = l.c ? codeOp(g, l.c, g.peildatum, vandaag) : null;
						return c ? [c] : [];
					})
				)
			].sort();
	const onderdelen = contiguiteit(geoIndex(topology), gemeenten).delen.map((d) =>
		d.map(metNaam).sort(opNaam)
	);
	const domeinIds = verband?.domeinen ?? keten?.domeinen ?? [];
	const naamVanVerband = new Map(atlas.verbanden.map((v) => [v.id, v.naam]));
	const eersteVersie = verband?.eersteVersie ?? keten?.versies[0]?.van;
	return {
		id: params.id,
		verband,
		kop: {
			naam: verband?.naam ?? keten!.naam,
			afkorting: verband?.afkorting ?? keten?.afkorting,
			vorm: verband?.samenwerkingsvorm ?? keten!.vorm,
			sinds: eersteVersie,
			versieSinds: verband?.versieSinds ?? laatste?.van,
			beeindigd: verband ? null : (laatste?.tot ?? null),
			/** The earliest toetredingsdatum the register records, when older than the first version. */
			// (Verband.sinds is the earliest of the first version and every toetredingsdatum.)
			vroegsteToetreding:
				verband?.sinds && eersteVersie && verband.sinds < eersteVersie ? verband.sinds : null
		},
		detail: detail
			? {
					bevoegdheden: detail.bevoegdheden,
					bevoegdheidsverkrijgingen: detail.bevoegdheidsverkrijgingen,
					grondslagen: detail.grondslagen,
					instellingsbesluiten: detail.instellingsbesluiten,
					orgaanOmschrijving: detail.orgaanOmschrijving,
					classificatie: detail.classificatie
				}
			: null,
		versies,
		domeinen: atlas.domeinen.filter((d) => domeinIds.includes(d.id)),
		alleDomeinen: atlas.domeinen.map((d) => ({ id: d.id, naam: d.naam })),
		vervangers: (verband?.lijktVervangenDoor ?? []).map((id) => ({
			id,
			naam: naamVanVerband.get(id) ?? id
		})),
		voorgangers: atlas.verbanden
			.filter((v) => v.lijktVervangenDoor?.includes(params.id))
			.map((v) => ({ id: v.id, naam: v.naam })),
		gemeenten,
		leden: gemeenten.map(metNaam).sort(opNaam),
		laatsteLeden: verband ? [] : (laatste?.leden ?? []).map((l) => ({ naam: l.n, sinds: l.t })),
		onderdelen,
		peildatum: g.peildatum
	};
};
