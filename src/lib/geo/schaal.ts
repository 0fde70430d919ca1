/**
 * Scale counts: per gemeente, how many verbanden/regions of the chosen layers it is in, and how
 * many *different scales* (distinct member sets) those are. Cheap: it runs on every layer toggle.
 */
import type { GemeenteCode } from '$lib/data/types';
import type { Laag } from './lagen';
import { schaalSleutel } from './lagen';

export interface SchaalTelling {
	schalen: number;
	verbanden: number;
}

/**
 * @param codes every gemeente (they all get an entry, 0 when in nothing)
 * @param lagen the visible layers
 */
export function schaalTelling(
	codes: readonly GemeenteCode[],
	lagen: readonly Laag[]
): Map<GemeenteCode, SchaalTelling> {
	const sleutels = new Map<GemeenteCode, Set<string>>();
	const aantal = new Map<GemeenteCode, number>();
	for (const l of lagen) {
		for (const r of l.regios) {
			const k = schaalSleutel(r.gemeenten);
			for (const c of r.gemeenten) {
				let s = sleutels.get(c);
				if (!s) sleutels.set(c, (s = new Set()));
				s.add(k);
				aantal.set(c, (aantal.get(c) ?? 0) + 1);
			}
		}
	}
	const uit = new Map<GemeenteCode, SchaalTelling>();
	for (const c of codes)
		uit.set(c, { schalen: sleutels.get(c)?.size ?? 0, verbanden: aantal.get(c) ?? 0 });
	return uit;
}

/**
 * Rank 1 = most scales; ties share a rank (1 + how many have more). Optionally within groups (e.g.
 * provincie). Sorted once per group, not counted again per gemeente: the explorer ranks all
 * gemeenten on every layer toggle and date change.
 */
export function rangen(
	telling: Map<GemeenteCode, SchaalTelling>,
	groepVan?: (c: GemeenteCode) => string
): Map<GemeenteCode, number> {
	const groep = (c: GemeenteCode) => groepVan?.(c) ?? '';
	const perGroep = new Map<string, number[]>();
	for (const [c, t] of telling) {
		const lijst = perGroep.get(groep(c));
		if (lijst) lijst.push(t.schalen);
		else perGroep.set(groep(c), [t.schalen]);
	}
	// Per group: number of scales → how many in the group have more (its first place, from the top).
	const meer = new Map<string, Map<number, number>>();
	for (const [g, lijst] of perGroep) {
		const m = new Map<number, number>();
		lijst.sort((a, b) => b - a).forEach((x, i) => m.has(x) || m.set(x, i));
		meer.set(g, m);
	}
	const uit = new Map<GemeenteCode, number>();
	for (const [c, t] of telling) uit.set(c, meer.get(groep(c))!.get(t.schalen)! + 1);
	return uit;
}
