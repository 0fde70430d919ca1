/** Partner network: who shares verbanden with whom, and how many. */
import type { GemeenteCode } from '$lib/data/types';
import type { LaagRegio } from './lagen';

export interface Partner {
	code: GemeenteCode;
	gedeeld: number;
	/** Ids of the shared verbanden/regions. */
	verbanden: string[];
}

/** Every partner of `code` among the given regions, most shared first. */
export function partnersVan(code: GemeenteCode, regios: readonly LaagRegio[]): Partner[] {
	const m = new Map<GemeenteCode, string[]>();
	for (const r of regios) {
		if (!r.gemeenten.includes(code)) continue;
		for (const c of r.gemeenten) {
			if (c === code) continue;
			const lijst = m.get(c) ?? [];
			lijst.push(r.id);
			m.set(c, lijst);
		}
	}
	return [...m]
		.map(([c, vs]) => ({ code: c, gedeeld: vs.length, verbanden: vs }))
		.sort((a, b) => b.gedeeld - a.gedeeld || a.code.localeCompare(b.code));
}

/** The weighted co-membership graph of the whole country: an edge per pair that shares ≥ 1 region. */
export function partnerNetwerk(regios: readonly LaagRegio[]): Map<string, number> {
	const randen = new Map<string, number>();
	for (const r of regios) {
		const leden = [...new Set(r.gemeenten)].sort();
		for (let i = 0; i < leden.length; i++) {
			for (let j = i + 1; j < leden.length; j++) {
				const k = `${leden[i]}|${leden[j]}`;
				randen.set(k, (randen.get(k) ?? 0) + 1);
			}
		}
	}
	return randen;
}
