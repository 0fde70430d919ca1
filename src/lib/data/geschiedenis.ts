/**
 * The register's history: every version of every regeling with its members, and the gemeenten
 * that existed on each day, so the atlas can be shown as it was on any date D since 2018-01-01.
 * Written by the data build into `static/data/geschiedenis.json`; read lazily by the app (only
 * when the date control is first used) and by the prerendered profile and verband pages. Pure.
 */
import type { DomeinId, GemeenteCode, Samenwerkingsvorm } from './types';

/** The first date the register is usable for: before it, it is mostly back-filled. */
export const GESCHIEDENIS_VANAF = '2018-01-01';
/** Registration in the register became mandatory on this date (Wgr art. 27). */
export const REGISTRATIEPLICHT = '2021-07-01';

/** A gemeente code and its validity (CBS gemeentelijke indeling): from `van`, until before `tot`. */
export interface HistorischeGemeente {
	code: GemeenteCode;
	naam: string;
	provincieCode: string;
	provincieNaam: string;
	van: string;
	tot: string | null;
}

/** A member of a version: the code the register means (possibly a dissolved gemeente). */
export interface VersieLid {
	/** Gemeente code as recorded (TOOI, or matched by name); absent when it could not be matched. */
	c?: GemeenteCode;
	/** Name as the register writes it. */
	n: string;
	/** `toetredings_datum`: the member counts from this date. */
	t?: string;
}

export interface KetenVersie {
	/** Register file id of this version. */
	id: string;
	van: string;
	/** First day it is no longer in force (datum_uitwerkingtreding), or null when current. */
	tot: string | null;
	leden: VersieLid[];
}

/** All registered versions of one regeling, oldest first. `id` is the id of its latest version. */
export interface Keten {
	id: string;
	naam: string;
	afkorting?: string;
	vorm: Samenwerkingsvorm;
	/** The reviewed classification applies to every version. */
	domeinen: DomeinId[];
	versies: KetenVersie[];
}

/** A stretch of time with one set of gemeenten, and the topology file with their boundaries. */
export interface Periode {
	van: string;
	tot: string | null;
	/** File name in static/data (the last period uses today's topology). */
	topo: string;
}

export interface Geschiedenis {
	vanaf: string;
	/** The register's peildatum: the last date the history covers. */
	peildatum: string;
	gemeenten: HistorischeGemeente[];
	/** Dissolved code → the gemeenten it went into, and the date it ended. */
	opvolgers: Record<GemeenteCode, { datum: string; codes: GemeenteCode[] }>;
	perioden: Periode[];
	ketens: Keten[];
}

/** Is the ISO date D within [van, tot)? */
export function geldigOp(van: string, tot: string | null | undefined, d: string): boolean {
	return van <= d && (!tot || d < tot);
}

/** The gemeenten that existed on D. */
export function gemeentenOp(g: Pick<Geschiedenis, 'gemeenten'>, d: string): HistorischeGemeente[] {
	return g.gemeenten.filter((x) => geldigOp(x.van, x.tot, d));
}

/** The period (set of gemeenten and its topology) of date D. */
export function periodeOp(g: Pick<Geschiedenis, 'perioden'>, d: string): Periode | undefined {
	return g.perioden.find((p) => geldigOp(p.van, p.tot, d));
}

/**
 * The gemeente(n) of date D that a recorded code stands for: itself when it existed on D; the
 * successor when it had been dissolved into one gemeente by D (followed over several
 * herindelingen); nothing when it was split (naming one part would invent a member) or did not
 * exist yet on D.
 */
export function codeOp(
	g: Pick<Geschiedenis, 'opvolgers'>,
	code: GemeenteCode,
	d: string,
	geldig: ReadonlySet<GemeenteCode>
): GemeenteCode | null {
	let huidig = code;
	for (let stap = 0; stap < 10; stap++) {
		if (geldig.has(huidig)) return huidig;
		const o = g.opvolgers[huidig];
		if (!o || o.datum > d || o.codes.length !== 1) return null;
		huidig = o.codes[0];
	}
	return null;
}

/** The version of a regeling in force on D, if any (the newest, should two overlap). */
export function versieOp(k: Keten, d: string): KetenVersie | undefined {
	for (let i = k.versies.length - 1; i >= 0; i--)
		if (geldigOp(k.versies[i].van, k.versies[i].tot, d)) return k.versies[i];
	return undefined;
}

export interface VerbandOpDatum {
	id: string;
	naam: string;
	afkorting?: string;
	vorm: Samenwerkingsvorm;
	domeinen: DomeinId[];
	/** Id of the version in force. */
	versie: string;
	/** Member gemeenten of D, sorted, unique. */
	gemeenten: GemeenteCode[];
}

/**
 * The verbanden in force on D with their members on D: a listed member counts from its
 * toetredingsdatum; codes are mapped to the gemeenten of D. Regelingen without a gemeente on D are
 * left out.
 */
export function verbandenOp(
	g: Pick<Geschiedenis, 'ketens' | 'opvolgers'>,
	d: string,
	geldig: ReadonlySet<GemeenteCode>
): VerbandOpDatum[] {
	const uit: VerbandOpDatum[] = [];
	for (const k of g.ketens) {
		const v = versieOp(k, d);
		if (!v) continue;
		const codes = new Set<GemeenteCode>();
		for (const l of v.leden) {
			if (!l.c || (l.t && l.t > d)) continue;
			const c = codeOp(g, l.c, d, geldig);
			if (c) codes.add(c);
		}
		if (codes.size === 0) continue;
		uit.push({
			id: k.id,
			naam: k.naam,
			afkorting: k.afkorting,
			vorm: k.vorm,
			domeinen: k.domeinen,
			versie: v.id,
			gemeenten: [...codes].sort()
		});
	}
	return uit;
}

/** Whether a regeling's first registered version was entered after the fact (before the duty). */
export function isTeruggevuld(k: Keten): boolean {
	return (k.versies[0]?.van ?? '') < REGISTRATIEPLICHT;
}

/** ISO dates of 1 January of every year from `vanaf` up to D. */
export function jaarDatums(vanaf: string, tot: string): string[] {
	const uit: string[] = [];
	for (let j = Number(vanaf.slice(0, 4)); `${j}-01-01` <= tot; j++) uit.push(`${j}-01-01`);
	return uit;
}
