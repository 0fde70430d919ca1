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
	/** n[i][j]: (weighted) number of gemeenten in region i of A and region j of B. */
	n: number[][];
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
	const n = a.regios.map(() => new Array<number>(b.regios.length).fill(0));
	let totaal = 0;
	for (const [c, ra] of la) {
		const rb = lb.get(c);
		if (!rb) continue;
		const w = 1 / (ra.length * rb.length);
		for (const i of ra) for (const j of rb) n[i][j] += w;
		totaal += 1;
	}
	return {
		rijen: a.regios.map((r) => ({ id: r.id, naam: r.naam })),
		kolommen: b.regios.map((r) => ({ id: r.id, naam: r.naam })),
		n,
		totaal
	};
}

const paren = (x: number) => (x * (x - 1)) / 2;

export function congruentie(a: Laag, b: Laag): Congruentie {
	const tabel = contingentie(a, b);
	const { n, totaal: N } = tabel;
	const rij = n.map((r) => r.reduce((s, x) => s + x, 0));
	const kol = tabel.kolommen.map((_, j) => n.reduce((s, r) => s + r[j], 0));
	const eps = 1e-9;

	const genest = (som: number[], cel: (i: number, j: number) => number, ander: number) => {
		const actief = som.map((s, i) => ({ s, i })).filter((x) => x.s > eps);
		if (actief.length === 0) return 0;
		const ok = actief.filter(({ i }) => {
			let bezet = 0;
			for (let j = 0; j < ander; j++) if (cel(i, j) > eps) bezet++;
			return bezet === 1;
		});
		return ok.length / actief.length;
	};
	const nestingAinB = genest(rij, (i, j) => n[i][j], kol.length);
	const nestingBinA = genest(kol, (j, i) => n[i][j], rij.length);

	let somCellen = 0;
	for (const r of n) for (const x of r) somCellen += paren(x);
	const somA = rij.reduce((s, x) => s + paren(x), 0);
	const somB = kol.reduce((s, x) => s + paren(x), 0);
	const verwacht = N > 1 ? (somA * somB) / paren(N) : 0;
	const max = (somA + somB) / 2;
	const ari = Math.abs(max - verwacht) < eps ? 1 : (somCellen - verwacht) / (max - verwacht);

	let vi = 0;
	if (N > 0) {
		for (let i = 0; i < n.length; i++) {
			for (let j = 0; j < kol.length; j++) {
				const x = n[i][j];
				if (x <= eps) continue;
				const p = x / N;
				vi -= p * (Math.log2(p / (rij[i] / N)) + Math.log2(p / (kol[j] / N)));
			}
		}
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
