import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { A4_LIGGEND, A4_STAAND, maakOpmaak, type Rechthoek } from '../../src/lib/export/opmaak';
import {
	bewaakFouten,
	bewaakVerzoeken,
	kleurAantal,
	nietLeegAandeel,
	pdokTegelsHier,
	wachtOpKaart
} from './helpers';

const STAAT = 'lagen=inkoop,integrale-toegang,belastingen,ict&gemeente=GM0935';

function uitsnede(png: PNG, r: Rechthoek) {
	const x0 = Math.round(r.x);
	const y0 = Math.round(r.y);
	const b = Math.round(r.b);
	const h = Math.round(r.h);
	const data = Buffer.alloc(b * h * 4);
	for (let y = 0; y < h; y++)
		png.data.copy(
			data,
			y * b * 4,
			((y0 + y) * png.width + x0) * 4,
			((y0 + y) * png.width + x0 + b) * 4
		);
	return { width: b, height: h, data };
}

async function openDeel(page: Page) {
	await page.goto(`/?${STAAT}`);
	await wachtOpKaart(page);
	await page.getByRole('button', { name: 'Deel / exporteer' }).click();
	await expect(page.getByRole('dialog', { name: 'Kaart delen en exporteren' })).toBeVisible();
}

test.describe('export en insluiten', () => {
	test('PNG A4 liggend: 3508 × 2480, kaart, titel en legenda getekend', async ({ page }) => {
		test.setTimeout(120_000);
		const fouten = bewaakFouten(page);
		const verzoeken = bewaakVerzoeken(page);
		await openDeel(page);
		await page.getByLabel('Titel op de kaart').fill('Samenwerking in Limburg');
		await page.getByLabel(/A4 liggend/).check();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 90_000 }),
			page.getByRole('button', { name: 'Download PNG' }).click()
		]);
		expect(download.suggestedFilename()).toMatch(
			/^samenwerkingsatlas-samenwerking-in-limburg-.*\.png$/
		);
		const pad = await download.path();
		const png = PNG.sync.read(readFileSync(pad));
		mkdirSync('test-results/screenshots', { recursive: true });
		writeFileSync('test-results/screenshots/export-a4.png', readFileSync(pad));
		expect([png.width, png.height]).toEqual([3508, 2480]);

		const o = maakOpmaak(A4_LIGGEND);
		// Map area: sea plus many coloured gemeenten (not blank, not one flat colour).
		const kaart = uitsnede(png, o.kaart);
		expect(nietLeegAandeel(kaart)).toBeGreaterThan(0.2);
		expect(kleurAantal(kaart)).toBeGreaterThan(20);
		// The North Sea in the map's top-left corner has the sea colour (ZEE_KLEUR #dbe7ef): without
		// a basemap deck.gl draws the export alone and clears to that colour; no MapLibre (whose
		// worker would show) is loaded for it.
		const i = ((o.kaart.y + 5) * png.width + o.kaart.x + 5) * 4;
		expect([...png.data.subarray(i, i + 4)]).toEqual([0xdb, 0xe7, 0xef, 255]);
		expect(page.workers()).toEqual([]);
		// Title band: dark text pixels on white.
		const titel = uitsnede(png, { x: o.marge, y: o.marge, b: 1500, h: o.kaart.y - o.marge });
		expect(nietLeegAandeel(titel)).toBeGreaterThan(0.02);
		// Legend: the class swatches bring colour; text brings dark pixels.
		const legenda = uitsnede(png, { ...o.legenda, h: o.legenda.h / 2 });
		expect(nietLeegAandeel(legenda)).toBeGreaterThan(0.03);
		expect(kleurAantal(legenda)).toBeGreaterThan(6);
		await expect(page.getByTestId('export-status')).toContainText('3508 × 2480');
		expect(fouten).toEqual([]);
		expect(verzoeken.extern).toEqual([]);
	});

	test('PNG met de online achtergrondkaart: de tegels onder de lagen (MapLibre in de export)', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await pdokTegelsHier(page);
		await page.goto(`/?${STAAT}`);
		await wachtOpKaart(page);
		await page.getByLabel(/PDOK BRT Achtergrondkaart/).check();
		await wachtOpKaart(page);
		await page.getByRole('button', { name: 'Deel / exporteer' }).click();
		await page.getByLabel(/A4 liggend/).check();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 90_000 }),
			page.getByRole('button', { name: 'Download PNG' }).click()
		]);
		const png = PNG.sync.read(readFileSync(await download.path()));
		expect([png.width, png.height]).toEqual([3508, 2480]);
		const o = maakOpmaak(A4_LIGGEND);
		// The North Sea corner: the tile at 90 % over the sea colour (#dbe7ef):
		// 0.9 · (200, 0, 200) + 0.1 · (219, 231, 239) = (202, 23, 204).
		const i = ((o.kaart.y + 5) * png.width + o.kaart.x + 5) * 4;
		const [r, g, b] = png.data.subarray(i, i + 3);
		expect(Math.abs(r - 202)).toBeLessThanOrEqual(3);
		expect(Math.abs(g - 23)).toBeLessThanOrEqual(3);
		expect(Math.abs(b - 204)).toBeLessThanOrEqual(3);
		// And the layers over it: many colours in the map area.
		expect(kleurAantal(uitsnede(png, o.kaart))).toBeGreaterThan(20);
	});

	test('opeenvolgende PNG-exports: hergebruikte kaart geeft dezelfde pixels als een nieuwe', async ({
		page,
		browser
	}) => {
		// The off-screen map is kept between exports (src/lib/map/export-png.ts); what it draws
		// must not depend on what it drew before.
		test.setTimeout(240_000);
		const o = maakOpmaak(A4_LIGGEND);
		const titelBand = { x: o.marge, y: o.marge, b: 1500, h: o.kaart.y - o.marge };
		const exporteer = async (p: Page) => {
			const [download] = await Promise.all([
				p.waitForEvent('download', { timeout: 90_000 }),
				p.getByRole('button', { name: 'Download PNG' }).click()
			]);
			return PNG.sync.read(readFileSync(await download.path()));
		};
		const gelijkAandeel = (a: { data: Buffer }, b: { data: Buffer }) => {
			let gelijk = 0;
			for (let i = 0; i < a.data.length; i += 4)
				if (a.data.readUInt32BE(i) === b.data.readUInt32BE(i)) gelijk++;
			return gelijk / (a.data.length / 4);
		};
		await openDeel(page);
		await page.getByLabel(/A4 liggend/).check();
		await page.getByLabel('Titel op de kaart').fill('Eerste');
		const eerste = await exporteer(page);
		// The same map with another title: the map area is the same image, the title is not.
		// ("Same" allows 0.1 % of pixels: software WebGL differs in a few edge pixels from copy
		// to copy; a wrong map differs in far more.)
		await page.getByLabel('Titel op de kaart').fill('Tweede');
		const tweede = await exporteer(page);
		expect(gelijkAandeel(uitsnede(tweede, o.kaart), uitsnede(eerste, o.kaart))).toBeGreaterThan(
			0.999
		);
		expect(gelijkAandeel(uitsnede(tweede, titelBand), uitsnede(eerste, titelBand))).toBeLessThan(
			0.99
		);
		// Another map (one layer off), drawn on the kept export map...
		await page.getByTestId('deel-dialoog').getByRole('button', { name: 'Sluiten' }).click();
		await page.locator('input[data-laag="ict"]').uncheck();
		await wachtOpKaart(page);
		await page.getByRole('button', { name: 'Deel / exporteer' }).click();
		await page.getByLabel('Titel op de kaart').fill('Derde');
		const hergebruikt = uitsnede(await exporteer(page), o.kaart);
		expect(gelijkAandeel(hergebruikt, uitsnede(eerste, o.kaart))).toBeLessThan(0.99);
		// ...equals the same state exported in a fresh page (a new export map).
		const vers = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		await vers.goto('/?lagen=inkoop,integrale-toegang,belastingen&gemeente=GM0935');
		await wachtOpKaart(vers);
		await vers.getByRole('button', { name: 'Deel / exporteer' }).click();
		await vers.getByLabel('Titel op de kaart').fill('Derde');
		const nieuw = uitsnede(await exporteer(vers), o.kaart);
		expect(gelijkAandeel(hergebruikt, nieuw)).toBeGreaterThan(0.999);
		// Another size gets a map of its own size.
		await vers.getByLabel(/A4 staand/).check();
		const staand = await exporteer(vers);
		expect([staand.width, staand.height]).toEqual([2480, 3508]);
		const kaartStaand = uitsnede(staand, maakOpmaak(A4_STAAND).kaart);
		expect(nietLeegAandeel(kaartStaand)).toBeGreaterThan(0.2);
		await vers.close();
	});

	test('SVG: geldige XML, één pad per gemeente, legenda en bronvermelding', async ({ page }) => {
		await openDeel(page);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		const feiten = await page.evaluate((tekst) => {
			const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
			return {
				fout: doc.querySelector('parsererror')?.textContent ?? null,
				gemeenten: doc.querySelectorAll('path.gemeente').length,
				codes: new Set(
					[...doc.querySelectorAll('path.gemeente')].map((p) => p.getAttribute('data-code'))
				).size,
				tekst: doc.documentElement.textContent ?? ''
			};
		}, svg);
		expect(feiten.fout).toBeNull();
		expect(feiten.gemeenten).toBe(342);
		expect(feiten.codes).toBe(342);
		expect(feiten.tekst).toContain('Aantal verschillende schalen');
		expect(feiten.tekst).toContain('Integrale toegang (sociaal domein)');
		expect(feiten.tekst).toContain(
			'Bron: CBS/PDOK (CC-BY 4.0), Register van Overheidsorganisaties (CC0), Samenwerkingsatlas'
		);
		// Rasterised by the browser, for a human look at the result.
		await page.setContent(`<body style="margin:0">${svg}</body>`);
		await page.setViewportSize({ width: 3508 / 2, height: 2480 / 2 });
		await page
			.locator('svg')
			.first()
			.evaluate((e) => {
				e.setAttribute('width', String(3508 / 2));
				e.setAttribute('height', String(2480 / 2));
			});
		await page.screenshot({ path: 'test-results/screenshots/export-a4-svg.png' });
	});

	test('vergelijkingspagina: A4 staand als PNG en SVG met beide lagen in de legenda', async ({
		page
	}) => {
		test.setTimeout(120_000);
		const fouten = bewaakFouten(page);
		await page.goto('/schaal/corop-gebied/provincie');
		await page.getByRole('button', { name: 'Deel / exporteer' }).click();
		const dialoog = page.getByRole('dialog', { name: 'Kaart delen en exporteren' });
		await expect(dialoog).toBeVisible();
		expect(await dialoog.getByLabel('Link naar deze kaart (permalink)').inputValue()).toMatch(
			/\/\?lagen=corop-gebied,provincie$/
		);
		await dialoog.getByLabel(/A4 staand/).check();
		// A title too long for the format is announced before the export, not found on paper.
		const titelveld = dialoog.getByLabel('Titel op de kaart');
		const standaard = await titelveld.inputValue();
		await expect(dialoog.getByText(/past niet op dit formaat/)).toHaveCount(0);
		await titelveld.fill(`${standaard}, met alle gemeenten van Nederland en hun regio's`);
		await expect(titelveld).toHaveAccessibleDescription(/past niet op dit formaat/);
		await titelveld.fill(standaard);
		await expect(dialoog.getByText(/past niet op dit formaat/)).toHaveCount(0);
		const [png] = await Promise.all([
			page.waitForEvent('download', { timeout: 90_000 }),
			dialoog.getByRole('button', { name: 'Download PNG' }).click()
		]);
		const beeld = PNG.sync.read(readFileSync(await png.path()));
		mkdirSync('test-results/screenshots', { recursive: true });
		writeFileSync(
			'test-results/screenshots/export-vergelijking.png',
			readFileSync(await png.path())
		);
		expect([beeld.width, beeld.height]).toEqual([2480, 3508]);
		const o = maakOpmaak({ breedte: 2480, hoogte: 3508, dpi: 300 });
		expect(nietLeegAandeel(uitsnede(beeld, o.kaart))).toBeGreaterThan(0.2);
		const [svg] = await Promise.all([
			page.waitForEvent('download'),
			dialoog.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const tekst = readFileSync(await svg.path(), 'utf8');
		expect(tekst).toContain('COROP-gebieden en Provincies: omtrekken en aantal schalen<');
		expect(tekst).toMatch(/data-laag="corop-gebied"/);
		expect(tekst).toMatch(/data-laag="provincie"/);
		expect(fouten).toEqual([]);
	});

	test('/embed toont dezelfde lagen en selectie als de verkenner met die staat', async ({
		page
	}) => {
		const verzoeken = bewaakVerzoeken(page);
		await page.goto(`/?${STAAT}`);
		await wachtOpKaart(page);
		const lagenVerkenner = await page
			.locator('[data-legenda-laag]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-legenda-laag')));
		await page.goto(`/embed?${STAAT}`);
		await wachtOpKaart(page);
		await expect(page.getByTestId('embed')).toHaveAttribute('data-geselecteerd', 'GM0935');
		await expect(page.getByTestId('embed')).toHaveAttribute(
			'data-zichtbaar',
			'inkoop,integrale-toegang,belastingen,ict'
		);
		const lagenEmbed = await page
			.locator('[data-legenda-laag]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('data-legenda-laag')));
		expect(lagenEmbed).toEqual(lagenVerkenner);
		await expect(page.getByText(/Bron: CBS\/PDOK/)).toBeVisible();
		await page.screenshot({ path: 'test-results/screenshots/embed.png' });
		expect(verzoeken.extern).toEqual([]);
	});

	test('de insluitcode uit het deelvenster laadt in een iframe op een andere pagina', async ({
		page,
		baseURL
	}) => {
		await openDeel(page);
		const code = await page.getByLabel('Insluitcode (iframe) voor een website').inputValue();
		expect(code).toMatch(
			/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?[^"]+" width="800" height="600"/
		);
		expect(code).toMatch(/title="[^"]+"/);
		const link = await page.getByLabel('Link naar deze kaart (permalink)').inputValue();
		// The map's camera may be in it once the map has settled (kaart=lng,lat,zoom).
		expect(link.startsWith(`${baseURL}/?${STAAT}`)).toBe(true);
		expect(link.slice(`${baseURL}/?${STAAT}`.length)).toMatch(
			/^(&kaart=-?[\d.]+,-?[\d.]+,[\d.]+)?$/
		);
		// A council's page on another origin embeds the snippet (served by the test itself; "localhost"
		// is another origin than 127.0.0.1, and both being local avoids Chromium's local-network block).
		await page.route('http://localhost:9/**', (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: `<!doctype html><html lang="nl"><title>Raadsvoorstel</title><body><h1>Raadsvoorstel</h1>${code}</body></html>`
			})
		);
		await page.goto('http://localhost:9/raadsvoorstel');
		const frame = page.frameLocator('iframe');
		await expect(frame.getByTestId('kaart')).toHaveAttribute('data-idle', 'true', {
			timeout: 30_000
		});
		await expect(frame.getByTestId('embed')).toHaveAttribute('data-geselecteerd', 'GM0935');
		await page.screenshot({ path: 'test-results/screenshots/embed-iframe.png' });
	});

	test('een onmogelijke maat geeft een duidelijke melding, geen stille kleinere afbeelding', async ({
		page
	}) => {
		await openDeel(page);
		await page.getByLabel('Eigen maat').check();
		await page.getByLabel('Breedte (px)').fill('50000');
		await page.getByRole('button', { name: 'Download PNG' }).click();
		await expect(page.getByTestId('export-status')).toContainText('Ongeldige maat');
	});
});
