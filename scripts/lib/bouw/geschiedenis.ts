// The register's history for time travel: the gemeenten of every period since 2018 with their
// boundaries (the CBS topology of that year, merged where a herindeling fell within the year), and
// every version of every regeling with its members as recorded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature, mergeArcs, neighbors } from 'topojson-client';
import type { GeometryCollection, Topology, MultiPolygon, Polygon } from 'topojson-specification';
import type { DomeinId, GemeenteProps, Verband } from '../../../src/lib/data/types';
import { TOPO_FILE } from '../../../src/lib/data/types';
import type { GemeenteMatcher, Herindeling } from '../../../src/lib/data/gemeente-match';
import { normaliseerNaam } from '../../../src/lib/data/gemeente-match';
import {
	GESCHIEDENIS_VANAF,
	codeOp,
	geldigOp,
	verbandenOp,
	type Geschiedenis,
	type HistorischeGemeente,
	type Keten,
	type Periode
} from '../../../src/lib/data/geschiedenis';
import type { GemeenteTopology } from '../../../src/lib/data/load';
import type { BouwRapport } from './rapport';
import { waterBuren } from '../../../src/lib/geo/water';
import type { GemeenteFeature } from '../../../src/lib/geo/geo-index';
import { BouwFout } from '../bronnen';
import type { GeschiedenisRij, RooOrganisatie, RooRegeling } from '../lezen';
import { normaliseerVorm, soortVan } from './verbanden';

/**
 * The gemeente(n) each dissolved code went into directly (not its 2025 successor): among the
 * gemeenten that existed on its end date and end up in the same 2025 gemeente, the one that began
 * that day, else the one it joined.
 */
export function directeOpvolgers(
	rijen: GeschiedenisRij[],
	herindelingen: Herindeling[]
): Geschiedenis['opvolgers'] {
	const naar2025 = new Map(herindelingen.map((h) => [h.code, h.opvolgers]));
	const finaal = (r: GeschiedenisRij) => (r.einddatum ? (naar2025.get(r.code) ?? []) : [r.code]);
	const uit: Geschiedenis['opvolgers'] = {};
	for (const r of rijen) {
		if (!r.einddatum) continue;
		const doel = new Set(finaal(r));
		if (doel.size === 0) continue;
		const kandidaten = rijen.filter(
			(x) =>
				x.code !== r.code &&
				geldigOp(x.begindatum, x.einddatum, r.einddatum!) &&
				finaal(x).some((c) => doel.has(c))
		);
		const nieuw = kandidaten.filter((x) => x.begindatum === r.einddatum);
		const gekozen = nieuw.length > 0 ? nieuw : kandidaten;
		if (gekozen.length > 0)
			uit[r.code] = { datum: r.einddatum, codes: [...new Set(gekozen.map((x) => x.code))].sort() };
	}
	return uit;
}

/** Dates since `vanaf` on which the set of gemeenten changed, and the periods between them. */
export function periodeGrenzen(rijen: GeschiedenisRij[], vanaf: string, tot: string): string[] {
	const data = new Set<string>([vanaf]);
	for (const r of rijen) {
		for (const d of [r.begindatum, r.einddatum]) if (d && d > vanaf && d <= tot) data.add(d);
	}
	return [...data].sort();
}

type JaarTopo = Topology<{ [k: string]: GeometryCollection<Record<string, unknown>> }>;

/**
 * The topology of one period: the CBS boundaries of a year, each geometry mapped to the gemeente
 * of the period it belongs to; gemeenten that merged within the year are merged along shared arcs.
 */
