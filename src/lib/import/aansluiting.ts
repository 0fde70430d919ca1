/**
 * How an own dataset lines up with the bundled layers (ARI, VI, nesting), best fit first. Pure; it
 * runs in the import worker, when the user opens the section, never while /import renders.
 */
import { congruentie } from '$lib/geo/congruentie';
import type { Laag } from '$lib/geo/lagen';
import { laagIdVan, type Dataset } from './dataset';

export interface Aansluiting {
	/** Id and name of the bundled layer. */
	laag: string;
	naam: string;
	ari: number;
	vi: number;
	/** Share of the dataset's verbanden that fall wholly inside one region of the layer. */
	nesting: number;
}

export function laagVanEigen(d: Dataset): Laag {
	return {
		id: laagIdVan(d),
		naam: d.naam,
		soort: 'domein',
		regios: d.verbanden.map((v) => ({ id: v.id, naam: v.naam, gemeenten: v.gemeenten }))
	};
}

export function aansluiting(d: Dataset, lagen: readonly Laag[], hoeveel = 8): Aansluiting[] {
	const eigen = laagVanEigen(d);
	return lagen
		.map((l) => {
			const c = congruentie(eigen, l);
			return { laag: l.id, naam: l.naam, ari: c.ari, vi: c.vi, nesting: c.nestingAinB };
		})
		.sort((a, b) => b.ari - a.ari || a.naam.localeCompare(b.naam, 'nl'))
		.slice(0, hoeveel);
}
