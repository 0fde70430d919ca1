/**
 * Contiguity of a set of gemeenten: its connected parts in the adjacency graph of the topology
 * (gemeenten sharing a border arc), plus the neighbours without a shared arc from the data build:
 * gemeenten that touch, and islands or Zeeuws-Vlaanderen with the gemeenten across the water
 * (within 10 km; see water.ts). Mainland gemeenten are never joined across water or abroad.
 */
import type { GemeenteCode } from '$lib/data/types';
import type { GeoIndex } from './geo-index';

export interface Contiguiteit {
	/** Connected parts, largest first (ties: by first code). */
	delen: GemeenteCode[][];
	aaneengesloten: boolean;
	/** Members outside the largest part. */
	exclaves: GemeenteCode[];
}

export function contiguiteit(index: GeoIndex, codes: readonly GemeenteCode[]): Contiguiteit {
	const leden = new Set<number>();
	for (const c of codes) {
		const i = index.positie.get(c);
		if (i !== undefined) leden.add(i);
	}
	const gezien = new Set<number>();
	const delen: GemeenteCode[][] = [];
	for (const start of leden) {
		if (gezien.has(start)) continue;
		const deel: GemeenteCode[] = [];
		const stapel = [start];
		gezien.add(start);
		while (stapel.length) {
			const i = stapel.pop()!;
			deel.push(index.codes[i]);
			for (const j of index.samenhang[i]) {
				if (leden.has(j) && !gezien.has(j)) {
					gezien.add(j);
					stapel.push(j);
				}
			}
		}
		delen.push(deel.sort());
	}
	delen.sort((a, b) => b.length - a.length || a[0].localeCompare(b[0]));
	return { delen, aaneengesloten: delen.length <= 1, exclaves: delen.slice(1).flat() };
}
