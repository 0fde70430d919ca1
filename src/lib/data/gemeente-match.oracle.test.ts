// Hand-computed oracles for the matcher on six made-up gemeenten (no real data needed): every
// expected value follows from the rules in gemeente-match.ts, worked out in the comments.
import { describe, expect, it } from 'vitest';
import {
	GemeenteMatcher,
	normaliseerNaam,
	provincieSuffix,
	type GemeenteRef,
	type Herindeling
} from './gemeente-match';

const GEMEENTEN: GemeenteRef[] = [
	{ code: 'GM0001', naam: 'Beek' },
	{ code: 'GM0002', naam: 'Beek (L.)' },
	{ code: 'GM0003', naam: 'Hengelo (O.)' },
	{ code: 'GM0004', naam: 'Abcdxyzuv' },
	{ code: 'GM0005', naam: 'Abcxyzuvw' },
	{ code: 'GM0006', naam: "'s-Hertogenbosch" },
	{ code: 'GM0007', naam: 'Kleindorp (Dr.)' }
];

const HERINDELINGEN: Herindeling[] = [
	// Dissolved twice under the same name: the later date must win.
	{ code: 'GM0101', naam: 'Oudstad', einddatum: '2001-01-01', opvolgers: ['GM0001'], bron: 't' },
	{ code: 'GM0102', naam: 'Oudstad', einddatum: '2019-07-15', opvolgers: ['GM0003'], bron: 't' },
	// Split over a current gemeente and one the matcher does not know (named by its code).
	{
		code: 'GM0103',
		naam: 'Splitdorp',
		einddatum: '2010-03-02',
		opvolgers: ['GM0004', 'GM0999'],
		bron: 't'
	},
	// A "herindeling" whose code is still current is ignored altogether.
	{ code: 'GM0002', naam: 'Spookdorp', einddatum: '2005-05-05', opvolgers: ['GM0001'], bron: 't' }
];

const m = new GemeenteMatcher(GEMEENTEN, HERINDELINGEN);

describe('normaliseerNaam, corner cases', () => {
	it('drops the prefix "gem" with or without a dot, and only at the start', () => {
		expect(normaliseerNaam('gem Utrecht')).toBe('utrecht');
		expect(normaliseerNaam('  Gemeente Utrecht')).toBe('utrecht');
		// "gemeente" inside the name stays: only a leading prefix is removed.
		expect(normaliseerNaam('Oude gemeente Zuid')).toBe('oudegemeentezuid');
		// Not a prefix without the space after it.
		expect(normaliseerNaam('Gemert')).toBe('gemert');
	});
});

describe('provincieSuffix, corner cases', () => {
	it('trims, tolerates spaces inside and no space before the bracket', () => {
		expect(provincieSuffix('  Bergen (L.)  ')).toEqual({ basis: 'Bergen', provincie: 'l' });
		expect(provincieSuffix('Bergen(L.)')).toEqual({ basis: 'Bergen', provincie: 'l' });
		expect(provincieSuffix('Bergen (  gld )')).toEqual({ basis: 'Bergen', provincie: 'g' });
		expect(provincieSuffix('Bergen (L)')).toEqual({ basis: 'Bergen', provincie: 'l' });
	});

	it('no suffix when the bracket is not at the end or holds more than three letters', () => {
		expect(provincieSuffix('Bergen (L.) Oost')).toEqual({
			basis: 'Bergen (L.) Oost',
			provincie: null
		});
		expect(provincieSuffix('Bergen (ABCD)')).toEqual({ basis: 'Bergen (ABCD)', provincie: null });
		expect(provincieSuffix('Bergen (12)')).toEqual({ basis: 'Bergen (12)', provincie: null });
	});
});

