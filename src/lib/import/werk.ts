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
import { ImportFout, isImportFout, nieuwId, valideerDataset, type Dataset } from './dataset';
import { bewaarDataset, OpslagFout } from './opslag';
import { leesBestand, type Tabel } from './lezen';
import {
	omvangVan,
	verwerkGeoJson,
	verwerkTabel,
	type Context,
	type Koppeling,
	type Verwerkt
} from './verwerk';
import { aansluiting, type Aansluiting } from './aansluiting';

/** Rows of the report sent to the page (it shows the first 500). */
export const VERSLAG_RIJEN = 500;
/** Verbanden of a result sent to the page (it lists the first 200); the worker saves the whole. */
export const VERBANDEN_TONEN = 200;

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
	| { type: 'aansluiting'; dataset: Dataset; basis: string }
	| { type: 'bewaar'; naam: string; hoe: 'nieuw' | 'vervang' | 'gewoon'; bron: string };

export interface WerkStaat {
	tabel: Tabel | null;
	data: Promise<AtlasData> | null;
	punten: Map<GemeenteCode, [number, number]> | null;
	/** The last whole result, kept here until the user adds it. */
	laatste: Dataset | null;
}

/** What crosses the worker boundary when a job fails: a code, never a class name. */
export interface WerkFout {
	code: 'import-fout' | 'opslag-fout' | 'intern';
	bericht: string;
}

export function werkFout(e: unknown): WerkFout {
	return isImportFout(e)
		? { code: 'import-fout', bericht: e.message }
		: e instanceof OpslagFout
			? { code: 'opslag-fout', bericht: e.message }
			: { code: 'intern', bericht: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
}

export const nieuweStaat = (): WerkStaat => ({
	tabel: null,
	data: null,
	punten: null,
	laatste: null
});

function data(staat: WerkStaat, basis: string): Promise<AtlasData> {
	staat.data ??= laadAtlasData(fetch, basis).catch((e) => {
		staat.data = null;
		throw e;
	});
	return staat.data;
}

/** The result trimmed for the page (the worker keeps the whole); the counts stay those of the whole. */
function voorPagina(v: Verwerkt, staat: WerkStaat): Verwerkt {
	staat.laatste = v.dataset;
	const d = v.dataset && { ...v.dataset, verbanden: v.dataset.verbanden.slice(0, VERBANDEN_TONEN) };
	return { ...v, dataset: d, verslag: v.verslag.slice(0, VERSLAG_RIJEN) };
}

export async function voerUit(
	o: WerkOpdracht,
	staat: WerkStaat,
	voortgang: (f: number) => void
): Promise<Gelezen | Verwerkt | Aansluiting[] | Dataset> {
	if (o.type === 'bewaar') {
		if (!staat.laatste)
			throw new ImportFout('Er is niets om toe te voegen: kies eerst een bestand.');
		const d = { ...staat.laatste, naam: o.naam.trim() || staat.laatste.naam };
		if (o.hoe === 'nieuw') d.id = nieuwId();
		await bewaarDataset(d, { vervang: o.hoe === 'vervang', bron: o.bron });
		staat.laatste = null;
		return { ...d, verbanden: [] };
	}
	if (o.type === 'lees') {
		staat.tabel = null;
		staat.laatste = null;
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
			const dataset = { ...d, bestand: o.bestand };
			const verwerkt: Verwerkt = {
				dataset,
				verslag: [],
				telling: {},
				verslagTotaal: 0,
				omvang: omvangVan(dataset),
				onbekendeDomeinen: []
			};
			return { soort: 'klaar', verwerkt: voorPagina(verwerkt, staat) };
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
		return { soort: 'klaar', verwerkt: voorPagina(verwerkt, staat) };
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
			}),
			staat
		);
	}
	return aansluiting(o.dataset, lagenUitAtlas((await data(staat, o.basis)).atlas));
}
