// The data build: read → validate → match → classify → assemble. Returns everything the writer
// needs plus a report; throws BouwFout with a Dutch message when a check fails.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { feature, neighbors } from 'topojson-client';
import area from '@turf/area';
import booleanValid from '@turf/boolean-valid';
import bbox from '@turf/bbox';
import kinks from '@turf/kinks';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import type {
	Atlas,
	Deelnemer,
	DomeinInfo,
	Gemeente,
	Indeling,
	IndelingId,
	Samenwerkingsvorm,
	Verband
} from '../../src/lib/data/types';
import { DOMEIN_IDS, INDELING_IDS, TOPO_OBJECT } from '../../src/lib/data/types';
import { GemeenteMatcher, type Herindeling } from '../../src/lib/data/gemeente-match';
import { classificeer, valideerRegels } from '../../src/lib/data/classificeer';
import { waterBuren } from '../../src/lib/geo/water';
import type { GemeenteTopology } from '../../src/lib/data/load';
import type { GemeenteFeature } from '../../src/lib/geo/geo-index';
import { BouwFout, leesManifest } from './bronnen';
import {
	leesGemeentelijst,
	leesGeschiedenis,
	leesIndelingCsv,
	leesRegelingen,
	leesRooGemeenten,
	type CbsGemeente,
	type GeschiedenisRij,
	type RooOrganisatie,
	type RooRegeling
} from './lezen';

export const NL_BBOX = { minLon: 3.2, maxLon: 7.3, minLat: 50.7, maxLat: 53.7 };

/** Official number of regions per indeling (2025). */
export const OFFICIEEL_AANTAL: Record<IndelingId, number> = {
	provincie: 12,
	veiligheidsregio: 25,
	'ggd-regio': 25,
	jeugdregio: 42,
	arbeidsmarktregio: 35,
	'res-regio': 30,
	zorgkantoorregio: 31,
	'corop-gebied': 40
};

const INDELING_NAMEN: Record<IndelingId, string> = {
	provincie: 'Provincies',
	veiligheidsregio: "Veiligheidsregio's",
	'ggd-regio': "GGD-regio's",
	jeugdregio: "Jeugdregio's",
	arbeidsmarktregio: "Arbeidsmarktregio's",
	'res-regio': "RES-regio's",
	zorgkantoorregio: "Zorgkantoorregio's",
	'corop-gebied': 'COROP-gebieden'
};

export interface BouwRapport {
	gemeenten: number;
	verbanden: number;
	regelingenGelezen: number;
	regelingenActueel: number;
	perDomein: Record<string, number>;
	ongeclassificeerd: { id: string; naam: string }[];
	herindelingToegepast: { verband: string; toelichting: string }[];
	nietGekoppeld: { verband: string; deelnemer: string; reden: string }[];
	herindelingen: { totaal: number; zonderOpvolger: string[] };
	indelingen: Record<string, { regios: number; officieel: number }>;
	veiligheidsregioControle: { gelijk: number; totaal: number; afwijkend: string[] };
	/** Neighbours without a shared border arc: touching, or an island across water (km). */
	waterburen: string[];
	waarschuwingen: string[];
}

export interface BouwResultaat {
	atlas: Atlas;
	topology: GemeenteTopology;
	herindelingen: Herindeling[];
	rapport: BouwRapport;
}

const VORMEN: Record<string, Samenwerkingsvorm> = {
	'openbaar lichaam': 'openbaar lichaam',
	bedrijfsvoeringsorganisatie: 'bedrijfsvoeringsorganisatie',
	'gemeenschappelijk orgaan': 'gemeenschappelijk orgaan',
	'regeling zonder meer': 'regeling zonder meer',
	centrumgemeenteconstructie: 'centrumgemeenteconstructie'
};

