// The build report: what was read, what was decided and why, and every check's outcome.
import type { Atlas, DomeinId, Verband, VerbandDetail } from '../../../src/lib/data/types';
import { DOMEIN_IDS } from '../../../src/lib/data/types';
import type { Herindeling } from '../../../src/lib/data/gemeente-match';
import type { Geschiedenis } from '../../../src/lib/data/geschiedenis';
import type { GemeenteTopology } from '../../../src/lib/data/load';

/** Precision and recall of one classification against the test set, for one domain. */
export interface Kwaliteit {
	domein: DomeinId;
	tp: number;
	fp: number;
	fn: number;
	precisie: number;
	recall: number;
}

export interface BouwRapport {
	gemeenten: number;
	verbanden: number;
	regelingenGelezen: number;
	regelingenActueel: number;
	/** Regelingen (all versions together) in force on some date since 2018 with a gemeente. */
	ketens: number;
	perDomein: Record<string, number>;
	/** Gemeenten in at least one verband of the domain. */
	gemeentenPerDomein: Record<string, number>;
	ongeclassificeerd: { id: string; naam: string }[];
	classificatie: {
		beoordeeld: number;
		nietBeoordeeld: { id: string; naam: string; voorstel: DomeinId[] }[];
		/** Where the keyword rules and the review differ. */
		verschillen: { id: string; naam: string; voorstel: DomeinId[]; review: DomeinId[] }[];
		/** Review entries that match no regeling (stale after a register update). */
		onbekend: string[];
		twijfel: number;
		toetsset: {
			omvang: number;
			/** The review against the test set (after the disagreements were decided). */
			review: Kwaliteit[];
			/** The keyword proposal against the test set. */
			voorstel: Kwaliteit[];
			/** Agreement of the review with the second reader's own calls, before deciding. */
			tweedeLezer: Kwaliteit[];
		};
	};
	lijktVervangen: { id: string; door: string[] }[];
	herindelingToegepast: { verband: string; toelichting: string }[];
	nietGekoppeld: { verband: string; deelnemer: string; reden: string }[];
	herindelingen: { totaal: number; zonderOpvolger: string[] };
	indelingen: Record<string, { regios: number; officieel: number; jaar: number }>;
	/** Regioatlas 2016: 2025 gemeenten formed from 2016 gemeenten in different regions. */
	indelingen2016Keuzes: string[];
	veiligheidsregioControle: { gelijk: number; totaal: number; afwijkend: string[] };
	geschiedenis: {
		perioden: { van: string; tot: string | null; gemeenten: number }[];
		versies: number;
		/** Members whose recorded code did not exist on a date their version was in force. */
		nietTeKoppelenOpDatum: number;
	};
	/** Neighbours without a shared border arc: touching, or an island across water (km). */
	waterburen: string[];
	waarschuwingen: string[];
}

export interface BouwResultaat {
	atlas: Atlas;
	topology: GemeenteTopology;
	herindelingen: Herindeling[];
	details: Record<string, VerbandDetail>;
	geschiedenis: Geschiedenis;
	/** Topologies of earlier periods, by file name. */
	periodeTopologieen: Record<string, GemeenteTopology>;
	rapport: BouwRapport;
}

export function leegRapport(): BouwRapport {
	return {
		gemeenten: 0,
		verbanden: 0,
		regelingenGelezen: 0,
		regelingenActueel: 0,
		ketens: 0,
		perDomein: {},
		gemeentenPerDomein: {},
		ongeclassificeerd: [],
		classificatie: {
			beoordeeld: 0,
			nietBeoordeeld: [],
			verschillen: [],
			onbekend: [],
			twijfel: 0,
			toetsset: { omvang: 0, review: [], voorstel: [], tweedeLezer: [] }
		},
		lijktVervangen: [],
		herindelingToegepast: [],
		nietGekoppeld: [],
		herindelingen: { totaal: 0, zonderOpvolger: [] },
		indelingen: {},
		indelingen2016Keuzes: [],
		veiligheidsregioControle: { gelijk: 0, totaal: 0, afwijkend: [] },
		geschiedenis: { perioden: [], versies: 0, nietTeKoppelenOpDatum: 0 },
		waterburen: [],
		waarschuwingen: []
	};
}

/** Per domain its verbanden and the gemeenten in at least one of them; and the "overig"-only ones. */
export function domeinTellingen(
	verbanden: readonly Pick<Verband, 'id' | 'naam' | 'domeinen' | 'gemeenten'>[]
): Pick<BouwRapport, 'perDomein' | 'gemeentenPerDomein' | 'ongeclassificeerd'> {
	const perDomein: Record<string, number> = {};
	const gemeentenPerDomein: Record<string, number> = {};
	for (const d of DOMEIN_IDS) {
		const metDomein = verbanden.filter((v) => v.domeinen.includes(d));
		perDomein[d] = metDomein.length;
		gemeentenPerDomein[d] = new Set(metDomein.flatMap((v) => v.gemeenten)).size;
	}
	const ongeclassificeerd = verbanden
		.filter((v) => v.domeinen.length === 1 && v.domeinen[0] === 'overig')
		.map((v) => ({ id: v.id, naam: v.naam }));
	return { perDomein, gemeentenPerDomein, ongeclassificeerd };
}
