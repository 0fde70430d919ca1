import { describe, expect, it } from 'vitest';
import { kwaliteit, reviewVan, valideerReview } from './classificatie';

describe('valideerReview', () => {
	const goed = {
		id: 'r1',
		naam: 'R',
		domeinen: ['inkoop', 'integrale-toegang'],
		reden: 'doel: verwerving jeugdhulp',
		zeker: 'ja'
	};
	it('reads a valid entry, with twijfel as not sure', () => {
		const [r] = valideerReview([{ ...goed, zeker: 'twijfel', opmerking: ' let op ' }], 'f.yaml');
		expect(r).toMatchObject({
			id: 'r1',
			domeinen: ['inkoop', 'integrale-toegang'],
			zeker: false,
			opmerking: 'let op',
			bestand: 'f.yaml'
		});
		expect(valideerReview([goed], 'f.yaml')[0].zeker).toBe(true);
	});
	it.each([
		[{ ...goed, id: '' }, 'f.yaml, item 1: veld "id" ontbreekt.'],
		[
			{ ...goed, domeinen: [] },
			'f.yaml, item 1 (r1): veld "domeinen" moet een niet-lege lijst zijn.'
		],
		[{ ...goed, domeinen: ['belasting'] }, 'onbekend domein "belasting"'],
		[{ ...goed, reden: ' ' }, 'veld "reden" ontbreekt'],
		[{ ...goed, zeker: 'misschien' }, 'veld "zeker" moet "ja" of "twijfel" zijn']
	])(
		'refuses a bad entry with a Dutch message naming file, item and field (%#)',
		(fout, bericht) => {
			expect(() => valideerReview([fout], 'f.yaml')).toThrow(bericht);
		}
	);
	it('refuses a file that is not a list', () => {
		expect(() => valideerReview({ id: 'x' }, 'f.yaml')).toThrow('f.yaml: verwacht een lijst');
	});
});

describe('reviewVan', () => {
	it('finds the entry under any version id of the regeling, the newest first', () => {
		const review = new Map([
			['v1', { id: 'v1' }],
			['v3', { id: 'v3' }]
		] as never);
		expect(reviewVan(['v1', 'v2', 'v3'], review)?.id).toBe('v3');
		expect(reviewVan(['v1', 'v2'], review)?.id).toBe('v1');
		expect(reviewVan(['v4'], review)).toBeUndefined();
	});
});

describe('kwaliteit', () => {
	// Hand count for inkoop: a (tp), b (fn: missed), c (fp: wrongly said), d (tn), e (fn: not predicted at all).
	const toets = [
		{ id: 'a', domeinen: ['inkoop'] },
		{ id: 'b', domeinen: ['inkoop', 'ict'] },
		{ id: 'c', domeinen: ['ict'] },
		{ id: 'd', domeinen: ['afval'] },
		{ id: 'e', domeinen: ['inkoop'] }
	] as never;
	const voorspeld = new Map<string, never>([
		['a', ['inkoop'] as never],
		['b', ['ict'] as never],
		['c', ['inkoop', 'ict'] as never],
		['d', [] as never]
	]);
	it('counts tp, fp, fn per domain and gives precision and recall', () => {
		const [inkoop, ict] = kwaliteit(toets, voorspeld, ['inkoop', 'ict']);
		expect(inkoop).toEqual({ domein: 'inkoop', tp: 1, fp: 1, fn: 2, precisie: 0.5, recall: 1 / 3 });
		expect(ict).toEqual({ domein: 'ict', tp: 2, fp: 0, fn: 0, precisie: 1, recall: 1 });
	});
	it('gives 1 when a domain has nothing to find and nothing said', () => {
		expect(kwaliteit(toets, voorspeld, ['belastingen'])[0]).toMatchObject({
			precisie: 1,
			recall: 1
		});
	});
});
