// Time travel in the explorer: the date control's arithmetic (month steps, the month slider, the
// play sequence) and the view model of a date. Pure (the data comes in as arguments).
import { jaarDatums, type Geschiedenis } from '$lib/data/geschiedenis';
import { atlasOp, type TijdreisInfo } from '$lib/data/tijdreis';
import type { Atlas } from '$lib/data/types';
import type { GeoIndex } from '$lib/geo/geo-index';
import type { Dataset } from '$lib/import/dataset';
import { maakVerkennerModel, type VerkennerModel } from './verkenner-model';

export interface Bereik {
	van: string;
	/** The last day: today (the register's peildatum). */
	tot: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function klem(d: string, b: Bereik): string {
	return d < b.van ? b.van : d > b.tot ? b.tot : d;
}

/** The same day `n` months later (earlier when negative), at most the month's last day, in range. */
export function maandStap(d: string, n: number, b: Bereik): string {
	const [j, m, dag] = d.split('-').map(Number);
	const totaal = j * 12 + (m - 1) + n;
	const nj = Math.floor(totaal / 12);
	const nm = (totaal % 12) + 1;
	const laatste = new Date(Date.UTC(nj, nm, 0)).getUTCDate();
	return klem(`${nj}-${pad(nm)}-${pad(Math.min(dag, laatste))}`, b);
}

/** Months from the start of the range: the slider's position of date d. */
export function maandIndex(d: string, b: Bereik): number {
	const m = (x: string) => Number(x.slice(0, 4)) * 12 + Number(x.slice(5, 7)) - 1;
	return m(klem(d, b)) - m(b.van);
}

/** The date of slider position i: the first of that month (the last position is today). */
export function datumVanIndex(i: number, b: Bereik): string {
	const max = maandIndex(b.tot, b);
	if (i >= max) return b.tot;
	const start = Number(b.van.slice(0, 4)) * 12 + Number(b.van.slice(5, 7)) - 1 + Math.max(0, i);
	return klem(`${Math.floor(start / 12)}-${pad((start % 12) + 1)}-01`, b);
}

/** What play shows: 1 January of each year in the range, then today. */
export function speelVolgorde(b: Bereik): string[] {
	const jaren = jaarDatums(b.van, b.tot).filter((d) => d >= b.van && d < b.tot);
	return [...jaren, b.tot];
}

/** The step after `huidig` in the play sequence (from the start when not in it); null at the end. */
export function volgendeStap(huidig: string, b: Bereik): string | null {
	const v = speelVolgorde(b);
	const i = v.findIndex((d) => d > huidig);
	return i < 0 ? null : v[i];
}

/** The explorer's model of a date: today's atlas as it was then, on that period's topology. */
export interface DatumModel {
	datum: string;
	model: VerkennerModel;
	info: TijdreisInfo;
}

/**
 * The view model of date D. `indexVan` gives the geo index of a topology file (today's index for
 * today's file, so the last period costs no fetch). Own datasets keep only the gemeenten of D.
 */
export async function maakDatumModel(
	vandaag: Atlas,
	g: Geschiedenis,
	d: string,
	indexVan: (bestand: string) => Promise<GeoIndex>,
	eigen: readonly Dataset[] = []
): Promise<DatumModel> {
	const { atlas, info } = atlasOp(vandaag, g, d);
	const index = await indexVan(info.topoBestand);
	const codes = new Set(atlas.gemeenten.map((x) => x.code));
	const eigenOpD = eigen.map((e) => ({
		...e,
		verbanden: e.verbanden.map((v) => ({
			...v,
			gemeenten: v.gemeenten.filter((c) => codes.has(c))
		}))
	}));
	return {
		datum: info.datum,
		model: maakVerkennerModel({ atlas, topology: index.topology }, eigenOpD, index),
		info
	};
}
