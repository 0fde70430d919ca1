import { beforeEach, describe, expect, test } from 'vitest';
import { MINI_TOPOLOGIE } from '../../../tests/fixtures/mini-topologie';
import { echteData, opEchteData } from './test-data';
import { maakGeoIndex, type GeoIndex, type GemeenteFeature } from './geo-index';
import { kaderAfstand, kortste, opSegment, waterBuren, WATER_MAX_KM, type Vorm } from './water';

describe('waterBuren on the hand-drawn squares (tests/fixtures/README.md)', () => {
	let index: GeoIndex;
	beforeEach(() => {
		index = maakGeoIndex({ ...MINI_TOPOLOGIE, waterburen: [] });
	});

	test('touches within 50 m, and the island to whatever lies within reach across open water', () => {
		expect(waterBuren(index.features, index.buren)).toEqual([
			['GM0001', 'GM0005', 0],
			['GM0002', 'GM0005', 0],
			['GM0003', 'GM0004', 1.4],
			['GM0004', 'GM0005', 2.7]
		]);
		// The fixture carries exactly this result.
		expect(waterBuren(index.features, index.buren)).toEqual(MINI_TOPOLOGIE.waterburen);
	});

	test('a shorter reach keeps the touches only', () => {
		expect(waterBuren(index.features, index.buren, 1)).toEqual([
			['GM0001', 'GM0005', 0],
			['GM0002', 'GM0005', 0]
		]);
		expect(WATER_MAX_KM).toBe(10);
	});
});

opEchteData('water links in the real topology (built by the data build)', () => {
	const { atlas, index, topology } = echteData();

	test('neighbours across water: islands and Zeeuws-Vlaanderen, never two mainland gemeenten', () => {
		const naam = new Map(atlas.gemeenten.map((g) => [g.code, g.naam]));
		const code = new Map(atlas.gemeenten.map((g) => [g.naam, g.code]));
		const links = (topology.waterburen ?? []).map(([a, b, km]) => ({
			a: naam.get(a)!,
			b: naam.get(b)!,
			km
		}));
		const heeft = (x: string, y: string) =>
			links.some((l) => (l.a === x && l.b === y) || (l.a === y && l.b === x));
		expect(heeft('Texel', 'Den Helder')).toBe(true);
		expect(heeft('Ameland', 'Noardeast-Fryslân')).toBe(true);
		expect(heeft('Terneuzen', 'Borsele')).toBe(true);
		// Not across Belgium or along the coast past another gemeente.
		expect(heeft('Baarle-Nassau', 'Hilvarenbeek')).toBe(false);
		expect(heeft('Bergen (NH.)', 'Beverwijk')).toBe(false);
		const eilanden = new Set([
			'Texel',
			'Vlieland',
			'Terschelling',
			'Ameland',
			'Schiermonnikoog',
			'Sluis',
			'Terneuzen',
			'Hulst'
		]);
		for (const l of links) {
			expect(l.km).toBeLessThanOrEqual(10);
			// A link that is not a touch always has an island (or Zeeuws-Vlaanderen) at one end…
			if (l.km > 0) expect(eilanden.has(l.a) || eilanden.has(l.b), `${l.a}–${l.b}`).toBe(true);
			// …and never doubles a shared border.
			const i = index.positie.get(code.get(l.a)!)!;
			expect(index.buren[i]).not.toContain(index.positie.get(code.get(l.b)!));
		}
	});
});

// Squares drawn in km on the module's own grid (1° lon = 111.32·cos 52.2° km, 1° lat = 110.57 km),
// converted to degrees; the expected distances are worked out by hand from the km corners.
const KM_LON = 111.32 * Math.cos((52.2 * Math.PI) / 180);
const KM_LAT = 110.57;
function vak(code: string, x0: number, y0: number, x1: number, y1: number): GemeenteFeature {
	const p = (x: number, y: number) => [x / KM_LON, y / KM_LAT];
	return {
		type: 'Feature',
		properties: { code, naam: code } as GemeenteFeature['properties'],
		geometry: {
			type: 'Polygon',
			coordinates: [[p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1), p(x0, y0)]]
		}
	};
}

