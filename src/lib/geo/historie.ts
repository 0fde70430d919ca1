// History for the prerendered pages: per gemeente a timeline of joins, leaves and new versions, its
// number of verbanden and scales per year with the medians, and the national trend per domain.
// Computed at build time from geschiedenis.json. Pure.
import type { DomeinId, GemeenteCode } from '$lib/data/types';
import {
	gemeentenOp,
	isTeruggevuld,
	jaarDatums,
	verbandenOp,
	type Geschiedenis,
	type Keten,
	type VerbandOpDatum
} from '$lib/data/geschiedenis';
import { schaalSleutel } from './lagen';
import { gemiddelde, mediaan } from './statistiek';

/** The state on one date: the gemeenten of that day (code → provincie) and the verbanden in force. */
export interface Stand {
	datum: string;
	provincieVan: Map<GemeenteCode, string>;
	verbanden: VerbandOpDatum[];
}

/** 1 January of every year from `vanaf`, and the peildatum itself when it is not a 1 January. */
export function reeksDatums(vanaf: string, peildatum: string): string[] {
	const d = jaarDatums(vanaf, peildatum);
	if (d[d.length - 1] !== peildatum) d.push(peildatum);
	return d;
}

export function standOp(g: Geschiedenis, datum: string): Stand {
	const gem = gemeentenOp(g, datum);
	const provincieVan = new Map(gem.map((x) => [x.code, x.provincieCode]));
	return { datum, provincieVan, verbanden: verbandenOp(g, datum, new Set(provincieVan.keys())) };
}

/** Verbanden and distinct scales among the verbanden that contain any of `codes`. */
export function tel(verbanden: readonly VerbandOpDatum[], codes: ReadonlySet<GemeenteCode>) {
	const eigen = verbanden.filter((v) => v.gemeenten.some((c) => codes.has(c)));
	return {
		verbanden: eigen.length,
		schalen: new Set(eigen.map((v) => schaalSleutel(v.gemeenten))).size
	};
}

/** Per gemeente of the stand: its number of verbanden and of distinct scales. */
export function tellingPerGemeente(
	s: Stand
): Map<GemeenteCode, { verbanden: number; schalen: number }> {
	const sets = new Map<GemeenteCode, Set<string>>();
	const n = new Map<GemeenteCode, number>();
	for (const v of s.verbanden) {
		const k = schaalSleutel(v.gemeenten);
		for (const c of v.gemeenten) {
			if (!sets.has(c)) sets.set(c, new Set());
			sets.get(c)!.add(k);
			n.set(c, (n.get(c) ?? 0) + 1);
		}
	}
	const uit = new Map<GemeenteCode, { verbanden: number; schalen: number }>();
	for (const c of s.provincieVan.keys())
		uit.set(c, { verbanden: n.get(c) ?? 0, schalen: sets.get(c)?.size ?? 0 });
	return uit;
}

/**
 * The codes whose history belongs to `code`: itself and every dissolved gemeente that went wholly
 * into it (followed over several herindelingen). Gemeenten that were split over several successors
 * are listed apart (`gesplitst`): their verbanden cannot be given to one part.
 */
export function voorgangers(
	g: Pick<Geschiedenis, 'opvolgers'>,
	code: GemeenteCode
): { codes: GemeenteCode[]; gesplitst: GemeenteCode[] } {
	const codes: GemeenteCode[] = [];
	const gesplitst: GemeenteCode[] = [];
	// Does c end up wholly in `code`, following single successors (a cycle in damaged data ends it)?
	const naarCode = (c: GemeenteCode): boolean => {
		const gezien = new Set<GemeenteCode>();
		for (let h = c; !gezien.has(h);) {
			if (h === code) return true;
			gezien.add(h);
			const o = g.opvolgers[h];
			if (!o || o.codes.length !== 1) return false;
			h = o.codes[0];
		}
		return false;
	};
	for (const [c, o] of Object.entries(g.opvolgers)) {
		if (o.codes.some(naarCode)) (o.codes.length === 1 ? codes : gesplitst).push(c);
	}
	return { codes: codes.sort(), gesplitst: gesplitst.sort() };
}

export interface JaarPunt {
	datum: string;
	verbanden: number;
	schalen: number;
	mediaanProvincie: { verbanden: number; schalen: number };
	mediaanLand: { verbanden: number; schalen: number };
	/** The codes counted on this date when `code` itself did not exist yet (its predecessors). */
	via?: GemeenteCode[];
}

/**
 * The yearly series of `code` (a gemeente of today, in provincie `provincieCode`): its own counts
 * (before a herindeling: those of its predecessors together), and the provincie and national
 * medians over the gemeenten of each date.
 */
