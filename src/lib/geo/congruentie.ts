/**
 * Congruence of two layers (the app's own method): how well two divisions of the gemeenten line up.
 * Each layer is an assignment of gemeenten to regions. For domains (overlaps, gaps) only the gemeenten
 * covered by both layers count, and a gemeente in k regions of A and m of B adds 1/(k·m) to each pair,
 * so every gemeente weighs 1 in total. For two partitions this is the ordinary contingency table.
 *
 * - nesting A→B: share of A's regions that lie within a single region of B (and B→A);
 * - ARI: adjusted Rand index (Hubert & Arabie 1985): 1 = identical, ≈ 0 = as by chance;
 * - VI: variation of information (Meilă 2007) in bits: 0 = identical; a true distance.
 */
import type { GemeenteCode } from '$lib/data/types';
import type { Laag } from './lagen';

export interface Contingentie {
	rijen: { id: string; naam: string }[];
	kolommen: { id: string; naam: string }[];
	/** Non-empty cells only (sparse: the work grows with the gemeenten, not rows × columns). */
	cellen: { i: number; j: number; n: number }[];
	/** (Weighted) number of gemeenten per row / column. */
	rijTotaal: number[];
	kolomTotaal: number[];
	totaal: number;
}

export interface Congruentie {
	a: string;
	b: string;
	gemeenschappelijk: number;
	nestingAinB: number;
	nestingBinA: number;
	ari: number;
	vi: number;
	tabel: Contingentie;
}

function lidmaatschap(laag: Laag): Map<GemeenteCode, number[]> {
	const m = new Map<GemeenteCode, number[]>();
	laag.regios.forEach((r, i) => {
		for (const c of new Set(r.gemeenten)) {
			const lijst = m.get(c) ?? [];
			lijst.push(i);
			m.set(c, lijst);
		}
	});
	return m;
}

export function contingentie(a: Laag, b: Laag): Contingentie {
	const la = lidmaatschap(a);
	const lb = lidmaatschap(b);
	const nb = b.regios.length;
	const cel = new Map<number, number>();
	const rijTotaal = new Array<number>(a.regios.length).fill(0);
	const kolomTotaal = new Array<number>(nb).fill(0);
	let totaal = 0;
	for (const [c, ra] of la) {
		const rb = lb.get(c);
		if (!rb) continue;
		const w = 1 / (ra.length * rb.length);
		for (const i of ra)
			for (const j of rb) {
				const k = i * nb + j;
				cel.set(k, (cel.get(k) ?? 0) + w);
				rijTotaal[i] += w;
				kolomTotaal[j] += w;
			}
		totaal += 1;
	}
	return {
		rijen: a.regios.map((r) => ({ id: r.id, naam: r.naam })),
		kolommen: b.regios.map((r) => ({ id: r.id, naam: r.naam })),
		cellen: [...cel].map(([k, n]) => ({ i: Math.floor(k / nb), j: k % nb, n })),
		rijTotaal,
		kolomTotaal,
		totaal
	};
}

/** The dense rows × columns matrix (for a table or heatmap of two small layers). */
export function dichteTabel(t: Contingentie): number[][] {
	const m = t.rijen.map(() => new Array<number>(t.kolommen.length).fill(0));
	for (const { i, j, n } of t.cellen) m[i][j] = n;
	return m;
}

const paren = (x: number) => (x * (x - 1)) / 2;

export function congruentie(a: Laag, b: Laag): Congruentie {
	const tabel = contingentie(a, b);
	const { cellen, rijTotaal: rij, kolomTotaal: kol, totaal: N } = tabel;
	const eps = 1e-9;

	// Nesting: share of (non-empty) regions whose gemeenten all fall in one region of the other layer.
	// Every cell holds a positive weight 1/(k·m), so a region's number of cells is its number of
	// regions in the other layer, and a region with a total of 0 has none.
	const bezetRij = new Array<number>(rij.length).fill(0);
	const bezetKol = new Array<number>(kol.length).fill(0);
	for (const { i, j } of cellen) {
		bezetRij[i]++;
		bezetKol[j]++;
	}
	const genest = (som: number[], bezet: number[]) => {
		const actief = som.filter((s) => s > 0).length;
		return actief ? bezet.filter((b) => b === 1).length / actief : 0;
	};
	const nestingAinB = genest(rij, bezetRij);
	const nestingBinA = genest(kol, bezetKol);

	let somCellen = 0;
	for (const { n } of cellen) somCellen += paren(n);
	const somA = rij.reduce((s, x) => s + paren(x), 0);
	const somB = kol.reduce((s, x) => s + paren(x), 0);
	const verwacht = N > 1 ? (somA * somB) / paren(N) : 0;
	const max = (somA + somB) / 2;
	const ari = Math.abs(max - verwacht) < eps ? 1 : (somCellen - verwacht) / (max - verwacht);

	// (No cells when nothing is in common: then 0.)
	let vi = 0;
	for (const { i, j, n: x } of cellen) {
		const p = x / N;
		vi -= p * (Math.log2(p / (rij[i] / N)) + Math.log2(p / (kol[j] / N)));
	}
	return {
		a: a.id,
		b: b.id,
		gemeenschappelijk: N,
		nestingAinB,
		nestingBinA,
		ari,
		vi: Math.max(0, vi),
		tabel
	};
}