describe('waterBuren on squares in km', () => {
	test('diagonal neighbours: the distance is corner to corner, not to the edge line', () => {
		// [0,1]² and the island [3,4]×[2,3]: corners (1,1) and (3,2), √(2² + 1²) = 2.236 → 2.2.
		// (Projecting onto an edge's line without clamping to the edge would give 1.0 or 2.0.)
		const f = [vak('GM0001', 0, 0, 1, 1), vak('GM0002', 3, 2, 4, 3)];
		expect(waterBuren(f, [[], []])).toEqual([['GM0001', 'GM0002', 2.2]]);
		// Beyond a reach of 2 km.
		expect(waterBuren(f, [[], []], 2)).toEqual([]);
	});

	test('a 200 m strip of land across the line blocks it; sampled every 100 m', () => {
		// Mainland [0,1]² with its land neighbour, the strip [−0.5,1.5]×[1.7,1.9]; the island
		// [0,1]×[3,4]. Island–mainland: 2 km straight down, through the strip: no link. Island–strip:
		// 3 − 1.9 = 1.1 km over open water.
		const f = [
			vak('GM0001', 0, 0, 1, 1),
			vak('GM0002', -0.5, 1.7, 1.5, 1.9),
			vak('GM0003', 0, 3, 1, 4)
		];
		expect(waterBuren(f, [[1], [0], []])).toEqual([['GM0002', 'GM0003', 1.1]]);
	});

	test('touching is within 50 m; two mainland gemeenten 80 m apart are not joined', () => {
		// A [0,1]², B [1.03,2]×[0,1] (30 m from A), C [2.08,3]×[0,1] (80 m from B) with a land
		// border to A (given in `buren`): all one mainland; only the 30 m touch is a link (0.0 km).
		const f = [
			vak('GM0001', 0, 0, 1, 1),
			vak('GM0002', 1.03, 0, 2, 1),
			vak('GM0003', 2.08, 0, 3, 1)
		];
		expect(waterBuren(f, [[2], [], [0]])).toEqual([['GM0001', 'GM0002', 0]]);
	});

	test('the mainland is the largest part, wherever it comes in the list; links sorted by code', () => {
		// Island A [0,1]×[3,4] comes first; the mainland B [0,1]², C [1,2]×[0,1], D [2.5,3.5]×[2,3]
		// (land borders B–C and C–D given). A–B 2 km and A–C 2 km straight down, A–D 1.5 km along
		// y = 3. B–D (corners (1,1)–(2.5,2), √(1.5² + 1²) = 1.8 km, over open water) joins two
		// mainland gemeenten: not a link. Codes run backwards, so the pairs are reordered.
		const f = [
			vak('GM0040', 0, 3, 1, 4),
			vak('GM0030', 0, 0, 1, 1),
			vak('GM0020', 1, 0, 2, 1),
			vak('GM0010', 2.5, 2, 3.5, 3)
		];
		expect(waterBuren(f, [[], [2], [1, 3], [2]])).toEqual([
			['GM0010', 'GM0040', 1.5],
			['GM0020', 'GM0040', 2],
			['GM0030', 'GM0040', 2]
		]);
	});
});

