// The data build: read → validate → match → classify → assemble. Returns everything the writer
// needs plus a report; throws BouwFout with a Dutch message when a check fails. Each step lives in
// its own module: gemeenten, herindelingen, verbanden, classificatie, indelingen, geschiedenis;
// this file only reads the sources and passes each step's result to the next.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Topology } from 'topojson-specification';
import type { DomeinInfo, Verband, VerbandDetail } from '../../../src/lib/data/types';
import { DOMEIN_IDS } from '../../../src/lib/data/types';
import { GemeenteMatcher } from '../../../src/lib/data/gemeente-match';
import { valideerRegels } from '../../../src/lib/data/classificeer';
import { BouwFout, leesManifest } from '../bronnen';
import { leesGemeentelijst, leesGeschiedenis, leesRegelingen, leesRooGemeenten } from '../lezen';
import { bouwGemeenten } from './gemeenten';
import { bouwHerindelingen } from './herindelingen';
import { isActueel, ketensVan, markeerVervangen, verbandVan } from './verbanden';
import { beslisser, classificatieRapport, leesReview, leesToetsset } from './classificatie';
import { alleIndelingen, veiligheidsregioControle } from './indelingen';
import { afwijkingenVanVandaag, bouwGeschiedenis, geschiedenisRapport } from './geschiedenis';
import { domeinTellingen, leegRapport, type BouwResultaat } from './rapport';

export type { BouwRapport, BouwResultaat, Kwaliteit } from './rapport';
export { bouwGemeenten, structuurFout, NL_BBOX } from './gemeenten';
export { bouwHerindelingen } from './herindelingen';
export { isActueel, koppelDeelnemers, normaliseerVorm, regimeVan, ketensVan } from './verbanden';
export { controleerPartitie, OFFICIEEL_AANTAL } from './indelingen';
export { voorstelVoor } from './classificatie';

export interface BouwInvoer {
	paden: Record<string, string>;
	projectDir: string;
}

const leesJson = <T>(pad: string): T => JSON.parse(readFileSync(pad, 'utf8')) as T;

