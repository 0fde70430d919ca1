import { error } from '@sveltejs/kit';
import { alleLagen, vergelijk } from '$lib/server/analyse';
import type { EntryGenerator, PageServerLoad } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	alleLagen().flatMap((a) =>
		alleLagen()
			.filter((b) => b.id !== a.id)
			.map((b) => ({ id: a.id, ander: b.id }))
	);

export const load: PageServerLoad = ({ params }) => {
	const a = alleLagen().find((l) => l.id === params.id);
	const b = alleLagen().find((l) => l.id === params.ander);
	const c = vergelijk(params.id, params.ander);
	if (!a || !b || !c) error(404, 'Onbekend domein of onbekende indeling');
	const t = c.tabel;
	// Only regions that share gemeenten with the other layer appear in the table.
	const rijen = t.rijen
		.map((r, i) => ({ ...r, i, totaal: t.rijTotaal[i] }))
		.filter((r) => r.totaal > 0);
	const kolommen = t.kolommen
		.map((k, j) => ({ ...k, j, totaal: t.kolomTotaal[j] }))
		.filter((k) => k.totaal > 0);
	const cel = new Map(t.cellen.map((x) => [`${x.i}|${x.j}`, x.n]));
	// Order the columns along the rows they mostly fall in, so matching regions form a diagonal.
	const rijPositie = new Map(rijen.map((r, p) => [r.i, p]));
	const hoofdrij = (j: number) => {
		let best = { p: Infinity, n: 0 };
		for (const r of rijen) {
			const x = cel.get(`${r.i}|${j}`) ?? 0;
			if (x > best.n) best = { p: rijPositie.get(r.i)!, n: x };
		}
		return best;
	};
	kolommen.sort((x, y) => hoofdrij(x.j).p - hoofdrij(y.j).p || hoofdrij(y.j).n - hoofdrij(x.j).n);
	// Regions of A that are split over several regions of B (where the scales fail to line up).
	const gesplitst = rijen
		.map((r) => ({
			naam: r.naam,
			over: kolommen
				.filter((k) => (cel.get(`${r.i}|${k.j}`) ?? 0) > 0)
				.map((k) => ({ naam: k.naam, n: cel.get(`${r.i}|${k.j}`)! }))
				.sort((x, y) => y.n - x.n)
		}))
		.filter((r) => r.over.length > 1);
	return {
		a: { id: a.id, naam: a.naam, soort: a.soort, regios: a.regios.map((r) => r.gemeenten) },
		b: { id: b.id, naam: b.naam, soort: b.soort, regios: b.regios.map((r) => r.gemeenten) },
		cijfers: {
			ari: c.ari,
			vi: c.vi,
			nestingAinB: c.nestingAinB,
			nestingBinA: c.nestingBinA,
			gemeenschappelijk: c.gemeenschappelijk
		},
		rijen: rijen.map((r) => ({ id: r.id, naam: r.naam, totaal: r.totaal })),
		kolommen: kolommen.map((k) => ({ id: k.id, naam: k.naam, totaal: k.totaal })),
		cellen: rijen.map((r) => kolommen.map((k) => cel.get(`${r.i}|${k.j}`) ?? 0)),
		gesplitst
	};
};