describe('the distance helpers, worked by hand', () => {
	test('opSegment: the foot of the perpendicular, clamped to the ends', () => {
		expect(opSegment([0, 1], [-1, 0], [1, 0])).toEqual([0, 0]);
		// On the diagonal (0,0)–(2,2): u = (2·2 + 0·2) / 8 = 0.5.
		expect(opSegment([2, 0], [0, 0], [2, 2])).toEqual([1, 1]);
		// (0,3) onto (0,0)–(2,2): u = (0·2 + 3·2) / 8 = 0.75.
		expect(opSegment([0, 3], [0, 0], [2, 2])).toEqual([1.5, 1.5]);
		// Beyond the end, before the start, and a segment of no length.
		expect(opSegment([3, 1], [-1, 0], [1, 0])).toEqual([1, 0]);
		expect(opSegment([-3, 2], [-1, 0], [1, 0])).toEqual([-1, 0]);
		expect(opSegment([5, 5], [1, 2], [1, 2])).toEqual([1, 2]);
		// A start off the axes: (2,1) onto (0,1)–(2,3), u = (2·2 + 0·2) / 8 = 0.5.
		expect(opSegment([2, 1], [0, 1], [2, 3])).toEqual([1, 2]);
	});

	test('kaderAfstand: 0 when boxes overlap, else the gap (Pythagoras across a corner)', () => {
		expect(kaderAfstand([0, 0, 1, 1], [4, 5, 6, 6])).toBe(5);
		expect(kaderAfstand([4, 5, 6, 6], [0, 0, 1, 1])).toBe(5);
		expect(kaderAfstand([0, 0, 1, 1], [3, 0.5, 4, 2])).toBe(2);
		expect(kaderAfstand([0, 0, 1, 1], [0.5, -3, 2, -1])).toBe(1);
		expect(kaderAfstand([0, 0, 2, 2], [1, 1, 3, 3])).toBe(0);
	});

	test('kortste: a vertex of b nearest to an edge of a; p lies on a, q on b', () => {
		// a: the square [0,2]²; b: a triangle pointing at a's right edge with its tip (3,1).
		const a: Vorm = {
			ringen: [
				[
					[0, 0],
					[2, 0],
					[2, 2],
					[0, 2],
					[0, 0]
				]
			],
			kader: [0, 0, 2, 2]
		};
		const b: Vorm = {
			ringen: [
				[
					[3, 1],
					[5, 0],
					[5, 2],
					[3, 1]
				]
			],
			kader: [3, 0, 5, 2]
		};
		expect(kortste(a, b)).toEqual({ d: 1, p: [2, 1], q: [3, 1] });
		expect(kortste(b, a)).toEqual({ d: 1, p: [3, 1], q: [2, 1] });
	});

	test('boxes within reach, shapes not: no link', () => {
		// The triangle (0,0),(10,0),(0,10) and the square [9.9,10]×[9.9,10] share a box corner,
		// but the square's corner (9.9,9.9) lies (9.9 + 9.9 − 10)/√2 = 6.93 km from the hypotenuse.
		const driehoek: GemeenteFeature = {
			...vak('GM0001', 0, 0, 10, 10),
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[10 / KM_LON, 0],
						[0, 10 / KM_LAT],
						[0, 0]
					]
				]
			}
		};
		const f = [driehoek, vak('GM0002', 9.9, 9.9, 10, 10)];
		expect(waterBuren(f, [[], []], 5)).toEqual([]);
		expect(waterBuren(f, [[], []], 7)).toEqual([['GM0001', 'GM0002', 6.9]]);
	});

	test('a line through a third gemeente’s box but not through its land is open water', () => {
		// Mainland [0,1]², island [0,1]×[3,4]: 2 km straight up along x = 1 (from the corner
		// (1,1), the first nearest pair). A U-shaped gemeente around the mainland, its arms at
		// x ≤ −0.5 and x ≥ 1.5 up to y = 2.2 and its bottom at y ≤ −1: its box [−2,3]×[−2,2.2]
		// holds the line's points up to y = 2.2, its land none of them.
		const u = (pts: [number, number][]) => pts.map(([x, y]) => [x / KM_LON, y / KM_LAT]);
		const hoefijzer: GemeenteFeature = {
			...vak('GM0003', 0, 0, 1, 1),
			geometry: {
				type: 'Polygon',
				coordinates: [
					u([
						[-2, -2],
						[3, -2],
						[3, 2.2],
						[1.5, 2.2],
						[1.5, -1],
						[-0.5, -1],
						[-0.5, 2.2],
						[-2, 2.2],
						[-2, -2]
					])
				]
			}
		};
		const f = [vak('GM0001', 0, 0, 1, 1), vak('GM0002', 0, 3, 1, 4), hoefijzer];
		expect(waterBuren(f, [[], [], []])).toContainEqual(['GM0001', 'GM0002', 2]);
	});
});
