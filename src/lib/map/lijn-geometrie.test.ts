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
/** A direction of vertex v, rounded to 6 decimals (−0 read as 0). */
const richting = (a: Float32Array, v: number) => xy(a, v).map((x) => Math.round(x * 1e6) / 1e6 + 0);

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
		// The first segment runs due east, the second due north (Mercator, north up).
		const oost = [1, 0];
		const noord = [0, 1];
		// First vertex: the path's start; nothing runs into it, so its own segment stands in.
		expect(xy(g.punt, 0)).toEqual(f32(pad[0]));
		expect(richting(g.richtingIn, 0)).toEqual(oost);
		expect(richting(g.richtingUit, 0)).toEqual(oost);
		// The corner is shared: seen from both segments it has the same directions (one mitre):
		// in from the west, out to the north.
		for (const v of [2, 3, 4, 5]) {
			expect(xy(g.punt, v)).toEqual(f32(pad[1]));
			expect(richting(g.richtingIn, v)).toEqual(oost);
			expect(richting(g.richtingUit, v)).toEqual(noord);
		}
		// Last vertex: the path's end; nothing runs out of it, its own segment stands in.
		expect(xy(g.punt, 7)).toEqual(f32(pad[2]));
		expect(richting(g.richtingIn, 7)).toEqual(noord);
		expect(richting(g.richtingUit, 7)).toEqual(noord);
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
		// The ring runs east, north, west, south: its first corner is entered from its last
		// segment (heading south) and left heading east.
		expect(richting(g.richtingIn, 0)).toEqual([0, -1]);
		expect(richting(g.richtingUit, 0)).toEqual([1, 0]);
		// The last segment ends at the first point, with the same corner.
		expect(xy(g.punt, 15)).toEqual(f32(ring[0]));
		expect(richting(g.richtingIn, 15)).toEqual([0, -1]);
		expect(richting(g.richtingUit, 15)).toEqual([1, 0]);
	});

	test('directions are unit vectors in Mercator, not in degrees', () => {
		// 5°E 52°N → 5.1°E 52.1°N: in a 512-unit world dx = 0.142222, dy = 0.231266 (see the
		// distance test), so the direction is (0.523862, 0.851802), not the 45° of the degrees.
		const g = bouwLijnGeometrie([
			lijn([
				[5, 52],
				[5.1, 52.1]
			])
		]);
		const [x, y] = xy(g.richtingUit, 0);
		expect(x).toBeCloseTo(0.142222 / Math.hypot(0.142222, 0.231266), 4);
		expect(y).toBeCloseTo(0.231266 / Math.hypot(0.142222, 0.231266), 4);
		expect(Math.hypot(x, y)).toBeCloseTo(1, 6);
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

	test('lines together are the lines one by one, one after the other (indices shifted)', () => {
		const a = lijn([
			[5, 52],
			[5.1, 52],
			[5.1, 52.1]
		]);
		const b = lijn(
			[
				[6, 52],
				[6.1, 52.05]
			],
			{ kleur: [1, 2, 3, 4], streep: [0, 0] }
		);
		const samen = bouwLijnGeometrie([a, b]);
		const ga = bouwLijnGeometrie([a]);
		const gb = bouwLijnGeometrie([b]);
		expect(samen.segmenten).toBe(ga.segmenten + gb.segmenten);
		for (const k of ['punt', 'richtingIn', 'richtingUit', 'eigen', 'streep', 'kleur'] as const)
			expect([...samen[k]]).toEqual([...ga[k], ...gb[k]]);
		// b's vertices come after a's 2 segments × 4 vertices.
		expect([...samen.indices]).toEqual([...ga.indices, ...[...gb.indices].map((x) => x + 8)]);
	});

	test('a kept part is never handed out: changing a result does not change the next one', () => {
		const pad: Position[] = [
			[5, 52],
			[5.1, 52]
		];
		const eerste = bouwLijnGeometrie([lijn(pad)]);
		const kopie = [...eerste.punt];
		eerste.punt.fill(0);
		eerste.indices.fill(7);
		const tweede = bouwLijnGeometrie([lijn(pad)]);
		expect([...tweede.punt]).toEqual(kopie);
		expect([...tweede.indices]).toEqual([0, 1, 2, 1, 3, 2]);
		// The same path in another style is built in that style.
		const anders = bouwLijnGeometrie([lijn(pad, { kleur: [9, 9, 9, 9], verschuiving: -1 })]);
		expect([...anders.kleur.slice(0, 4)]).toEqual([9, 9, 9, 9]);
		expect(anders.eigen[3]).toBe(-1);
		expect([...bouwLijnGeometrie([lijn(pad)]).kleur.slice(0, 4)]).toEqual([10, 20, 30, 40]);
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
