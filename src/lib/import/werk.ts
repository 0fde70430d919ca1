/**
 * The import jobs, as the worker runs them (and the tests, without a worker). The worker keeps the
 * read table and the bundled data between jobs: the page only ever holds what it shows (the
 * header, five rows, the first rows of the report), so a 200,000-row file never blocks it.
 * Pure apart from `fetch` for the bundled data (GeoJSON matching and congruence need it).
 */
import { laadAtlasData, type AtlasData } from '$lib/data/load';
import type { GemeenteCode } from '$lib/data/types';
import { maakGeoIndex } from '$lib/geo/geo-index';
import { lagenUitAtlas } from '$lib/geo/lagen';
import { ImportFout, isImportFout, valideerDataset, type Dataset } from './dataset';
import { leesBestand, type Tabel } from './lezen';
import {
	verwerkGeoJson,
	verwerkTabel,
	type Context,
	type Koppeling,
	type Verwerkt
} from './verwerk';
import { aansluiting, type Aansluiting } from './aansluiting';

/** Rows of the report sent to the page (it shows the first 500). */
export const VERSLAG_RIJEN = 500;

export interface TabelKop {
	kolommen: string[];
	/** The first rows, for the preview. */
	voorbeeld: string[][];
	aantal: number;
	details: string;
}

export type Gelezen = { soort: 'tabel'; kop: TabelKop } | { soort: 'klaar'; verwerkt: Verwerkt };

export type WerkOpdracht =
	| { type: 'lees'; bytes: ArrayBuffer; bestand: string; naam: string; ctx: Context; basis: string }
	| {
			type: 'verwerk';
			koppeling: Koppeling;
			ctx: Context;
			naam: string;
			bestand: string;
			keuzes: [number, GemeenteCode][];
	  }
	| { type: 'aansluiting'; dataset: Dataset; basis: string };

export interface WerkStaat {
	tabel: Tabel | null;
	data: Promise<AtlasData> | null;
	punten: Map<GemeenteCode, [number, number]> | null;
}

/** What crosses the worker boundary when a job fails: a code, never a class name. */
export interface WerkFout {
	code: 'import-fout' | 'intern';
	bericht: string;
}

export function werkFout(e: unknown): WerkFout {
	return isImportFout(e)
		? { code: 'import-fout', bericht: e.message }
		: { code: 'intern', bericht: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

export const nieuweStaat = (): WerkStaat => ({ tabel: null, data: null, punten: null });

function data(staat: WerkStaat, basis: string): Promise<AtlasData> {
	staat.data ??= laadAtlasData(fetch, basis).catch((e) => {
		staat.data = null;
		throw e;
	});
	return staat.data;
}

/** The report trimmed for the page; the counts stay those of the whole report. */
function voorPagina(v: Verwerkt): Verwerkt {
	return { ...v, verslag: v.verslag.slice(0, VERSLAG_RIJEN) };
}

export async function voerUit(
	o: WerkOpdracht,
	staat: WerkStaat,
	voortgang: (f: number) => void
): Promise<Gelezen | Verwerkt | Aansluiting[]> {
	if (o.type === 'lees') {
		staat.tabel = null;
		const r = await leesBestand(new Uint8Array(o.bytes), o.bestand, voortgang);
		if (r.soort === 'tabel') {
			staat.tabel = r.tabel;
			const { kolommen, rijen, details } = r.tabel;
			return {
				soort: 'tabel',
				kop: { kolommen, voorbeeld: rijen.slice(0, 5), aantal: rijen.length, details }
			};
		}
		if (r.soort === 'json') {
			const d = valideerDataset(r.data, new Set(o.ctx.gemeenten.map((g) => g.code)));
			const verwerkt: Verwerkt = {
				dataset: { ...d, bestand: o.bestand },
				verslag: [],
				telling: {},
				verslagTotaal: 0,
				onbekendeDomeinen: []
			};
			return { soort: 'klaar', verwerkt };
		}
		if (!staat.punten) {
			const index = maakGeoIndex((await data(staat, o.basis)).topology);
			staat.punten = new Map(index.codes.map((c) => [c, index.labelPunt(c)]));
		}
		const verwerkt = verwerkGeoJson(r.features, staat.punten, o.ctx, {
			naam: o.naam,
			bestand: o.bestand,
			onVoortgang: voortgang
		});
		return { soort: 'klaar', verwerkt: voorPagina(verwerkt) };
	}
	if (o.type === 'verwerk') {
		if (!staat.tabel)
			throw new ImportFout('Kies eerst opnieuw het bestand: het is niet meer in het geheugen.');
		return voorPagina(
			verwerkTabel(staat.tabel, o.koppeling, o.ctx, {
				naam: o.naam,
				bestand: o.bestand,
				keuzes: new Map(o.keuzes),
				onVoortgang: voortgang
			})
		);
	}
	return aansluiting(o.dataset, lagenUitAtlas((await data(staat, o.basis)).atlas));
}
