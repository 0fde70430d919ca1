// "Wat veranderde" between two dates: verbanden that started and ended, gemeenten that joined or
// left which verband, and per gemeente the change in the number of scales of the visible layers.
// Pure: it compares two Atlas-shaped views (data/tijdreis.ts) and their scale counts (geo/schaal).
import type { Atlas, GemeenteCode, Verband } from '$lib/data/types';
import type { SchaalTelling } from '$lib/geo/schaal';

export interface Stand {
	/** ISO date (the earlier one is `van`). */
	datum: string;
	atlas: Pick<Atlas, 'gemeenten' | 'verbanden'>;
	/** Scale counts of the visible layers on that date (VerkennerView.telling). */
	telling: ReadonlyMap<GemeenteCode, SchaalTelling>;
}

export interface VerbandKort {
	id: string;
	naam: string;
	leden: number;
}

export interface LedenWijziging {
	id: string;
	naam: string;
	/** Gemeenten (codes of the later date) that joined, and (codes of their own date) that left. */
	erbij: GemeenteCode[];
	eraf: GemeenteCode[];
}

export interface GemeenteVerschil {
	code: GemeenteCode;
	naam: string;
	/** Scales on the earlier date; null when the gemeente did not exist then (herindeling). */
	van: number | null;
	tot: number;
	verschil: number | null;
}

export interface Verandering {
	van: string;
	tot: string;
	begonnen: VerbandKort[];
	beeindigd: VerbandKort[];
	ledenGewijzigd: LedenWijziging[];
	/** Every gemeente of the later date, by name. */
	perGemeente: GemeenteVerschil[];
	/** Code (later date) → change in scales; null = no comparison (new gemeente). */
	verschil: Map<GemeenteCode, number | null>;
}

export interface VeranderingOpties {
	/** Only verbanden serving one of these domains (the visible layers); all when absent. */
	domeinen?: Iterable<string>;
	/**
	 * The gemeente of the later date a code of the earlier date went into (herindeling), so a
	 * merger is not reported as leaving and joining; null when it cannot be said (a split).
	 */
	naarLater?: (code: GemeenteCode) => GemeenteCode | null;
}

const kort = (v: Verband): VerbandKort => ({ id: v.id, naam: v.naam, leden: v.gemeenten.length });
const opNaam = <T extends { naam: string }>(a: T, b: T) => a.naam.localeCompare(b.naam, 'nl');

export function verandering(a: Stand, b: Stand, opties: VeranderingOpties = {}): Verandering {
	const [vroeg, laat] = a.datum <= b.datum ? [a, b] : [b, a];
	const domeinen = opties.domeinen ? new Set(opties.domeinen) : null;
	const telt = (v: Verband) => !domeinen || v.domeinen.some((d) => domeinen.has(d));
	const eerst = new Map(vroeg.atlas.verbanden.filter(telt).map((v) => [v.id, v]));
	const later = new Map(laat.atlas.verbanden.filter(telt).map((v) => [v.id, v]));
	const naarLater = opties.naarLater ?? ((c: GemeenteCode) => c);

	const ledenGewijzigd: LedenWijziging[] = [];
	for (const [id, v] of later) {
		const oud = eerst.get(id);
		if (!oud) continue;
		const nu = new Set(v.gemeenten);
		const toen = new Map(oud.gemeenten.map((c) => [c, naarLater(c) ?? c]));
		const toenLater = new Set(toen.values());
		const erbij = v.gemeenten.filter((c) => !toenLater.has(c));
		const eraf = [...toen].filter(([, l]) => !nu.has(l)).map(([c]) => c);
		if (erbij.length || eraf.length) ledenGewijzigd.push({ id, naam: v.naam, erbij, eraf });
	}

	const bestondToen = new Set(vroeg.atlas.gemeenten.map((g) => g.code));
	const verschil = new Map<GemeenteCode, number | null>();
	const perGemeente = laat.atlas.gemeenten
		.map((g): GemeenteVerschil => {
			const tot = laat.telling.get(g.code)?.schalen ?? 0;
			const van = bestondToen.has(g.code) ? (vroeg.telling.get(g.code)?.schalen ?? 0) : null;
			const d = van === null ? null : tot - van;
			verschil.set(g.code, d);
			return { code: g.code, naam: g.naam, van, tot, verschil: d };
		})
		.sort(opNaam);

	return {
		van: vroeg.datum,
		tot: laat.datum,
		begonnen: [...later.values()]
			.filter((v) => !eerst.has(v.id))
			.map(kort)
			.sort(opNaam),
		beeindigd: [...eerst.values()]
			.filter((v) => !later.has(v.id))
			.map(kort)
			.sort(opNaam),
		ledenGewijzigd: ledenGewijzigd.sort(opNaam),
		perGemeente,
		verschil
	};
}
