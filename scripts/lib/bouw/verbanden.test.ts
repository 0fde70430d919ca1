import { describe, expect, it } from 'vitest';
import type { RooRegeling } from '../lezen';
import {
	bestaatSinds,
	ketensVan,
	lidSindsPerLid,
	lijktVervangen,
	normaliseerVorm,
	regimeVan
} from './verbanden';

const regeling = (p: Partial<RooRegeling> & { id: string }): RooRegeling => ({
	bestand: `${p.id}.yaml`,
	namen: [],
	beleidsterreinen: [],
	deelnemers: [],
	bevoegdheden: [],
	bevoegdheidsverkrijgingen: [],
	grondslagen: [],
	instellingsbesluiten: [],
	...p
});

describe('regimeVan', () => {
	const lid = (...o: string[]) => ({ soort: 'gemeente' as const, bestuursorganen: o });
	it('one kind of body for all members gives its regeling', () => {
		expect(
			regimeVan([
				lid('College van burgemeester en wethouders'),
				lid('College van burgemeester en wethouders')
			])
		).toBe('collegeregeling');
		expect(regimeVan([lid('Gemeenteraad'), lid('Gemeenteraad')])).toBe('raadsregeling');
		expect(regimeVan([lid('Burgemeester')])).toBe('burgemeestersregeling');
	});
	it('several kinds give a gemengde regeling, also across members', () => {
		expect(regimeVan([lid('Gemeenteraad', 'College van burgemeester en wethouders')])).toBe(
			'gemengde regeling'
		);
		expect(regimeVan([lid('Gemeenteraad'), lid('College van burgemeester en wethouders')])).toBe(
			'gemengde regeling'
		);
		expect(regimeVan([lid('College van burgemeester en wethouders', 'Burgemeester')])).toBe(
			'gemengde regeling'
		);
	});
	it('only gemeenten count; nothing known gives onbekend', () => {
		expect(
			regimeVan([
				{ soort: 'provincie', bestuursorganen: ['Provinciale staten'] },
				lid('Burgemeester')
			])
		).toBe('burgemeestersregeling');
		expect(regimeVan([lid()])).toBe('onbekend');
		expect(regimeVan([])).toBe('onbekend');
	});
});

describe('ketensVan', () => {
	it('links versions by previous/next in order, and keeps lone versions as their own regeling', () => {
		const a1 = regeling({ id: 'a1', rooId: '1', volgendeRooId: '2' });
		const a2 = regeling({ id: 'a2', rooId: '2', vorigeRooId: '1', volgendeRooId: '3' });
		const a3 = regeling({ id: 'a3', rooId: '3', vorigeRooId: '2' });
		const b = regeling({ id: 'b', rooId: '9' });
		const ketens = ketensVan([a3, b, a1, a2]);
		expect(ketens.map((k) => k.map((r) => r.id))).toEqual([['b'], ['a1', 'a2', 'a3']]);
	});
	it('a previous version that is not in the register starts a new chain', () => {
		const r = regeling({ id: 'x', rooId: '5', vorigeRooId: '404' });
		expect(ketensVan([r]).map((k) => k.map((v) => v.id))).toEqual([['x']]);
	});
});

describe('lidSindsPerLid', () => {
	it('takes the toetredingsdatum from the earliest version listing the member, else that version date', () => {
		const v1 = regeling({
			id: 'v1',
			inwerkingtreding: '2004-01-01',
			deelnemers: [
				{
					naam: 'Gemeente A',
					tooi: '…/gm0001',
					toetredings_datum: '2004-04-01',
					bestuursorganen: []
				}
			]
		});
		const v2 = regeling({
			id: 'v2',
			inwerkingtreding: '2020-01-01',
			deelnemers: [
				{
					naam: 'Gemeente A',
					tooi: '…/gm0001',
					toetredings_datum: '2020-01-01',
					bestuursorganen: []
				},
				{ naam: 'Gemeente B', bestuursorganen: [] }
			]
		});
		const m = lidSindsPerLid([v1, v2]);
		expect(m.get('GM0001')).toBe('2004-04-01');
		expect(m.get('b')).toBe('2020-01-01');
	});
});

describe('lijktVervangen', () => {
	const v = (
		id: string,
		naam: string,
		gemeenten: string[],
		domeinen: string[],
		sinds: string,
		versieSinds = sinds
	) => ({ id, naam, gemeenten, domeinen: domeinen as never, sinds, versieSinds });
	const plaats = new Map([
		['GM1', 'Huizen Noord-Holland'],
		['GM2', 'Blaricum Noord-Holland']
	]);
	it('flags the older of two regelingen with the same members, a shared domain and a similar name', () => {
		const oud = v(
			'oud',
			'Samenwerking Sociale Zaken 2008',
			['GM1', 'GM2'],
			['werk-inkomen'],
			'2008-01-01',
			'2020-01-01'
		);
		const nieuw = v(
			'nieuw',
			'Samenwerking Sociaal Domein Huizen en Blaricum 2026',
			['GM1', 'GM2'],
			['integrale-toegang', 'werk-inkomen'],
			'2026-04-08'
		);
		expect(Object.fromEntries(lijktVervangen([nieuw, oud], plaats))).toEqual({ oud: ['nieuw'] });
	});
	it('does not flag different purposes, other members, single members or older newcomers', () => {
		const a = v('a', 'Veiligheidsregio Huizen', ['GM1', 'GM2'], ['veiligheid'], '2010-01-01');
		const b = v('b', 'GGD Huizen', ['GM1', 'GM2'], ['gezondheid'], '2015-01-01');
		const c = v('c', 'Archeologie Huizen', ['GM1'], ['archief-erfgoed'], '2010-01-01');
		const d = v('d', 'Archief Huizen', ['GM1'], ['archief-erfgoed'], '2015-01-01');
		const e = v('e', 'Sociale Zaken', ['GM1', 'GM2'], ['werk-inkomen'], '2010-01-01', '2020-01-01');
		const f = v('f', 'Sociale Dienst', ['GM1', 'GM2'], ['werk-inkomen'], '2015-01-01');
		expect(lijktVervangen([a, b, c, d, e, f], plaats).size).toBe(0);
	});
});

describe('normaliseerVorm', () => {
	it('reads the register forms, also quoted, and falls back to onbekend', () => {
		expect(normaliseerVorm('Openbaar lichaam')).toBe('openbaar lichaam');
		expect(normaliseerVorm("'Regeling zonder meer'")).toBe('regeling zonder meer');
		expect(normaliseerVorm('iets anders')).toBe('onbekend');
		expect(normaliseerVorm(undefined)).toBe('onbekend');
	});
});

describe('bestaatSinds', () => {
	it('takes the earliest of the first version and every toetredingsdatum', () => {
		const v1 = regeling({
			id: 'v1',
			inwerkingtreding: '2015-12-09',
			deelnemers: [{ naam: 'W', toetredings_datum: '2004-04-01', bestuursorganen: [] }]
		});
		const v2 = regeling({
			id: 'v2',
			inwerkingtreding: '2024-07-01',
			deelnemers: [{ naam: 'G', toetredings_datum: '2009-01-01', bestuursorganen: [] }]
		});
		expect(bestaatSinds([v1, v2])).toBe('2004-04-01');
		expect(bestaatSinds([regeling({ id: 'x', inwerkingtreding: '2019-01-01' })])).toBe(
			'2019-01-01'
		);
		expect(bestaatSinds([regeling({ id: 'y' })])).toBeUndefined();
	});
});
