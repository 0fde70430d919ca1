// Indelingen: provincie from the CBS list, the CBS 2025 indelingen from their CSVs, and the
// Regioatlas 2016 indelingen of the sociaal domein mapped to the 2025 gemeenten.
import { join } from 'node:path';
import { feature } from 'topojson-client';
import area from '@turf/area';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gemeente, Indeling, IndelingId, Bron, Verband } from '../../../src/lib/data/types';
import { INDELING_IDS } from '../../../src/lib/data/types';
import type { Herindeling } from '../../../src/lib/data/gemeente-match';
import { slug } from '../../../src/lib/slug';
import { BouwFout } from '../bronnen';
import { leesIndelingCsv, leesRegioatlasCsv } from '../lezen';

/** Official number of regions per CBS indeling (2025). */
export const OFFICIEEL_AANTAL: Partial<Record<IndelingId, number>> = {
	provincie: 12,
	veiligheidsregio: 25,
	'ggd-regio': 25,
	jeugdregio: 42,
	arbeidsmarktregio: 35,
	'res-regio': 30,
	zorgkantoorregio: 31,
	'corop-gebied': 40,
	'veilig-thuis-regio': 25,
	'rmc-regio': 40,
	'politie-regionale-eenheid': 10
};

export const INDELING_NAMEN: Record<IndelingId, string> = {
	provincie: 'Provincies',
	veiligheidsregio: "Veiligheidsregio's",
	'ggd-regio': "GGD-regio's",
	jeugdregio: "Jeugdregio's",
	arbeidsmarktregio: "Arbeidsmarktregio's",
	'res-regio': "RES-regio's",
	zorgkantoorregio: "Zorgkantoorregio's",
	'corop-gebied': 'COROP-gebieden',
	'veilig-thuis-regio': "Veilig Thuis-regio's",
	'rmc-regio': "RMC-regio's (voortijdig schoolverlaten)",
	'politie-regionale-eenheid': 'Politie-eenheden',
	'ra2016-beschermd-wonen': 'Centrumgemeenten beschermd wonen en maatschappelijke opvang (2016)',
	'ra2016-vrouwenopvang': 'Centrumgemeenten vrouwenopvang en huiselijk geweld (2016)',
	'ra2016-wmo': "Wmo-regio's (2016)",
	'ra2016-jeugdzorg': "Jeugdzorgregio's (2016)",
	'ra2016-sociale-dienst': 'Intergemeentelijke sociale diensten (2016)',
	'ra2016-sociale-werkvoorziening': 'Sociale werkvoorziening (2016)'
};

/** Regioatlas 2016 files (folder Sociaal/ of the mirror). */
export const REGIOATLAS_BESTANDEN: Partial<Record<IndelingId, string>> = {
	'ra2016-beschermd-wonen': 'centrumgemeentemaatschappelijkeopvangbeschermdwonen.csv',
	'ra2016-vrouwenopvang': 'centrumgemeentenvrouwenopvanggeweldinhuiselijkekring.csv',
	'ra2016-wmo': 'wmoregios.csv',
	'ra2016-jeugdzorg': 'jeugdzorgregios1.csv',
	'ra2016-sociale-dienst': 'intergemeentelijkesocialediensten.csv',
	'ra2016-sociale-werkvoorziening': 'socialewerkvoorziening.csv'
};

/** The CBS 2025 indelingen with a CSV of their own (provincie comes from the gemeente list). */
const CSV_IDS = INDELING_IDS.filter((id) => id !== 'provincie' && !id.startsWith('ra2016-'));

function regiosUit(leden: Map<string, { naam: string; leden: string[] }>) {
	return [...leden]
		.map(([code, r]) => ({ code, naam: r.naam, gemeenten: [...r.leden].sort() }))
		.sort((a, b) => a.code.localeCompare(b.code));
}

export function provincieIndeling(gemeenten: Gemeente[], bron: Bron): Indeling {
	const provincies = new Map<string, { naam: string; leden: string[] }>();
	for (const g of gemeenten) {
		const p = provincies.get(g.provincieCode) ?? { naam: g.provincieNaam, leden: [] };
		p.leden.push(g.code);
		provincies.set(g.provincieCode, p);
	}
	return {
		id: 'provincie',
		naam: INDELING_NAMEN.provincie,
		officieelAantal: OFFICIEEL_AANTAL.provincie!,
		jaar: 2025,
		dekkend: true,
		regios: regiosUit(provincies),
		bron
	};
}

/** The CBS 2025 indelingen, one CSV each (gemeente → region). */
export function cbsIndelingen(map: string, gemeenteCodes: Set<string>): Indeling[] {
	return CSV_IDS.map((id) => {
		const rijen = leesIndelingCsv(join(map, `${id}.csv`));
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
		return {
			id,
			naam: INDELING_NAMEN[id],
			officieelAantal: OFFICIEEL_AANTAL[id]!,
			jaar: 2025,
			dekkend: true,
			regios: regiosUit(regios),
			bron: {
				naam: `CBS ${INDELING_NAMEN[id]} 2025`,
				url: rijen[0].bron_url,
				peildatum: rijen[0].peildatum,
				licentie: 'CC-BY 4.0 (CBS)'
			}
		};
	});
}

/**
 * The Regioatlas 2016 indelingen on the 2025 gemeenten. A 2016 gemeente maps to its 2025
 * successor(s); a 2025 gemeente formed from 2016 gemeenten in different regions goes to the
 * region holding the largest part of its area (2016 boundaries), and the choice is reported.
 */
