import { describe, expect, test } from 'vitest';
import { echteData } from '$lib/geo/test-data';
import { maakVerkennerModel } from '$lib/state/verkenner-model';
import type { KaartStaat } from '$lib/state/kaart-staat';
import { maakKaartBeeld, tekenSleutel } from './beeld';
import { deckInvoer } from '$lib/state/kaart-staat';
import { bestandsnaam } from '$lib/download';
import {
	A4_LIGGEND,
	A4_STAAND,
	controleerFormaat,
	maakOpmaak,
	pasIn,
	schaalstok,
	titelTeLang
} from './opmaak';
import { breekAf, escapeXml, mercatorIn, paginaSvg } from './svg';
import { PAGINA, partnerKaart, partnerKaartSvg } from './partnerkaart';
import { KLEUR_OVERIG, KLEUR_ZELF, partnerKleur } from '$lib/stijl/kleuren';
import { beginStaat } from '$lib/state/test-staat';

const { atlas, topology } = echteData();
const model = maakVerkennerModel({ atlas, topology });
const NL: [[number, number], [number, number]] = [
	[3.2, 50.7],
	[7.3, 53.6]
];

function staat(zichtbaar: string[], extra: Partial<KaartStaat> = {}): KaartStaat {
	return { ...beginStaat(model, zichtbaar), ...extra };
}

const binnen = (a: { x: number; y: number; b: number; h: number }, w: number, h: number) =>
	a.x >= 0 && a.y >= 0 && a.x + a.b <= w && a.y + a.h <= h;

describe('opmaak', () => {
	test.each([A4_LIGGEND, A4_STAAND, { breedte: 1280, hoogte: 800, dpi: 96 }])(
		'map and legend lie inside the page and do not overlap (%o)',
		(f) => {
			const o = maakOpmaak(f);
			expect(binnen(o.kaart, f.breedte, f.hoogte)).toBe(true);
			expect(binnen(o.legenda, f.breedte, f.hoogte)).toBe(true);
			const losX = o.kaart.x + o.kaart.b <= o.legenda.x;
			const losY = o.kaart.y + o.kaart.h <= o.legenda.y;
			expect(losX || losY).toBe(true);
			expect(o.kaart.b * o.kaart.h).toBeGreaterThan(0.35 * f.breedte * f.hoogte);
		}
	);

	test('A4 at 300 dpi scales the design by 300/96', () => {
		expect(maakOpmaak(A4_LIGGEND).vergroting).toBeCloseTo(300 / 96, 6);
	});

	test('sizes outside the limits are refused', () => {
		expect(controleerFormaat(A4_LIGGEND)).toBeNull();
		expect(controleerFormaat({ breedte: 100, hoogte: 800, dpi: 96 })).not.toBeNull();
		expect(controleerFormaat({ breedte: 20000, hoogte: 800, dpi: 96 })).not.toBeNull();
		expect(controleerFormaat({ breedte: 800, hoogte: 800, dpi: 2000 })).not.toBeNull();
		expect(controleerFormaat({ breedte: 800.5, hoogte: 800, dpi: 96 })).not.toBeNull();
	});

	test('the scale bar is a round length of at most a quarter of the map', () => {
		const b = schaalstok(150, 2000);
		expect([1, 2, 5, 10, 20, 25, 50, 100, 200, 500]).toContain(b.km);
		expect(b.px).toBeLessThanOrEqual(500);
		expect(b.px * 150).toBeCloseTo(b.km * 1000, 6);
	});
});

