// Build-time facts for the Over page: the domains and indelingen of the atlas, the quality of the
// reviewed classification (from static/data/build-report.json) and the open-data files.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_PATH, KERN_DOMEINEN, type DomeinId } from '$lib/data/types';
import { atlasData } from './atlas';

export const RAPPORT_FILE = 'build-report.json';
export const OPEN_DATA_MAP = 'open';
export const OPEN_DATA_FILES = ['verbanden.csv', 'verbanden.geojson', 'datapackage.json'] as const;

export interface Kwaliteit {
	domein: DomeinId;
	naam: string;
	tp: number;
	fp: number;
	fn: number;
	precisie: number;
	recall: number;
}

/** The parts of the build report the Over page reads (the report itself holds far more). */
interface Rapport {
	perDomein?: Partial<Record<DomeinId, number>>;
	gemeentenPerDomein?: Partial<Record<DomeinId, number>>;
	classificatie?: {
		beoordeeld?: number;
		twijfel?: number;
		nietBeoordeeld?: unknown[];
		verschillen?: unknown[];
		toetsset?: {
			omvang?: number;
			review?: Omit<Kwaliteit, 'naam'>[];
			voorstel?: Omit<Kwaliteit, 'naam'>[];
		};
	};
}

function leesRapport(): Rapport {
	const pad = join(process.cwd(), 'static', DATA_PATH, RAPPORT_FILE);
	if (!existsSync(pad)) throw new Error(`${pad} ontbreekt: draai eerst "npm run data".`);
	return JSON.parse(readFileSync(pad, 'utf8')) as Rapport;
}

export function overFeiten() {
	const { atlas } = atlasData();
	const rapport = leesRapport();
	const naam = new Map(atlas.domeinen.map((d) => [d.id, d.naam]));
	const c = rapport.classificatie ?? {};
	const kern = (lijst: Omit<Kwaliteit, 'naam'>[] | undefined): Kwaliteit[] =>
		KERN_DOMEINEN.map((id) => lijst?.find((q) => q.domein === id))
			.filter((q): q is Omit<Kwaliteit, 'naam'> => !!q)
			.map((q) => ({ ...q, naam: naam.get(q.domein) ?? q.domein }));
	const lidmaatschappen = atlas.verbanden.reduce((n, v) => n + v.gemeenten.length, 0);
	const openDir = join(process.cwd(), 'static', DATA_PATH, OPEN_DATA_MAP);
	return {
		peildatumRegister: atlas.meta.peildatumRegister,
		aantalVerbanden: atlas.verbanden.length,
		aantalGemeenten: atlas.gemeenten.length,
		/** Registered regelingen per gemeente in this atlas (the "about 9"). */
		regelingenPerGemeente: atlas.gemeenten.length ? lidmaatschappen / atlas.gemeenten.length : 0,
		domeinen: atlas.domeinen.map((d) => ({
			...d,
			kern: KERN_DOMEINEN.includes(d.id),
			verbanden:
				rapport.perDomein?.[d.id] ??
				atlas.verbanden.filter((v) => v.domeinen.includes(d.id)).length,
			gemeenten: rapport.gemeentenPerDomein?.[d.id] ?? null
		})),
		indelingen: atlas.indelingen.map((i) => ({
			id: i.id,
			naam: i.naam,
			jaar: i.jaar,
			regios: i.regios.length,
			dekkend: i.dekkend,
			/** Gemeenten (2025) in no region: the 2016 indelingen did not always cover the whole country. */
			nietIngedeeld: atlas.gemeenten.filter(
				(g) => !i.regios.some((r) => r.gemeenten.includes(g.code))
			).length,
			bron: i.bron.naam,
			peildatum: i.bron.peildatum
		})),
		classificatie: {
			beoordeeld: c.beoordeeld ?? 0,
			twijfel: c.twijfel ?? 0,
			nietBeoordeeld: c.nietBeoordeeld?.length ?? 0,
			verschillen: c.verschillen?.length ?? 0,
			toetsset: {
				omvang: c.toetsset?.omvang ?? 0,
				review: kern(c.toetsset?.review),
				voorstel: kern(c.toetsset?.voorstel)
			}
		},
		// The prerender links to these: fail the build here, with a clear message, if one is missing.
		openData: OPEN_DATA_FILES.map((bestand) => {
			const pad = join(openDir, bestand);
			if (!existsSync(pad)) throw new Error(`${pad} ontbreekt: draai eerst "npm run data".`);
			return { bestand, kB: Math.round(statSync(pad).size / 1024) };
		})
	};
}

export type OverFeiten = ReturnType<typeof overFeiten>;
