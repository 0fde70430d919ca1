// The explorer's screens beside the map: legend content, layer panel groups, picks and names.
import { describe, expect, test } from 'vitest';
import { echteData } from '$lib/geo/test-data';
import { maakVerkennerModel, type LaagView } from './verkenner-model';
import type { LaagStijl } from './kaart-staat';
import { beginStaat } from './test-staat';
import {
	gemeenteCodeVan,
	kaartStandTekst,
	laagGroepen,
	legendaInhoud,
	naamVanCode
} from './verkenner-weergave';

describe('laagGroepen (hand-made layers)', () => {
	// Listed out of group order on purpose: the panel orders eigen, kern, overig, indeling.
	const lagen: LaagView[] = [
		{
			id: 'vr',
			naam: 'Veiligheidsregio',
			soort: 'indeling',
			groep: 'indeling',
			kleur: '#111111',
			aantalRegios: 25
		},
		{
			id: 'afval',
			naam: 'Afval',
			soort: 'domein',
			groep: 'overig',
			kleur: '#222222',
			aantalRegios: 2
		},
		{ id: 'ict', naam: 'ICT', soort: 'domein', groep: 'kern', kleur: '#333333', aantalRegios: 3 }
	];
	const stijl = new Map<string, LaagStijl>([['vr', { kleur: '#abcdef', ondoorzichtigheid: 0.5 }]]);
	const s = { zichtbaar: ['ict', 'vr'], gatenTonen: ['ict'], stijl, taal: 'nl' as const };

	test('groups in panel order, without an empty group (no eigen gegevens here)', () => {
		expect(laagGroepen(lagen, s).map((g) => g.titel)).toEqual([
			'Kerndomeinen',
			'Overige domeinen',
			'Officiële regio-indelingen'
		]);
	});

	test('a layer carries its own style, else its default colour at full opacity', () => {
		const [kern, overig, indeling] = laagGroepen(lagen, s);
		expect(indeling.lagen).toEqual([
			{
				id: 'vr',
				naam: 'Veiligheidsregio',
				kleur: '#abcdef',
				ondoorzichtigheid: 0.5,
				zichtbaar: true,
				detail: "25 regio's",
				gatenTonen: undefined
			}
		]);
		expect(kern.lagen[0]).toMatchObject({
			kleur: '#333333',
			ondoorzichtigheid: 1,
			zichtbaar: true,
			detail: '3 verbanden',
			gatenTonen: true
		});
		// A domain whose gaps are off says false (it has the switch), an indeling says nothing.
		expect(overig.lagen[0]).toMatchObject({
			zichtbaar: false,
			gatenTonen: false,
			detail: '2 verbanden'
		});
	});

	test('English titles and counts', () => {
		const [kern, , indeling] = laagGroepen(lagen, { ...s, taal: 'en' });
		expect(kern.titel).toBe('Core domains');
		expect(indeling.lagen[0].detail).toBe('25 regions');
	});
});

describe('gemeenteCodeVan', () => {
	test('the code of a gemeente polygon; null for an arc, a label or empty map', () => {
		expect(gemeenteCodeVan({ object: { properties: { code: 'GM0935' } } })).toBe('GM0935');
		expect(gemeenteCodeVan({ object: { properties: {} } })).toBeNull();
		expect(gemeenteCodeVan({ object: { naam: 'Maastricht' } })).toBeNull();
		expect(gemeenteCodeVan({ object: null })).toBeNull();
		expect(gemeenteCodeVan({})).toBeNull();
	});
});

describe('naamVanCode', () => {
	const toen = new Map([['GM0457', { naam: 'Weesp' }]]);
	const nu = new Map([
		['GM0363', { naam: 'Amsterdam' }],
		['GM0457', { naam: 'Weesp (opgeheven)' }]
	]);
	test('the first register that knows the code wins; a missing register is skipped', () => {
		expect(naamVanCode('GM0457', [undefined, toen, nu])).toBe('Weesp');
		expect(naamVanCode('GM0363', [toen, undefined, nu])).toBe('Amsterdam');
	});
	test('unknown everywhere: the code itself', () => {
		expect(naamVanCode('GM9999', [toen, nu])).toBe('GM9999');
	});
});

describe('legendaInhoud (real data)', () => {
	const { atlas, topology } = echteData();
	const model = maakVerkennerModel({ atlas, topology });
	const basis = beginStaat(model, ['belastingen']);

	test('one register domain: its layer, the register line, no form filter, every gemeente in a class', () => {
		const l = legendaInhoud(basis);
		expect(l.lagen.map((x) => x.id)).toEqual(['belastingen']);
		expect(l.taal).toBe('nl');
		expect(l.titel).toBe('Aantal verschillende schalen');
		expect(l.registerUitleg).not.toBeNull();
		expect(l.vormFilter).toBeNull();
		// The classes partition the gemeenten: each has one number of scales.
		expect(l.klassen.reduce((n, k) => n + k.aantal, 0)).toBe(model.gemeenten.length);
	});

	test('with a form filter the legend says which forms count', () => {
		const l = legendaInhoud({ ...basis, vormen: ['openbaar lichaam'] });
		expect(l.vormFilter).toBe('Alleen: openbaar lichaam');
	});

	test('an indeling only: no register line', () => {
		expect(legendaInhoud(beginStaat(model, ['veiligheidsregio'])).registerUitleg).toBeNull();
	});
});

describe('kaartStandTekst', () => {
	test('says nothing for today, the date otherwise, and both dates when comparing', () => {
		expect(kaartStandTekst('nl', null, null, '2026-12-01')).toBeNull();
		expect(kaartStandTekst('nl', '2019-06-01', null, '2026-12-01')).toBe('stand op 1 juni 2019');
		expect(kaartStandTekst('nl', '2019-06-01', null, '2026-12-01', true)).toBe(
			'Stand op 1 juni 2019'
		);
		// Comparing with today: the later date is today's.
		expect(kaartStandTekst('nl', null, '2019-01-01', '2023-01-01')).toBe(
			'1 januari 2019 → 1 januari 2023'
		);
		expect(kaartStandTekst('en', '2023-01-01', '2019-01-01', '2026-12-01')).toBe(
			'1 January 2019 → 1 January 2023'
		);
	});
});
