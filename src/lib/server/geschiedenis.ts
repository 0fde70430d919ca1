// Build-time access to the history and the verband details for the prerendered pages
// (server-only: reads static/data from disk). Every series is computed once per build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
	DATA_PATH,
	DETAIL_FILE,
	DOMEIN_IDS,
	GESCHIEDENIS_FILE,
	type DomeinId,
	type GemeenteCode,
	type VerbandDetail
} from '$lib/data/types';
import type { Geschiedenis } from '$lib/data/geschiedenis';
import {
	reeksDatums,
	standOp,
	tellingPerGemeente,
	trend,
	type Stand,
	type TrendPunt
} from '$lib/geo/historie';

const lees = <T>(bestand: string): T =>
	JSON.parse(readFileSync(join(process.cwd(), 'static', DATA_PATH, bestand), 'utf8')) as T;

let geschiedenisCache: Geschiedenis | null = null;
let detailCache: Record<string, VerbandDetail> | null = null;
let standenCache: {
	standen: Stand[];
	tellingen: Map<GemeenteCode, { verbanden: number; schalen: number }>[];
} | null = null;
let trendCache: { domein: DomeinId | 'alle'; punten: TrendPunt[] }[] | null = null;

export function geschiedenis(): Geschiedenis {
	return (geschiedenisCache ??= lees<Geschiedenis>(GESCHIEDENIS_FILE));
}

/** Long texts per current verband id. */
export function verbandDetails(): Record<string, VerbandDetail> {
	return (detailCache ??= lees<Record<string, VerbandDetail>>(DETAIL_FILE));
}

/** The state on 1 January of each year since 2018 and on the peildatum, with counts per gemeente. */
export function jaarStanden() {
	if (!standenCache) {
		const g = geschiedenis();
		const standen = reeksDatums(g.vanaf, g.peildatum).map((d) => standOp(g, d));
		standenCache = { standen, tellingen: standen.map(tellingPerGemeente) };
	}
	return standenCache;
}

/** The national trend of all verbanden and of every domain. */
export function landelijkeTrend() {
	if (!trendCache) {
		const { standen } = jaarStanden();
		const ketens = geschiedenis().ketens;
		trendCache = [
			{ domein: 'alle', punten: trend(standen, ketens) },
			...DOMEIN_IDS.map((d) => ({ domein: d, punten: trend(standen, ketens, d) }))
		];
	}
	return trendCache;
}
