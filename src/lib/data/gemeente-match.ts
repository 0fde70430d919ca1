/**
 * Matching names and codes of gemeenten to the gemeenten of the current year, herindeling-aware.
 * Pure (no Node, no DOM): used by the data build for register members and by the importer.
 */
import type { GemeenteCode } from './types';

export interface GemeenteRef {
	code: GemeenteCode;
	naam: string;
}

/** A dissolved gemeente and where it went. */
export interface Herindeling {
	/** Old code, e.g. GM0457. */
	code: GemeenteCode;
	naam: string;
	/** ISO date the old gemeente ended. */
	einddatum: string;
	/** Successor(s) in the current year; several when the gemeente was split. */
	opvolgers: GemeenteCode[];
	/** Source of the fact. */
	bron: string;
}

export type MatchResultaat =
	| { soort: 'code' | 'naam' | 'variant'; code: GemeenteCode; toelichting?: string }
	| { soort: 'herindeling'; code: GemeenteCode; opvolgers: GemeenteCode[]; toelichting: string }
	| { soort: 'onbekend'; suggesties: GemeenteRef[] };

/**
 * Normalise a gemeente name for comparison: lower case, no diacritics, no punctuation or spaces,
 * no "gemeente"/"gem." prefix. Province suffixes are kept apart (see `provincieSuffix`).
 * @example normaliseerNaam("Gemeente Súdwest-Fryslân") === "sudwestfryslan"
 */
export function normaliseerNaam(naam: string): string {
	return naam
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/^\s*(gemeente|gem\.?)\s+/, '')
		.replace(/[^a-z0-9]/g, '');
}

const PROVINCIE_AFKORTINGEN: Record<string, string> = {
	l: 'l',
	li: 'l',
	lb: 'l',
	nh: 'nh',
	o: 'o',
	ov: 'o',
	z: 'z',
	ze: 'z',
	zh: 'zh',
	u: 'u',
	g: 'g',
	gld: 'g',
	nb: 'nb',
	fr: 'fr',
	gr: 'gr',
	dr: 'dr',
	fl: 'fl'
};

/** Split "Bergen (L.)" into base name and normalised province suffix ("l"). */
export function provincieSuffix(naam: string): { basis: string; provincie: string | null } {
	const m = /^(.*?)\s*\(\s*([A-Za-z]{1,3})\.?\s*\)\s*$/.exec(naam.trim());
	if (!m) return { basis: naam, provincie: null };
	const afk = PROVINCIE_AFKORTINGEN[m[2].toLowerCase()];
	return afk ? { basis: m[1], provincie: afk } : { basis: naam, provincie: null };
}

/** Well-known alternative names → the official name of the current year. */
export const NAAM_VARIANTEN: Record<string, string> = {
	denbosch: "'s-Hertogenbosch",
	shertogenbosch: "'s-Hertogenbosch",
	hertogenbosch: "'s-Hertogenbosch",
	sgravenhage: "'s-Gravenhage",
	denhaag: "'s-Gravenhage",
	thehague: "'s-Gravenhage",
	nuenen: 'Nuenen, Gerwen en Nederwetten',
	nuenenca: 'Nuenen, Gerwen en Nederwetten',
	nuenengerwenennederwetten: 'Nuenen, Gerwen en Nederwetten',
	bergenl: 'Bergen (L.)',
	bergenlimburg: 'Bergen (L.)',
	bergennh: 'Bergen (NH.)',
	bergennoordholland: 'Bergen (NH.)',
	sudwestfryslan: 'Súdwest-Fryslân',
	zuidwestfriesland: 'Súdwest-Fryslân',
	noardeastfryslan: 'Noardeast-Fryslân',
	noordoostfriesland: 'Noardeast-Fryslân',
	dantumadeel: 'Dantumadiel',
	tytsjerksteradeel: 'Tytsjerksteradiel',
	hengelo: 'Hengelo (O.)',
	hengeloov: 'Hengelo (O.)',
	beek: 'Beek (L.)',
	stein: 'Stein (L.)',
	laren: 'Laren (NH.)',
	middelburg: 'Middelburg (Z.)',
	rijswijk: 'Rijswijk (ZH.)',
	rijswijkzh: 'Rijswijk (ZH.)',
	kollumerlandca: 'Noardeast-Fryslân'
};

/** Parse a gemeente code in any common form: GM0363, gm0363, 0363, 363, a TOOI URL …/gm0363. */
export function parseGemeenteCode(invoer: string): GemeenteCode | null {
	const s = invoer.trim();
	const m = /^(?:.*\/)?(?:gm)?(\d{1,4})$/i.exec(s);
	if (!m) return null;
	if (/^\d+$/.test(s) && s.length > 4) return null;
	return `GM${m[1].padStart(4, '0')}`;
}

function trigrammen(s: string): Set<string> {
	const t = new Set<string>();
	const p = `  ${s} `;
	for (let i = 0; i < p.length - 2; i++) t.add(p.slice(i, i + 3));
	return t;
}