export function regioatlasIndelingen(
	map: string,
	topo2016: Topology,
	gemeenteCodes: Set<string>,
	herindelingen: Herindeling[],
	keuzes: string[],
	bron: Bron
): Indeling[] {
	const obj = Object.values(topo2016.objects)[0] as GeometryCollection<{ statcode?: string }>;
	const opp = new Map<string, number>();
	for (const f of feature(topo2016, obj).features)
		opp.set(String(f.properties?.statcode ?? f.id), area(f));
	const opvolgers = new Map(herindelingen.map((h) => [h.code, h.opvolgers]));
	const naar2025 = (code: string): string[] =>
		gemeenteCodes.has(code) ? [code] : (opvolgers.get(code) ?? []);
	const uit: Indeling[] = [];
	for (const [id, bestand] of Object.entries(REGIOATLAS_BESTANDEN) as [IndelingId, string][]) {
		const rijen = leesRegioatlasCsv(join(map, bestand));
		const gewicht = new Map<string, Map<string, number>>();
		const namen = new Map<string, string>();
		for (const r of rijen) {
			const doel = naar2025(r.code);
			if (doel.length === 0) {
				keuzes.push(`${id}: ${r.gemeente} (${r.code}) heeft geen gemeente van 2025; overgeslagen`);
				continue;
			}
			const regioCode = slug(r.regio);
			namen.set(regioCode, r.regio);
			for (const c of doel) {
				const m = gewicht.get(c) ?? new Map<string, number>();
				m.set(regioCode, (m.get(regioCode) ?? 0) + (opp.get(r.code) ?? 1) / doel.length);
				gewicht.set(c, m);
			}
		}
		const regios = new Map<string, { naam: string; leden: string[] }>();
		for (const [c, m] of gewicht) {
			const gesorteerd = [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
			if (gesorteerd.length > 1)
				keuzes.push(
					`${id}: ${c} ligt in ${gesorteerd.length} regio's van 2016; gekozen ${namen.get(gesorteerd[0][0])} (grootste deel)`
				);
			const code = gesorteerd[0][0];
			const reg = regios.get(code) ?? { naam: namen.get(code)!, leden: [] };
			reg.leden.push(c);
			regios.set(code, reg);
		}
		const lijst = regiosUit(regios);
		const gedekt = lijst.reduce((n, r) => n + r.gemeenten.length, 0);
		uit.push({
			id,
			naam: INDELING_NAMEN[id],
			officieelAantal: new Set(rijen.map((r) => r.regio)).size,
			jaar: 2016,
			dekkend: gedekt === gemeenteCodes.size,
			regios: lijst,
			bron: { ...bron, naam: `${bron.naam}: ${bestand}` }
		});
	}
	return uit;
}

/** A covering indeling must hold every gemeente exactly once, in the official number of regions. */
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
	if (!ind.dekkend) return;
	const mist = [...gemeenteCodes].filter((c) => !gezien.has(c));
	if (mist.length)
		throw new BouwFout(
			`Indeling ${ind.id}: ${mist.length} gemeenten ontbreken (${mist.slice(0, 5).join(', ')}…).`
		);
	if (ind.jaar !== 2016 && ind.regios.length !== ind.officieelAantal)
		throw new BouwFout(
			`Indeling ${ind.id}: ${ind.regios.length} regio's, officieel ${ind.officieelAantal}.`
		);
}

/** Every indeling the app shows: provincie, the CBS 2025 indelingen and the Regioatlas 2016 ones. */
export function alleIndelingen(invoer: {
	gemeenten: Gemeente[];
	indelingenMap: string;
	regioatlasMap: string;
	topo2016: Topology;
	herindelingen: Herindeling[];
	/** Filled with the Regioatlas choices (2025 gemeenten formed across 2016 regions). */
	keuzes: string[];
	bronGemeentelijst: Bron;
	bronRegioatlas: Bron;
}): Indeling[] {
	const gemeenteCodes = new Set(invoer.gemeenten.map((g) => g.code));
	const indelingen = [
		provincieIndeling(invoer.gemeenten, invoer.bronGemeentelijst),
		...cbsIndelingen(invoer.indelingenMap, gemeenteCodes),
		...regioatlasIndelingen(
			invoer.regioatlasMap,
			invoer.topo2016,
			gemeenteCodes,
			invoer.herindelingen,
			invoer.keuzes,
			invoer.bronRegioatlas
		)
	];
	for (const ind of indelingen) controleerPartitie(ind, gemeenteCodes);
	return indelingen;
}

/** Cross-check: every veiligheidsregio should equal the member set of a current regeling. */
export function veiligheidsregioControle(
	verbanden: readonly Pick<Verband, 'gemeenten'>[],
	indelingen: readonly Indeling[]
): { totaal: number; gelijk: number; afwijkend: string[] } {
	const sets = new Set(verbanden.map((v) => v.gemeenten.join(',')));
	const vr = indelingen.find((i) => i.id === 'veiligheidsregio');
	if (!vr) throw new BouwFout('Indeling "veiligheidsregio" ontbreekt.');
	const afwijkend = vr.regios.filter((r) => !sets.has(r.gemeenten.join(',')));
	return {
		totaal: vr.regios.length,
		gelijk: vr.regios.length - afwijkend.length,
		afwijkend: afwijkend.map((r) => `${r.code} ${r.naam}`)
	};
}
