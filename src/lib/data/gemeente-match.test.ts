import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	GemeenteMatcher,
	NAAM_VARIANTEN,
	normaliseerNaam,
	parseGemeenteCode,
	provincieSuffix,
	type GemeenteRef,
	type Herindeling
} from './gemeente-match';

const DATA = join(process.cwd(), 'static', 'data');
const atlas = JSON.parse(readFileSync(join(DATA, 'atlas.json'), 'utf8')) as {
	gemeenten: GemeenteRef[];
};
const gemeenten: GemeenteRef[] = atlas.gemeenten.map((g) => ({ code: g.code, naam: g.naam }));
const herindelingen = JSON.parse(
	readFileSync(join(DATA, 'herindelingen.json'), 'utf8')
) as Herindeling[];

describe('parseGemeenteCode', () => {
	it.each(['GM0363', '0363', '363', 'gm363', 'gm0363', ' GM0363 '])('%s → GM0363', (invoer) => {
		expect(parseGemeenteCode(invoer)).toBe('GM0363');
	});

	it('accepts a TOOI URL', () => {
		expect(parseGemeenteCode('https://identifier.overheid.nl/tooi/id/gemeente/gm0363')).toBe(
			'GM0363'
		);
	});

	it.each(['', 'Amsterdam', 'GM', 'GM03631', '03631', 'GMabcd', 'PV27', '36 3', 'GM-0363'])(
		'rejects %j',
		(invoer) => {
			expect(parseGemeenteCode(invoer)).toBeNull();
		}
	);
});

describe('normaliseerNaam', () => {
	it('ignores case, diacritics, punctuation and spaces', () => {
		expect(normaliseerNaam('Súdwest-Fryslân')).toBe(normaliseerNaam('sudwest fryslan'));
		expect(normaliseerNaam('Súdwest-Fryslân')).toBe('sudwestfryslan');
		expect(normaliseerNaam("'s-Hertogenbosch")).toBe('shertogenbosch');
	});

	it('drops a "gemeente"/"gem." prefix', () => {
		expect(normaliseerNaam('Gemeente Súdwest-Fryslân')).toBe('sudwestfryslan');
		expect(normaliseerNaam('gem. Utrecht')).toBe('utrecht');
	});
});

describe('provincieSuffix', () => {
	it('splits a known province suffix', () => {
		expect(provincieSuffix('Bergen (L.)')).toEqual({ basis: 'Bergen', provincie: 'l' });
		expect(provincieSuffix('Bergen (NH.)')).toEqual({ basis: 'Bergen', provincie: 'nh' });
		expect(provincieSuffix('Hengelo (Ov)')).toEqual({ basis: 'Hengelo', provincie: 'o' });
	});

	it('leaves names without (or with an unknown) suffix alone', () => {
		expect(provincieSuffix('Amsterdam')).toEqual({ basis: 'Amsterdam', provincie: null });
		expect(provincieSuffix('Foo (XY)')).toEqual({ basis: 'Foo (XY)', provincie: null });
	});
});

describe('NAAM_VARIANTEN', () => {
	it('keys are normalised and every target is a current gemeente', () => {
		const namen = new Set(gemeenten.map((g) => g.naam));
		for (const [sleutel, naam] of Object.entries(NAAM_VARIANTEN)) {
			expect(normaliseerNaam(sleutel), sleutel).toBe(sleutel);
			expect(namen.has(naam), naam).toBe(true);
		}
	});
});

