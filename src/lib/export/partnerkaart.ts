// The static partner map of the printed regio-paspoort: the gemeente, its partners shaded by the
// number of shared verbanden, and the gemeenten around them, as SVG paths (pure; Svelte draws them).
import type { GeoIndex } from '$lib/geo/geo-index';
import { metMarge, ringenVan } from '$lib/geo/geo-index';
import { escapeXml, LETTER, mercatorIn, ringPad } from './svg';
import { KLEUR_OVERIG, KLEUR_ZELF, partnerKleur, ZEE_KLEUR as ZEE } from '$lib/stijl/kleuren';
import { pasIn } from './opmaak';
import { ATTRIBUTIE } from '$lib/state/kaart-staat';

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
	const { punt } = mercatorIn(metMarge(b, marge), { x: 0, y: 0, b: breedte, h: hoogte });
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

export interface PartnerKaartPagina {
	titel: string;
	/** E.g. "Register van Overheidsorganisaties, peildatum 16-5-2026". */
	ondertitel: string;
	naam: string;
	/** Most shared verbanden with one partner (the darkest class). */
	max: number;
	paden: PartnerKaartPad[];
}

/** Page size of the partner map export (px; the PNG is drawn at `PNG_VERGROTING` times this). */
export const PAGINA = { breedte: 1200, hoogte: 1300, kaart: { x: 40, y: 110, b: 1120, h: 1080 } };

/**
 * The partner map as a finished SVG page: title, peildatum, the map, a legend and the
 * attribution. All text is escaped; names never become markup.
 */
export function partnerKaartSvg(p: PartnerKaartPagina): string {
	const { breedte, hoogte, kaart: k } = PAGINA;
	const titel = pasIn(p.titel, breedte - 80, 34);
	const legenda: [string, string][] = [
		[KLEUR_ZELF, p.naam],
		[partnerKleur(1, p.max), '1 gedeeld verband'],
		[partnerKleur(p.max, p.max), `${p.max} gedeelde verbanden`],
		[KLEUR_OVERIG, 'geen partner']
	];
	let x = k.x;
	const legendaSvg = legenda
		.map(([kleur, tekst]) => {
			const stuk = `<rect x="${x}" y="${k.y + k.h + 28}" width="26" height="20" fill="${kleur}" stroke="#555"/><text x="${x + 34}" y="${k.y + k.h + 45}" font-size="20">${escapeXml(tekst)}</text>`;
			x += 60 + tekst.length * 11.5;
			return stuk;
		})
		.join('');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${breedte}" height="${hoogte}" viewBox="0 0 ${breedte} ${hoogte}">` +
		`<title>${escapeXml(p.titel)}</title>` +
		`<rect width="100%" height="100%" fill="#fff"/>` +
		`<g font-family="${LETTER}" fill="#111">` +
		`<text x="40" y="58" font-size="${titel.grootte.toFixed(1)}" font-weight="bold" class="titel">${escapeXml(titel.tekst)}</text>` +
		`<text x="40" y="92" font-size="20" fill="#333">${escapeXml(p.ondertitel)}</text>` +
		`</g>` +
		`<svg x="${k.x}" y="${k.y}" width="${k.b}" height="${k.h}" viewBox="0 0 ${k.b} ${k.h}">` +
		`<rect width="${k.b}" height="${k.h}" fill="${ZEE}"/>` +
		p.paden
			.map(
				(d) =>
					`<path class="${d.soort}" data-code="${d.code}" d="${d.d}" fill="${d.kleur}" stroke="${d.soort === 'zelf' ? '#111' : '#fff'}" stroke-width="${d.soort === 'zelf' ? 3 : 1}" stroke-linejoin="round"/>`
			)
			.join('') +
		`</svg>` +
		`<rect x="${k.x}" y="${k.y}" width="${k.b}" height="${k.h}" fill="none" stroke="#888"/>` +
		`<g font-family="${LETTER}" fill="#111" class="legenda">${legendaSvg}</g>` +
		`<text x="40" y="${hoogte - 30}" font-family="${LETTER}" font-size="17" fill="#333" class="attributie">${escapeXml(ATTRIBUTIE)}</text>` +
		`</svg>`
	);
}
