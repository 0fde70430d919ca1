import { describe, expect, it } from 'vitest';
import { begrensCamera, KAART_GRENZEN, MAX_ZOOM, meterPerPixel, MIN_ZOOM } from './camera';
import { schaalBalk } from './bediening';

describe('begrensCamera', () => {
	it('laat een camera binnen de regels ongemoeid', () => {
		expect(begrensCamera({ lng: 5.1, lat: 52.1, zoom: 8 })).toEqual({
			lng: 5.1,
			lat: 52.1,
			zoom: 8
		});
	});
	it('houdt de zoom tussen MIN_ZOOM en MAX_ZOOM', () => {
		expect(begrensCamera({ lng: 5, lat: 52, zoom: 2 }).zoom).toBe(MIN_ZOOM);
		expect(begrensCamera({ lng: 5, lat: 52, zoom: 20 }).zoom).toBe(MAX_ZOOM);
		expect(MIN_ZOOM).toBeLessThan(MAX_ZOOM);
	});
	it('houdt het midden binnen de grenzen, elke kant apart', () => {
		const [[w, s], [e, n]] = KAART_GRENZEN;
		expect(begrensCamera({ lng: w - 3, lat: 52, zoom: 8 })).toEqual({ lng: w, lat: 52, zoom: 8 });
		expect(begrensCamera({ lng: e + 3, lat: 52, zoom: 8 })).toEqual({ lng: e, lat: 52, zoom: 8 });
		expect(begrensCamera({ lng: 5, lat: s - 1, zoom: 8 })).toEqual({ lng: 5, lat: s, zoom: 8 });
		expect(begrensCamera({ lng: 5, lat: n + 1, zoom: 8 })).toEqual({ lng: 5, lat: n, zoom: 8 });
	});
	it('neemt eigen grenzen', () => {
		const g: [[number, number], [number, number]] = [
			[4, 51],
			[6, 53]
		];
		expect(begrensCamera({ lng: 3, lat: 54, zoom: 7 }, g)).toEqual({ lng: 4, lat: 53, zoom: 7 });
	});
	it('maakt van een kapotte waarde (NaN uit een permalink) het midden van het bereik', () => {
		const c = begrensCamera({ lng: NaN, lat: Infinity, zoom: NaN }, [
			[4, 50],
			[6, 54]
		]);
		expect(c).toEqual({ lng: 5, lat: 52, zoom: MIN_ZOOM });
	});
});

describe('meterPerPixel', () => {
	// Web mercator with 512-pixel tiles: at zoom 0 the equator (40,075,016.686 m) is 512 px.
	it('is de omtrek van de aarde gedeeld door 512 op zoom 0 aan de evenaar', () => {
		expect(meterPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
	});
	it('halveert per zoomstap en krimpt met de cosinus van de breedte', () => {
		expect(meterPerPixel(1, 0)).toBeCloseTo(78271.517 / 2, 2);
		expect(meterPerPixel(0, 60)).toBeCloseTo(78271.517 / 2, 2); // cos 60° = ½
	});
});

describe('schaalBalk', () => {
	it('geeft een ronde lengte van ten hoogste 100 px die klopt met de grond per pixel', () => {
		for (const zoom of [5, 6.5, 8, 10.3, 13]) {
			const b = schaalBalk(zoom, 52);
			expect(b.px).toBeLessThanOrEqual(100);
			expect(b.px).toBeGreaterThan(0);
			const [getal, eenheid] = b.tekst.split(' ');
			const m = Number(getal) * (eenheid === 'km' ? 1000 : 1);
			expect(['1', '2', '5']).toContain(String(m).replace(/0+$/, ''));
			// The bar's width times the ground per pixel is the length it names (to a pixel).
			expect(Math.abs(b.px * meterPerPixel(zoom, 52) - m)).toBeLessThan(meterPerPixel(zoom, 52));
		}
	});
	it('op zoom 8 bij 52° is 100 px 18,8 km: de balk is 10 km, 53 px', () => {
		// 78271.517 · cos 52° / 2⁸ = 188.2 m/px; 100 px = 18.8 km → the largest of 1, 2, 5 × 10ⁿ
		// m under it is 10 km, 10000 / 188.2 = 53 px.
		expect(schaalBalk(8, 52)).toEqual({ tekst: '10 km', px: 53 });
	});
	it('op zoom 13 bij 52° is 100 px 588 m: de balk is 500 m, 85 px', () => {
		// 78271.517 · cos 52° / 2¹³ = 5.88 m/px; 500 / 5.88 = 85 px.
		expect(schaalBalk(13, 52)).toEqual({ tekst: '500 m', px: 85 });
	});
	it('neemt 2 × 10ⁿ als 5 × 10ⁿ niet past', () => {
		// zoom 7 at 52°: 376.4 m/px, 100 px = 37.6 km → 20 km, 53 px.
		expect(schaalBalk(7, 52)).toEqual({ tekst: '20 km', px: 53 });
		// a wider bar: 150 px = 56.5 km → 50 km, 133 px.
		expect(schaalBalk(7, 52, 150)).toEqual({ tekst: '50 km', px: 133 });
	});
});
