import { beforeEach, describe, expect, test } from 'vitest';
import { PROFIEL_ATLAS } from '../../../tests/fixtures/profiel-atlas';
import { DOMEIN_IDS } from '$lib/data/types';
import { lagenUitAtlas, schaalSleutel, type Laag } from './lagen';

describe('lagenUitAtlas', () => {
	let lagen: Laag[];
	beforeEach(() => {
		lagen = lagenUitAtlas({
			...PROFIEL_ATLAS,
			domeinen: [{ id: 'ict', naam: 'ICT', naamEn: 'ICT', omschrijving: '' }]
		});
	});

	test('the domains in panel order, then the indelingen', () => {
		expect(lagen.map((l) => l.id)).toEqual([...DOMEIN_IDS, 'provincie']);
		expect(lagen.map((l) => l.soort)).toEqual([...DOMEIN_IDS.map(() => 'domein'), 'indeling']);
	});

	test('a domain holds the verbanden that serve it; its name comes from the atlas, else its id', () => {
		const ict = lagen.find((l) => l.id === 'ict')!;
		expect(ict.naam).toBe('ICT');
		expect(ict.regios).toEqual([
			{ id: 'v2', naam: 'Zeta ICT', gemeenten: ['G1', 'G2', 'G3'] },
			{ id: 'v3', naam: 'Inkoop Gamma', gemeenten: ['G1', 'G5'] }
		]);
		expect(lagen.find((l) => l.id === 'afval')!.naam).toBe('afval');
		expect(lagen.find((l) => l.id === 'veiligheid')!.regios).toEqual([]);
	});

	test('an indeling keeps its region codes and names', () => {
		expect(lagen.at(-1)).toEqual({
			id: 'provincie',
			naam: 'Provincie',
			soort: 'indeling',
			regios: [
				{ id: 'PV1', naam: 'Oost', gemeenten: ['G1', 'G2', 'G3', 'G4'] },
				{ id: 'PV2', naam: 'West', gemeenten: ['G5', 'G6', 'G7'] }
			]
		});
	});

	test('schaalSleutel: the sorted members, whatever the order', () => {
		expect(schaalSleutel(['G2', 'G10', 'G1'])).toBe('G1,G10,G2');
	});
});
