// The classifier on a small made-up rule set (not data/domeinen.yaml, which scripts/lib/bouw.test.ts
// covers): each expected domain and reason follows from the rules below by hand.
import { describe, expect, it } from 'vitest';
import { DOMEIN_IDS, type DomeinId } from './types';
import {
	bevatTrefwoord,
	classificeer,
	valideerRegels,
	type Classificatieregels,
	type DomeinRegels
} from './classificeer';

const leeg = (naam: string): DomeinRegels => ({
	naam,
	naam_en: naam,
	omschrijving: '',
	beleidsterreinen: [],
	naam_trefwoorden: [],
	doel_trefwoorden: []
});

function regels(): Classificatieregels {
	const domeinen = Object.fromEntries(DOMEIN_IDS.map((id) => [id, leeg(id)])) as Record<
		DomeinId,
		DomeinRegels
	>;
	domeinen.belastingen = {
		...leeg('Belastingen'),
		beleidsterreinen: ['Financiën |'],
		naam_trefwoorden: ['belasting*'],
		doel_trefwoorden: ['heffen']
	};
	domeinen.afval = { ...leeg('Afval'), naam_trefwoorden: ['afval'], beleidsterreinen: ['Afval'] };
	domeinen.ict = { ...leeg('ICT'), grondslagen: ['Wet digitale overheid'] };
	domeinen['archief-erfgoed'] = { ...leeg('Archief'), tekst_trefwoorden: ['archiefbewaarplaats'] };
	// A rule for overig is never applied: overig is what is left.
	domeinen.overig = { ...leeg('Overig'), naam_trefwoorden: ['zzz'] };
	return { domeinen, overrides: {} };
}

const v = (extra: Partial<Parameters<typeof classificeer>[0]>) => ({
	id: 'v1',
	namen: [],
	beleidsterreinen: [],
	...extra
});

describe('bevatTrefwoord', () => {
	it('compares without case, diacritics and punctuation, as whole words', () => {
		const t = ' regio zuid oost brabant ';
		expect(bevatTrefwoord(t, 'Zuid-Oost')).toBe(true);
		expect(bevatTrefwoord(t, 'zúid')).toBe(true);
		expect(bevatTrefwoord(t, 'oost brabant')).toBe(true);
		expect(bevatTrefwoord(t, 'brab')).toBe(false);
		expect(bevatTrefwoord(t, 'egio')).toBe(false);
	});

	it('a trailing * allows any ending but still starts at a word', () => {
		const t = ' regio zuid oost brabant ';
		expect(bevatTrefwoord(t, 'brab*')).toBe(true);
		expect(bevatTrefwoord(t, 'rab*')).toBe(false);
		expect(bevatTrefwoord(t, 'Oost-Bra*')).toBe(true);
	});

	it('an empty keyword matches nothing', () => {
		expect(bevatTrefwoord(' a b ', '')).toBe(false);
		expect(bevatTrefwoord(' a b ', '-')).toBe(false);
		expect(bevatTrefwoord(' a b ', '*')).toBe(false);
	});
});

