// Verbanden from the register: versions grouped into regelingen (ketens), members matched to
// gemeenten, governance (regime, delegated powers), dates that mean what they say.
import type {
	Deelnemer,
	Gemeente,
	Indeling,
	Regime,
	Samenwerkingsvorm,
	Verband,
	VerbandDetail,
	VersieInfo
} from '../../../src/lib/data/types';
import type { GemeenteMatcher, Herindeling } from '../../../src/lib/data/gemeente-match';
import { normaliseerNaam } from '../../../src/lib/data/gemeente-match';
import type { RooOrganisatie, RooRegeling } from '../lezen';
import type { BouwRapport } from './rapport';

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

/** Current versions only: no valid_until, no datum_uitwerkingtreding. */
export function isActueel(r: RooRegeling): boolean {
	return !r.validUntil && !r.uitwerkingtreding;
}

export function soortVan(d: { naam: string; tooi?: string }): Deelnemer['soort'] | null {
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
		const basis = {
			naam: d.naam,
			lidSinds: d.toetredings_datum,
			...(d.bestuursorganen?.length ? { bestuursorganen: d.bestuursorganen } : {})
		};
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

/** The versions of each regeling, oldest first, linked by previous/next version. */
export function ketensVan(regelingen: RooRegeling[]): RooRegeling[][] {
	const perRooId = new Map(regelingen.filter((r) => r.rooId).map((r) => [r.rooId!, r]));
	const heeftVoorganger = (r: RooRegeling) => !!(r.vorigeRooId && perRooId.has(r.vorigeRooId));
	const ketens: RooRegeling[][] = [];
	for (const kop of regelingen.filter((r) => !heeftVoorganger(r))) {
		const keten: RooRegeling[] = [];
		const gezien = new Set<RooRegeling>();
		for (
			let r: RooRegeling | undefined = kop;
			r && !gezien.has(r);
			r = r.volgendeRooId ? perRooId.get(r.volgendeRooId) : undefined
		) {
			gezien.add(r);
			keten.push(r);
		}
		ketens.push(keten);
	}
	return ketens;
}

const RAAD = /raad/i;
const COLLEGE = /college|burgemeester en wethouders|gedeputeerde/i;
const BURGEMEESTER = /^burgemeester$/i;

/**
 * Which bodies of the member gemeenten take part. One kind for all → college-, raads- or
 * burgemeestersregeling; several kinds → gemengde regeling (Wgr art. 1).
 */
export function regimeVan(deelnemers: Pick<Deelnemer, 'soort' | 'bestuursorganen'>[]): Regime {
	const soorten = new Set<string>();
	for (const d of deelnemers) {
		if (d.soort !== 'gemeente') continue;
		for (const o of d.bestuursorganen ?? []) {
			if (RAAD.test(o)) soorten.add('raad');
			else if (BURGEMEESTER.test(o.trim())) soorten.add('burgemeester');
			else if (COLLEGE.test(o)) soorten.add('college');
		}
	}
	if (soorten.size === 0) return 'onbekend';
	if (soorten.size > 1) return 'gemengde regeling';
	const [s] = soorten;
	return s === 'raad'
		? 'raadsregeling'
		: s === 'college'
			? 'collegeregeling'
			: 'burgemeestersregeling';
}

/** A member's identity across versions: its TOOI code, else its normalised name. */
export function lidSleutel(d: { naam: string; tooi?: string }): string {
	const m = /gm(\d{4})$/i.exec(d.tooi ?? '');
	return m ? `GM${m[1]}` : normaliseerNaam(d.naam);
}

/**
 * "Lid sinds" per member of the latest version: its toetredingsdatum in the earliest version that
 * lists it, else that version's date of inwerkingtreding.
 */
export function lidSindsPerLid(keten: RooRegeling[]): Map<string, string | undefined> {
	const uit = new Map<string, string | undefined>();
	for (const v of keten) {
		for (const d of v.deelnemers) {
			const k = lidSleutel(d);
			if (!uit.has(k)) uit.set(k, d.toetredings_datum ?? v.inwerkingtreding);
		}
	}
	return uit;
}

/**
 * Since when the regeling exists, on the register's evidence: its first registered version, or the
 * earliest date a member joined (in any version) when that is earlier.
 */
export function bestaatSinds(keten: RooRegeling[]): string | undefined {
	const data = keten.flatMap((v) => [
		v.inwerkingtreding,
		...v.deelnemers.map((d) => d.toetredings_datum)
	]);
	return data.filter((d): d is string => !!d && /^\d{4}-\d{2}-\d{2}/.test(d)).sort()[0];
}

const STOPWOORDEN = new Set([
	'gemeenschappelijke',
	'regeling',
	'gr',
	'de',
	'het',
	'van',
	'en',
	'voor',
	'openbaar',
	'lichaam',
	'gemeenten',
	'regio',
	'samenwerking',
	'regeling',
	'centrumregeling'
]);

function stammen(tekst: string, weg: ReadonlySet<string> = new Set()): Set<string> {
	return new Set(
		tekst
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.split(/[^a-z0-9]+/)
			.filter((w) => w.length > 1 && !STOPWOORDEN.has(w) && !/^\d+$/.test(w))
			.map((w) => w.slice(0, 5))
			.filter((w) => !weg.has(w))
	);
}

/**
 * Current regelingen that look superseded by another: the same member gemeenten (at least two),
 * a shared domain, the newer one begun after the older's current version, and names that share at
 * least half the distinctive word stems of the shorter name once place and region names are left
 * out ("Samenwerking Sociale Zaken 2008" and "Samenwerking Sociaal Domein … 2026" of the same four
 * gemeenten). The older regeling points to the newer.
 */
export function lijktVervangen(
	verbanden: Pick<Verband, 'id' | 'naam' | 'gemeenten' | 'domeinen' | 'sinds' | 'versieSinds'>[],
	plaatsnamen: ReadonlyMap<string, string> = new Map()
): Map<string, string[]> {
	const uit = new Map<string, string[]>();
	const perLeden = new Map<string, typeof verbanden>();
	for (const v of verbanden) {
		if (v.gemeenten.length < 2) continue;
		const k = v.gemeenten.join(',');
		perLeden.set(k, [...(perLeden.get(k) ?? []), v]);
	}
	const sleutel = (v: (typeof verbanden)[number]) =>
		`${v.sinds ?? ''}|${v.versieSinds ?? ''}|${v.id}`;
	for (const groep of perLeden.values()) {
		if (groep.length < 2) continue;
		const plaats = new Set<string>();
		for (const c of groep[0].gemeenten)
			for (const w of stammen(plaatsnamen.get(c) ?? '')) plaats.add(w);
		for (const a of groep)
			for (const b of groep) {
				if (a === b || sleutel(a) >= sleutel(b)) continue;
				if (!a.domeinen.some((d) => d !== 'overig' && b.domeinen.includes(d))) continue;
				const wa = stammen(a.naam, plaats);
				const wb = stammen(b.naam, plaats);
				// The newer one began after the older's current version: it came to replace it.
				if ((b.sinds ?? '') <= (a.versieSinds ?? '')) continue;
				const gedeeld = [...wa].filter((w) => wb.has(w)).length;
				if (gedeeld === 0 || gedeeld * 2 < Math.min(wa.size, wb.size)) continue;
				uit.set(a.id, [...(uit.get(a.id) ?? []), b.id]);
			}
	}
	return uit;
}

const VERVANGEN_DOOR = /vervangen door\s+([a-z0-9-]+)/gi;

/**
 * Marks every verband that looks superseded (`lijktVervangenDoor`): by `lijktVervangen`, with the
 * names of each gemeente's places and regions left out of the name comparison, and where a
 * reviewer's remark says "vervangen door <id>" of another current verband. Returns what it marked.
 */
export function markeerVervangen(
	verbanden: Verband[],
	details: Readonly<Record<string, Pick<VerbandDetail, 'classificatie'>>>,
	gemeenten: readonly Pick<Gemeente, 'code' | 'naam' | 'provincieNaam'>[],
	indelingen: readonly Indeling[]
): { id: string; door: string[] }[] {
	const plaatsnamen = new Map(
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
	);
	const vervangen = lijktVervangen(verbanden, plaatsnamen);
	const ids = new Set(verbanden.map((v) => v.id));
	for (const v of verbanden) {
		const opm = details[v.id]?.classificatie.opmerking ?? '';
		for (const m of opm.matchAll(VERVANGEN_DOOR))
			if (ids.has(m[1]) && m[1] !== v.id)
				vervangen.set(v.id, [...new Set([...(vervangen.get(v.id) ?? []), m[1]])]);
	}
	const uit: { id: string; door: string[] }[] = [];
	for (const v of verbanden) {
		const door = vervangen.get(v.id);
		if (door?.length) {
			v.lijktVervangenDoor = door;
			uit.push({ id: v.id, door });
		}
	}
	return uit;
}

/** The register's versions of a regeling for the verband page: members (as 2025 codes) per version. */
export function versieGeschiedenis(keten: RooRegeling[], matcher: GemeenteMatcher): VersieInfo[] {
	const stil = { herindelingToegepast: [], nietGekoppeld: [] };
	return keten.map((v) => ({
		id: v.id,
		naam: v.citeertitel ?? v.namen[0] ?? v.id,
		van: v.inwerkingtreding ?? '',
		...(v.uitwerkingtreding ? { tot: v.uitwerkingtreding } : {}),
		...(v.bronUrl ? { url: v.bronUrl } : {}),
		leden: koppelDeelnemers(v, matcher, stil)
			.filter((d) => d.soort === 'gemeente')
			.map((d) => ({
				naam: d.naam,
				...(d.code ? { code: d.code } : {}),
				...(d.lidSinds ? { sinds: d.lidSinds } : {})
			}))
	}));
}

export interface VerbandInvoer {
	keten: RooRegeling[];
	matcher: GemeenteMatcher;
	organen: ReadonlyMap<string, RooOrganisatie>;
	rapport: Pick<BouwRapport, 'herindelingToegepast' | 'nietGekoppeld' | 'waarschuwingen'>;
	peildatumRegister: string;
}

/** One verband (the current version of a regeling, with its history) and its long texts. */
export function verbandVan({
	keten,
	matcher,
	organen,
	rapport,
	peildatumRegister
}: VerbandInvoer): {
	verband: Omit<Verband, 'domeinen'>;
	detail: Omit<VerbandDetail, 'classificatie'>;
} | null {
	const r = keten[keten.length - 1];
	const deelnemers = koppelDeelnemers(r, matcher, rapport);
	const sinds = lidSindsPerLid(keten);
	for (const d of deelnemers) {
		const bron = r.deelnemers.find((x) => x.naam === d.naam);
		const s = bron ? sinds.get(lidSleutel(bron)) : undefined;
		if (s) d.lidSinds = s;
	}
	const codes = [...new Set(deelnemers.map((d) => d.code).filter(Boolean) as string[])].sort();
	if (codes.length === 0) return null;
	const orgaanRuw = r.orgaan?.roo_id ? organen.get(r.orgaan.roo_id) : undefined;
	const naam = r.citeertitel ?? r.namen[0] ?? r.id;
	if (!r.bronUrl) rapport.waarschuwingen.push(`${r.bestand}: geen ROO-bronadres.`);
	const orgaanNaam = orgaanRuw?.naam ?? r.orgaan?.naam;
	return {
		verband: {
			id: r.id,
			naam,
			afkorting: orgaanRuw?.afkorting,
			samenwerkingsvorm: normaliseerVorm(r.samenwerkingsvorm),
			beleidsterreinen: r.beleidsterreinen,
			doel: r.doel,
			gemeenten: codes,
			deelnemers,
			sinds: bestaatSinds(keten),
			eersteVersie: keten[0].inwerkingtreding,
			versieSinds: r.inwerkingtreding,
			versies: keten.length,
			regime: regimeVan(deelnemers),
			raadNeemtDeel: deelnemers.some(
				(d) => d.soort === 'gemeente' && (d.bestuursorganen ?? []).some((o) => RAAD.test(o))
			),
			gedelegeerd: r.bevoegdheidsverkrijgingen.includes('Delegatie'),
			grondslagen: r.grondslagen.map((g) => g.opschrift),
			...(orgaanNaam
				? {
						orgaan: {
							naam: orgaanNaam,
							...(orgaanRuw?.afkorting ? { afkorting: orgaanRuw.afkorting } : {}),
							...(orgaanRuw?.website ? { website: orgaanRuw.website } : {}),
							...(orgaanRuw?.bronUrl ? { url: orgaanRuw.bronUrl } : {})
						}
					}
				: {}),
			bron: {
				naam: 'Register van Overheidsorganisaties',
				url: r.bronUrl ?? `https://organisaties.overheid.nl/${r.rooId ?? ''}`,
				peildatum: r.opgehaald ?? peildatumRegister,
				licentie: 'CC0'
			}
		},
		detail: {
			bevoegdheden: r.bevoegdheden,
			bevoegdheidsverkrijgingen: r.bevoegdheidsverkrijgingen,
			grondslagen: r.grondslagen,
			instellingsbesluiten: r.instellingsbesluiten,
			...(orgaanRuw?.omschrijving ? { orgaanOmschrijving: orgaanRuw.omschrijving } : {}),
			versieGeschiedenis: versieGeschiedenis(keten, matcher)
		}
	};
}

export type { Herindeling };
