/**
 * Rule-based domain classification of samenwerkingsverbanden: the PROPOSAL. The rules live in
 * `data/domeinen.yaml`; the reviewed classification in `data/classificatie/` decides, and the build
 * report lists where the two differ. This module only applies the rules. Pure.
 */
import { DOMEIN_IDS, type DomeinId } from './types';

export interface DomeinRegels {
	naam: string;
	naam_en: string;
	omschrijving: string;
	beleidsterreinen: string[];
	naam_trefwoorden: string[];
	doel_trefwoorden: string[];
	/** Titles of laws (wettelijke grondslagen), matched as words in the listed titles. */
	grondslagen?: string[];
	/** Keywords searched in the bevoegdheden and the orgaan's description. */
	tekst_trefwoorden?: string[];
}

export interface Classificatieregels {
	domeinen: Record<DomeinId, DomeinRegels>;
	overrides: Record<string, DomeinId[]>;
}

export interface TeClassificeren {
	id: string;
	/** Name, citeertitel and orgaan name together. */
	namen: string[];
	beleidsterreinen: string[];
	doel?: string;
	/** Titles of the wettelijke grondslagen. */
	grondslagen?: string[];
	/** Bevoegdheden and the orgaan's description. */
	teksten?: string[];
}

export interface Classificatie {
	domeinen: DomeinId[];
	/** Why: one entry per matched rule, e.g. "belastingen: naam 'belasting*'". */
	redenen: string[];
	override: boolean;
}

function normaliseer(s: string): string {
	return ` ${s
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()} `;
}

/** Does `tekst` contain the keyword as whole word(s)? A trailing '*' allows any ending. */
export function bevatTrefwoord(tekstGenormaliseerd: string, trefwoord: string): boolean {
	const prefix = trefwoord.endsWith('*');
	const kern = normaliseer(prefix ? trefwoord.slice(0, -1) : trefwoord).trim();
	if (!kern) return false;
	return prefix
		? tekstGenormaliseerd.includes(` ${kern}`)
		: tekstGenormaliseerd.includes(` ${kern} `);
}

/** Check that parsed YAML has the shape of the rules; throws a Dutch message naming the field. */
export function valideerRegels(ruw: unknown, bestand = 'data/domeinen.yaml'): Classificatieregels {
	const r = ruw as Partial<Classificatieregels> | null;
	if (!r || typeof r !== 'object' || !r.domeinen)
		throw new Error(`${bestand}: veld "domeinen" ontbreekt.`);
	for (const id of DOMEIN_IDS) {
		const d = r.domeinen[id];
		if (!d) throw new Error(`${bestand}: domein "${id}" ontbreekt onder "domeinen".`);
		for (const veld of ['beleidsterreinen', 'naam_trefwoorden', 'doel_trefwoorden'] as const) {
			if (!Array.isArray(d[veld]))
				throw new Error(`${bestand}: domeinen.${id}.${veld} moet een lijst zijn.`);
		}
		for (const veld of ['grondslagen', 'tekst_trefwoorden'] as const) {
			if (d[veld] !== undefined && !Array.isArray(d[veld]))
				throw new Error(`${bestand}: domeinen.${id}.${veld} moet een lijst zijn.`);
		}
		if (typeof d.naam !== 'string') throw new Error(`${bestand}: domeinen.${id}.naam ontbreekt.`);
	}
	for (const id of Object.keys(r.domeinen)) {
		if (!(DOMEIN_IDS as readonly string[]).includes(id))
			throw new Error(`${bestand}: onbekend domein "${id}" (bekend: ${DOMEIN_IDS.join(', ')}).`);
	}
	const overrides = r.overrides ?? {};
	for (const [vid, lijst] of Object.entries(overrides)) {
		if (!Array.isArray(lijst)) throw new Error(`${bestand}: overrides.${vid} moet een lijst zijn.`);
		for (const d of lijst) {
			if (!(DOMEIN_IDS as readonly string[]).includes(d))
				throw new Error(`${bestand}: overrides.${vid} noemt onbekend domein "${d}".`);
		}
	}
	return { domeinen: r.domeinen as Classificatieregels['domeinen'], overrides };
}

/** Classify one verband. */
export function classificeer(v: TeClassificeren, regels: Classificatieregels): Classificatie {
	const override = regels.overrides[v.id];
	if (override) {
		const domeinen = override.length ? [...override] : (['overig'] as DomeinId[]);
		return { domeinen, redenen: ['override in data/domeinen.yaml'], override: true };
	}
	const namen = normaliseer(v.namen.join(' | '));
	const doel = normaliseer(v.doel ?? '');
	const grond = normaliseer((v.grondslagen ?? []).join(' | '));
	const tekst = normaliseer((v.teksten ?? []).join(' | '));
	const domeinen: DomeinId[] = [];
	const redenen: string[] = [];
	for (const id of DOMEIN_IDS) {
		if (id === 'overig') continue;
		const r = regels.domeinen[id];
		const reden =
			r.beleidsterreinen
				.map((t) =>
					v.beleidsterreinen.some((b) => (t.endsWith(' |') ? b.startsWith(t) : b === t))
						? `beleidsterrein '${t}'`
						: null
				)
				.find(Boolean) ??
			r.naam_trefwoorden
				.map((w) => (bevatTrefwoord(namen, w) ? `naam '${w}'` : null))
				.find(Boolean) ??
			r.doel_trefwoorden
				.map((w) => (bevatTrefwoord(doel, w) ? `doel '${w}'` : null))
				.find(Boolean) ??
			(r.grondslagen ?? [])
				.map((w) => (bevatTrefwoord(grond, w) ? `grondslag '${w}'` : null))
				.find(Boolean) ??
			(r.tekst_trefwoorden ?? [])
				.map((w) => (bevatTrefwoord(tekst, w) ? `bevoegdheden/orgaan '${w}'` : null))
				.find(Boolean);
		if (reden) {
			domeinen.push(id);
			redenen.push(`${id}: ${reden}`);
		}
	}
	if (domeinen.length === 0) domeinen.push('overig');
	return { domeinen, redenen, override: false };
}
