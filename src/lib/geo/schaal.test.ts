import { describe, expect, test } from 'vitest';
import { X, Y } from '../../../tests/fixtures/lagen';
import { echteData, opEchteData } from './test-data';
import { lagenUitAtlas, schaalSleutel } from './lagen';
import { rangen, schaalTelling } from './schaal';

describe('schaalTelling on the hand-computed layers X and Y (tests/fixtures/README.md)', () => {
	test('regions with the same members are one scale, across layers too', () => {
		const t = schaalTelling(['a', 'b', 'c'], [X, Y]);
		expect(Object.fromEntries(t)).toEqual({
			a: { schalen: 2, verbanden: 4 },
			b: { schalen: 1, verbanden: 3 },
			c: { schalen: 0, verbanden: 0 }
		});
		// Only the gemeenten asked for get an entry.
		expect(schaalTelling(['c'], [X]).size).toBe(1);
		expect(schaalSleutel(['b', 'a'])).toBe(schaalSleutel(['a', 'b']));
	});

	test('rangen: 1 = most scales, ties share a rank, optionally within groups', () => {
		const t = schaalTelling(['a', 'b', 'c', 'd'], [X, Y]);
		// a 2, b 1, c 0, d 0.
		expect(Object.fromEntries(rangen(t))).toEqual({ a: 1, b: 2, c: 3, d: 3 });
		const groep = (c: string) => (c === 'a' || c === 'c' ? 'g1' : 'g2');
		expect(Object.fromEntries(rangen(t, groep))).toEqual({ a: 1, c: 2, b: 1, d: 2 });
	});

	test('rangen: a tie at the top skips the ranks it takes (1, 1, 3), in any order of the input', () => {
		const met = (schalen: Record<string, number>) =>
			new Map(Object.entries(schalen).map(([c, n]) => [c, { schalen: n, verbanden: n }]));
		const t = met({ a: 3, b: 5, c: 3, d: 1, e: 5, f: 0 });
		expect(Object.fromEntries(rangen(t))).toEqual({ b: 1, e: 1, a: 3, c: 3, d: 5, f: 6 });
		const omgekeerd = met({ f: 0, e: 5, d: 1, c: 3, b: 5, a: 3 });
		expect(Object.fromEntries(rangen(omgekeerd))).toEqual(Object.fromEntries(rangen(t)));
		// Groups {a, b, d} and {c, e, f}: each ranked on its own.
		const groep = (c: string) => ('abd'.includes(c) ? 'x' : 'y');
		expect(Object.fromEntries(rangen(t, groep))).toEqual({ b: 1, a: 2, d: 3, e: 1, c: 2, f: 3 });
		// The input is not changed, and one gemeente alone is first.
		expect([...t.values()].map((v) => v.schalen)).toEqual([3, 5, 3, 1, 5, 0]);
		expect(Object.fromEntries(rangen(met({ z: 0 })))).toEqual({ z: 1 });
	});
});

opEchteData('schaalTelling on the real indelingen', () => {
	test('every gemeente is in one region of each covering indeling, fewer scales where regions coincide', () => {
		const { atlas, index } = echteData();
		const dekkend = lagenUitAtlas(atlas).filter((l) => l.soort === 'indeling');
		// 11 CBS indelingen of 2025 and 5 covering Regioatlas 2016 ones (the sociale diensten of
		// 2016 cover only part of the country and are analysed like a domain).
		expect(dekkend).toHaveLength(16);
		const t = schaalTelling(index.codes, dekkend);
		const schalen = [...t.values()].map((v) => v.schalen);
		for (const [, v] of t) expect(v.verbanden).toBe(16);
		expect(Math.max(...schalen)).toBeLessThanOrEqual(16);
		expect(Math.min(...schalen)).toBeGreaterThanOrEqual(1);
		// Some regions coincide in the real data (e.g. veiligheids- and GGD-regio).
		expect(Math.min(...schalen)).toBeLessThan(8);
	});
});
