import { beforeEach, describe, expect, test } from 'vitest';
import { PROFIEL_ATLAS } from '../../../tests/fixtures/profiel-atlas';
import { gemeenteProfiel, type GemeenteProfiel } from './profiel';

// Every expected value is worked out by hand in tests/fixtures/README.md.
describe('gemeenteProfiel on the seven-gemeente atlas', () => {
	let p: GemeenteProfiel;
	beforeEach(() => {
		p = gemeenteProfiel(PROFIEL_ATLAS, 'G1');
	});

	test('counts, ranks and medians (country 2, provincie 1.5 — not the minimum 1)', () => {
		expect(p.gemeente.naam).toBe('Adam');
		expect(p.aantalVerbanden).toBe(4);
		expect(p.aantalSchalen).toBe(3);
		expect(p.rangSchalen).toBe(1);
		expect(p.rangSchalenProvincie).toBe(1);
		expect(p.aantalGemeenten).toBe(7);
		expect(p.aantalInProvincie).toBe(4);
		expect(p.medianSchalenLand).toBe(2);
		expect(p.medianSchalenProvincie).toBe(1.5);
	});

	test('ranks of others: ties share, provincie ranks only count the provincie', () => {
		const g3 = gemeenteProfiel(PROFIEL_ATLAS, 'G3');
		expect([g3.aantalSchalen, g3.rangSchalen, g3.rangSchalenProvincie]).toEqual([1, 5, 3]);
		const g5 = gemeenteProfiel(PROFIEL_ATLAS, 'G5');
		expect([g5.aantalSchalen, g5.rangSchalen, g5.rangSchalenProvincie]).toEqual([2, 2, 1]);
		expect(g5.aantalInProvincie).toBe(3);
		// PV2: 1 2 2 → median 2.
		expect(g5.medianSchalenProvincie).toBe(2);
	});

	test('verbanden per domain, in panel order, sorted by name within a domain', () => {
		expect(p.perDomein.map((d) => [d.domein, d.verbanden.map((v) => v.id)])).toEqual([
			['inkoop', ['v3']],
			['belastingen', ['v1']],
			['ict', ['v3', 'v2']],
			['afval', ['v4']],
			['overig', ['v3']]
		]);
		expect(p.perDomein[1].verbanden[0]).toEqual({
			id: 'v1',
			naam: 'Belastingen Alfa',
			afkorting: undefined,
			vorm: 'openbaar lichaam',
			leden: 2,
			lidSinds: '2019-01-01',
			bronUrl: 'https://example.org/v1'
		});
		expect(p.perDomein[2].verbanden[1].leden).toBe(3);
		expect(p.perDomein[2].verbanden[1].lidSinds).toBeUndefined();
	});

	test('partners: most shared first, ties by name', () => {
		expect(p.partners).toEqual([
			{ code: 'G2', naam: 'Dorp', gedeeld: 3, verbanden: ['v1', 'v2', 'v4'] },
			{ code: 'G5', naam: 'Bstad', gedeeld: 1, verbanden: ['v3'] },
			{ code: 'G3', naam: 'Cdorp', gedeeld: 1, verbanden: ['v2'] }
		]);
	});

	test('the region of each indeling', () => {
		expect(p.indelingen).toEqual([
			{ id: 'provincie', naam: 'Provincie', regio: 'Oost', regioCode: 'PV1', jaar: 2025 }
		]);
	});

	test('mismatches: domain pairs with different partner sets, least similar first, overig left out', () => {
		expect(p.afwijkingen).toEqual([
			{
				a: 'inkoop',
				b: 'belastingen',
				beide: 0,
				alleenA: ['Bstad'],
				alleenB: ['Dorp'],
				gelijkenis: 0
			},
			{ a: 'inkoop', b: 'afval', beide: 0, alleenA: ['Bstad'], alleenB: ['Dorp'], gelijkenis: 0 },
			{
				a: 'inkoop',
				b: 'ict',
				beide: 1,
				alleenA: [],
				alleenB: ['Cdorp', 'Dorp'],
				gelijkenis: 1 / 3
			},
			{
				a: 'belastingen',
				b: 'ict',
				beide: 1,
				alleenA: [],
				alleenB: ['Bstad', 'Cdorp'],
				gelijkenis: 1 / 3
			},
			{
				a: 'ict',
				b: 'afval',
				beide: 1,
				alleenA: ['Bstad', 'Cdorp'],
				alleenB: [],
				gelijkenis: 1 / 3
			}
		]);
	});

	test('a gemeente in one domain only has no mismatches; an unknown code throws in Dutch', () => {
		expect(gemeenteProfiel(PROFIEL_ATLAS, 'G4').afwijkingen).toEqual([]);
		expect(gemeenteProfiel(PROFIEL_ATLAS, 'G4').indelingen[0].regio).toBe('Oost');
		expect(() => gemeenteProfiel(PROFIEL_ATLAS, 'GM9999')).toThrow(
			'Onbekende gemeentecode: GM9999'
		);
	});
});