export function periodeTopologie(
	jaarTopo: JaarTopo,
	gemeenten: HistorischeGemeente[],
	opvolgers: Geschiedenis['opvolgers'],
	datum: string
): GemeenteTopology {
	const obj = Object.values(jaarTopo.objects)[0];
	const geldig = new Set(gemeenten.map((g) => g.code));
	const perCode = new Map(gemeenten.map((g) => [g.code, g]));
	const groepen = new Map<string, (Polygon | MultiPolygon)[]>();
	for (const g of obj.geometries) {
		const bron = String(g.properties?.statcode ?? g.id);
		const code = codeOp({ opvolgers }, bron, datum, geldig);
		if (!code)
			throw new BouwFout(
				`Grenzen ${datum}: ${bron} uit de jaartopologie hoort bij geen gemeente van die dag.`
			);
		groepen.set(code, [...(groepen.get(code) ?? []), g as unknown as Polygon | MultiPolygon]);
	}
	const ontbreekt = [...geldig].filter((c) => !groepen.has(c));
	if (ontbreekt.length)
		throw new BouwFout(`Grenzen ${datum}: geen geometrie voor ${ontbreekt.join(', ')}.`);
	const geometries = [...groepen]
		.sort((a, b) => a[0].localeCompare(b[0]))
		.map(([code, delen]) => {
			const g = perCode.get(code)!;
			const geom =
				delen.length === 1
					? { type: delen[0].type, arcs: delen[0].arcs }
					: mergeArcs(jaarTopo as unknown as Topology, delen);
			return {
				...geom,
				id: code,
				properties: { code, naam: g.naam, provincieCode: g.provincieCode } satisfies GemeenteProps
			};
		});
	const topology = {
		type: 'Topology',
		...(jaarTopo.transform ? { transform: jaarTopo.transform } : {}),
		arcs: jaarTopo.arcs,
		objects: { gemeenten: { type: 'GeometryCollection', geometries } }
	} as unknown as GemeenteTopology;
	const fc = feature(topology, topology.objects.gemeenten);
	topology.waterburen = waterBuren(
		fc.features as GemeenteFeature[],
		neighbors(geometries as never)
	);
	return topology;
}

/** The recorded code of a member: its TOOI code, else its name (current or dissolved). */
export function opgenomenCode(
	d: { naam: string; tooi?: string },
	matcher: GemeenteMatcher,
	oudPerNaam: ReadonlyMap<string, string>
): string | undefined {
	const m = /gm(\d{4})$/i.exec(d.tooi ?? '');
	if (m) return `GM${m[1]}`;
	const oud = oudPerNaam.get(normaliseerNaam(d.naam));
	const r = matcher.matchNaam(d.naam);
	if (r.soort === 'code' || r.soort === 'naam' || r.soort === 'variant') return r.code;
	return oud;
}

export interface GeschiedenisInvoer {
	rijen: GeschiedenisRij[];
	herindelingen: Herindeling[];
	ketens: RooRegeling[][];
	domeinenVan: (keten: RooRegeling[]) => DomeinId[];
	matcher: GemeenteMatcher;
	organen: ReadonlyMap<string, RooOrganisatie>;
	grenzenMap: string;
	peildatum: string;
	/** Today's gemeente set: the last period uses today's topology file. */
	huidigeCodes: ReadonlySet<string>;
}

