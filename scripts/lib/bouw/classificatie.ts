// The reviewed domain classification (data/classificatie/*.yaml): the keyword rules propose, the
// review decides. Also the test set (data/classificatie/toetsset.yaml) and the quality figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DOMEIN_IDS, KERN_DOMEINEN, type DomeinId } from '../../../src/lib/data/types';
import { classificeer, type Classificatieregels } from '../../../src/lib/data/classificeer';
import { BouwFout } from '../bronnen';
import type { RooOrganisatie, RooRegeling } from '../lezen';
import type { BouwRapport, Kwaliteit } from './rapport';

export const TOETSSET = 'toetsset.yaml';

export interface ReviewRegel {
	id: string;
	naam: string;
	domeinen: DomeinId[];
	reden: string;
	zeker: boolean;
	opmerking?: string;
	/** Test set only: the blind second reader's own call, before disagreements were decided. */
	lezer2?: DomeinId[];
	/** File it came from (for messages). */
	bestand: string;
}

function isDomein(x: unknown): x is DomeinId {
	return typeof x === 'string' && (DOMEIN_IDS as readonly string[]).includes(x);
}

/** Parse and validate one review file; throws a Dutch message naming file, item and field. */
export function valideerReview(ruw: unknown, bestand: string, metReden = true): ReviewRegel[] {
	if (!Array.isArray(ruw)) throw new BouwFout(`${bestand}: verwacht een lijst van regelingen.`);
	return ruw.map((x, i) => {
		const plek = `${bestand}, item ${i + 1}`;
		if (!x || typeof x !== 'object') throw new BouwFout(`${plek}: geen object.`);
		const o = x as Record<string, unknown>;
		if (typeof o.id !== 'string' || !o.id.trim())
			throw new BouwFout(`${plek}: veld "id" ontbreekt.`);
		const w = `${plek} (${o.id})`;
		if (!Array.isArray(o.domeinen) || o.domeinen.length === 0)
			throw new BouwFout(`${w}: veld "domeinen" moet een niet-lege lijst zijn.`);
		for (const d of o.domeinen)
			if (!isDomein(d))
				throw new BouwFout(
					`${w}: onbekend domein "${String(d)}" in "domeinen" (bekend: ${DOMEIN_IDS.join(', ')}).`
				);
		if (metReden && (typeof o.reden !== 'string' || !o.reden.trim()))
			throw new BouwFout(
				`${w}: veld "reden" ontbreekt: noem het bewijs (naam, doel, grondslag …).`
			);
		if (o.zeker !== undefined && !['ja', 'twijfel', true, false].includes(o.zeker as string))
			throw new BouwFout(`${w}: veld "zeker" moet "ja" of "twijfel" zijn.`);
		return {
			id: o.id.trim(),
			naam: typeof o.naam === 'string' ? o.naam : o.id,
			domeinen: [...new Set(o.domeinen as DomeinId[])],
			reden: typeof o.reden === 'string' ? o.reden.trim() : '',
			zeker: o.zeker !== 'twijfel' && o.zeker !== false,
			...(typeof o.opmerking === 'string' && o.opmerking.trim()
				? { opmerking: o.opmerking.trim() }
				: {}),
			...(Array.isArray(o.lezer2) ? { lezer2: (o.lezer2 as unknown[]).filter(isDomein) } : {}),
			bestand
		};
	});
}

function leesYaml(pad: string, bestand: string): unknown {
	try {
		return parseYaml(readFileSync(pad, 'utf8'));
	} catch (e) {
		throw new BouwFout(`${bestand}: geen geldige YAML (${e instanceof Error ? e.message : e}).`);
	}
}

/** Every review file in the folder (except the test set), one entry per regeling. */
export function leesReview(map: string): Map<string, ReviewRegel> {
	const uit = new Map<string, ReviewRegel>();
	const bestanden = readdirSync(map)
		.filter((f) => f.endsWith('.yaml') && f !== TOETSSET)
		.sort();
	for (const f of bestanden) {
		const bestand = `data/classificatie/${f}`;
		for (const r of valideerReview(leesYaml(join(map, f), bestand), bestand)) {
			const eerder = uit.get(r.id);
			if (eerder) throw new BouwFout(`${bestand}: "${r.id}" staat ook al in ${eerder.bestand}.`);
			uit.set(r.id, r);
		}
	}
	return uit;
}

/** The independent test set: a second reviewer's blind reading of a sample. */
export function leesToetsset(map: string): ReviewRegel[] {
	const bestand = `data/classificatie/${TOETSSET}`;
	const pad = join(map, TOETSSET);
	if (!existsSync(pad)) return [];
	return valideerReview(leesYaml(pad, bestand), bestand);
}