describe('GemeenteMatcher on the real gemeenten', () => {
	const matcher = new GemeenteMatcher(gemeenten, herindelingen);

	it('has the 342 gemeenten of the atlas', () => {
		expect(gemeenten).toHaveLength(342);
		expect(new Set(gemeenten.map((g) => g.code)).size).toBe(342);
		expect(matcher.naamVan('GM0363')).toBe('Amsterdam');
	});

	it("matches 's-Hertogenbosch and Den Bosch to GM0796", () => {
		expect(matcher.matchNaam("'s-Hertogenbosch")).toEqual({ soort: 'naam', code: 'GM0796' });
		const r = matcher.matchNaam('Den Bosch');
		expect(r.soort).toBe('variant');
		expect(r.soort !== 'onbekend' && r.code).toBe('GM0796');
		expect(matcher.match('gemeente Den Bosch')).toMatchObject({ code: 'GM0796' });
	});

	it('distinguishes Bergen (L.) from Bergen (NH.)', () => {
		expect(matcher.matchNaam('Bergen (L.)')).toMatchObject({ code: 'GM0893' });
		expect(matcher.matchNaam('Bergen (NH.)')).toMatchObject({ code: 'GM0373' });
		expect(matcher.matchNaam('Bergen (Lb)')).toMatchObject({ code: 'GM0893' });
		expect(matcher.matchNaam('Bergen NH')).toMatchObject({ code: 'GM0373' });
		expect(matcher.matchNaam('Bergen Limburg')).toMatchObject({ code: 'GM0893' });
	});

	it('does not guess for the ambiguous bare name "Bergen"', () => {
		const r = matcher.matchNaam('Bergen');
		expect(r.soort).toBe('onbekend');
		if (r.soort === 'onbekend') {
			const codes = r.suggesties.map((g) => g.code);
			expect(codes).toContain('GM0893');
			expect(codes).toContain('GM0373');
		}
	});

	it('matches a unique base name without its suffix', () => {
		expect(matcher.matchNaam('Hengelo')).toMatchObject({ code: 'GM0164' });
	});

	it('is insensitive to diacritics and case', () => {
		expect(matcher.matchNaam('sudwest fryslan')).toEqual({ soort: 'naam', code: 'GM1900' });
		expect(matcher.matchNaam('AMSTERDAM')).toEqual({ soort: 'naam', code: 'GM0363' });
	});

	it('matches codes in any form', () => {
		expect(matcher.matchCode('363')).toEqual({ soort: 'code', code: 'GM0363' });
		expect(matcher.match('gm0796')).toEqual({ soort: 'code', code: 'GM0796' });
		expect(matcher.matchCode('GM9999')).toBeNull();
		expect(matcher.matchCode('Amsterdam')).toBeNull();
	});

	it('maps Weesp (dissolved 2022) to Amsterdam, by name and by old code', () => {
		const weesp = herindelingen.find((h) => h.naam === 'Weesp');
		expect(weesp).toMatchObject({ code: 'GM0457', opvolgers: ['GM0363'] });

		const perNaam = matcher.matchNaam('Weesp');
		expect(perNaam).toMatchObject({ soort: 'herindeling', code: 'GM0363', opvolgers: ['GM0363'] });
		if (perNaam.soort === 'herindeling') {
			expect(perNaam.toelichting).toContain('Weesp');
			expect(perNaam.toelichting).toContain('Amsterdam');
		}
		expect(matcher.matchCode('GM0457')).toMatchObject({ soort: 'herindeling', code: 'GM0363' });
		expect(matcher.match('https://identifier.overheid.nl/tooi/id/gemeente/gm0457')).toMatchObject({
			code: 'GM0363'
		});
	});

	it('without herindelingen Weesp is unknown', () => {
		expect(new GemeenteMatcher(gemeenten).matchNaam('Weesp').soort).toBe('onbekend');
	});

	it('reports a split gemeente with all its successors', () => {
		const split = herindelingen.find((h) => h.opvolgers.length > 1);
		expect(split).toBeDefined();
		const r = matcher.matchCode(split!.code);
		expect(r).toMatchObject({ soort: 'herindeling', opvolgers: split!.opvolgers });
		if (r?.soort === 'herindeling') expect(r.toelichting).toContain('gesplitst');
	});

	it('every herindeling successor is a current gemeente', () => {
		const codes = new Set(gemeenten.map((g) => g.code));
		for (const h of herindelingen) {
			expect(codes.has(h.code), `${h.code} ${h.naam} is still current`).toBe(false);
			for (const o of h.opvolgers) expect(codes.has(o), `${h.naam} → ${o}`).toBe(true);
		}
	});

	it('suggests similar names for a typo', () => {
		const r = matcher.matchNaam('Amsterdm');
		expect(r.soort).toBe('onbekend');
		if (r.soort === 'onbekend') expect(r.suggesties[0]?.code).toBe('GM0363');
		expect(matcher.suggesties('')).toEqual([]);
	});
});
