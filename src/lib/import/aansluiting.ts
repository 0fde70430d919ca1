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
	/** Gemeenten in both the dataset and the layer: the only ones the figures are about. */
	gemeenschappelijk: number;
}

/**
 * Fewer shared gemeenten than this and the figures say nothing: with none, ARI is 1 by its
 * degenerate case (no pairs to disagree on), so an unrelated layer would rank as the best fit.
 */
export const MIN_GEMEENSCHAPPELIJK = 2;

export function laagVanEigen(d: Dataset): Laag {
	return {
		id: laagIdVan(d),
		naam: d.naam,
		soort: 'domein',
		regios: d.verbanden.map((v) => ({ id: v.id, naam: v.naam, gemeenten: v.gemeenten }))
	};
}

/** The layers sharing at least MIN_GEMEENSCHAPPELIJK gemeenten with the dataset, best fit first. */
export function aansluiting(d: Dataset, lagen: readonly Laag[], hoeveel = 8): Aansluiting[] {
	const eigen = laagVanEigen(d);
	return lagen
		.map((l) => {
			const c = congruentie(eigen, l);
			return {
				laag: l.id,
				naam: l.naam,
				ari: c.ari,
				vi: c.vi,
				nesting: c.nestingAinB,
				gemeenschappelijk: c.gemeenschappelijk
			};
		})
		.filter((a) => a.gemeenschappelijk >= MIN_GEMEENSCHAPPELIJK)
		.sort((a, b) => b.ari - a.ari || a.naam.localeCompare(b.naam, 'nl'))
		.slice(0, hoeveel);
}
