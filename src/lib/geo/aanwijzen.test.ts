import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { gemeenteOp, kadersVan, kandidaten } from './aanwijzen';
import { echteData, opEchteData } from './test-data';
import type { GemeenteFeature } from './geo-index';

const vierkant = (x: number, y: number, d: number): Position[] => [
	[x, y],
	[x + d, y],
	[x + d, y + d],
	[x, y + d],
	[x, y]
];
const gemeente = (code: string, polygonen: Position[][][]): GemeenteFeature => ({
	type: 'Feature',
	properties: { code, naam: code } as GemeenteFeature['properties'],
	geometry:
		polygonen.length === 1
			? { type: 'Polygon', coordinates: polygonen[0] }
			: { type: 'MultiPolygon', coordinates: polygonen }
});

// A: the square 0..4 with a hole 1..3; B: the enclave 1..3 in that hole; C: two squares, 5..6
// and 8..9 (a MultiPolygon), whose box 5..9 also covers the water between them.
const A = gemeente('A', [[vierkant(0, 0, 4), vierkant(1, 1, 2)]]);
const B = gemeente('B', [[vierkant(1, 1, 2)]]);
const C = gemeente('C', [[vierkant(5, 0, 1)], [vierkant(8, 0, 1)]]);

describe('gemeenteOp on hand-drawn polygons', () => {
	const lijst = [A, B, C];
	test('a point in a polygon gives that gemeente', () => {
		expect(gemeenteOp(lijst, 0.5, 0.5)).toBe(A);
		expect(gemeenteOp(lijst, 3.5, 3.9)).toBe(A);
	});
	test('a point in the hole gives the enclave, not the gemeente around it', () => {
		expect(gemeenteOp(lijst, 2, 2)).toBe(B);
		// Whichever comes first in the list: the hole is not A's.
		expect(gemeenteOp([B, A], 2, 2)).toBe(B);
		expect(gemeenteOp([A], 2, 2)).toBeNull();
	});
	test('both parts of a MultiPolygon, and not the water in its box', () => {
		expect(gemeenteOp(lijst, 5.5, 0.5)).toBe(C);
		expect(gemeenteOp(lijst, 8.5, 0.5)).toBe(C);
		expect(gemeenteOp(lijst, 7, 0.5)).toBeNull();
	});
	test('outside every box, or not a number: none', () => {
		expect(gemeenteOp(lijst, -0.1, 2)).toBeNull();
		expect(gemeenteOp(lijst, 2, -0.1)).toBeNull();
		expect(gemeenteOp(lijst, 4.1, 2)).toBeNull();
		expect(gemeenteOp(lijst, 2, 4.1)).toBeNull();
		expect(gemeenteOp(lijst, 9.5, 0.5)).toBeNull();
		expect(gemeenteOp(lijst, Number.NaN, 1)).toBeNull();
		expect(gemeenteOp(lijst, 1, Number.POSITIVE_INFINITY)).toBeNull();
		expect(gemeenteOp([], 1, 1)).toBeNull();
	});
	test('the boxes follow the list: another list of the same gemeenten in another order', () => {
		// Computed per list (cached): a second list must not reuse the first one's boxes.
		expect(gemeenteOp([C, A], 0.5, 0.5)).toBe(A);
		expect(gemeenteOp([C, A], 5.5, 0.5)).toBe(C);
	});
	test('the boxes: west, south, east, north of every part (holes lie inside)', () => {
		expect(kadersVan(lijst)).toEqual([
			[0, 0, 4, 4],
			[1, 1, 3, 3],
			[5, 0, 9, 1]
		]);
		// Kept per list: the same list gives the same boxes.
		expect(kadersVan(lijst)).toBe(kadersVan(lijst));
	});
	test('only gemeenten whose box holds the point are candidates, edges included', () => {
		expect(kandidaten(lijst, 2, 2)).toEqual([0, 1]);
		expect(kandidaten(lijst, 0.5, 0.5)).toEqual([0]);
		// The water between C's parts lies in C's box: a candidate, rejected by its polygons.
		expect(kandidaten(lijst, 7, 0.5)).toEqual([2]);
		// On each edge of A's box (and B's corner).
		expect(kandidaten(lijst, 0, 2)).toEqual([0]);
		expect(kandidaten(lijst, 4, 2)).toEqual([0]);
		expect(kandidaten(lijst, 2, 0)).toEqual([0]);
		expect(kandidaten(lijst, 0.5, 4)).toEqual([0]);
		expect(kandidaten(lijst, 3, 3)).toEqual([0, 1]);
		// Just outside each edge of A's box.
		expect(kandidaten(lijst, -0.01, 2)).toEqual([]);
		expect(kandidaten(lijst, 4.01, 2)).toEqual([]);
		expect(kandidaten(lijst, 2, -0.01)).toEqual([]);
		expect(kandidaten(lijst, 2, 4.01)).toEqual([]);
		expect(kandidaten(lijst, Number.NaN, 2)).toEqual([]);
		expect(kandidaten(lijst, 2, Number.NaN)).toEqual([]);
		expect(kandidaten(lijst, Number.NEGATIVE_INFINITY, 2)).toEqual([]);
	});
	test('box edges: a point just inside each edge of a box is tested, just outside is not', () => {
		// D: the thin strip 10..10.1 × 0..1; points near each of its four edges.
		const D = gemeente('D', [[vierkant(10, 0, 0.1).map(([x, y]) => [x, y * 10])]]);
		expect(gemeenteOp([D], 10.001, 0.5)).toBe(D);
		expect(gemeenteOp([D], 10.099, 0.5)).toBe(D);
		expect(gemeenteOp([D], 10.05, 0.001)).toBe(D);
		expect(gemeenteOp([D], 10.05, 0.999)).toBe(D);
		expect(gemeenteOp([D], 9.999, 0.5)).toBeNull();
		expect(gemeenteOp([D], 10.101, 0.5)).toBeNull();
		expect(gemeenteOp([D], 10.05, 1.001)).toBeNull();
		expect(gemeenteOp([D], 10.05, -0.001)).toBeNull();
	});
});

opEchteData('gemeenteOp on the real map', () => {
	test('places with known coordinates lie in their gemeente; the North Sea in none', () => {
		const { index } = echteData();
		const naam = (lng: number, lat: number) =>
			gemeenteOp(index.features, lng, lat)?.properties.naam;
		// Dam square, the Domtoren, the Vrijthof (coordinates from the places themselves).
		expect(naam(4.8926, 52.3731)).toBe('Amsterdam');
		expect(naam(5.1214, 52.0907)).toBe('Utrecht');
		expect(naam(5.6889, 50.8489)).toBe('Maastricht');
		// Baarle-Nassau's village centre lies between Baarle-Hertog's Belgian enclaves.
		expect(naam(4.9311, 51.4426)).toBe('Baarle-Nassau');
		expect(naam(3.5, 52.5)).toBeUndefined();
	});
});
