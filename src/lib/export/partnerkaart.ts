// The static partner map of the printed regio-paspoort: the gemeente, its partners shaded by the
// number of shared verbanden, and the gemeenten around them, as SVG paths (pure; Svelte draws them).
import type { GeoIndex } from '$lib/geo/geo-index';
import { ringenVan } from '$lib/geo/geo-index';
import { mercatorIn, ringPad } from './svg';

export const KLEUR_ZELF = '#e66101';
export const KLEUR_OVERIG = '#ebebeb';

/** Blue from light (1 shared verband) to dark (the most), opaque so it prints the same everywhere. */
export function partnerKleur(n: number, max: number): string {
	const a = (60 + (195 * Math.min(n, max)) / Math.max(1, max)) / 255;
	const meng = (c: number) => Math.round(255 - (255 - c) * a);
	const hex = (c: number) => meng(c).toString(16).padStart(2, '0');
	return `#${hex(33)}${hex(102)}${hex(172)}`;
}

export interface PartnerKaartPad {
	code: string;
	d: string;
	kleur: string;
	soort: 'zelf' | 'partner' | 'overig';
}

/**
 * The extent of the gemeente and its partners (plus a margin of `marge` of it) fitted into
 * `breedte` × `hoogte`, with the paths of every gemeente that shows in that frame. The gemeente itself comes last, so
 * its outline is drawn on top.
 */
export function partnerKaart(
	index: GeoIndex,
	code: string,
	gedeeld: Map<string, number>,
	breedte: number,
	hoogte: number,
	marge = 0.08
): PartnerKaartPad[] {
	const b = index.boundsVan([code, ...gedeeld.keys()]);
	if (!b) return [];
	const dx = (b[1][0] - b[0][0]) * marge;
	const dy = (b[1][1] - b[0][1]) * marge;
	const kader: [[number, number], [number, number]] = [
		[b[0][0] - dx, b[0][1] - dy],
		[b[1][0] + dx, b[1][1] + dy]
	];
	const { punt } = mercatorIn(kader, { x: 0, y: 0, b: breedte, h: hoogte });
	const max = Math.max(1, ...gedeeld.values());
	const paden: PartnerKaartPad[] = [];
	let zelf: PartnerKaartPad | null = null;
	for (const f of index.features) {
		const c = f.properties.code;
		const fb = index.bounds(c);
		if (!fb) continue;
		// In the frame (which may show more than the extent, as the aspect ratio is kept)?
		const [x0, y0] = punt(fb[0]);
		const [x1, y1] = punt(fb[1]);
		const raakt = x0 <= breedte && x1 >= 0 && y1 <= hoogte && y0 >= 0;
		if (!raakt) continue;
		const d = ringPad(ringenVan(f), punt);
		const n = gedeeld.get(c);
		if (c === code) zelf = { code: c, d, kleur: KLEUR_ZELF, soort: 'zelf' };
		else if (n) paden.push({ code: c, d, kleur: partnerKleur(n, max), soort: 'partner' });
		else paden.push({ code: c, d, kleur: KLEUR_OVERIG, soort: 'overig' });
	}
	if (zelf) paden.push(zelf);
	return paden;
}
