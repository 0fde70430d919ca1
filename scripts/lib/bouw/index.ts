// The data build: read → validate → match → classify → assemble. Returns everything the writer
// needs plus a report; throws BouwFout with a Dutch message when a check fails. Each step lives in
// its own module: gemeenten, herindelingen, verbanden, classificatie, indelingen, geschiedenis.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Topology } from 'topojson-specification';
import type {
	DomeinId,
	DomeinInfo,
	Indeling,
	Verband,
	VerbandDetail
} from '../../../src/lib/data/types';
import { DOMEIN_IDS } from '../../../src/lib/data/types';
import { GemeenteMatcher } from '../../../src/lib/data/gemeente-match';
import {
	classificeer,
	valideerRegels,
	type Classificatieregels
} from '../../../src/lib/data/classificeer';
import { geldigOp, verbandenOp } from '../../../src/lib/data/geschiedenis';
import { BouwFout, leesManifest } from '../bronnen';
import {
	leesGemeentelijst,
	leesGeschiedenis,
	leesRegelingen,
	leesRooGemeenten,
	type RooOrganisatie,
	type RooRegeling
} from '../lezen';
import { bouwGemeenten } from './gemeenten';
import { bouwHerindelingen } from './herindelingen';
import { isActueel, ketensVan, lijktVervangen, verbandVan } from './verbanden';
import { kwaliteit, leesReview, leesToetsset, reviewVan, type ReviewRegel } from './classificatie';
import {
	cbsIndelingen,
	controleerPartitie,
	provincieIndeling,
	regioatlasIndelingen
} from './indelingen';
import { bouwGeschiedenis } from './geschiedenis';
import { leegRapport, type BouwResultaat } from './rapport';

export type { BouwRapport, BouwResultaat, Kwaliteit } from './rapport';
export { bouwGemeenten, structuurFout, NL_BBOX } from './gemeenten';
export { bouwHerindelingen } from './herindelingen';
export { isActueel, koppelDeelnemers, normaliseerVorm, regimeVan, ketensVan } from './verbanden';
export { controleerPartitie, OFFICIEEL_AANTAL } from './indelingen';

export interface BouwInvoer {
	paden: Record<string, string>;
	projectDir: string;
}

/** The keyword proposal for a regeling (its latest version), read from far more than its name. */
export function voorstelVoor(
	r: RooRegeling,
	orgaan: RooOrganisatie | undefined,
	regels: Classificatieregels
): DomeinId[] {
	return classificeer(
		{
			id: r.id,
			namen: [r.citeertitel ?? '', ...r.namen, r.orgaan?.naam ?? '', orgaan?.afkorting ?? ''],
			beleidsterreinen: r.beleidsterreinen,
			doel: r.doel,
			grondslagen: r.grondslagen.map((g) => g.opschrift),
			teksten: [...r.bevoegdheden.map((b) => b.tekst), orgaan?.omschrijving ?? '']
		},
		{ ...regels, overrides: {} }
	).domeinen;
}