export function jaarReeks(
	standen: readonly Stand[],
	tellingen: readonly Map<GemeenteCode, { verbanden: number; schalen: number }>[],
	code: GemeenteCode,
	eigenCodes: readonly GemeenteCode[],
	provincieCode: string
): JaarPunt[] {
	return standen.map((s, i) => {
		const t = tellingen[i];
		const bestaat = s.provincieVan.has(code);
		const codes = bestaat ? [code] : eigenCodes.filter((c) => s.provincieVan.has(c));
		const eigen = tel(s.verbanden, new Set(codes));
		const prov = [...t].filter(([c]) => s.provincieVan.get(c) === provincieCode).map(([, x]) => x);
		const alle = [...t.values()];
		const med = (xs: { verbanden: number; schalen: number }[]) => ({
			verbanden: mediaan(xs.map((x) => x.verbanden)),
			schalen: mediaan(xs.map((x) => x.schalen))
		});
		return {
			datum: s.datum,
			...eigen,
			mediaanProvincie: med(prov),
			mediaanLand: med(alle),
			...(bestaat ? {} : { via: codes })
		};
	});
}

export type GebeurtenisSoort = 'toetreding' | 'nieuwe versie' | 'uittreding' | 'beëindigd';

export interface Gebeurtenis {
	datum: string;
	soort: GebeurtenisSoort;
	ketenId: string;
	naam: string;
	/** The recorded member (a predecessor's name when that is who joined or left). */
	lid?: string;
}

/**
 * The timeline of a gemeente (all codes in `eigen`, e.g. itself and its predecessors) in every
 * regeling: when it joined (its toetredingsdatum, else the version's date), each new version while
 * it was a member, when it was no longer listed (the previous version's end), and when a regeling
 * it was in ended. Newest first.
 */
export function tijdlijn(
	ketens: readonly Keten[],
	eigen: ReadonlySet<GemeenteCode>
): Gebeurtenis[] {
	const uit: Gebeurtenis[] = [];
	for (const k of ketens) {
		let was = false;
		k.versies.forEach((v, i) => {
			const leden = v.leden.filter((l) => l.c && eigen.has(l.c));
			const is = leden.length > 0;
			const basis = { ketenId: k.id, naam: k.naam };
			if (is && !was) {
				// The first of its members to join (several predecessors may be listed together).
				const eerste = leden
					.map((l) => ({ datum: l.t ?? v.van, lid: l.n }))
					.reduce((a, b) => (b.datum < a.datum ? b : a));
				uit.push({ ...basis, ...eerste, soort: 'toetreding' });
			} else if (is && was) uit.push({ ...basis, datum: v.van, soort: 'nieuwe versie' });
			else if (!is && was)
				uit.push({ ...basis, datum: k.versies[i - 1].tot ?? v.van, soort: 'uittreding' });
			was = is;
		});
		const laatste = k.versies[k.versies.length - 1];
		// (`was` is false for a chain without versions.)
		if (was && laatste.tot)
			uit.push({ ketenId: k.id, naam: k.naam, datum: laatste.tot, soort: 'beëindigd' });
	}
	return uit.sort((a, b) => b.datum.localeCompare(a.datum) || a.naam.localeCompare(b.naam, 'nl'));
}

export interface TrendPunt {
	datum: string;
	gemeenten: number;
	/** Regelingen in force with at least one gemeente as member. */
	regelingen: number;
	/** Mean number of such regelingen per gemeente of that date. */
	gemiddeldPerGemeente: number;
	/** Share of the regelingen in force whose first version predates the registration duty. */
	aandeelTeruggevuld: number;
}

/** The national trend of one domain (or of all verbanden: `domein` undefined), per stand. */
export function trend(
	standen: readonly Stand[],
	ketens: readonly Keten[],
	domein?: DomeinId
): TrendPunt[] {
	const ketenVan = new Map(ketens.map((k) => [k.id, k]));
	return standen.map((s) => {
		const vs = s.verbanden.filter((v) => !domein || v.domeinen.includes(domein));
		const perGemeente = new Map<GemeenteCode, number>();
		for (const v of vs)
			for (const c of v.gemeenten) perGemeente.set(c, (perGemeente.get(c) ?? 0) + 1);
		const codes = [...s.provincieVan.keys()];
		const terug = vs.filter((v) => {
			const k = ketenVan.get(v.id);
			return k ? isTeruggevuld(k) : false;
		}).length;
		return {
			datum: s.datum,
			gemeenten: codes.length,
			regelingen: vs.length,
			gemiddeldPerGemeente: gemiddelde(codes.map((c) => perGemeente.get(c) ?? 0)),
			aandeelTeruggevuld: vs.length ? terug / vs.length : 0
		};
	});
}
