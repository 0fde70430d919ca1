// formaatVan: the output size of the share dialog's format choice.
import { describe, expect, test } from 'vitest';
import { formaatVan } from './opmaak';

const eigen = { breedte: 2000, hoogte: 1400, dpi: 200 };
const scherm = () => ({ breedte: 944, hoogte: 728 });
/** A screen that must not be measured (the map is not there yet). */
const geenScherm = () => {
	throw new Error('gemeten');
};

describe('formaatVan', () => {
	test('A4 at 300 dpi, without measuring the screen: 297 × 210 mm = 11.69 × 8.27 in → 3508 × 2480 px, upright the other way', () => {
		expect(formaatVan('a4-liggend', eigen, geenScherm, 1)).toEqual({
			breedte: 3508,
			hoogte: 2480,
			dpi: 300
		});
		expect(formaatVan('a4-staand', eigen, geenScherm, 1)).toEqual({
			breedte: 2480,
			hoogte: 3508,
			dpi: 300
		});
	});

	test('the screen at its pixel ratio: 944 × 1.5 = 1416, 728 × 1.5 = 1092, 96 × 1.5 = 144 dpi', () => {
		expect(formaatVan('scherm', eigen, scherm, 1.5)).toEqual({
			breedte: 1416,
			hoogte: 1092,
			dpi: 144
		});
	});

	test('a ratio above 2 counts as 2 (944 × 2 = 1888), an unknown one (0) as 1', () => {
		expect(formaatVan('scherm', eigen, scherm, 3)).toEqual({
			breedte: 1888,
			hoogte: 1456,
			dpi: 192
		});
		expect(formaatVan('scherm', eigen, scherm, 0)).toEqual({ breedte: 944, hoogte: 728, dpi: 96 });
	});

	test('a map smaller than 200 px a side is exported at 200 (× ratio 1.25 = 250)', () => {
		expect(formaatVan('scherm', eigen, () => ({ breedte: 150, hoogte: 320 }), 1.25)).toEqual({
			breedte: 250,
			hoogte: 400,
			dpi: 120
		});
	});

	test("the user's own size as given, as a copy (editing the form later does not change it)", () => {
		const f = formaatVan('eigen', eigen, geenScherm, 2);
		expect(f).toEqual({ breedte: 2000, hoogte: 1400, dpi: 200 });
		expect(f).not.toBe(eigen);
	});
});
