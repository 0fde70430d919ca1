// Who steers: per gemeente, how its verbanden are governed (Wgr form, whether its own raad takes
// part, whether powers are delegated), with the medians of its provincie and the country. Pure.
import type { Atlas, GemeenteCode, Verband } from '$lib/data/types';
import { mediaan } from './statistiek';

export interface BestuursTelling {
	verbanden: number;
	/** Openbaar lichaam: own legal personality, own budget and board. */
	openbaarLichaam: number;
	/** Bedrijfsvoeringsorganisatie, gemeenschappelijk orgaan, regeling zonder meer, centrumgemeente. */
	lichter: number;
	/** Verbanden in which this gemeente's raad itself takes part (register: bestuursorgaan Gemeenteraad). */
	raad: number;
	/** Verbanden to which powers are delegated (bevoegdheidsverkrijging Delegatie). */
	gedelegeerd: number;
}

export type BestuursMaat = keyof BestuursTelling;
export const BESTUURS_MATEN: readonly BestuursMaat[] = [
	'verbanden',
	'openbaarLichaam',
	'lichter',
	'raad',
	'gedelegeerd'
];

export interface BestuursSamenvatting {
	eigen: BestuursTelling;
	mediaanProvincie: BestuursTelling;
	mediaanLand: BestuursTelling;
	aantalInProvincie: number;
}

/** Whether the raad of gemeente `code` takes part in `v` itself. */
export function raadVan(v: Verband, code: GemeenteCode): boolean {
	return v.deelnemers.some(
		(d) => d.code === code && (d.bestuursorganen ?? []).some((o) => /raad/i.test(o))
	);
}

/** The governance counts of one gemeente over the verbanden it is a member of. */
export function bestuursTelling(
	verbanden: readonly Verband[],
	code: GemeenteCode
): BestuursTelling {
	const t: BestuursTelling = {
		verbanden: 0,
		openbaarLichaam: 0,
		lichter: 0,
		raad: 0,
		gedelegeerd: 0
	};
	for (const v of verbanden) {
		if (!v.gemeenten.includes(code)) continue;
		t.verbanden++;
		if (v.samenwerkingsvorm === 'openbaar lichaam') t.openbaarLichaam++;
		else t.lichter++;
		if (raadVan(v, code)) t.raad++;
		if (v.gedelegeerd) t.gedelegeerd++;
	}
	return t;
}

function mediaanTelling(tellingen: readonly BestuursTelling[]): BestuursTelling {
	const uit = {} as BestuursTelling;
	for (const m of BESTUURS_MATEN) uit[m] = mediaan(tellingen.map((t) => t[m]));
	return uit;
}

/** The counts of every gemeente (compute once, pass to `bestuursSamenvatting` for each page). */
export function bestuursTellingen(
	atlas: Pick<Atlas, 'gemeenten' | 'verbanden'>
): Map<GemeenteCode, BestuursTelling> {
	return new Map(atlas.gemeenten.map((x) => [x.code, bestuursTelling(atlas.verbanden, x.code)]));
}

/** The summary for `code`: its own counts and the medians over its provincie and the country. */
export function bestuursSamenvatting(
	atlas: Pick<Atlas, 'gemeenten' | 'verbanden'>,
	code: GemeenteCode,
	per: Map<GemeenteCode, BestuursTelling> = bestuursTellingen(atlas)
): BestuursSamenvatting {
	const g = atlas.gemeenten.find((x) => x.code === code);
	if (!g) throw new Error(`Onbekende gemeentecode: ${code}`);
	const prov = atlas.gemeenten.filter((x) => x.provincieCode === g.provincieCode);
	return {
		eigen: per.get(code)!,
		mediaanProvincie: mediaanTelling(prov.map((x) => per.get(x.code)!)),
		mediaanLand: mediaanTelling([...per.values()]),
		aantalInProvincie: prov.length
	};
}
