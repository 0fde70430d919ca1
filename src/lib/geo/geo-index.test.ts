import { beforeEach, describe, expect, test } from 'vitest';
import { MINI_TOPOLOGIE, VIERKANT_KM2 } from '../../../tests/fixtures/mini-topologie';
import { echteData, opEchteData } from './test-data';
import { maakGeoIndex, metMarge, polygonenVan, ringenVan, type GeoIndex } from './geo-index';

describe('geo-index on the hand-drawn squares (tests/fixtures/README.md)', () => {
	let index: GeoIndex;
	beforeEach(() => {
		index = maakGeoIndex(MINI_TOPOLOGIE);
	});

	test('codes, positions, neighbours over shared arcs and over the water links', () => {
		expect(index.codes).toEqual(['GM0001', 'GM0002', 'GM0003', 'GM0004', 'GM0005']);
		expect(index.positie.get('GM0003')).toBe(2);
		expect(index.buren.map((b) => [...b].sort())).toEqual([[1], [0, 2], [1], [], []]);
		expect(index.waterburen.map((b) => [...b].sort())).toEqual([[4], [4], [3], [2, 4], [0, 1, 3]]);
		expect(index.samenhang[2].sort()).toEqual([1, 3]);
	});

	test('area, bounds and a label point inside each square', () => {
		for (const a of index.oppervlakte) expect(a).toBeCloseTo(VIERKANT_KM2, 6);
		expect(index.bounds('GM0001')).toEqual([
			[0, 0],
			[0.01, 0.01]
		]);
		expect(index.bounds('GM9999')).toBeNull();
		const [x, y] = index.labelPunt('GM0002');
		expect(x).toBeCloseTo(0.015, 9);
		expect(y).toBeCloseTo(0.005, 9);
		// Unknown: the middle of the country.
		expect(index.labelPunt('GM9999')).toEqual([5.3, 52.1]);
		expect(index.boundsVan(['GM0004', 'GM0001', 'GM9999'])).toEqual([
			[0, 0],
			[0.06, 0.01]
		]);
		expect(index.boundsVan(['GM9999'])).toBeNull();
		expect(index.boundsVan([])).toBeNull();
	});

	test('grenzen: every arc once (18 segments), cached', () => {
		const segmenten = index.grenzen().reduce((s, l) => s + l.length - 1, 0);
		// Arcs 0…7 have 1, 1, 3, 1, 1, 3, 4 and 4 segments.
		expect(segmenten).toBe(18);
		expect(index.grenzen()).toBe(index.grenzen());
	});

	test('rings and polygons of a Polygon and of a MultiPolygon', () => {
		expect(polygonenVan(index.features[0])).toHaveLength(1);
		expect(ringenVan(index.features[0])[0]).toHaveLength(5);
		const multi = {
			...index.features[0],
			geometry: {
				type: 'MultiPolygon' as const,
				coordinates: [
					index.features[0].geometry.coordinates,
					index.features[3].geometry.coordinates
				] as never
			}
		};
		expect(polygonenVan(multi)).toHaveLength(2);
		expect(ringenVan(multi)).toHaveLength(2);
	});

	test('metMarge grows a box by a fraction of its size on every side', () => {
		expect(
			metMarge(
				[
					[0, 10],
					[4, 12]
				],
				0.25
			)
		).toEqual([
			[-1, 9.5],
			[5, 12.5]
		]);
	});
});

opEchteData('geo-index on the real topology', () => {
	const { index } = echteData();
	test('342 gemeenten, each with neighbours or an island, and a label point inside', () => {
		expect(index.codes).toHaveLength(342);
		const zonderBuren = index.codes.filter((_, i) => index.buren[i].length === 0);
		// Only islands can lack a land border in the generalised topology…
		expect(zonderBuren.length).toBeLessThan(10);
		// …and every one of them has a neighbour across the water.
		for (const c of zonderBuren)
			expect(index.waterburen[index.positie.get(c)!].length).toBeGreaterThan(0);
		const ams = index.labelPunt('GM0363');
		expect(ams[0]).toBeGreaterThan(4.7);
		expect(ams[0]).toBeLessThan(5.1);
	});

	test('boundsVan spans exactly its members and ignores unknown codes', () => {
		// Maastricht (south-east) and Den Helder (north-west) span most of the country.
		const b = index.boundsVan(['GM0935', 'GM0400', 'GM9999'])!;
		const m = index.bounds('GM0935')!;
		const h = index.bounds('GM0400')!;
		expect(b).toEqual([
			[Math.min(m[0][0], h[0][0]), Math.min(m[0][1], h[0][1])],
			[Math.max(m[1][0], h[1][0]), Math.max(m[1][1], h[1][1])]
		]);
		expect(b[0][1]).toBeLessThan(50.9);
		expect(b[1][1]).toBeGreaterThan(52.9);
		expect(index.boundsVan(['GM9999'])).toBeNull();
		expect(index.boundsVan([])).toBeNull();
	});

	test('grenzen: every border segment of every gemeente ring once, shared borders not twice', () => {
		const sleutel = (a: number[], b: number[]) => {
			const [p, q] = [a.join(','), b.join(',')].sort();
			return `${p};${q}`;
		};
		const uitRingen = new Map<string, number>();
		for (const f of index.features)
			for (const ring of ringenVan(f))
				for (let i = 1; i < ring.length; i++) {
					const k = sleutel(ring[i - 1], ring[i]);
					uitRingen.set(k, (uitRingen.get(k) ?? 0) + 1);
				}
		const uitGrenzen = new Map<string, number>();
		for (const lijn of index.grenzen())
			for (let i = 1; i < lijn.length; i++) {
				const k = sleutel(lijn[i - 1], lijn[i]);
				uitGrenzen.set(k, (uitGrenzen.get(k) ?? 0) + 1);
			}
		expect(new Set(uitGrenzen.keys())).toEqual(new Set(uitRingen.keys()));
		// Each border once. The source generalisation has a few distinct arcs over the same
		// segment (3 of 3540 in CBS 2025); those stay as they are.
		const dubbel = [...uitGrenzen.values()].filter((n) => n > 1).length;
		expect(dubbel).toBeLessThan(uitGrenzen.size * 0.002);
		// Most borders are shared by two gemeenten: the mesh has far fewer segments than the rings.
		const ringSegmenten = [...uitRingen.values()].reduce((a, b) => a + b, 0);
		expect(uitGrenzen.size).toBeLessThan(ringSegmenten * 0.6);
		expect(index.grenzen()).toBe(index.grenzen());
	});
});
