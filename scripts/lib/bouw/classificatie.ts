// The reviewed domain classification (data/classificatie/*.yaml): the keyword rules propose, the
// review decides. Also the test set (data/classificatie/toetsset.yaml) and the quality figures.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DOMEIN_IDS, KERN_DOMEINEN, type DomeinId } from '../../../src/lib/data/types';
import { BouwFout } from '../bronnen';
import type { Kwaliteit } from './rapport';

export const TOETSSET = 'toetsset.yaml';

export interface ReviewRegel {
	id: string;
	naam: string;
	domeinen: DomeinId[];
	reden: string;
	zeker: boolean;
	opmerking?: string;
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