function gelijkenis(a: string, b: string): number {
	const ta = trigrammen(a);
	const tb = trigrammen(b);
	let gedeeld = 0;
	for (const t of ta) if (tb.has(t)) gedeeld++;
	return (2 * gedeeld) / (ta.size + tb.size);
}

function datumNL(iso: string): string {
	const [j, m, d] = iso.split('-');
	return `${d}-${m}-${j}`;
}

/**
 * Matches gemeente names and codes to the gemeenten of the current year.
 * Order: exact code → exact name → known variant → herindeling (old code or old name) → suggestions.
 */
export class GemeenteMatcher {
	private readonly perCode = new Map<GemeenteCode, GemeenteRef>();
	private readonly perNaam = new Map<string, GemeenteRef[]>();
	private readonly oudPerCode = new Map<GemeenteCode, Herindeling>();
	private readonly oudPerNaam = new Map<string, Herindeling[]>();

	constructor(
		private readonly gemeenten: readonly GemeenteRef[],
		herindelingen: readonly Herindeling[] = []
	) {
		for (const g of gemeenten) {
			this.perCode.set(g.code, g);
			for (const sleutel of new Set([
				normaliseerNaam(g.naam),
				normaliseerNaam(provincieSuffix(g.naam).basis)
			])) {
				const lijst = this.perNaam.get(sleutel) ?? [];
				lijst.push(g);
				this.perNaam.set(sleutel, lijst);
			}
		}
		for (const h of herindelingen) {
			if (this.perCode.has(h.code)) continue;
			this.oudPerCode.set(h.code, h);
			const sleutel = normaliseerNaam(h.naam);
			const lijst = this.oudPerNaam.get(sleutel) ?? [];
			lijst.push(h);
			this.oudPerNaam.set(sleutel, lijst);
		}
	}

	naamVan(code: GemeenteCode): string | undefined {
		return this.perCode.get(code)?.naam;
	}

	/** Match a code (any form). */
	matchCode(invoer: string): MatchResultaat | null {
		const code = parseGemeenteCode(invoer);
		if (!code) return null;
		if (this.perCode.has(code)) return { soort: 'code', code };
		const h = this.oudPerCode.get(code);
		if (h) return this.viaHerindeling(h);
		return null;
	}

	/** Match a name, with province suffixes, variants and herindelingen. */
	matchNaam(invoer: string): MatchResultaat {
		const { basis, provincie } = provincieSuffix(invoer);
		const volledig = normaliseerNaam(invoer);
		const kandidaten = this.perNaam.get(volledig) ?? [];
		const exact = kandidaten.filter((g) => normaliseerNaam(g.naam) === volledig);
		if (exact.length === 1) return { soort: 'naam', code: exact[0].code };
		if (provincie) {
			const metSuffix = (this.perNaam.get(normaliseerNaam(basis)) ?? []).filter(
				(g) => provincieSuffix(g.naam).provincie === provincie
			);
			if (metSuffix.length === 1) return { soort: 'naam', code: metSuffix[0].code };
		}
		const variant = NAAM_VARIANTEN[volledig];
		if (variant) {
			const g = this.perNaam.get(normaliseerNaam(variant))?.find((x) => x.naam === variant);
			if (g) return { soort: 'variant', code: g.code, toelichting: `${invoer} → ${g.naam}` };
		}
		// A unique base-name match ("Bergen" alone is ambiguous; "Hengelo" is not).
		if (kandidaten.length === 1) return { soort: 'naam', code: kandidaten[0].code };
		const oud = this.oudPerNaam.get(volledig) ?? this.oudPerNaam.get(normaliseerNaam(basis));
		if (oud && oud.length > 0) {
			// The most recent dissolution of that name wins (names are reused rarely).
			const h = [...oud].sort((a, b) => b.einddatum.localeCompare(a.einddatum))[0];
			return this.viaHerindeling(h);
		}
		return { soort: 'onbekend', suggesties: this.suggesties(invoer) };
	}

	/** Match a value that may be a code or a name. */
	match(invoer: string): MatchResultaat {
		return this.matchCode(invoer) ?? this.matchNaam(invoer);
	}

	/** Up to `n` current gemeenten with the most similar name. */
	suggesties(invoer: string, n = 3): GemeenteRef[] {
		const q = normaliseerNaam(invoer);
		if (!q) return [];
		return this.gemeenten
			.map((g) => ({ g, s: gelijkenis(q, normaliseerNaam(g.naam)) }))
			.filter((x) => x.s > 0.3)
			.sort((a, b) => b.s - a.s)
			.slice(0, n)
			.map((x) => x.g);
	}

	private viaHerindeling(h: Herindeling): MatchResultaat {
		const namen = h.opvolgers.map((c) => this.perCode.get(c)?.naam ?? c);
		const toelichting = `${h.naam} → ${namen.join(', ')} per ${datumNL(h.einddatum)}${
			h.opvolgers.length > 1 ? ' (gesplitst)' : ''
		}`;
		return { soort: 'herindeling', code: h.opvolgers[0], opvolgers: h.opvolgers, toelichting };
	}
}
