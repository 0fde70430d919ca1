import { describe, expect, test } from 'vitest';
import { klasseVan, schaalKlassen } from './kleuren';

describe('schaalKlassen', () => {
	test.each([0, 1, 2, 3, 5, 7, 8, 13, 30])('max %i: classes cover 0..max without gaps', (max) => {
		const k = schaalKlassen(max);
		expect(k[0]).toMatchObject({ van: 0, tot: 0 });
		for (let i = 1; i < k.length; i++) expect(k[i].van).toBe(k[i - 1].tot + 1);
		expect(k[k.length - 1].tot).toBe(max);
		expect(k.length).toBeLessThanOrEqual(8);
		expect(new Set(k.map((x) => x.kleur)).size).toBe(k.length);
	});

	test('lightness falls as the count rises (readable in greyscale)', () => {
		const k = schaalKlassen(7);
		const lum = k.slice(1).map((x) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(x.kleur.slice(i, i + 2), 16));
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		});
		for (let i = 1; i < lum.length; i++) expect(lum[i]).toBeLessThan(lum[i - 1]);
	});

	test('klasseVan finds the class of a value', () => {
		const k = schaalKlassen(20);
		expect(klasseVan(k, 0).van).toBe(0);
		expect(klasseVan(k, 20).tot).toBe(20);
		const c = klasseVan(k, 9);
		expect(9 >= c.van && 9 <= c.tot).toBe(true);
	});
});
