// The exported page as SVG: title, map (one path per gemeente, outlines of the visible layers,
// gaps and overlaps), legend, scale bar and attribution. Pure string building, no DOM.
// The PNG export draws the WebGL map itself and puts this page on top *without* the map part, so
// both exports share one layout and one legend.
import type { Position } from 'geojson';
import { geoMercator } from 'd3-geo';
import type { KaartBeeld } from './beeld';
import { ringenVan } from '$lib/geo/geo-index';
import { ZEE_KLEUR } from '$lib/stijl/kleuren';
import { pasIn, schaalstok, type Opmaak, type Rechthoek } from './opmaak';

export const LETTER = "'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif";
const AARDSTRAAL = 6378137;

export function escapeXml(s: string): string {
	return s.replace(
		/[<>&'"]/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!
	);
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/** Web Mercator fitted into a rectangle, like MapLibre's fitBounds: the same extent as the screen. */
export function mercatorIn(bounds: KaartBeeld['bounds'], vak: Rechthoek) {
	const [[w, s], [e, n]] = bounds;
	// The two corners span the box: Mercator maps meridians and parallels to straight lines.
	const projectie = geoMercator().fitExtent(
		[
			[vak.x, vak.y],
			[vak.x + vak.b, vak.y + vak.h]
		],
		{
			type: 'MultiPoint',
			coordinates: [
				[w, s],
				[e, n]
			]
		}
	);
	const latMidden = projectie.invert!([vak.x + vak.b / 2, vak.y + vak.h / 2])![1];
	return {
		punt: (p: Position) => projectie([p[0], p[1]]) as [number, number],
		/** scale() is pixels per radian of longitude. */
		meterPerPixel: (AARDSTRAAL * Math.cos((latMidden * Math.PI) / 180)) / projectie.scale()
	};
}

export function ringPad(ringen: Position[][], punt: (p: Position) => [number, number]): string {
	let d = '';
	for (const ring of ringen) {
		ring.forEach((p, i) => {
			const [x, y] = punt(p);
			d += `${i ? 'L' : 'M'}${r1(x)},${r1(y)}`;
		});
		d += 'Z';
	}
	return d;
}

/** Wrap text to lines of at most `breedte` px (estimated glyph width: 0.58 em). */
export function breekAf(tekst: string, breedte: number, grootte: number): string[] {
	const maxTekens = Math.max(8, Math.floor(breedte / (grootte * 0.58)));
	const regels: string[] = [];
	let regel = '';
	for (const woord of tekst.split(/\s+/)) {
		if (regel && (regel + ' ' + woord).length > maxTekens) {
			regels.push(regel);
			regel = woord;
		} else regel = regel ? `${regel} ${woord}` : woord;
	}
	if (regel) regels.push(regel);
	return regels;
}

function tekst(x: number, y: number, grootte: number, inhoud: string, extra = ''): string {
	return `<text x="${r1(x)}" y="${r1(y)}" font-size="${r1(grootte)}"${extra}>${escapeXml(inhoud)}</text>`;
}

/** The legend, fitted into its box (the font shrinks when many layers are visible). */
function legendaSvg(beeld: KaartBeeld, vak: Rechthoek, s0: number): string {
	const bouw = (s: number) => {
		const uit: string[] = [];
		let y = vak.y;
		const g = 13 * s;
		const regel = 19 * s;
		y += 16 * s;
		uit.push(tekst(vak.x, y, 15 * s, beeld.legenda.titel, ' font-weight="bold"'));
		y += 10 * s;
		for (const k of beeld.legenda.klassen) {
			uit.push(
				`<rect x="${r1(vak.x)}" y="${r1(y)}" width="${r1(24 * s)}" height="${r1(14 * s)}" fill="${k.kleur}" stroke="#555" stroke-width="${r1(s)}"/>`,
				tekst(vak.x + 32 * s, y + 12 * s, g, k.label),
				tekst(
					vak.x + vak.b,
					y + 12 * s,
					g,
					`${k.aantal} ${k.aantal === 1 ? 'gemeente' : 'gemeenten'}`,
					' text-anchor="end" fill="#444"'
				)
			);
			y += regel;
		}
		y += 4 * s;
		for (const r of breekAf(beeld.legenda.uitleg, vak.b, 11 * s)) {
			y += 14 * s;
			uit.push(tekst(vak.x, y, 11 * s, r, ' fill="#444"'));
		}
		y += 10 * s;
		for (const l of beeld.legenda.lagen) {
			const dash = l.streep
				? ` stroke-dasharray="${l.streep
						.split(' ')
						.map((x) => r1(Number(x) * s))
						.join(' ')}"`
				: '';
			uit.push(
				`<line x1="${r1(vak.x)}" y1="${r1(y + 7 * s)}" x2="${r1(vak.x + 30 * s)}" y2="${r1(y + 7 * s)}" stroke="${l.kleur}" stroke-width="${r1(3 * s)}"${dash}/>`
			);
			const naamRegels = breekAf(l.naam, vak.b - 38 * s, g);
			naamRegels.forEach((r, i) => uit.push(tekst(vak.x + 38 * s, y + 12 * s + i * 16 * s, g, r)));
			y += naamRegels.length * 16 * s;
			if (l.detail) {
				const regels = breekAf(l.detail, vak.b - 38 * s, 11 * s);
				regels.forEach((r, i) =>
					uit.push(tekst(vak.x + 38 * s, y + 10 * s + i * 14 * s, 11 * s, r, ' fill="#444"'))
				);
				y += 15 * s + (regels.length - 1) * 14 * s;
			}
			y += 5 * s;
		}
		const uitleg = (soort: 'gat' | 'overlap', t: string) => {
			y += 4 * s;
			uit.push(
				soort === 'gat'
					? `<rect x="${r1(vak.x)}" y="${r1(y)}" width="${r1(20 * s)}" height="${r1(14 * s)}" fill="url(#arcering-0)" stroke="#333" stroke-width="${r1(s)}"/>`
					: `<rect x="${r1(vak.x + s)}" y="${r1(y + s)}" width="${r1(18 * s)}" height="${r1(12 * s)}" fill="none" stroke="#111" stroke-width="${r1(2 * s)}" stroke-dasharray="${r1(2 * s)} ${r1(2 * s)}"/>`
			);
			const regels = breekAf(t, vak.b - 28 * s, 11 * s);
			regels.forEach((r, i) =>
				uit.push(tekst(vak.x + 28 * s, y + 11 * s + i * 14 * s, 11 * s, r, ' fill="#444"'))
			);
			y += Math.max(16 * s, regels.length * 14 * s + 4 * s);
		};
		if (beeld.legenda.gatenUitleg) uitleg('gat', beeld.legenda.gatenUitleg);
		if (beeld.legenda.overlapUitleg) uitleg('overlap', beeld.legenda.overlapUitleg);
		// Plain notes: the form filter, and what the register holds (so a gap is not read as "alone").
		for (const noot of [beeld.legenda.vormFilter, beeld.legenda.registerUitleg]) {
			if (!noot) continue;
			y += 6 * s;
			for (const r of breekAf(noot, vak.b, 11 * s)) {
				y += 14 * s;
				uit.push(tekst(vak.x, y, 11 * s, r, ' fill="#444" class="noot"'));
			}
		}
		return { svg: uit.join(''), hoogte: y - vak.y };
	};
	let s = s0;
	let r = bouw(s);
	while (r.hoogte > vak.h && s > s0 * 0.5) {
		s *= 0.92;
		r = bouw(s);
	}
	return `<g class="legenda" font-family="${LETTER}" fill="#111">${r.svg}</g>`;
}

function arceringDefs(beeld: KaartBeeld, s: number): string {
	const kleuren = ['#333', ...beeld.gaten.map((g) => g.kleur)];
	return kleuren
		.map(
			(k, i) =>
				`<pattern id="arcering-${i}" width="${r1(6 * s)}" height="${r1(6 * s)}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${r1(6 * s)}" stroke="${k}" stroke-width="${r1(2 * s)}"/></pattern>`
		)
		.join('');
}

function kaartSvg(beeld: KaartBeeld, o: Opmaak, punt: (p: Position) => [number, number]): string {
	const s = o.vergroting;
	const k = o.kaart;
	const byCode = new Map(beeld.features.map((f) => [f.properties.code, f]));
	const uit: string[] = [
		`<rect x="${k.x}" y="${k.y}" width="${k.b}" height="${k.h}" fill="${ZEE_KLEUR}"/>`,
		`<g class="gemeenten" stroke="#fff" stroke-width="${r1(0.6 * s)}" stroke-linejoin="round">`
	];
	for (const f of beeld.features) {
		const c = f.properties.code;
		const naam = beeld.namen[c] ?? f.properties.naam;
		uit.push(
			`<path id="gm-${c}" class="gemeente" data-code="${c}" fill="${beeld.vulkleur[c] ?? '#eee'}" d="${ringPad(ringenVan(f), punt)}"><title>${escapeXml(`${naam}: ${beeld.schalen[c] ?? 0} schalen`)}</title></path>`
		);
	}
	uit.push('</g>');
	beeld.gaten.forEach((g, i) => {
		const d = g.codes
			.map((c) => byCode.get(c))
			.filter(Boolean)
			.map((f) => ringPad(ringenVan(f!), punt));
		uit.push(
			`<path class="gaten" fill="url(#arcering-${i + 1})" stroke="none" d="${d.join('')}"/>`
		);
	});
	if (beeld.overlap.length) {
		const d = beeld.overlap
			.map((c) => byCode.get(c))
			.filter(Boolean)
			.map((f) => ringPad(ringenVan(f!), punt));
		uit.push(
			`<path class="overlap" fill="none" stroke="#141414" stroke-width="${r1(2 * s)}" stroke-dasharray="${r1(2 * s)} ${r1(2 * s)}" d="${d.join('')}"/>`
		);
	}
	for (const om of beeld.omtrekken) {
		const dash = om.streep[0]
			? ` stroke-dasharray="${r1(om.streep[0] * 3 * s)} ${r1(om.streep[1] * 3 * s)}"`
			: '';
		uit.push(
			`<path class="omtrek" data-laag="${escapeXml(om.id)}" fill="none" stroke="${om.kleur}" stroke-opacity="${om.ondoorzichtigheid}" stroke-width="${r1(3 * s)}" stroke-linejoin="round"${dash} d="${ringPad(om.ringen, punt)}"/>`
		);
	}
	const partners = beeld.partners.map((c) => byCode.get(c)).filter(Boolean);
	if (partners.length)
		uit.push(
			`<path class="partners" fill="none" stroke="#333" stroke-width="${r1(1.5 * s)}" d="${partners.map((f) => ringPad(ringenVan(f!), punt)).join('')}"/>`
		);
	const sel = beeld.geselecteerd ? byCode.get(beeld.geselecteerd) : undefined;
	if (sel)
		uit.push(
			`<path class="selectie" fill="none" stroke="#111" stroke-width="${r1(4 * s)}" d="${ringPad(ringenVan(sel), punt)}"/>`
		);
	return `<g clip-path="url(#kaartvak)">${uit.join('')}</g>`;
}

/**
 * The whole page. With `metKaart: false` the map area stays transparent (the PNG export draws the
 * WebGL map there first); `meterPerPixel` then comes from that map.
 */
export function paginaSvg(
	beeld: KaartBeeld,
	o: Opmaak,
	opties: { metKaart: boolean; meterPerPixel?: number }
): string {
	const s = o.vergroting;
	const k = o.kaart;
	const proj = mercatorIn(beeld.bounds, k);
	const mpp = opties.meterPerPixel ?? proj.meterPerPixel;
	const balk = schaalstok(mpp, k.b);
	const bx = k.x + 10 * s;
	const by = k.y + k.h - 12 * s;
	const titel = pasIn(beeld.titel, o.breedte - 2 * o.marge, o.titel.grootte);
	const delen = [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${o.breedte}" height="${o.hoogte}" viewBox="0 0 ${o.breedte} ${o.hoogte}">`,
		`<title>${escapeXml(beeld.titel)}</title>`,
		`<defs><clipPath id="kaartvak"><rect x="${k.x}" y="${k.y}" width="${k.b}" height="${k.h}"/></clipPath>${arceringDefs(beeld, s)}</defs>`,
		opties.metKaart ? `<rect width="100%" height="100%" fill="#fff"/>` : '',
		opties.metKaart ? kaartSvg(beeld, o, proj.punt) : '',
		`<rect x="${k.x}" y="${k.y}" width="${k.b}" height="${k.h}" fill="none" stroke="#888" stroke-width="${r1(s)}"/>`,
		`<g font-family="${LETTER}" fill="#111">`,
		tekst(o.titel.x, o.titel.y, titel.grootte, titel.tekst, ' font-weight="bold" class="titel"'),
		tekst(o.ondertitel.x, o.ondertitel.y, o.ondertitel.grootte, beeld.ondertitel, ' fill="#333"'),
		`<g class="schaalstok"><rect x="${r1(bx - 6 * s)}" y="${r1(by - 22 * s)}" width="${r1(balk.px + 12 * s)}" height="${r1(30 * s)}" fill="#fff" fill-opacity="0.85"/>`,
		`<rect x="${r1(bx)}" y="${r1(by)}" width="${r1(balk.px)}" height="${r1(5 * s)}" fill="#111"/>`,
		`<rect x="${r1(bx + balk.px / 2)}" y="${r1(by)}" width="${r1(balk.px / 2)}" height="${r1(5 * s)}" fill="#fff" stroke="#111" stroke-width="${r1(s)}"/>`,
		tekst(bx, by - 6 * s, 11 * s, `${balk.km} km`),
		'</g>',
		tekst(o.voet.x, o.voet.y, o.voet.grootte, beeld.attributie, ' fill="#333" class="attributie"'),
		'</g>',
		legendaSvg(beeld, o.legenda, s),
		'</svg>'
	];
	return delen.join('');
}
