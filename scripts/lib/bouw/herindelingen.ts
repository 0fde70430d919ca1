// Herindelingen: which gemeente codes went into which, from sourced facts, ROO and CBS dates.
import { feature } from 'topojson-client';
import bbox from '@turf/bbox';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointOnFeature from '@turf/point-on-feature';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Herindeling } from '../../../src/lib/data/gemeente-match';
import { BouwFout } from '../bronnen';
import type { CbsGemeente, GeschiedenisRij, RooOrganisatie } from '../lezen';

type Vlak = Feature<Polygon | MultiPolygon, { code: string }>;

function vlakken(topo: Topology): Vlak[] {
	const obj = Object.values(topo.objects)[0] as GeometryCollection<{ statcode?: string }>;
	return feature(topo, obj).features.map((f) => ({
		...(f as Feature<Polygon | MultiPolygon>),
		properties: { code: String(f.properties?.statcode ?? f.id) }
	}));
}

/**
 * Where a gemeente's area went, from the CBS boundaries of the years before and after it ended:
 * a grid of points inside its old polygon, each looked up among the new year's gemeenten. Every
 * gemeente holding at least 10 % of the points is a successor (several: a split).
 */
export function opvolgersViaGrenzen(oud: Vlak, nieuw: Vlak[]): { code: string; aandeel: number }[] {
	const [x0, y0, x1, y1] = bbox(oud);
	const punten: [number, number][] = [];
	const n = 16;
	for (let i = 0; i < n; i++)
		for (let j = 0; j < n; j++) {
			const p: [number, number] = [
				x0 + ((i + 0.5) * (x1 - x0)) / n,
				y0 + ((j + 0.5) * (y1 - y0)) / n
			];
			if (booleanPointInPolygon(p, oud)) punten.push(p);
		}
	if (punten.length < 5) punten.push(pointOnFeature(oud).geometry.coordinates as [number, number]);
	const dozen = nieuw.map((f) => ({ f, b: bbox(f) }));
	const telling = new Map<string, number>();
	for (const p of punten) {
		const hit = dozen.find(
			({ f, b }) =>
				p[0] >= b[0] && p[0] <= b[2] && p[1] >= b[1] && p[1] <= b[3] && booleanPointInPolygon(p, f)
		);
		if (hit) telling.set(hit.f.properties.code, (telling.get(hit.f.properties.code) ?? 0) + 1);
	}
	return [...telling]
		.map(([code, k]) => ({ code, aandeel: k / punten.length }))
		.filter((x) => x.aandeel >= 0.1)
		.sort((a, b) => b.aandeel - a.aandeel);
}

/**
 * Herindelingen: dissolved gemeenten → 2025 successors. Sources, in order: the sourced facts in
 * data/herindelingen.yaml, ROO successor_id chains, and the CBS dates where exactly one new
 * gemeente began in the same provincie on the day the old one ended.
 */
