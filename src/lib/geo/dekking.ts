/** Coverage of a layer: which gemeenten are in a verband/region, which are not (gaps), which are in several (overlap). */
import type { Gemeente, GemeenteCode } from '$lib/data/types';
import type { Laag } from './lagen';

export interface Dekking {
	gedekt: GemeenteCode[];
	gaten: GemeenteCode[];
	overlap: GemeenteCode[];
	/** Shares 0..1. */
	aandeelGemeenten: number;
	aandeelInwoners: number;
	aandeelOppervlakte: number;
}

/** Gaps and overlaps only (cheap): what the map marks. */
export function gatenEnOverlap(
	codes: readonly GemeenteCode[],
	laag: Laag
): { gaten: GemeenteCode[]; overlap: GemeenteCode[] } {
	const n = new Map<GemeenteCode, number>();
	for (const r of laag.regios) for (const c of new Set(r.gemeenten)) n.set(c, (n.get(c) ?? 0) + 1);
	return {
		gaten: codes.filter((c) => !n.has(c)),
		overlap: codes.filter((c) => (n.get(c) ?? 0) >= 2)
	};
}

/** Coverage in gemeenten, inwoners and area. */
export function dekking(gemeenten: readonly Gemeente[], laag: Laag): Dekking {
	const codes = gemeenten.map((g) => g.code);
	const { gaten, overlap } = gatenEnOverlap(codes, laag);
	const gat = new Set(gaten);
	const gedekt = codes.filter((c) => !gat.has(c));
	let inw = 0;
	let inwGedekt = 0;
	let opp = 0;
	let oppGedekt = 0;
	for (const g of gemeenten) {
		inw += g.inwoners;
		opp += g.oppervlakteKm2;
		if (!gat.has(g.code)) {
			inwGedekt += g.inwoners;
			oppGedekt += g.oppervlakteKm2;
		}
	}
	return {
		gedekt,
		gaten,
		overlap,
		aandeelGemeenten: codes.length ? gedekt.length / codes.length : 0,
		aandeelInwoners: inw ? inwGedekt / inw : 0,
		aandeelOppervlakte: opp ? oppGedekt / opp : 0
	};
}