export function bouwGeschiedenis(invoer: GeschiedenisInvoer): {
	geschiedenis: Geschiedenis;
	topologieen: Record<string, GemeenteTopology>;
	nietTeKoppelen: number;
} {
	const { rijen, herindelingen, peildatum } = invoer;
	const opvolgers = directeOpvolgers(rijen, herindelingen);
	const vanaf = GESCHIEDENIS_VANAF;
	const alle: HistorischeGemeente[] = rijen.map((r) => ({
		code: r.code,
		naam: r.naam,
		provincieCode: r.provincieCode,
		provincieNaam: r.provincieNaam,
		van: r.begindatum,
		tot: r.einddatum
	}));
	const gemeenten = alle.filter((g) => !g.tot || g.tot > vanaf);

	// Periods and their topologies.
	const grenzen = periodeGrenzen(rijen, vanaf, peildatum);
	const perioden: Periode[] = [];
	const topologieen: Record<string, GemeenteTopology> = {};
	for (const [i, van] of grenzen.entries()) {
		const tot = grenzen[i + 1] ?? null;
		const set = gemeenten.filter((g) => geldigOp(g.van, g.tot, van));
		const huidig =
			set.length === invoer.huidigeCodes.size && set.every((g) => invoer.huidigeCodes.has(g.code));
		if (huidig) {
			perioden.push({ van, tot, topo: TOPO_FILE });
			continue;
		}
		// The most recent CBS year whose 1 January falls in the period, else the period's own year.
		const eind = tot ?? peildatum;
		let jaar = Number(van.slice(0, 4));
		for (let j = jaar; `${j}-01-01` < eind && j <= 2024; j++) if (`${j}-01-01` >= van) jaar = j;
		const pad = join(invoer.grenzenMap, `gemeente_${jaar}_wgs84.topojson`);
		let jaarTopo: JaarTopo;
		try {
			jaarTopo = JSON.parse(readFileSync(pad, 'utf8')) as JaarTopo;
		} catch (e) {
			throw new BouwFout(
				`Grenzen ${jaar}: ${pad} niet te lezen (${e instanceof Error ? e.message : e}).`
			);
		}
		const bestand = `gemeenten-${van}.topo.json`;
		topologieen[bestand] = periodeTopologie(jaarTopo, set, opvolgers, van);
		perioden.push({ van, tot, topo: bestand });
	}

	// Every regeling in force on some date since `vanaf` with a gemeente.
	const oudPerNaam = new Map<string, string>();
	for (const h of [...herindelingen].sort((a, b) => a.einddatum.localeCompare(b.einddatum)))
		oudPerNaam.set(normaliseerNaam(h.naam), h.code);
	const ketens: Keten[] = [];
	let nietTeKoppelen = 0;
	for (const keten of invoer.ketens) {
		const relevant = keten.some(
			(v) =>
				(!v.uitwerkingtreding || v.uitwerkingtreding > vanaf) &&
				v.deelnemers.some((d) => soortVan(d) === 'gemeente')
		);
		if (!relevant) continue;
		const laatste = keten[keten.length - 1];
		const orgaan = laatste.orgaan?.roo_id ? invoer.organen.get(laatste.orgaan.roo_id) : undefined;
		const versies = keten.map((v) => ({
			id: v.id,
			van: v.inwerkingtreding ?? '',
			tot: v.uitwerkingtreding ?? null,
			leden: v.deelnemers
				.filter((d) => soortVan(d) === 'gemeente')
				.map((d) => {
					const c = opgenomenCode(d, invoer.matcher, oudPerNaam);
					return {
						...(c ? { c } : {}),
						n: d.naam,
						...(d.toetredings_datum ? { t: d.toetredings_datum } : {})
					};
				})
		}));
		for (const v of versies) {
			const d = v.van > vanaf ? v.van : vanaf;
			if (v.tot && v.tot <= vanaf) continue;
			const geldig = new Set(gemeenten.filter((g) => geldigOp(g.van, g.tot, d)).map((g) => g.code));
			for (const l of v.leden)
				if (!l.c || ((!l.t || l.t <= d) && !codeOp({ opvolgers }, l.c, d, geldig)))
					nietTeKoppelen++;
		}
		ketens.push({
			id: laatste.id,
			naam: laatste.citeertitel ?? laatste.namen[0] ?? laatste.id,
			...(orgaan?.afkorting ? { afkorting: orgaan.afkorting } : {}),
			vorm: normaliseerVorm(laatste.samenwerkingsvorm),
			domeinen: invoer.domeinenVan(keten),
			versies
		});
	}
	ketens.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id));
	return {
		geschiedenis: { vanaf, peildatum, gemeenten, opvolgers, perioden, ketens },
		topologieen,
		nietTeKoppelen
	};
}

/** The history part of the build report: gemeenten per period, versions, unmatched members. */
export function geschiedenisRapport(
	geschiedenis: Geschiedenis,
	nietTeKoppelen: number
): BouwRapport['geschiedenis'] {
	return {
		perioden: geschiedenis.perioden.map((p) => ({
			van: p.van,
			tot: p.tot,
			gemeenten: geschiedenis.gemeenten.filter((g) => geldigOp(g.van, g.tot, p.van)).length
		})),
		versies: geschiedenis.ketens.reduce((n, k) => n + k.versies.length, 0),
		nietTeKoppelenOpDatum: nietTeKoppelen
	};
}

/**
 * The history on the register's peildatum must be today's data: one warning per verband whose
 * members there differ from today's (or that the history has not in force).
 */
export function afwijkingenVanVandaag(
	geschiedenis: Geschiedenis,
	verbanden: readonly Pick<Verband, 'id' | 'gemeenten'>[],
	huidigeCodes: ReadonlySet<string>
): string[] {
	const { peildatum } = geschiedenis;
	const opPeildatum = new Map(
		verbandenOp(geschiedenis, peildatum, huidigeCodes).map((v) => [v.id, v.gemeenten.join(',')])
	);
	const uit: string[] = [];
	for (const v of verbanden) {
		const h = opPeildatum.get(v.id);
		if (h !== v.gemeenten.join(','))
			uit.push(
				`Geschiedenis op ${peildatum} wijkt af van vandaag voor ${v.id}: ${h ?? 'niet in werking'} ≠ ${v.gemeenten.join(',')}`
			);
	}
	return uit;
}