const VERVANGEN = /vervangen door\s+([a-z0-9-]+)/gi;

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
	) as { oud: string; opvolgers: string[]; datum: string; bron: string }[];
	const geschiedenisRijen = leesGeschiedenis(paden.geschiedenis);
	const { herindelingen, zonderOpvolger } = bouwHerindelingen(
		geschiedenisRijen,
		rooGemeenten,
		feiten,
		lijst
	);
	rapport.herindelingen = { totaal: herindelingen.length, zonderOpvolger };
	const matcher = new GemeenteMatcher(lijst, herindelingen);

	// 3. Regelingen: versions grouped per regeling; the review decides the domains.
	const regels = valideerRegels(
		parseYaml(readFileSync(join(projectDir, 'data', 'domeinen.yaml'), 'utf8'))
	);
	const reviewMap = join(projectDir, 'data', 'classificatie');
	const review = leesReview(reviewMap);
	const toetsset = leesToetsset(reviewMap);
	const { regelingen, organen } = leesRegelingen(join(paden.roo, 'gemeenschappelijke-regelingen'));
	rapport.regelingenGelezen = regelingen.length;
	rapport.regelingenActueel = regelingen.filter(isActueel).length;
	const orgaanPerRooId = new Map(organen.filter((o) => o.rooId).map((o) => [o.rooId!, o]));
	const ketens = ketensVan(regelingen);

	const besluit = new Map<
		RooRegeling[],
		{ domeinen: DomeinId[]; review?: ReviewRegel; voorstel: DomeinId[] }
	>();
	const besluitVan = (keten: RooRegeling[]) => {
		let b = besluit.get(keten);
		if (!b) {
			const laatste = keten[keten.length - 1];
			const orgaan = laatste.orgaan?.roo_id ? orgaanPerRooId.get(laatste.orgaan.roo_id) : undefined;
			const voorstel = voorstelVoor(laatste, orgaan, regels);
			const r = reviewVan(
				keten.map((v) => v.id),
				review
			);
			b = { domeinen: r ? r.domeinen : voorstel, review: r, voorstel };
			besluit.set(keten, b);
		}
		return b;
	};

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

	// 4. Indelingen.
	const gemeenteCodes = new Set(gemeenten.map((g) => g.code));
	const gl = bronVan('gemeentelijst');
	const ra = bronVan('regioatlas');
	const topo2016 = JSON.parse(
		readFileSync(join(paden['grenzen-jaren'], 'gemeente_2016_wgs84.topojson'), 'utf8')
	) as Topology;
	const indelingen: Indeling[] = [
		provincieIndeling(gemeenten, {
			naam: gl.naam,
			url: gl.url ?? '',
			peildatum: gl.peildatum,
			licentie: gl.licentie
		}),
		...cbsIndelingen(paden.indelingen, gemeenteCodes),
		...regioatlasIndelingen(
			paden.regioatlas,
			topo2016,
			gemeenteCodes,
			herindelingen,
			rapport.indelingen2016Keuzes,
			{
				naam: ra.naam,
				url: ra.upstream ?? ra.url ?? '',
				peildatum: '2016-02-17',
				licentie: ra.licentie
			}
		)
	];
	for (const ind of indelingen) controleerPartitie(ind, gemeenteCodes);
	for (const ind of indelingen)
		rapport.indelingen[ind.id] = {
			regios: ind.regios.length,
			officieel: ind.officieelAantal,
			jaar: ind.jaar
		};

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

	// 6. History: every version since 2018, on the gemeenten of each period.
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
	rapport.geschiedenis = {
		perioden: hist.geschiedenis.perioden.map((p) => ({
			van: p.van,
			tot: p.tot,
			gemeenten: hist.geschiedenis.gemeenten.filter((g) => geldigOp(g.van, g.tot, p.van)).length
		})),
		versies: hist.geschiedenis.ketens.reduce((n, k) => n + k.versies.length, 0),
		nietTeKoppelenOpDatum: hist.nietTeKoppelen
	};
	// The history on the register's peildatum must be today's data.
	const opPeildatum = new Map(
		verbandenOp(hist.geschiedenis, peildatumRegister, gemeenteCodes).map((v) => [
			v.id,
			v.gemeenten.join(',')
		])
	);
	for (const v of verbanden) {
		const h = opPeildatum.get(v.id);
		if (h !== v.gemeenten.join(','))
			waarschuwingen.push(
				`Geschiedenis op ${peildatumRegister} wijkt af van vandaag voor ${v.id}: ${h ?? 'niet in werking'} ≠ ${v.gemeenten.join(',')}`
			);
	}

	// 7. Classification report.
	const relevant = ketens.filter((k) =>
		hist.geschiedenis.ketens.some((h) => h.id === k[k.length - 1].id)
	);
	const gezien = new Set<string>();
	for (const k of relevant) {
		const b = besluitVan(k);
		const laatste = k[k.length - 1];
		const naam = laatste.citeertitel ?? laatste.namen[0] ?? laatste.id;
		if (!b.review) {
			rapport.classificatie.nietBeoordeeld.push({ id: laatste.id, naam, voorstel: b.voorstel });
			continue;
		}
		gezien.add(b.review.id);
		rapport.classificatie.beoordeeld++;
		if (!b.review.zeker) rapport.classificatie.twijfel++;
		if ([...b.voorstel].sort().join() !== [...b.review.domeinen].sort().join())
			rapport.classificatie.verschillen.push({
				id: laatste.id,
				naam,
				voorstel: b.voorstel,
				review: b.review.domeinen
			});
	}
	rapport.classificatie.onbekend = [...review.keys()].filter((id) => !gezien.has(id)).sort();
	const perKeten = (kies: (b: { domeinen: DomeinId[]; voorstel: DomeinId[] }) => DomeinId[]) => {
		const m = new Map<string, DomeinId[]>();
		for (const k of relevant) {
			const b = besluitVan(k);
			for (const v of k) m.set(v.id, kies(b));
		}
		return m;
	};
	rapport.classificatie.toetsset = {
		omvang: toetsset.length,
		review: kwaliteit(
			toetsset,
			perKeten((b) => b.domeinen)
		),
		voorstel: kwaliteit(
			toetsset,
			perKeten((b) => b.voorstel)
		)
	};

	// 8. Superseded: same members, same domains, similar name; and the reviewers' notes.
	const vervangen = lijktVervangen(
		verbanden,
		new Map(
			gemeenten.map((g) => [
				g.code,
				[
					g.naam,
					g.provincieNaam,
					...indelingen.flatMap((i) =>
						i.regios.filter((r) => r.gemeenten.includes(g.code)).map((r) => r.naam)
					)
				].join(' ')
			])
		)
	);
	const ids = new Set(verbanden.map((v) => v.id));
	for (const v of verbanden) {
		const opm = details[v.id].classificatie.opmerking ?? '';
		for (const m of opm.matchAll(VERVANGEN))
			if (ids.has(m[1]) && m[1] !== v.id)
				vervangen.set(v.id, [...new Set([...(vervangen.get(v.id) ?? []), m[1]])]);
	}
	for (const v of verbanden) {
		const door = vervangen.get(v.id);
		if (door?.length) {
			v.lijktVervangenDoor = door;
			rapport.lijktVervangen.push({ id: v.id, door });
		}
	}

	for (const d of DOMEIN_IDS) {
		const metDomein = verbanden.filter((v) => v.domeinen.includes(d));
		rapport.perDomein[d] = metDomein.length;
		rapport.gemeentenPerDomein[d] = new Set(metDomein.flatMap((v) => v.gemeenten)).size;
	}
	rapport.ongeclassificeerd = verbanden
		.filter((v) => v.domeinen.length === 1 && v.domeinen[0] === 'overig')
		.map((v) => ({ id: v.id, naam: v.naam }));

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