describe('GemeenteMatcher on six made-up gemeenten', () => {
	it('an exact name wins over a gemeente that has it as base name', () => {
		// perNaam['beek'] holds Beek and Beek (L.); only Beek normalises to "beek" in full.
		expect(m.matchNaam('Beek')).toEqual({ soort: 'naam', code: 'GM0001' });
		expect(m.matchNaam('Beek (L.)')).toEqual({ soort: 'naam', code: 'GM0002' });
		expect(m.matchNaam('Beek (Lb)')).toEqual({ soort: 'naam', code: 'GM0002' });
	});

	it('a province suffix that fits no gemeente does not pick one', () => {
		// "beeknh" is no key; base "beek" has Beek (no suffix) and Beek (L.) (suffix l), neither nh;
		// no variant "beeknh", no old name: unknown.
		expect(m.matchNaam('Beek (NH.)').soort).toBe('onbekend');
	});

	it('a unique base name matches without its suffix', () => {
		// "kleindorp" is only the base name of Kleindorp (Dr.), and no variant.
		expect(m.matchNaam('Kleindorp')).toEqual({ soort: 'naam', code: 'GM0007' });
		// "hengelo" is a listed variant: that rule comes first and says so.
		expect(m.matchNaam('Hengelo')).toEqual({
			soort: 'variant',
			code: 'GM0003',
			toelichting: 'Hengelo → Hengelo (O.)'
		});
	});

	it('a known variant, with the explanation "input → official name"', () => {
		expect(m.matchNaam('Den Bosch')).toEqual({
			soort: 'variant',
			code: 'GM0006',
			toelichting: "Den Bosch → 's-Hertogenbosch"
		});
		// The variant's target (Nuenen, Gerwen en Nederwetten) is not among these gemeenten.
		expect(m.matchNaam('Nuenen').soort).toBe('onbekend');
	});

	it('the latest dissolution of a reused name wins, with the date written d-m-y', () => {
		expect(m.matchNaam('Oudstad')).toEqual({
			soort: 'herindeling',
			code: 'GM0003',
			opvolgers: ['GM0003'],
			toelichting: 'Oudstad → Hengelo (O.) per 15-07-2019'
		});
		// By base name when the input carries a province suffix.
		expect(m.matchNaam('Oudstad (Z.)')).toMatchObject({ soort: 'herindeling', code: 'GM0003' });
		// By old code: the earlier one.
		expect(m.matchCode('101')).toEqual({
			soort: 'herindeling',
			code: 'GM0001',
			opvolgers: ['GM0001'],
			toelichting: 'Oudstad → Beek per 01-01-2001'
		});
	});

	it('a split names every successor (the unknown one by its code) and says so', () => {
		expect(m.match('GM0103')).toEqual({
			soort: 'herindeling',
			code: 'GM0004',
			opvolgers: ['GM0004', 'GM0999'],
			toelichting: 'Splitdorp → Abcdxyzuv, GM0999 per 02-03-2010 (gesplitst)'
		});
	});

	it('a herindeling whose code is still current is ignored', () => {
		expect(m.matchCode('GM0002')).toEqual({ soort: 'code', code: 'GM0002' });
		expect(m.matchNaam('Spookdorp').soort).toBe('onbekend');
		expect(m.matchCode('GM0999')).toBeNull();
	});

	it('suggestions: trigram Dice above 0.3, best first, at most n', () => {
		// "abcdefghi" padded "  abcdefghi " has 10 trigrams: "  a", " ab", "abc", "bcd", …, "hi ".
		// Abcdxyzuv shares "  a", " ab", "abc", "bcd": 2·4/(10+10) = 0.4 > 0.3.
		// Abcxyzuvw shares "  a", " ab", "abc": 2·3/20 = 0.3, not above 0.3: left out.
		// Beek (“beek”, 5 trigrams) shares none.
		expect(m.suggesties('abcdefghi').map((g) => g.code)).toEqual(['GM0004']);
		// "abcxyzuvq" shares 8 of 10 with Abcxyzuvw (2·8/20 = 0.8) and "  a", " ab", "abc", "xyz",
		// "yzu", "zuv" with Abcdxyzuv (2·6/20 = 0.6): both, the closer first.
		expect(m.suggesties('abcxyzuvq').map((g) => g.code)).toEqual(['GM0005', 'GM0004']);
		// "abcxyzuv" (9 trigrams) vs Abcxyzuvw (10): shared "  a", " ab", "abc", "bcx", "cxy", "xyz",
		// "yzu", "zuv" = 8 → 16/19 ≈ 0.84; vs Abcdxyzuv (10): "  a", " ab", "abc", "xyz", "yzu", "zuv",
		// "uv " = 7 → 14/19 ≈ 0.74. Both, the closer first; with n = 1 only the first.
		expect(m.suggesties('abcxyzuv').map((g) => g.code)).toEqual(['GM0005', 'GM0004']);
		expect(m.suggesties('abcxyzuv', 1).map((g) => g.code)).toEqual(['GM0005']);
		expect(m.matchNaam('Abcxyzuv')).toEqual({
			soort: 'onbekend',
			suggesties: [GEMEENTEN[4], GEMEENTEN[3]]
		});
	});

	it('at most three suggestions by default', () => {
		const veel = new GemeenteMatcher([
			{ code: 'GM0011', naam: 'Aaaa' },
			{ code: 'GM0012', naam: 'Aaab' },
			{ code: 'GM0013', naam: 'Aaac' },
			{ code: 'GM0014', naam: 'Aaad' }
		]);
		// "aaaz" (5 trigrams) shares "  a", " aa", "aaa" with each: Aaaa has 4 distinct trigrams
		// (2·3/9 ≈ 0.67), the others 5 (2·3/10 = 0.6). All four pass; three are kept, Aaaa first.
		const s = veel.suggesties('aaaz');
		expect(s).toHaveLength(3);
		expect(s[0].code).toBe('GM0011');
	});
});