/** The review entry of a regeling: keyed by the id of any of its versions (newest first). */
export function reviewVan(
	versieIds: readonly string[],
	review: ReadonlyMap<string, ReviewRegel>
): ReviewRegel | undefined {
	for (const id of [...versieIds].reverse()) {
		const r = review.get(id);
		if (r) return r;
	}
	return undefined;
}

/**
 * Precision and recall per core domain of `voorspeld` against the test set. Only regelingen in
 * the test set count; one missing from `voorspeld` counts as predicting no domain.
 */
export function kwaliteit(
	toets: readonly Pick<ReviewRegel, 'id' | 'domeinen'>[],
	voorspeld: ReadonlyMap<string, readonly DomeinId[]>,
	domeinen: readonly DomeinId[] = KERN_DOMEINEN
): Kwaliteit[] {
	return domeinen.map((domein) => {
		let tp = 0;
		let fp = 0;
		let fn = 0;
		for (const t of toets) {
			const echt = t.domeinen.includes(domein);
			const gezegd = (voorspeld.get(t.id) ?? []).includes(domein);
			if (echt && gezegd) tp++;
			else if (gezegd) fp++;
			else if (echt) fn++;
		}
		return {
			domein,
			tp,
			fp,
			fn,
			precisie: tp + fp === 0 ? 1 : tp / (tp + fp),
			recall: tp + fn === 0 ? 1 : tp / (tp + fn)
		};
	});
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

/** What the build decides for a regeling (one chain of versions). */
export interface Besluit {
	domeinen: DomeinId[];
	/** The review entry, when the review has seen the regeling. */
	review?: ReviewRegel;
	voorstel: DomeinId[];
}

/**
 * The decision per chain of versions, computed once: the review where it has the regeling
 * (through the id of any version), else the keyword proposal for its latest version.
 */
export function beslisser(
	regels: Classificatieregels,
	review: ReadonlyMap<string, ReviewRegel>,
	organen: ReadonlyMap<string, RooOrganisatie>
): (keten: RooRegeling[]) => Besluit {
	const besluit = new Map<RooRegeling[], Besluit>();
	return (keten) => {
		let b = besluit.get(keten);
		if (!b) {
			const laatste = keten[keten.length - 1];
			const orgaan = laatste.orgaan?.roo_id ? organen.get(laatste.orgaan.roo_id) : undefined;
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
}

/**
 * The classification part of the build report, over the chains the app shows (in force on some
 * date since 2018): what the review has not seen, where it differs from the proposal, review
 * entries that match nothing, and precision/recall on the test set.
 */
export function classificatieRapport(
	ketens: readonly RooRegeling[][],
	besluitVan: (keten: RooRegeling[]) => Besluit,
	review: ReadonlyMap<string, ReviewRegel>,
	toetsset: readonly ReviewRegel[]
): BouwRapport['classificatie'] {
	const uit: BouwRapport['classificatie'] = {
		beoordeeld: 0,
		nietBeoordeeld: [],
		verschillen: [],
		onbekend: [],
		twijfel: 0,
		toetsset: { omvang: toetsset.length, review: [], voorstel: [], tweedeLezer: [] }
	};
	const gezien = new Set<string>();
	for (const k of ketens) {
		const b = besluitVan(k);
		const laatste = k[k.length - 1];
		const naam = laatste.citeertitel ?? laatste.namen[0] ?? laatste.id;
		if (!b.review) {
			uit.nietBeoordeeld.push({ id: laatste.id, naam, voorstel: b.voorstel });
			continue;
		}
		gezien.add(b.review.id);
		uit.beoordeeld++;
		if (!b.review.zeker) uit.twijfel++;
		if ([...b.voorstel].sort().join() !== [...b.review.domeinen].sort().join())
			uit.verschillen.push({
				id: laatste.id,
				naam,
				voorstel: b.voorstel,
				review: b.review.domeinen
			});
	}
	uit.onbekend = [...review.keys()].filter((id) => !gezien.has(id)).sort();
	// Every version id of a chain carries the chain's decision (the test set may name any version).
	const perVersie = (kies: (b: Besluit) => DomeinId[]) => {
		const m = new Map<string, DomeinId[]>();
		for (const k of ketens) for (const v of k) m.set(v.id, kies(besluitVan(k)));
		return m;
	};
	uit.toetsset.review = kwaliteit(
		toetsset,
		perVersie((b) => b.domeinen)
	);
	uit.toetsset.voorstel = kwaliteit(
		toetsset,
		perVersie((b) => b.voorstel)
	);
	uit.toetsset.tweedeLezer = kwaliteit(
		toetsset.filter((t) => t.lezer2).map((t) => ({ id: t.id, domeinen: t.lezer2! })),
		perVersie((b) => b.domeinen)
	);
	return uit;
}
