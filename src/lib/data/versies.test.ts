import { describe, expect, test } from 'vitest';
import { versieRegels, versiesUitKeten } from './versies';
import type { Keten } from './geschiedenis';

describe('versieRegels', () => {
	test('joins and leaves between versions, by code (name when there is none), oldest first', () => {
		const regels = versieRegels([
			{
				id: 'v2',
				naam: 'R',
				van: '2021-01-01',
				leden: [
					{ naam: 'A', code: 'GM0001' },
					{ naam: 'C-nieuw', code: 'GM0003' },
					{ naam: 'Waterschap' }
				]
			},
			{
				id: 'v1',
				naam: 'R',
				van: '2019-01-01',
				tot: '2021-01-01',
				leden: [
					{ naam: 'A (oude naam)', code: 'GM0001' },
					{ naam: 'B', code: 'GM0002' },
					{ naam: 'Waterschap' }
				]
			}
		]);
		expect(regels.map((r) => r.id)).toEqual(['v1', 'v2']);
		expect(regels[0]).toMatchObject({ toegetreden: [], uitgetreden: [] });
		// A is kept (same code, other name); B left; C joined; the waterschap stays by name.
		expect(regels[1].toegetreden).toEqual(['C-nieuw']);
		expect(regels[1].uitgetreden).toEqual(['B']);
	});
});

describe('versiesUitKeten', () => {
	test('maps the compact history shape to the detail shape', () => {
		const k: Keten = {
			id: 'k',
			naam: 'Keten',
			vorm: 'openbaar lichaam',
			domeinen: ['ict'],
			versies: [
				{
					id: 'k1',
					van: '2018-01-01',
					tot: '2020-01-01',
					leden: [{ c: 'GM0001', n: 'A', t: '2017-05-01' }]
				},
				{ id: 'k', van: '2020-01-01', tot: null, leden: [{ n: 'Zonder code' }] }
			]
		};
		expect(versiesUitKeten(k)).toEqual([
			{
				id: 'k1',
				naam: 'Keten',
				van: '2018-01-01',
				tot: '2020-01-01',
				leden: [{ naam: 'A', code: 'GM0001', sinds: '2017-05-01' }]
			},
			{ id: 'k', naam: 'Keten', van: '2020-01-01', leden: [{ naam: 'Zonder code' }] }
		]);
	});
});
