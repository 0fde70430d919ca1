import { describe, expect, test } from 'vitest';
import type { Position } from 'geojson';
import { bouwLijnGeometrie, zelfdeLijnen, type Lijn } from './lijn-geometrie';
import { echteData } from '$lib/geo/test-data';

const lijn = (pad: Position[], extra: Partial<Lijn> = {}): Lijn => ({
	pad,
	kleur: [10, 20, 30, 40],
	breedte: 3,
	streep: [6, 3],
	verschuiving: 1,
	...extra
});

/** [lng, lat] of vertex v in one of the point arrays. */
const xy = (a: Float32Array, v: number) => [a[v * 2], a[v * 2 + 1]];
const f32 = (p: Position) => [Math.fround(p[0]), Math.fround(p[1])];

describe('bouwLijnGeometrie', () => {
	test('an open path: one quad per segment, the ends have no neighbour beyond themselves', () => {
		const pad = [
			[5, 52],
			[5.1, 52],
			[5.1, 52.1]
		];
		const g = bouwLijnGeometrie([lijn(pad)]);
		expect(g.segmenten).toBe(2);
		expect(g.punt.length).toBe(2 * 4 * 2);
		expect(g.indices.length).toBe(2 * 6);
		// First vertex: the path's start, no point before it.
		expect(xy(g.vorige, 0)).toEqual(f32(pad[0]));
		expect(xy(g.punt, 0)).toEqual(f32(pad[0]));
		expect(xy(g.volgende, 0)).toEqual(f32(pad[1]));
		// The corner is shared: seen from both segments it has the same neighbours (one mitre).
		expect(xy(g.vorige, 2)).toEqual(xy(g.vorige, 4));
		expect(xy(g.punt, 2)).toEqual(xy(g.punt, 4));
		expect(xy(g.volgende, 2)).toEqual(xy(g.volgende, 4));
		// Last vertex: the path's end, no point after it.
		expect(xy(g.volgende, 7)).toEqual(f32(pad[2]));
		// Two sides per end.
		expect([0, 1, 2, 3].map((v) => g.eigen[v * 4])).toEqual([-1, 1, -1, 1]);
	});

	test('distance along the path runs on across segments and adds up to the Mercator length', () => {
		const pad = [
			[5, 52],
			[5.1, 52],
			[5.1, 52.1],
			[5.3, 52.2]
		];
		const g = bouwLijnGeometrie([lijn(pad)]);
		const afstand = (v: number) => g.eigen[v * 4 + 1];
		for (let s = 0; s < g.segmenten - 1; s++)
			expect(afstand(s * 4 + 2)).toBeCloseTo(afstand((s + 1) * 4), 4);
		// By hand, in a 512-unit world: x = 512·λ/360, y = 512/(2π)·ln tan(π/4 + φ/2).
		// 5°→5.1° along 52° N: 512·0.1/360 = 0.142222; 52°→52.1° N: 81.4873·(ln tan 71.05° −
		// ln tan 71°) = 0.231266; (5.1°, 52.1°)→(5.3°, 52.2°): √(0.284444² + 0.231785²) = 0.366923.
		expect(afstand(4 * 1 - 1)).toBeCloseTo(0.142222, 5);
		expect(afstand(g.segmenten * 4 - 1)).toBeCloseTo(0.142222 + 0.231266 + 0.366923, 5);
		expect(afstand(0)).toBe(0);
	});

	test('a ring closes: n segments, and its first corner looks back to its last point', () => {
		const ring = [
			[5, 52],
			[5.1, 52],
			[5.1, 52.1],
			[5, 52.1],
			[5, 52]
		];
		const g = bouwLijnGeometrie([lijn(ring)]);
		expect(g.segmenten).toBe(4);
		expect(xy(g.vorige, 0)).toEqual(f32(ring[3]));
		// The last segment ends at the first point and looks on to the second.
		expect(xy(g.punt, 15)).toEqual(f32(ring[0]));
		expect(xy(g.volgende, 15)).toEqual(f32(ring[1]));
	});

	test('repeated points are dropped and paths of one point are left out', () => {
		const g = bouwLijnGeometrie([
			lijn([
				[5, 52],
				[5, 52],
				[5.1, 52],
				[5.1, 52]
			]),
			lijn([
				[6, 52],
				[6, 52]
			]),
			lijn([])
		]);
		expect(g.segmenten).toBe(1);
		expect(Math.max(...g.indices)).toBe(3);
	});

	test('colour, width, dash and shift are carried per vertex', () => {
		const g = bouwLijnGeometrie([
			lijn([
				[5, 52],
				[5.1, 52]
			]),
			lijn(
				[
					[6, 52],
					[6.1, 52]
				],
				{ kleur: [1, 2, 3, 4], breedte: 0.6, streep: [0, 0], verschuiving: -2 }
			)
		]);
		expect([...g.kleur.slice(16, 20)]).toEqual([1, 2, 3, 4]);
		expect([...g.streep.slice(8, 10)]).toEqual([0, 0]);
		expect(g.eigen[4 * 4 + 2]).toBeCloseTo(0.6, 6);
		expect(g.eigen[4 * 4 + 3]).toBe(-2);
		expect([...g.kleur.slice(0, 4)]).toEqual([10, 20, 30, 40]);
	});

	test('the real gemeente borders: every segment of the mesh once, indices within the vertices', () => {
		const grenzen = echteData().index.grenzen();
		const g = bouwLijnGeometrie(grenzen.map((pad) => lijn(pad)));
		// A ring of k distinct points repeats its first point at the end: k segments either way.
		let verwacht = 0;
		for (const pad of grenzen)
			verwacht +=
				pad.filter((p, i) => i === 0 || p[0] !== pad[i - 1][0] || p[1] !== pad[i - 1][1]).length -
				1;
		expect(g.segmenten).toBe(verwacht);
		expect(g.segmenten).toBeGreaterThan(3000);
		expect(g.indices.reduce((a, b) => Math.max(a, b), 0)).toBe(g.segmenten * 4 - 1);
		expect(g.indices.length).toBe(g.segmenten * 6);
	});

	test('zelfdeLijnen: the same paths and style are the same lines; any other path or style is not', () => {
		const pad: Position[] = [
			[5, 52],
			[5.1, 52]
		];
		const a = [lijn(pad)];
		expect(zelfdeLijnen(a, [lijn(pad)])).toBe(true);
		// Equal coordinates in another array: not known to be the same without reading them all.
		expect(zelfdeLijnen(a, [lijn(pad.map((p) => [...p]))])).toBe(false);
		expect(zelfdeLijnen(a, [lijn(pad, { kleur: [10, 20, 30, 41] })])).toBe(false);
		expect(zelfdeLijnen(a, [lijn(pad, { breedte: 2 })])).toBe(false);
		expect(zelfdeLijnen(a, [lijn(pad, { streep: [6, 4] })])).toBe(false);
		expect(zelfdeLijnen(a, [lijn(pad, { verschuiving: 0 })])).toBe(false);
		expect(zelfdeLijnen(a, [lijn(pad), lijn(pad)])).toBe(false);
	});
});