describe('classificeer on a made-up rule set', () => {
	const r = regels();

	it('a name keyword, the words of the names kept apart', () => {
		expect(classificeer(v({ namen: ['Regio Afval'] }), r)).toEqual({
			domeinen: ['afval'],
			redenen: ["afval: naam 'afval'"],
			override: false
		});
		// Two names are not glued into one word.
		expect(classificeer(v({ namen: ['Zuid', 'Afval'] }), r).domeinen).toEqual(['afval']);
		expect(classificeer(v({ namen: ['Zuidafval'] }), r).domeinen).toEqual(['overig']);
	});

	it('a beleidsterrein: exact, or as prefix when the rule ends in " |"', () => {
		expect(classificeer(v({ beleidsterreinen: ['Afval'] }), r).redenen).toEqual([
			"afval: beleidsterrein 'Afval'"
		]);
		expect(classificeer(v({ beleidsterreinen: ['Afval | inzameling'] }), r).domeinen).toEqual([
			'overig'
		]);
		expect(classificeer(v({ beleidsterreinen: ['Financiën | belasting'] }), r).redenen).toEqual([
			"belastingen: beleidsterrein 'Financiën |'"
		]);
		expect(classificeer(v({ beleidsterreinen: ['Financiën'] }), r).domeinen).toEqual(['overig']);
	});

	it('the first rule that fits gives the reason: beleidsterrein, naam, doel, grondslag, tekst', () => {
		const alle = v({
			namen: ['Belastingsamenwerking'],
			beleidsterreinen: ['Financiën | x'],
			doel: 'heffen'
		});
		expect(classificeer(alle, r).redenen).toEqual(["belastingen: beleidsterrein 'Financiën |'"]);
		expect(classificeer({ ...alle, beleidsterreinen: [] }, r).redenen).toEqual([
			"belastingen: naam 'belasting*'"
		]);
		expect(classificeer(v({ doel: 'Het heffen van belasting' }), r).redenen).toEqual([
			"belastingen: doel 'heffen'"
		]);
		expect(classificeer(v({ grondslagen: ['Gemeentewet', 'Wet digitale overheid'] }), r)).toEqual({
			domeinen: ['ict'],
			redenen: ["ict: grondslag 'Wet digitale overheid'"],
			override: false
		});
		expect(classificeer(v({ teksten: ['Beheer van de archiefbewaarplaats'] }), r).redenen).toEqual([
			"archief-erfgoed: bevoegdheden/orgaan 'archiefbewaarplaats'"
		]);
	});

	it('several domains, in the order of DOMEIN_IDS; never overig beside them', () => {
		const x = classificeer(
			v({ namen: ['Afval en belastingen zzz'], teksten: ['archiefbewaarplaats'] }),
			r
		);
		expect(x.domeinen).toEqual(['belastingen', 'afval', 'archief-erfgoed']);
		expect(x.redenen).toHaveLength(3);
		// "zzz" is overig's own keyword, yet overig is only the fallback.
		expect(classificeer(v({ namen: ['zzz'] }), r)).toEqual({
			domeinen: ['overig'],
			redenen: [],
			override: false
		});
	});

	it('an override decides; an empty override means overig; the rules are not shared', () => {
		const metOverride = { ...r, overrides: { v1: ['ict', 'afval'] as DomeinId[], v2: [] } };
		const a = classificeer(v({ namen: ['Belasting'] }), metOverride);
		expect(a).toEqual({
			domeinen: ['ict', 'afval'],
			redenen: ['override in data/domeinen.yaml'],
			override: true
		});
		a.domeinen.push('inkoop');
		expect(metOverride.overrides.v1).toEqual(['ict', 'afval']);
		expect(classificeer(v({ id: 'v2', namen: ['Afval'] }), metOverride).domeinen).toEqual([
			'overig'
		]);
	});
});

describe('valideerRegels on made-up rules', () => {
	it('returns the domains and an empty override map when none is given', () => {
		const r = regels();
		const uit = valideerRegels({ domeinen: r.domeinen });
		expect(uit.domeinen).toBe(r.domeinen);
		expect(uit.overrides).toEqual({});
		expect(valideerRegels({ domeinen: r.domeinen, overrides: { a: ['ict'] } }).overrides).toEqual({
			a: ['ict']
		});
	});

	it('rejects null and a missing domains field', () => {
		expect(() => valideerRegels(null, 'r.yaml')).toThrow('r.yaml: veld "domeinen" ontbreekt.');
		expect(() => valideerRegels('tekst', 'r.yaml')).toThrow('veld "domeinen" ontbreekt');
	});

	it('optional lists may be absent, but must be lists when present', () => {
		const r = regels();
		(r.domeinen.ict as unknown as Record<string, unknown>).grondslagen = 'Wet';
		expect(() => valideerRegels(r, 'r.yaml')).toThrow(
			'r.yaml: domeinen.ict.grondslagen moet een lijst zijn.'
		);
		const s = regels();
		(s.domeinen.afval as unknown as Record<string, unknown>).tekst_trefwoorden = 'x';
		expect(() => valideerRegels(s)).toThrow(
			'domeinen.afval.tekst_trefwoorden moet een lijst zijn.'
		);
		const t = regels();
		(t.domeinen.afval as unknown as Record<string, unknown>).doel_trefwoorden = undefined;
		expect(() => valideerRegels(t)).toThrow('domeinen.afval.doel_trefwoorden moet een lijst zijn.');
		const u = regels();
		(u.domeinen.inkoop as unknown as Record<string, unknown>).beleidsterreinen = {};
		expect(() => valideerRegels(u)).toThrow(
			'domeinen.inkoop.beleidsterreinen moet een lijst zijn.'
		);
	});

	it('names the known domains when one is unknown', () => {
		const r = regels();
		(r.domeinen as Record<string, DomeinRegels>).x = leeg('x');
		expect(() => valideerRegels(r, 'r.yaml')).toThrow(
			`r.yaml: onbekend domein "x" (bekend: ${DOMEIN_IDS.join(', ')}).`
		);
	});

	it('checks the name type and each override list', () => {
		const r = regels();
		(r.domeinen.vervoer as unknown as Record<string, unknown>).naam = 3;
		expect(() => valideerRegels(r, 'r.yaml')).toThrow('r.yaml: domeinen.vervoer.naam ontbreekt.');
		const o = regels();
		expect(() => valideerRegels({ ...o, overrides: { a: ['ict', 'nee'] } }, 'r.yaml')).toThrow(
			'r.yaml: overrides.a noemt onbekend domein "nee".'
		);
		expect(() => valideerRegels({ ...o, overrides: { a: 'ict' } }, 'r.yaml')).toThrow(
			'r.yaml: overrides.a moet een lijst zijn.'
		);
	});
});