/** Run the whole build on the given source paths. */
export async function bouw({ paden, projectDir }: BouwInvoer): Promise<BouwResultaat> {
	const rapport = leegRapport();
	const { waarschuwingen } = rapport;
	const manifest = leesManifest(projectDir);
	const bronVan = (id: string) => {
		const b = manifest.find((x) => x.id === id);
		if (!b) throw new BouwFout(`data/bronnen.json: bron "${id}" ontbreekt.`);
		return b;
	};
	const peildatumRegister = bronVan('roo').peildatum;

	// 1. Gemeenten and boundaries.
	const lijst = await leesGemeentelijst(paden.gemeentelijst);
	const rooGemeenten = leesRooGemeenten(join(paden.roo, 'gemeenten'));
	const { gemeenten, topology } = bouwGemeenten(
		leesJson<Topology>(paden.grenzen),
		lijst,
		rooGemeenten,
		waarschuwingen
	);
	const gemeenteCodes = new Set(gemeenten.map((g) => g.code));
	rapport.gemeenten = gemeenten.length;
	const naamVan = new Map(gemeenten.map((g) => [g.code, g.naam]));
	rapport.waterburen = (topology.waterburen ?? []).map(
		([a, b, km]) =>
			`${naamVan.get(a)} – ${naamVan.get(b)}: ${km === 0 ? 'raken elkaar' : `${km} km over water`}`
	);

	// 2. Herindelingen.
	const feiten = parseYaml(
		readFileSync(join(projectDir, 'data', 'herindelingen.yaml'), 'utf8')
	) as { oud: string; opvolgers: string[]; datum: string; bron: string }[];
	const geschiedenisRijen = leesGeschiedenis(paden.geschiedenis);
	const jaarTopo = (jaar: number): Topology | null => {
		const pad =
			jaar === 2025
				? paden.grenzen
				: join(paden['grenzen-jaren'], `gemeente_${jaar}_wgs84.topojson`);
		return jaar >= 2016 && jaar <= 2025 && existsSync(pad) ? leesJson<Topology>(pad) : null;
	};
	const { herindelingen, zonderOpvolger } = bouwHerindelingen(
		geschiedenisRijen,
		rooGemeenten,
		feiten,
		lijst,
		jaarTopo
	);
	rapport.herindelingen = { totaal: herindelingen.length, zonderOpvolger };
	const matcher = new GemeenteMatcher(lijst, herindelingen);

	// 3. Regelingen: versions grouped per regeling; the review decides the domains.
	const regels = valideerRegels(
		parseYaml(readFileSync(join(projectDir, 'data', 'domeinen.yaml'), 'utf8'))
	);
	const reviewMap = join(projectDir, 'data', 'classificatie');
	const review = leesReview(reviewMap);
	const { regelingen, organen } = leesRegelingen(join(paden.roo, 'gemeenschappelijke-regelingen'));
	rapport.regelingenGelezen = regelingen.length;
	rapport.regelingenActueel = regelingen.filter(isActueel).length;
	const orgaanPerRooId = new Map(organen.filter((o) => o.rooId).map((o) => [o.rooId!, o]));
	const ketens = ketensVan(regelingen);
	const besluitVan = beslisser(regels, review, orgaanPerRooId);

	const verbanden: Verband[] = [];
	const details: Record<string, VerbandDetail> = {};
	for (const keten of ketens) {
		if (!isActueel(keten[keten.length - 1])) continue;
		const uit = verbandVan({ keten, matcher, organen: orgaanPerRooId, rapport, peildatumRegister });
		if (!uit) continue;
		const b = besluitVan(keten);
		verbanden.push({ ...uit.verband, domeinen: b.domeinen });
		details[uit.verband.id] = {
			...uit.detail,
			classificatie: {
				reden: b.review?.reden ?? 'Niet beoordeeld: voorstel van de trefwoordregels.',
				zeker: b.review?.zeker ?? false,
				voorstel: b.voorstel,
				...(b.review?.opmerking ? { opmerking: b.review.opmerking } : {})
			}
		};
	}
	verbanden.sort((a, b) => a.naam.localeCompare(b.naam, 'nl') || a.id.localeCompare(b.id));
	rapport.verbanden = verbanden.length;

	// 4. Indelingen, and the cross-check of the veiligheidsregio's with the register.
	const gl = bronVan('gemeentelijst');
	const ra = bronVan('regioatlas');
	const indelingen = alleIndelingen({
		gemeenten,
		indelingenMap: paden.indelingen,
		regioatlasMap: paden.regioatlas,
		topo2016: leesJson<Topology>(join(paden['grenzen-jaren'], 'gemeente_2016_wgs84.topojson')),
		herindelingen,
		keuzes: rapport.indelingen2016Keuzes,
		bronGemeentelijst: {
			naam: gl.naam,
			url: gl.url ?? '',
			peildatum: gl.peildatum,
			licentie: gl.licentie
		},
		bronRegioatlas: {
			naam: ra.naam,
			url: ra.upstream ?? ra.url ?? '',
			peildatum: '2016-02-17',
			licentie: ra.licentie
		}
	});
	for (const ind of indelingen)
		rapport.indelingen[ind.id] = {
			regios: ind.regios.length,
			officieel: ind.officieelAantal,
			jaar: ind.jaar
		};
	rapport.veiligheidsregioControle = veiligheidsregioControle(verbanden, indelingen);

	// 5. History: every version since 2018, on the gemeenten of each period.
	const hist = bouwGeschiedenis({
		rijen: geschiedenisRijen,
		herindelingen,
		ketens,
		domeinenVan: (k) => besluitVan(k).domeinen,
		matcher,
		organen: orgaanPerRooId,
		grenzenMap: paden['grenzen-jaren'] ?? dirname(paden.grenzen),
		peildatum: peildatumRegister,
		huidigeCodes: gemeenteCodes
	});
	rapport.ketens = hist.geschiedenis.ketens.length;
	rapport.geschiedenis = geschiedenisRapport(hist.geschiedenis, hist.nietTeKoppelen);
	waarschuwingen.push(...afwijkingenVanVandaag(hist.geschiedenis, verbanden, gemeenteCodes));

	// 6. Classification report, over the regelingen the history holds.
	const inGeschiedenis = new Set(hist.geschiedenis.ketens.map((h) => h.id));
	rapport.classificatie = classificatieRapport(
		ketens.filter((k) => inGeschiedenis.has(k[k.length - 1].id)),
		besluitVan,
		review,
		leesToetsset(reviewMap)
	);

	// 7. Superseded verbanden, and the counts per domain.
	rapport.lijktVervangen = markeerVervangen(verbanden, details, gemeenten, indelingen);
	Object.assign(rapport, domeinTellingen(verbanden));

	const domeinen: DomeinInfo[] = DOMEIN_IDS.map((id) => ({
		id,
		naam: regels.domeinen[id].naam,
		naamEn: regels.domeinen[id].naam_en,
		omschrijving: regels.domeinen[id].omschrijving
	}));

	return {
		atlas: {
			meta: {
				peildatumGemeenten: gl.peildatum,
				peildatumRegister,
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
		},
		topology,
		herindelingen,
		details,
		geschiedenis: hist.geschiedenis,
		periodeTopologieen: hist.topologieen,
		rapport
	};
}
