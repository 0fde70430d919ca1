// Colours and style constants, in a neutral module: the map layers (src/lib/map), the app state
// (src/lib/state) and the exports (src/lib/export) all draw with them, and none of those folders
// may import another for a colour (that made the folder cycles map ↔ state and map ↔ export).
//
// Colours: a sequential, colour-blind-safe palette for the scale count (ColorBrewer YlGnBu via
// d3-scale-chromatic; readable in greyscale because lightness rises monotonically), and a
// categorical palette (Okabe–Ito, colour-blind safe) for layer outlines.
import { schemeYlGnBu } from 'd3-scale-chromatic';
import { color } from 'd3-color';

/** A colour as deck.gl takes it: red, green, blue, alpha, each 0–255. */
export type RGBA = [number, number, number, number];

/** The sea, as the offline basemap draws it (and the SVG and PNG exports under the map). */
export const ZEE_KLEUR = '#dbe7ef';

/** The partner map: the gemeente itself, and gemeenten that share nothing with it. */
export const KLEUR_ZELF = '#e66101';
export const KLEUR_OVERIG = '#ebebeb';

/** Blue from light (1 shared verband) to dark (the most), opaque so it prints the same everywhere. */
export function partnerKleur(n: number, max: number): string {
	const a = (60 + (195 * Math.min(n, max)) / Math.max(1, max)) / 255;
	const meng = (c: number) => Math.round(255 - (255 - c) * a);
	const hex = (c: number) => meng(c).toString(16).padStart(2, '0');
	return `#${hex(33)}${hex(102)}${hex(172)}`;
}

/** Okabe & Ito (2008) plus dark variants, for layer outlines. */
export const LAAG_KLEUREN = [
	'#0072B2',
	'#D55E00',
	'#009E73',
	'#CC79A7',
	'#E69F00',
	'#56B4E9',
	'#000000',
	'#8C564B',
	'#B8860B',
	'#4B0082'
];

export interface Klasse {
	/** Inclusive bounds of the count. */
	van: number;
	tot: number;
	kleur: string;
}

/**
 * Classes for counts 0..max: one class per value while that fits in 7 classes, otherwise equal-width
 * bins. Class 0 (no scale at all) is pale grey, so "nothing" never looks like "a little".
 */
export function schaalKlassen(max: number): Klasse[] {
	const klassen: Klasse[] = [{ van: 0, tot: 0, kleur: '#eeeeee' }];
	if (max <= 0) return klassen;
	const n = Math.min(max, 7);
	const schema = schemeYlGnBu[Math.max(3, n)] as readonly string[];
	const kleuren = n < 3 ? schema.slice(schema.length - n - 1, schema.length - 1) : schema;
	const breedte = max / n;
	let van = 1;
	for (let i = 0; i < n; i++) {
		const tot = i === n - 1 ? max : Math.max(van, Math.round((i + 1) * breedte));
		klassen.push({ van, tot, kleur: kleuren[i] });
		van = tot + 1;
	}
	return klassen;
}

export function klasseVan(klassen: Klasse[], waarde: number): Klasse {
	return klassen.find((k) => waarde >= k.van && waarde <= k.tot) ?? klassen[klassen.length - 1];
}

export function naarRGBA(css: string, alpha = 255): RGBA {
	const c = color(css)?.rgb();
	return c ? [c.r, c.g, c.b, alpha] : [128, 128, 128, alpha];
}

/** Dash patterns per position in the visible list, so coinciding borders stay distinguishable. */
export const STREPEN: [number, number][] = [
	[0, 0],
	[6, 3],
	[2, 2],
	[10, 4],
	[4, 2]
];

/** The SVG dasharray matching the deck.gl dash of the layer at position `i` (for the legend). */
export function streepVan(i: number): string {
	const s = STREPEN[i % STREPEN.length];
	return s[0] === 0 ? '' : `${s[0] * 3} ${s[1] * 3}`;
}

/** Diverging, colour-blind-safe colours (ColorBrewer PuOr) for a change: fewer … 0 … more. */
const VERSCHIL_KLEUREN = [
	'#b35806',
	'#f1a340',
	'#fee0b6',
	'#f7f7f7',
	'#d8daeb',
	'#998ec3',
	'#542788'
];
/** Gemeenten that cannot be compared (new by herindeling): mid grey, distinct from "no change". */
export const GEEN_VERGELIJKING = '#bdbdbd';

/**
 * Classes for a change in a count: one per value up to ±2, then "≤ -3" and "≥ 3" (open-ended), so a few extremes do not wash out the common ±1. Purple = more, orange = fewer.
 */
export function verschilKlassen(): Klasse[] {
	const inf = Number.POSITIVE_INFINITY;
	return [
		{ van: -inf, tot: -3, kleur: VERSCHIL_KLEUREN[0] },
		{ van: -2, tot: -2, kleur: VERSCHIL_KLEUREN[1] },
		{ van: -1, tot: -1, kleur: VERSCHIL_KLEUREN[2] },
		{ van: 0, tot: 0, kleur: VERSCHIL_KLEUREN[3] },
		{ van: 1, tot: 1, kleur: VERSCHIL_KLEUREN[4] },
		{ van: 2, tot: 2, kleur: VERSCHIL_KLEUREN[5] },
		{ van: 3, tot: inf, kleur: VERSCHIL_KLEUREN[6] }
	];
}