export function bouwHerindelingen(
	geschiedenis: GeschiedenisRij[],
	rooGemeenten: RooOrganisatie[],
	feiten: { oud: string; opvolgers: string[]; datum: string; bron: string }[],
	huidig: CbsGemeente[],
	/** CBS boundaries of a year (1 January), where available: for successors found by area. */
	jaarTopo: (jaar: number) => Topology | null = () => null
): { herindelingen: Herindeling[]; zonderOpvolger: string[] } {
	const huidigeCodes = new Set(huidig.map((g) => g.code));
	const codeVanHuidigeNaam = new Map(huidig.map((g) => [g.naam, g.code]));
	const opgeheven = geschiedenis.filter((r) => r.einddatum && !huidigeCodes.has(r.code));
	const uit = new Map<string, Herindeling>();

	for (const [i, f] of feiten.entries()) {
		const oud = opgeheven.filter((r) => r.naam === f.oud && r.einddatum === f.datum);
		if (oud.length !== 1)
			throw new BouwFout(
				`data/herindelingen.yaml, item ${i + 1}: "${f.oud}" met einddatum ${f.datum} niet (eenduidig) in de CBS-geschiedenis.`
			);
		const opvolgers = f.opvolgers.map((n) => {
			const c = codeVanHuidigeNaam.get(n);
			if (!c)
				throw new BouwFout(
					`data/herindelingen.yaml, item ${i + 1}: opvolger "${n}" is geen gemeente van 2025.`
				);
			return c;
		});
		uit.set(oud[0].code, {
			code: oud[0].code,
			naam: oud[0].naam,
			einddatum: f.datum,
			opvolgers,
			bron: f.bron
		});
	}

	// ROO successor_id chains (complete until about 2018).
	const perId = new Map(rooGemeenten.map((r) => [r.id, r]));
	const codeVan = (r: RooOrganisatie) => {
		const m = /gm(\d{4})$/i.exec(r.tooi ?? '');
		return m ? `GM${m[1]}` : null;
	};
	const naarHuidig = (code: string, diepte = 0): string[] | null => {
		if (huidigeCodes.has(code)) return [code];
		if (diepte > 10) return null;
		const h = uit.get(code);
		if (h) return h.opvolgers;
		const r = rooGemeenten.find((x) => codeVan(x) === code && x.successorId);
		const volgende = r?.successorId ? perId.get(r.successorId) : undefined;
		const vc = volgende ? codeVan(volgende) : null;
		return vc ? naarHuidig(vc, diepte + 1) : null;
	};

	for (const r of opgeheven) {
		if (uit.has(r.code)) continue;
		const viaRoo = naarHuidig(r.code);
		if (viaRoo) {
			uit.set(r.code, {
				code: r.code,
				naam: r.naam,
				einddatum: r.einddatum!,
				opvolgers: viaRoo,
				bron: 'ROO successor_id'
			});
			continue;
		}
		const nieuw = geschiedenis.filter(
			(x) => x.begindatum === r.einddatum && x.provincieCode === r.provincieCode
		);
		if (nieuw.length === 1) {
			const opv = naarHuidig(nieuw[0].code);
			if (opv)
				uit.set(r.code, {
					code: r.code,
					naam: r.naam,
					einddatum: r.einddatum!,
					opvolgers: opv,
					bron: `CBS-indeling: enige nieuwe gemeente in ${r.provincieCode} per ${r.einddatum}`
				});
		}
	}
	// Last: where the area went, from the boundaries before and after (CBS 2016–2025).
	const vlakkenVan = new Map<number, Vlak[] | null>();
	const vlakkenJaar = (j: number) => {
		if (!vlakkenVan.has(j)) {
			const t = jaarTopo(j);
			vlakkenVan.set(j, t ? vlakken(t) : null);
		}
		return vlakkenVan.get(j)!;
	};
	for (const r of opgeheven) {
		if (uit.has(r.code)) continue;
		const e = r.einddatum!;
		const jaarOud = e.endsWith('-01-01') ? Number(e.slice(0, 4)) - 1 : Number(e.slice(0, 4));
		const oud = vlakkenJaar(jaarOud)?.find((f) => f.properties.code === r.code);
		const nieuw = vlakkenJaar(jaarOud + 1);
		if (!oud || !nieuw) continue;
		const delen = opvolgersViaGrenzen(oud, nieuw);
		const opv = [...new Set(delen.flatMap((d) => naarHuidig(d.code) ?? []))].sort();
		if (delen.length === 0 || opv.length === 0) continue;
		uit.set(r.code, {
			code: r.code,
			naam: r.naam,
			einddatum: e,
			opvolgers: opv,
			bron: `CBS-grenzen ${jaarOud} en ${jaarOud + 1}: het gebied ligt in ${delen
				.map((d) => `${d.code} (${Math.round(100 * d.aandeel)} %)`)
				.join(', ')}`
		});
	}
	const zonderOpvolger = opgeheven
		.filter((r) => !uit.has(r.code) && r.einddatum! >= '2000-01-01')
		.map((r) => `${r.code} ${r.naam} (tot ${r.einddatum})`);
	return {
		herindelingen: [...uit.values()].sort((a, b) => a.code.localeCompare(b.code)),
		zonderOpvolger
	};
}