export function normaliseerVorm(v: string | undefined): Samenwerkingsvorm {
	const k = (v ?? '').toLowerCase().replace(/['"]/g, '').trim();
	return VORMEN[k] ?? 'onbekend';
}

/** Gemeenten 2025: CBS list joined with the topology; checks codes, validity and bbox. */
export function bouwGemeenten(
	topoRuw: Topology,
	lijst: CbsGemeente[],
	rooGemeenten: RooOrganisatie[],
	waarschuwingen: string[]
): { gemeenten: Gemeente[]; topology: BouwResultaat['topology'] } {
	const objNaam = Object.keys(topoRuw.objects)[0];
	const collectie = topoRuw.objects[objNaam] as GeometryCollection<Record<string, unknown>>;
	const codes = collectie.geometries.map((g) => String(g.properties?.statcode ?? g.id ?? ''));
	const lijstCodes = new Set(lijst.map((g) => g.code));
	if (lijst.length !== 342 || lijstCodes.size !== 342)
		throw new BouwFout(
			`CBS-gemeentelijst: verwacht 342 unieke codes, gevonden ${lijstCodes.size} (${lijst.length} rijen).`
		);
	const uniek = new Set(codes);
	if (uniek.size !== codes.length)
		throw new BouwFout(`Grenzen: dubbele gemeentecodes in ${objNaam}.`);
	const teVeel = codes.filter((c) => !lijstCodes.has(c));
	const teWeinig = [...lijstCodes].filter((c) => !uniek.has(c));
	if (teVeel.length || teWeinig.length)
		throw new BouwFout(
			`Grenzen en CBS-lijst verschillen: niet in de lijst ${teVeel.join(', ') || '—'}; zonder geometrie ${teWeinig.join(', ') || '—'}.`
		);

	const perCode = new Map(lijst.map((g) => [g.code, g]));
	const inwoners = new Map<string, number>();
	for (const r of rooGemeenten) {
		const m = /gm(\d{4})$/i.exec(r.tooi ?? '');
		if (m && !r.validUntil && r.inwoners !== undefined) inwoners.set(`GM${m[1]}`, r.inwoners);
	}

	// Rewrite the topology object in place: keep the shared arcs, replace the properties.
	const geometries = collectie.geometries.map((g, i) => {
		const c = perCode.get(codes[i])!;
		return {
			...g,
			id: c.code,
			properties: { code: c.code, naam: c.naam, provincieCode: c.provincieCode }
		};
	});
	const topology = {
		...topoRuw,
		objects: { [TOPO_OBJECT]: { type: 'GeometryCollection', geometries } }
	} as unknown as BouwResultaat['topology'];

	const fc = feature(topology, topology.objects.gemeenten);
	const gemeenten: Gemeente[] = fc.features.map((f) => {
		const code = f.properties.code;
		const fout = structuurFout(f.geometry);
		if (fout)
			throw new BouwFout(
				`Grenzen: geometrie van ${code} (${f.properties.naam}) is ongeldig: ${fout}.`
			);
		// Self-intersections come from the source's generalisation (the ring crosses itself at a few
		// points). They don't change the membership or the shared arcs, so they are reported, not fixed.
		if (!booleanValid(f)) {
			const n = kinks(f).features.length;
			waarschuwingen.push(
				`Grenzen: ${code} ${f.properties.naam} kruist zichzelf op ${n} punt(en) (generalisatie in de bron).`
			);
		}
		const [minLon, minLat, maxLon, maxLat] = bbox(f);
		if (
			minLon < NL_BBOX.minLon ||
			maxLon > NL_BBOX.maxLon ||
			minLat < NL_BBOX.minLat ||
			maxLat > NL_BBOX.maxLat
		)
			throw new BouwFout(
				`Grenzen: ${code} ligt (deels) buiten Nederland: [${minLon}, ${minLat}, ${maxLon}, ${maxLat}].`
			);
		const c = perCode.get(code)!;
		const inw = inwoners.get(code);
		if (inw === undefined) waarschuwingen.push(`Geen inwonertal in ROO voor ${code} ${c.naam}.`);
		return {
			code,
			naam: c.naam,
			provincieCode: c.provincieCode,
			provincieNaam: c.provincieNaam,
			inwoners: inw ?? 0,
			oppervlakteKm2: Math.round(area(f) / 1e4) / 100
		};
	});
	gemeenten.sort((a, b) => a.code.localeCompare(b.code));
	// Neighbours without a shared arc (touching, or an island across water), for contiguity.
	topology.waterburen = waterBuren(
		fc.features as GemeenteFeature[],
		neighbors(geometries as never)
	);
	return { gemeenten, topology };
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
	huidig: CbsGemeente[]
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
	const zonderOpvolger = opgeheven
		.filter((r) => !uit.has(r.code) && r.einddatum! >= '2000-01-01')
		.map((r) => `${r.code} ${r.naam} (tot ${r.einddatum})`);
	return {
		herindelingen: [...uit.values()].sort((a, b) => a.code.localeCompare(b.code)),
		zonderOpvolger
	};
}

/** Structural validity: rings closed, ≥ 4 positions, finite coordinates, non-zero area. */
export function structuurFout(g: Polygon | MultiPolygon): string | null {
	const polygonen = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	if (polygonen.length === 0) return 'geen polygonen';
	for (const [pi, p] of polygonen.entries()) {
		for (const [ri, ring] of p.entries()) {
			if (ring.length < 4) return `ring ${pi}.${ri} heeft ${ring.length} punten`;
			if (ring.some((c) => !Number.isFinite(c[0]) || !Number.isFinite(c[1])))
				return `ring ${pi}.${ri} heeft ongeldige coördinaten`;
			const [a, z] = [ring[0], ring[ring.length - 1]];
			if (a[0] !== z[0] || a[1] !== z[1]) return `ring ${pi}.${ri} is niet gesloten`;
		}
	}
	if (area({ type: 'Feature', properties: {}, geometry: g }) <= 0) return 'oppervlakte 0';
	return null;
}

/** Current versions only: no valid_until, no datum_uitwerkingtreding. */
export function isActueel(r: RooRegeling): boolean {
	return !r.validUntil && !r.uitwerkingtreding;
}

function soortVan(d: { naam: string; tooi?: string }): Deelnemer['soort'] | null {
	const t = d.tooi ?? '';
	if (t.includes('/gemeente/')) return 'gemeente';
	if (t.includes('/provincie/')) return 'provincie';
	if (t.includes('/waterschap/')) return 'waterschap';
	if (/^provincie\b/i.test(d.naam)) return 'provincie';
	if (/^(waterschap|hoogheemraadschap|wetterskip)\b/i.test(d.naam)) return 'waterschap';
	if (/^gemeente\b/i.test(d.naam)) return 'gemeente';
	return t ? 'overig' : null;
}

/** Map the deelnemers of a regeling to 2025 gemeenten (or keep them as other deelnemers). */
export function koppelDeelnemers(
	r: RooRegeling,
	matcher: GemeenteMatcher,
	rapport: Pick<BouwRapport, 'herindelingToegepast' | 'nietGekoppeld'>
): Deelnemer[] {
	return r.deelnemers.map((d) => {
		const soort = soortVan(d);
		const basis = { naam: d.naam, lidSinds: d.toetredings_datum };
		if (soort !== 'gemeente' && soort !== null) return { ...basis, soort };
		const m = d.tooi && soort === 'gemeente' ? matcher.matchCode(d.tooi) : null;
		const res = m ?? (soort === 'gemeente' ? matcher.matchNaam(d.naam) : null);
		if (!res || res.soort === 'onbekend') {
			rapport.nietGekoppeld.push({
				verband: r.id,
				deelnemer: d.naam,
				reden:
					soort === 'gemeente'
						? 'geen gemeente van 2025 gevonden'
						: 'soort onbekend (geen TOOI, geen herkenbare naam)'
			});
			return { ...basis, soort: 'overig' as const };
		}
		if (res.soort === 'herindeling') {
			if (res.opvolgers.length > 1) {
				// A split: the parts went to several gemeenten; naming one of them would invent a member.
				rapport.nietGekoppeld.push({
					verband: r.id,
					deelnemer: d.naam,
					reden: `gesplitst: ${res.toelichting}`
				});
				return { ...basis, soort: 'gemeente' as const, toelichting: res.toelichting };
			}
			rapport.herindelingToegepast.push({ verband: r.id, toelichting: res.toelichting });
			return {
				...basis,
				soort: 'gemeente' as const,
				code: res.code,
				match: 'herindeling' as const,
				toelichting: res.toelichting
			};
		}
		return {
			...basis,
			soort: 'gemeente' as const,
			code: res.code,
			match: m ? ('tooi' as const) : ('naam' as const)
		};
	});
}

export interface BouwInvoer {
	paden: Record<string, string>;
	projectDir: string;
}

/** Run the whole build on the given source paths. */
export async function bouw({ paden, projectDir }: BouwInvoer): Promise<BouwResultaat> {
	const waarschuwingen: string[] = [];
	const rapport: BouwRapport = {
		gemeenten: 0,
		verbanden: 0,
		regelingenGelezen: 0,
		regelingenActueel: 0,
		perDomein: {},
		ongeclassificeerd: [],
		herindelingToegepast: [],
		nietGekoppeld: [],
		herindelingen: { totaal: 0, zonderOpvolger: [] },
		indelingen: {},
		veiligheidsregioControle: { gelijk: 0, totaal: 0, afwijkend: [] },
		waterburen: [],
		waarschuwingen
	};
	const manifest = leesManifest(projectDir);
	const bronVan = (id: string) => manifest.find((b) => b.id === id)!;

	// 1. Gemeenten and boundaries.
	const lijst = await leesGemeentelijst(paden.gemeentelijst);
	const rooGemeenten = leesRooGemeenten(join(paden.roo, 'gemeenten'));
	const topoRuw = JSON.parse(readFileSync(paden.grenzen, 'utf8')) as Topology;
	const { gemeenten, topology } = bouwGemeenten(topoRuw, lijst, rooGemeenten, waarschuwingen);
	rapport.gemeenten = gemeenten.length;
	const naamVan = new Map(gemeenten.map((g) => [g.code, g.naam]));
	rapport.waterburen = (topology.waterburen ?? []).map(
		([a, b, km]) =>
			`${naamVan.get(a)} – ${naamVan.get(b)}: ${km === 0 ? 'raken elkaar' : `${km} km over water`}`
	);

	// 2. Herindelingen.
	const feiten = parseYaml(
		readFileSync(join(projectDir, 'data', 'herindelingen.yaml'), 'utf8')
	) as {
		oud: string;
		opvolgers: string[];
		datum: string;
		bron: string;
	}[];
	const { herindelingen, zonderOpvolger } = bouwHerindelingen(
		leesGeschiedenis(paden.geschiedenis),
		rooGemeenten,
		feiten,
		lijst
	);
	rapport.herindelingen = { totaal: herindelingen.length, zonderOpvolger };
	const matcher = new GemeenteMatcher(lijst, herindelingen);

	// 3. Verbanden from the register.
	const regels = valideerRegels(
		parseYaml(readFileSync(join(projectDir, 'data', 'domeinen.yaml'), 'utf8'))
	);
	const { regelingen, organen } = leesRegelingen(join(paden.roo, 'gemeenschappelijke-regelingen'));
	rapport.regelingenGelezen = regelingen.length;
	const actueel = regelingen.filter(isActueel);
	rapport.regelingenActueel = actueel.length;
	const orgaanPerRooId = new Map(organen.filter((o) => o.rooId).map((o) => [o.rooId!, o]));
	const verbanden: Verband[] = [];
	for (const r of actueel) {
		const deelnemers = koppelDeelnemers(r, matcher, rapport);
		const codes = [...new Set(deelnemers.map((d) => d.code).filter(Boolean) as string[])].sort();
		if (codes.length === 0) continue;
		const orgaan = r.orgaan?.roo_id ? orgaanPerRooId.get(r.orgaan.roo_id) : undefined;
		const naam = r.citeertitel ?? r.namen[0] ?? r.id;
		const klasse = classificeer(
			{
				id: r.id,
				namen: [naam, ...r.namen, r.orgaan?.naam ?? '', orgaan?.afkorting ?? ''],
				beleidsterreinen: r.beleidsterreinen,
				doel: r.doel
			},
			regels
		);
		if (!r.bronUrl) waarschuwingen.push(`${r.bestand}: geen ROO-bronadres.`);
		verbanden.push({
			id: r.id,
			naam,
			afkorting: orgaan?.afkorting,
			samenwerkingsvorm: normaliseerVorm(r.samenwerkingsvorm),
			beleidsterreinen: r.beleidsterreinen,
			doel: r.doel,
			domeinen: klasse.domeinen,
			gemeenten: codes,
			deelnemers,
			sinds: r.inwerkingtreding,
			bron: {
				naam: 'Register van Overheidsorganisaties',
				url: r.bronUrl ?? `https://organisaties.overheid.nl/${r.rooId ?? ''}`,
				peildatum: r.opgehaald ?? bronVan('roo').peildatum,
				licentie: 'CC0'
			}
		});
	}
	verbanden.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id));
	rapport.verbanden = verbanden.length;
	for (const d of DOMEIN_IDS)
		rapport.perDomein[d] = verbanden.filter((v) => v.domeinen.includes(d)).length;
	rapport.ongeclassificeerd = verbanden
		.filter((v) => v.domeinen.length === 1 && v.domeinen[0] === 'overig')
		.map((v) => ({ id: v.id, naam: v.naam }));

	// 4. Indelingen: provincie from the CBS list, the seven others from their CSVs.
	const indelingen: Indeling[] = [];
	const gemeenteCodes = new Set(gemeenten.map((g) => g.code));
	const provincies = new Map<string, { naam: string; leden: string[] }>();
	for (const g of gemeenten) {
		const p = provincies.get(g.provincieCode) ?? { naam: g.provincieNaam, leden: [] };
		p.leden.push(g.code);
		provincies.set(g.provincieCode, p);
	}
	const gl = bronVan('gemeentelijst');
	indelingen.push({
		id: 'provincie',
		naam: INDELING_NAMEN.provincie,
		officieelAantal: OFFICIEEL_AANTAL.provincie,
		regios: [...provincies]
			.map(([code, p]) => ({ code, naam: p.naam, gemeenten: p.leden.sort() }))
			.sort((a, b) => a.code.localeCompare(b.code)),
		bron: { naam: gl.naam, url: gl.url ?? '', peildatum: gl.peildatum, licentie: gl.licentie }
	});
	for (const id of INDELING_IDS) {
		if (id === 'provincie') continue;
		const bestand = join(paden.indelingen, `${id}.csv`);
		const rijen = leesIndelingCsv(bestand);
		const regios = new Map<string, { naam: string; leden: string[] }>();
		for (const [i, r] of rijen.entries()) {
			if (!gemeenteCodes.has(r.gemeentecode))
				throw new BouwFout(
					`${id}.csv, rij ${i + 2}, veld "gemeentecode": ${r.gemeentecode} is geen gemeente van 2025.`
				);
			const reg = regios.get(r.regiocode) ?? { naam: r.regionaam, leden: [] };
			reg.leden.push(r.gemeentecode);
			regios.set(r.regiocode, reg);
		}
		indelingen.push({
			id,
			naam: INDELING_NAMEN[id],
			officieelAantal: OFFICIEEL_AANTAL[id],
			regios: [...regios]
				.map(([code, r]) => ({ code, naam: r.naam, gemeenten: r.leden.sort() }))
				.sort((a, b) => a.code.localeCompare(b.code)),
			bron: {
				naam: `CBS ${INDELING_NAMEN[id]} 2025`,
				url: rijen[0].bron_url,
				peildatum: rijen[0].peildatum,
				licentie: 'CC-BY 4.0 (CBS)'
			}
		});
	}
	for (const ind of indelingen) controleerPartitie(ind, gemeenteCodes);
	for (const ind of indelingen)
		rapport.indelingen[ind.id] = { regios: ind.regios.length, officieel: ind.officieelAantal };

	// 5. Cross-check: every veiligheidsregio equals the member set of a current regeling.
	const sets = new Set(verbanden.map((v) => v.gemeenten.join(',')));
	const vr = indelingen.find((i) => i.id === 'veiligheidsregio')!;
	rapport.veiligheidsregioControle = {
		totaal: vr.regios.length,
		gelijk: vr.regios.filter((r) => sets.has(r.gemeenten.join(','))).length,
		afwijkend: vr.regios
			.filter((r) => !sets.has(r.gemeenten.join(',')))
			.map((r) => `${r.code} ${r.naam}`)
	};

	const domeinen: DomeinInfo[] = DOMEIN_IDS.map((id) => ({
		id,
		naam: regels.domeinen[id].naam,
		naamEn: regels.domeinen[id].naam_en,
		omschrijving: regels.domeinen[id].omschrijving
	}));

	const atlas: Atlas = {
		meta: {
			peildatumGemeenten: gl.peildatum,
			peildatumRegister: bronVan('roo').peildatum,
			gebouwd: new Date().toISOString(),
			bronnen: manifest.map((b) => ({
				naam: b.naam,
				url: b.url ?? b.upstream ?? '',
				peildatum: b.peildatum,
				licentie: b.licentie
			}))
		},
		gemeenten,
		domeinen,
		verbanden,
		indelingen
	};
	return { atlas, topology, herindelingen, rapport };
}

/** An indeling must hold every gemeente exactly once, in the official number of regions. */
export function controleerPartitie(ind: Indeling, gemeenteCodes: Set<string>): void {
	const gezien = new Map<string, string>();
	for (const r of ind.regios) {
		for (const c of r.gemeenten) {
			if (gezien.has(c))
				throw new BouwFout(
					`Indeling ${ind.id}: ${c} staat in twee regio's (${gezien.get(c)} en ${r.code}).`
				);
			gezien.set(c, r.code);
		}
	}
	const mist = [...gemeenteCodes].filter((c) => !gezien.has(c));
	if (mist.length)
		throw new BouwFout(
			`Indeling ${ind.id}: ${mist.length} gemeenten ontbreken (${mist.slice(0, 5).join(', ')}…).`
		);
	if (ind.regios.length !== ind.officieelAantal)
		throw new BouwFout(
			`Indeling ${ind.id}: ${ind.regios.length} regio's, officieel ${ind.officieelAantal}.`
		);
}