describe('svg', () => {
	test('Mercator fit: the Netherlands is about 300 km wide, corners fall inside the map area', () => {
		const vak = { x: 10, y: 20, b: 1000, h: 800 };
		const p = mercatorIn(NL, vak);
		const [x0, y0] = p.punt([3.2, 50.7]);
		const [x1, y1] = p.punt([7.3, 53.6]);
		expect(x0).toBeGreaterThanOrEqual(vak.x - 1e-6);
		expect(x1).toBeLessThanOrEqual(vak.x + vak.b + 1e-6);
		expect(y1).toBeLessThan(y0); // north is up
		expect(y0 - y1).toBeCloseTo(vak.h, 6); // NL is taller than wide in Mercator at this aspect
		const km = ((x1 - x0) * p.meterPerPixel) / 1000;
		expect(km).toBeGreaterThan(250);
		expect(km).toBeLessThan(320);
	});

	test('text is escaped and wrapped', () => {
		expect(escapeXml(`A & B <c> "d"`)).toBe('A &amp; B &lt;c&gt; &quot;d&quot;');
		const regels = breekAf('een twee drie vier vijf zes zeven acht negen tien', 60, 10);
		expect(regels.length).toBeGreaterThan(1);
		for (const r of regels) expect(r.length).toBeLessThanOrEqual(Math.floor(60 / 5.8) + 5);
		const lang = pasIn('x'.repeat(400), 1000, 30);
		expect(lang.grootte).toBeCloseTo(18, 6);
		expect(lang.tekst.endsWith('…')).toBe(true);
		// A title that fits once shrunk (to 60 %: up to 40 letters here) keeps every letter.
		for (let n = 20; n <= 40; n++) {
			const t = 'a'.repeat(n);
			expect(pasIn(t, 600, 40).tekst).toBe(t);
		}
		// The dialog warns before a title is cut: portrait A4 holds fewer letters than landscape.
		const langeTitel =
			'Samenwerking op Inkoop, Integrale toegang (sociaal domein), Belastingen en ICT en informatievoorziening — Maastricht';
		expect(titelTeLang(langeTitel, A4_STAAND)).toBe(true);
		expect(titelTeLang('Samenwerking in Limburg', A4_STAAND)).toBe(false);
		expect(titelTeLang(langeTitel.slice(0, 90), A4_LIGGEND)).toBe(false);
	});

	test('the page has one path per gemeente, the legend of the visible layers and the attribution', () => {
		const s = staat(['inkoop', 'belastingen'], { geselecteerd: 'GM0935', gatenTonen: ['inkoop'] });
		const beeld = maakKaartBeeld(s, { bounds: NL, titel: 'Inkoop & belastingen <test>' });
		const svg = paginaSvg(beeld, maakOpmaak(A4_LIGGEND), { metKaart: true });
		expect(svg.match(/<path id="gm-GM\d{4}" class="gemeente"/g)).toHaveLength(342);
		expect(svg).toContain('Inkoop &amp; belastingen &lt;test&gt;');
		expect(svg).toContain('Bron: CBS/PDOK (CC-BY 4.0), Register van Overheidsorganisaties (CC0)');
		expect(svg).toContain('Aantal verschillende schalen');
		expect(svg).toContain('>Inkoop<');
		expect(svg).toContain('>Belastingen<');
		expect(svg).toContain('class="selectie"');
		expect(svg).toContain('class="gaten"');
		expect(svg.match(/class="omtrek"/g)).toHaveLength(2);
		// Maastricht's fill is the colour of its scale class in the legend.
		const kleur = beeld.vulkleur['GM0935'];
		const klasse = beeld.legenda.klassen.find((k) => k.kleur === kleur);
		expect(klasse).toBeDefined();
		expect(svg).toMatch(
			new RegExp(`id="gm-GM0935" class="gemeente" data-code="GM0935" fill="${kleur}"`)
		);
	});

	test('the legend words gaps honestly: no joint arrangement in the register, never "gaten"', () => {
		const s = staat(['inkoop', 'belastingen'], { gatenTonen: ['inkoop'] });
		const svg = paginaSvg(maakKaartBeeld(s, { bounds: NL }), maakOpmaak(A4_LIGGEND), {
			metKaart: true
		});
		const legenda = svg.slice(svg.indexOf('<g class="legenda"'));
		const tekst = [...legenda.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
		expect(tekst).toMatch(/geen gemeenschappelijke regeling in het register: \d+/);
		expect(tekst).toContain('Gearceerd: geen gemeenschappelijke regeling in het register');
		expect(tekst).toContain('Wgr');
		expect(tekst).toContain('KWINK/PROOF 2020');
		expect(tekst).not.toMatch(/\bgat(en)?\b/);
		const en = paginaSvg(
			maakKaartBeeld({ ...s, taal: 'en' }, { bounds: NL }),
			maakOpmaak(A4_LIGGEND),
			{ metKaart: false, meterPerPixel: 120 }
		);
		expect(en).toContain('no joint arrangement in the register');
		// The form filter is named in the legend when it is on.
		const gefilterd = maakKaartBeeld({ ...s, vormen: ['openbaar lichaam'] }, { bounds: NL });
		expect(gefilterd.legenda.vormFilter).toBe('Alleen: openbaar lichaam');
	});

	test('without the map part (PNG overlay) no gemeente is drawn, but the legend is', () => {
		const beeld = maakKaartBeeld(staat(['inkoop']), { bounds: NL });
		const svg = paginaSvg(beeld, maakOpmaak(A4_STAAND), { metKaart: false, meterPerPixel: 120 });
		expect(svg).not.toContain('class="gemeente"');
		expect(svg).toContain('Aantal verschillende schalen');
		expect(beeld.titel).toBe('Samenwerking op Inkoop');
		expect(beeld.ondertitel).toMatch(/1-1-2025/);
	});

	test("the legend's counts read '1 gemeente', otherwise 'N gemeenten'", () => {
		const beeld = maakKaartBeeld(staat(['inkoop', 'integrale-toegang', 'belastingen', 'ict']), {
			bounds: NL
		});
		const svg = paginaSvg(beeld, maakOpmaak(A4_LIGGEND), { metKaart: false, meterPerPixel: 120 });
		// With the four core domains one gemeente has the most scales (a class of one).
		expect(beeld.legenda.klassen.some((k) => k.aantal === 1)).toBe(true);
		for (const k of beeld.legenda.klassen)
			expect(svg).toContain(`>${k.aantal} ${k.aantal === 1 ? 'gemeente' : 'gemeenten'}<`);
		expect(svg).not.toContain('>1 gemeenten<');
	});

	test('the legend counts add up to all 342 gemeenten', () => {
		const beeld = maakKaartBeeld(staat(['inkoop', 'integrale-toegang', 'ict']), { bounds: NL });
		expect(beeld.legenda.klassen.reduce((a, k) => a + k.aantal, 0)).toBe(342);
	});
});

describe('tekenSleutel (the kept PNG export map is only reused for the same pixels)', () => {
	const sleutel = (s: KaartStaat, bounds = NL, formaat = A4_LIGGEND) =>
		tekenSleutel(maakKaartBeeld(s, { bounds }), maakOpmaak(formaat), deckInvoer(s, 7));
	test('the same state gives the same key, whatever the title', () => {
		const s = staat(['inkoop', 'ict']);
		expect(
			tekenSleutel(
				maakKaartBeeld(s, { bounds: NL, titel: 'A' }),
				maakOpmaak(A4_LIGGEND),
				deckInvoer(s, 7)
			)
		).toBe(
			tekenSleutel(
				maakKaartBeeld(s, { bounds: NL, titel: 'B' }),
				maakOpmaak(A4_LIGGEND),
				deckInvoer(s, 7)
			)
		);
	});
	test('layers, colour, gaps, selection, extent and size each change the key', () => {
		const basis = sleutel(staat(['inkoop', 'ict']));
		const anders = [
			sleutel(staat(['inkoop'])),
			sleutel(
				staat(['inkoop', 'ict'], {
					stijl: new Map([['ict', { kleur: '#000000', ondoorzichtigheid: 1 }]])
				})
			),
			sleutel(staat(['inkoop', 'ict'], { gatenTonen: ['inkoop'] })),
			sleutel(staat(['inkoop', 'ict'], { geselecteerd: 'GM0935' })),
			sleutel(staat(['inkoop', 'ict']), [
				[4, 51],
				[6, 53]
			]),
			sleutel(staat(['inkoop', 'ict']), NL, A4_STAAND)
		];
		for (const k of anders) expect(k).not.toBe(basis);
		expect(new Set(anders).size).toBe(anders.length);
	});
});

describe('bestandsnaam', () => {
	test('without accents or odd characters, with the date; a fallback for an empty title', () => {
		const nu = new Date('2026-11-25T12:00:00Z');
		expect(bestandsnaam('Partners Súdwest-Fryslân & co', 'svg', nu)).toBe(
			'samenwerkingsatlas-partners-sudwest-fryslan-co-2026-11-25.svg'
		);
		expect(bestandsnaam('  ', 'png', nu)).toBe('samenwerkingsatlas-kaart-2026-11-25.png');
	});
});

describe('partnerkaart (regio-paspoort)', () => {
	const index = model.index;
	const maastricht = 'GM0935';
	const bsgw = atlas.verbanden.find((v) => v.afkorting === 'BsGW')!;
	const gedeeld = new Map(bsgw.gemeenten.filter((c) => c !== maastricht).map((c) => [c, 1]));
	gedeeld.set('GM0917', 3); // Heerlen: the most shared, so the darkest

	test('the gemeente, every partner and the gemeenten around them, inside the frame', () => {
		const paden = partnerKaart(index, maastricht, gedeeld, 400, 500);
		const codes = new Set(paden.map((p) => p.code));
		expect(paden.at(-1)).toMatchObject({ code: maastricht, soort: 'zelf', kleur: KLEUR_ZELF });
		for (const c of gedeeld.keys()) expect(codes.has(c)).toBe(true);
		expect(paden.filter((p) => p.soort === 'partner')).toHaveLength(gedeeld.size);
		// Limburg plus a margin: neighbours in, the north of the country out.
		expect(paden.some((p) => p.soort === 'overig')).toBe(true);
		expect(codes.has('GM0014')).toBe(false); // Groningen
		expect(paden.length).toBeLessThan(index.features.length / 2);
		const getallen = paden.flatMap((p) => p.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
		expect(Math.min(...getallen)).toBeGreaterThan(-200);
		expect(Math.max(...getallen)).toBeLessThan(700);
	});

	test('more shared verbanden give a darker blue; one shared is still visibly blue', () => {
		const paden = new Map(
			partnerKaart(index, maastricht, gedeeld, 400, 500).map((p) => [p.code, p])
		);
		const helderheid = (hex: string) =>
			[1, 3, 5].reduce((s, i) => s + parseInt(hex.slice(i, i + 2), 16), 0);
		const heerlen = paden.get('GM0917')!.kleur;
		const ander = paden.get([...gedeeld.keys()].find((c) => c !== 'GM0917')!)!.kleur;
		expect(helderheid(heerlen)).toBeLessThan(helderheid(ander));
		expect(helderheid(ander)).toBeLessThan(helderheid(KLEUR_OVERIG));
		expect(partnerKleur(3, 3)).toBe('#2166ac');
	});

	test('an unknown gemeente gives an empty map, not an error', () => {
		expect(partnerKaart(index, 'GM9999', new Map(), 400, 500)).toEqual([]);
	});

	test('the exported page: valid SVG, one path per gemeente shown, legend, escaped text, attribution', () => {
		const paden = partnerKaart(index, maastricht, gedeeld, PAGINA.kaart.b, PAGINA.kaart.h);
		const svg = partnerKaartSvg({
			titel: 'Maastricht & <partners>',
			ondertitel: 'peildatum 16-5-2026',
			naam: 'Maastricht',
			max: 3,
			paden
		});
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		expect(svg.match(/<path /g)).toHaveLength(paden.length);
		expect(svg.match(/class="zelf" data-code="GM0935"/g)).toHaveLength(1);
		expect(svg.match(/class="partner"/g)).toHaveLength(gedeeld.size);
		expect(svg).toContain('Maastricht &amp; &lt;partners&gt;');
		expect(svg).not.toContain('<partners>');
		expect(svg).toContain('>3 gedeelde verbanden<');
		expect(svg).toContain('Bron: CBS/PDOK (CC-BY 4.0), Register van Overheidsorganisaties (CC0)');
		// Well-formed: every opened element is closed.
		const open = (svg.match(/<(svg|g|text)\b/g) ?? []).length;
		const dicht = (svg.match(/<\/(svg|g|text)>/g) ?? []).length;
		expect(open).toBe(dicht);
	});
});
