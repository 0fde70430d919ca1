import { beforeEach, describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { MINI_TOPOLOGIE } from '../../../tests/fixtures/mini-topologie';
import { echteData, opEchteData } from './test-data';
import { lagenUitAtlas } from './lagen';
import { maakGeoIndex, type GeoIndex } from './geo-index';
import { contiguiteit } from './contiguiteit';

describe('contiguiteit on the hand-drawn squares (tests/fixtures/README.md)', () => {
	let index: GeoIndex;
	beforeEach(() => {
		index = maakGeoIndex(MINI_TOPOLOGIE);
	});

	test('a row is one part; its two ends without the middle are two', () => {
		expect(contiguiteit(index, ['GM0003', 'GM0001', 'GM0002'])).toEqual({
			delen: [['GM0001', 'GM0002', 'GM0003']],
			aaneengesloten: true,
			exclaves: []
		});
		expect(contiguiteit(index, ['GM0003', 'GM0001'])).toEqual({
			delen: [['GM0001'], ['GM0003']],
			aaneengesloten: false,
			exclaves: ['GM0003']
		});
	});

	test('largest part first, the rest are exclaves', () => {
		expect(contiguiteit(index, ['GM0004', 'GM0002', 'GM0001'])).toEqual({
			delen: [['GM0001', 'GM0002'], ['GM0004']],
			aaneengesloten: false,
			exclaves: ['GM0004']
		});
	});

	test('the island is joined over its water link, and only over the links it has', () => {
		expect(contiguiteit(index, ['GM0003', 'GM0004']).delen).toHaveLength(1);
		expect(
			contiguiteit({ ...index, samenhang: index.buren }, ['GM0003', 'GM0004']).delen
		).toHaveLength(2);
		expect(contiguiteit(index, ['GM0001', 'GM0005']).aaneengesloten).toBe(true);
	});

	test('unknown codes are ignored; nothing is contiguous', () => {
		expect(contiguiteit(index, ['GM0001', 'GM9999']).delen).toEqual([['GM0001']]);
		expect(contiguiteit(index, [])).toEqual({ delen: [], aaneengesloten: true, exclaves: [] });
	});
});

opEchteData('contiguiteit on the real topology', () => {
	const { atlas, index } = echteData();

	test('all 12 provincies are contiguous, Zeeland only thanks to the links across the water', () => {
		const prov = lagenUitAtlas(atlas).find((l) => l.id === 'provincie')!;
		expect(prov.regios).toHaveLength(12);
		for (const r of prov.regios)
			expect(contiguiteit(index, r.gemeenten).delen, r.naam).toHaveLength(1);
		const zeeland = prov.regios.find((r) => r.naam === 'Zeeland')!;
		expect(
			contiguiteit({ ...index, samenhang: index.buren }, zeeland.gemeenten).delen.length
		).toBeGreaterThan(1);
	});

	test('Maastricht and Heerlen are two parts; Texel and Den Helder one (Marsdiep)', () => {
		expect(contiguiteit(index, ['GM0935', 'GM0917']).delen).toHaveLength(2);
		expect(contiguiteit(index, ['GM0448', 'GM0400']).delen).toHaveLength(1);
	});

	test('property: the parts partition the input with no neighbours across parts', () => {
		fc.assert(
			fc.property(fc.subarray(index.codes, { minLength: 1, maxLength: 40 }), (codes) => {
				const { delen } = contiguiteit(index, codes);
				expect(delen.flat().sort()).toEqual([...new Set(codes)].sort());
				const deelVan = new Map(delen.flatMap((d, i) => d.map((c) => [c, i] as const)));
				for (const c of codes)
					for (const j of index.samenhang[index.positie.get(c)!]) {
						const n = index.codes[j];
						if (deelVan.has(n)) expect(deelVan.get(n)).toBe(deelVan.get(c));
					}
			}),
			{ numRuns: 60 }
		);
	});
});
