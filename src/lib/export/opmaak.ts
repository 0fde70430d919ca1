// Page layout of an exported map (in output pixels): title block, map area, legend, footer.
// Sizes are designed at 96 dpi and scaled by dpi/96, so an A4 at 300 dpi looks like the same page
// on screen, only sharper.

export interface Rechthoek {
	x: number;
	y: number;
	b: number;
	h: number;
}

export interface Opmaak {
	breedte: number;
	hoogte: number;
	/** Output pixels per design pixel (dpi / 96). */
	vergroting: number;
	marge: number;
	titel: { x: number; y: number; grootte: number };
	ondertitel: { x: number; y: number; grootte: number };
	kaart: Rechthoek;
	legenda: Rechthoek;
	voet: { x: number; y: number; grootte: number };
}

export interface Formaat {
	breedte: number;
	hoogte: number;
	dpi: number;
}

export const A4_LIGGEND: Formaat = { breedte: 3508, hoogte: 2480, dpi: 300 };
export const A4_STAAND: Formaat = { breedte: 2480, hoogte: 3508, dpi: 300 };

/** The formats the share dialog offers. */
export type FormaatKeuze = 'a4-liggend' | 'a4-staand' | 'scherm' | 'eigen';

/**
 * The output size of a choice: A4 at 300 dpi; the map as on screen (CSS px, at least 200 a side) at
 * the screen's pixel ratio, capped at 2; or the user's own size (checked by controleerFormaat).
 */
export function formaatVan(
	keuze: FormaatKeuze,
	eigen: Formaat,
	/** Measured only when the screen size is chosen (the map may not be there yet otherwise). */
	scherm: () => { breedte: number; hoogte: number },
	pixelRatio: number
): Formaat {
	if (keuze === 'a4-liggend') return A4_LIGGEND;
	if (keuze === 'a4-staand') return A4_STAAND;
	if (keuze === 'eigen') return { breedte: eigen.breedte, hoogte: eigen.hoogte, dpi: eigen.dpi };
	const r = Math.min(2, pixelRatio || 1);
	const m = scherm();
	return {
		breedte: Math.round(Math.max(200, m.breedte) * r),
		hoogte: Math.round(Math.max(200, m.hoogte) * r),
		dpi: Math.round(96 * r)
	};
}

/** Limits of what we promise to render (Chromium canvas limits are far above; WebGL is checked). */
export const MAX_ZIJDE = 8192;

export function controleerFormaat(f: Formaat): string | null {
	const ok =
		Number.isInteger(f.breedte) &&
		Number.isInteger(f.hoogte) &&
		f.breedte >= 200 &&
		f.hoogte >= 200 &&
		f.breedte <= MAX_ZIJDE &&
		f.hoogte <= MAX_ZIJDE &&
		f.dpi >= 72 &&
		f.dpi <= 600;
	return ok ? null : 'ongeldig';
}

export function maakOpmaak({ breedte, hoogte, dpi }: Formaat): Opmaak {
	// Never let the design factor (vergroting) make the page too crowded: cap it by the page size too.
	const s = Math.min(dpi / 96, Math.min(breedte, hoogte) / 500);
	const marge = Math.round(20 * s);
	const titelGrootte = 26 * s;
	const onderGrootte = 14 * s;
	const voetGrootte = 11.5 * s;
	const titelY = marge + titelGrootte;
	const onderY = titelY + 8 * s + onderGrootte;
	const kaartY = Math.round(onderY + 14 * s);
	const voetY = hoogte - marge;
	const kaartOnder = Math.round(voetY - voetGrootte - 10 * s);
	const liggend = breedte >= hoogte;
	let kaart: Rechthoek;
	let legenda: Rechthoek;
	if (liggend) {
		const lb = Math.round(Math.min(320 * s, breedte * 0.34));
		kaart = { x: marge, y: kaartY, b: breedte - 3 * marge - lb, h: kaartOnder - kaartY };
		legenda = { x: breedte - marge - lb, y: kaartY, b: lb, h: kaartOnder - kaartY };
	} else {
		const lh = Math.round(Math.min(300 * s, hoogte * 0.3));
		kaart = { x: marge, y: kaartY, b: breedte - 2 * marge, h: kaartOnder - kaartY - lh - marge };
		legenda = { x: marge, y: kaartOnder - lh, b: breedte - 2 * marge, h: lh };
	}
	return {
		breedte,
		hoogte,
		vergroting: s,
		marge,
		titel: { x: marge, y: titelY, grootte: titelGrootte },
		ondertitel: { x: marge, y: onderY, grootte: onderGrootte },
		kaart,
		legenda,
		voet: { x: marge, y: voetY, grootte: voetGrootte }
	};
}

/** A scale bar: a round length (1, 2 or 5 × 10ⁿ km) of at most a quarter of the map width. */
export function schaalstok(
	meterPerPixel: number,
	kaartBreedte: number
): { km: number; px: number } {
	const max = (kaartBreedte / 4) * meterPerPixel;
	const kandidaten = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500].map((k) => k * 1000);
	const m = kandidaten.filter((k) => k <= max).pop() ?? 1000;
	return { km: m / 1000, px: m / meterPerPixel };
}

/** One line that fits: the font shrinks to 60 %, then the text is shortened with an ellipsis. */
export function pasIn(
	t: string,
	breedte: number,
	grootte: number
): { tekst: string; grootte: number } {
	const teken = 0.62; // bold glyphs are wider
	const g = Math.max(grootte * 0.6, Math.min(grootte, breedte / (t.length * teken)));
	// The epsilon keeps a text that fits exactly (g was chosen for it) from losing its last letter.
	const max = Math.floor(breedte / (g * teken) + 1e-9);
	return { tekst: t.length > max ? t.slice(0, max - 1).trimEnd() + '…' : t, grootte: g };
}

/** Whether a title has to be shortened (ellipsis) on a page of this format. */
export function titelTeLang(titel: string, f: Formaat): boolean {
	const o = maakOpmaak(f);
	return pasIn(titel, o.breedte - 2 * o.marge, o.titel.grootte).tekst !== titel;
}
