import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/lib/data/types';
import {
	bewaakFouten,
	bewaakVerzoeken,
	kleurAantal,
	nietLeegAandeel,
	schermPositie,
	wachtOpKaart
} from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const maastricht = atlas.gemeenten.find((g) => g.naam === 'Maastricht')!;

test.describe('verkenner', () => {
	test('laadt zonder fouten, zonder externe verzoeken, en tekent een niet-lege kaart', async ({
		page
	}, info) => {
		const fouten = bewaakFouten(page);
		const verzoeken = bewaakVerzoeken(page);
		await page.goto('/');
		await wachtOpKaart(page);
		const shot = await page.getByTestId('kaart').screenshot();
		await info.attach('verkenner-standaard', { body: shot, contentType: 'image/png' });
		await page.screenshot({ path: 'test-results/screenshots/verkenner-standaard.png' });
		const png = PNG.sync.read(shot);
		// The sea is one flat colour; the gemeenten must cover a good part of the canvas.
		expect(nietLeegAandeel(png)).toBeGreaterThan(0.15);
		expect(kleurAantal(png)).toBeGreaterThan(8);
		expect(fouten).toEqual([]);
		expect(verzoeken.extern).toEqual([]);
		// The four core domains are on by default.
		for (const id of ['inkoop', 'integrale-toegang', 'belastingen', 'ict']) {
			await expect(page.locator(`input[data-laag="${id}"]`)).toBeChecked();
		}
	});

	test('een laag aanzetten verandert de legenda en de pixels', async ({ page }) => {
		await page.goto('/?lagen=belastingen');
		await wachtOpKaart(page);
		const voor = await page.getByTestId('kaart').screenshot();
		const legendaVoor = await page.getByTestId('legenda').innerText();
		await page.locator('input[data-laag="veiligheidsregio"]').check();
		await expect(page.locator('[data-legenda-laag="veiligheidsregio"]')).toBeVisible();
		await wachtOpKaart(page);
		const na = await page.getByTestId('kaart').screenshot();
		expect(await page.getByTestId('legenda').innerText()).not.toEqual(legendaVoor);
		const a = PNG.sync.read(voor);
		const b = PNG.sync.read(na);
		let verschil = 0;
		for (let i = 0; i < a.data.length; i += 4)
			if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1]) verschil++;
		expect(verschil / (a.width * a.height)).toBeGreaterThan(0.01);
		await expect(page).toHaveURL(
			/lagen=belastingen%2Cveiligheidsregio|lagen=belastingen,veiligheidsregio/
		);
	});

	test('gaten markeren arceert de gemeenten zonder verband (een patroon, geen egale tint)', async ({
		page
	}) => {
		// The largest gemeente in no inkoop verband, zoomed in so a box around its label point
		// lies inside it (below the zoom where names appear).
		const inkoop = new Set(
			atlas.verbanden.filter((v) => v.domeinen.includes('inkoop')).flatMap((v) => v.gemeenten)
		);
		const gat = atlas.gemeenten
			.filter((g) => !inkoop.has(g.code))
			.sort((a, b) => b.oppervlakteKm2 - a.oppervlakteKm2)[0];
		await page.goto('/?lagen=inkoop');
		await wachtOpKaart(page);
		const c = await page.evaluate((code) => {
			const w = window as unknown as {
				__labelPunten: Record<string, [number, number]>;
				__atlasMap: { flyTo(c: { lng: number; lat: number; zoom: number }): void };
			};
			const p = w.__labelPunten[code];
			w.__atlasMap.flyTo({ lng: p[0], lat: p[1], zoom: 8 });
			return p;
		}, gat.code);
		await wachtOpKaart(page);
		const pos = await schermPositie(page, c[0], c[1]);
		const vak = { x: pos.x - 20, y: pos.y - 20, width: 40, height: 40 };
		const zonder = PNG.sync.read(await page.screenshot({ clip: vak }));
		await page.locator('input[data-gaten="inkoop"]').check();
		await wachtOpKaart(page);
		const met = PNG.sync.read(await page.screenshot({ clip: vak }));
		// Without gaps the box is the gemeente's flat fill; with gaps it is striped: a good share
		// of its pixels differ from the most common colour (a flat tint would not).
		expect(nietLeegAandeel(zonder)).toBeLessThan(0.1);
		expect(nietLeegAandeel(met)).toBeGreaterThan(0.25);
	});

	test('ingezoomd verschijnen gemeentenamen (de labelcode wordt dan pas geladen)', async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('response', (r) => {
			if (r.url().endsWith('.js')) scripts.push(r.url());
		});
		await page.goto('/?lagen=inkoop');
		await wachtOpKaart(page);
		const kaart = page.getByTestId('kaart');
		const lagenVoor = Number(await kaart.getAttribute('data-layers'));
		const voor = scripts.length;
		await page.evaluate(() =>
			(
				window as unknown as {
					__atlasMap: { flyTo(c: { lng: number; lat: number; zoom: number }): void };
				}
			).__atlasMap.flyTo({
				lng: 5.12,
				lat: 52.09,
				zoom: 9
			})
		);
		await expect(kaart).toHaveAttribute('data-layers', String(lagenVoor + 1));
		expect(scripts.length).toBeGreaterThan(voor);
		await wachtOpKaart(page);
		await page.screenshot({ path: 'test-results/screenshots/verkenner-namen.png' });
	});

	test('klikken op het zwaartepunt van Maastricht selecteert Maastricht', async ({
		page
	}, info) => {
		await page.goto('/');
		await wachtOpKaart(page);
		const c = await page.evaluate((code) => {
			const m = (window as unknown as { __labelPunten: Record<string, [number, number]> })
				.__labelPunten;
			return m[code];
		}, maastricht.code);
		const pos = await schermPositie(page, c[0], c[1]);
		// Hover names the gemeente under the pointer (found on the CPU, geo/aanwijzen.ts) and
		// shows a hand; over the zoom buttons there is no tooltip.
		await page.mouse.move(pos.x, pos.y);
		await expect(page.getByTestId('tooltip').locator('strong')).toHaveText('Maastricht');
		await expect(page.locator('[data-testid=kaart] canvas')).toHaveCSS('cursor', 'pointer');
		await page.getByRole('button', { name: 'Inzoomen' }).hover();
		await expect(page.getByTestId('tooltip')).toHaveCount(0);
		// Dragging the map that ends on Maastricht is no click: nothing is selected.
		await page.mouse.move(pos.x - 80, pos.y - 60);
		await page.mouse.down();
		await page.mouse.move(pos.x - 40, pos.y - 30, { steps: 4 });
		await page.mouse.move(pos.x, pos.y, { steps: 4 });
		await page.mouse.up();
		await wachtOpKaart(page);
		await expect(page.getByTestId('gemeentepaneel')).toHaveCount(0);
		const na = await schermPositie(page, c[0], c[1]);
		expect(Math.hypot(na.x - pos.x, na.y - pos.y)).toBeGreaterThan(50);
		await page.mouse.click(na.x, na.y);
		const paneel = page.getByTestId('gemeentepaneel');
		await expect(paneel).toHaveAttribute('data-code', maastricht.code);
		await expect(paneel.getByRole('heading', { level: 2 })).toHaveText('Maastricht');
		await expect(page).toHaveURL(new RegExp(`gemeente=${maastricht.code}`));
		await wachtOpKaart(page);
		await page.screenshot({ path: 'test-results/screenshots/verkenner-maastricht.png' });
		await info.attach('maastricht', { body: await page.screenshot(), contentType: 'image/png' });
	});

	test('zoeken met alleen het toetsenbord selecteert een gemeente ("sudwest" vindt Súdwest-Fryslân)', async ({
		page
	}) => {
		await page.goto('/');
		await wachtOpKaart(page);
		await page.keyboard.press('Tab'); // skip link
		const zoek = page.getByRole('combobox', { name: /zoek een gemeente/i });
		await zoek.focus();
		await page.keyboard.type('sudwest');
		await expect(page.getByRole('option').first()).toContainText('Súdwest-Fryslân');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('gemeentepaneel').getByRole('heading', { level: 2 })).toHaveText(
			'Súdwest-Fryslân'
		);
		await expect(page.getByRole('heading', { name: 'Súdwest-Fryslân' })).toBeFocused();
	});

	test('een permalink herstelt dezelfde kaart', async ({ page }) => {
		await page.goto(`/?lagen=ict,ggd-regio&gemeente=${maastricht.code}&kaart=5.7000,50.9000,9.00`);
		await wachtOpKaart(page);
		await expect(page.locator('input[data-laag="ict"]')).toBeChecked();
		await expect(page.locator('input[data-laag="ggd-regio"]')).toBeChecked();
		await expect(page.locator('input[data-laag="inkoop"]')).not.toBeChecked();
		await expect(page.getByTestId('gemeentepaneel')).toHaveAttribute('data-code', maastricht.code);
		const cam = await page.evaluate(() =>
			(
				window as unknown as {
					__atlasMap: { camera: () => { lng: number; lat: number; zoom: number } };
				}
			).__atlasMap.camera()
		);
		expect(cam.zoom).toBeCloseTo(9, 1);
		expect(cam.lng).toBeCloseTo(5.7, 2);
		// The URL written back restores the same state again.
		const url = page.url();
		const page2 = await page.context().newPage();
		await page2.goto(url);
		await wachtOpKaart(page2);
		await expect(page2.locator('input[data-laag="ggd-regio"]')).toBeChecked();
		await expect(page2.getByTestId('gemeentepaneel')).toHaveAttribute('data-code', maastricht.code);
	});

	test('de kaart met knoppen en toetsenbord: zoomen, verschuiven, schaalstok, permalink', async ({
		page
	}) => {
		await page.goto('/?lagen=ict&kaart=5.3000,52.2000,8.00');
		await wachtOpKaart(page);
		const camera = () =>
			page.evaluate(() =>
				(
					window as unknown as {
						__atlasMap: { camera: () => { lng: number; lat: number; zoom: number } };
					}
				).__atlasMap.camera()
			);
		const schaal = page.locator('.kaart-schaal');
		// zoom 8 at 52.2°: 187.4 m/px, the longest round length in 100 px is 10 km.
		await expect(schaal).toHaveText('10 km');
		await page.getByRole('button', { name: 'Inzoomen' }).click();
		expect((await camera()).zoom).toBeCloseTo(9, 5);
		await expect(schaal).toHaveText('5 km');
		await expect(page).toHaveURL(/kaart=5\.3000%2C52\.2000%2C9\.00|kaart=5\.3000,52\.2000,9\.00/);
		await page.getByRole('button', { name: 'Uitzoomen' }).click();
		await page.getByRole('button', { name: 'Uitzoomen' }).click();
		expect((await camera()).zoom).toBeCloseTo(7, 5);
		// The map itself takes the keyboard: an arrow pans east, '+' zooms in (animated).
		const kaart = page.getByRole('application', { name: /Kaart/ });
		await kaart.focus();
		const voor = await camera();
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => (await camera()).lng).toBeGreaterThan(voor.lng);
		await page.keyboard.press('Equal');
		await expect.poll(async () => (await camera()).zoom).toBeGreaterThan(voor.zoom + 0.5);
		await wachtOpKaart(page);
		// Never beyond the zoom range: 20 clicks out end at zoom 5.
		for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Uitzoomen' }).click();
		expect((await camera()).zoom).toBe(5);
		// In English the controls speak English.
		await page.goto('/?lagen=ict&taal=en');
		await wachtOpKaart(page);
		await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
		await expect(page.getByRole('application', { name: /arrow keys/ })).toBeVisible();
	});

	test('onzin in de parameters breekt de pagina niet', async ({ page }) => {
		const fouten = bewaakFouten(page);
		await page.goto(
			'/?lagen=%3Cimg%20src=x%20onerror=alert(1)%3E,ict&gemeente=GM99999&kaart=NaN,1&taal=xx&onbekend=1'
		);
		await wachtOpKaart(page);
		await expect(page.locator('input[data-laag="ict"]')).toBeChecked();
		await expect(page.getByTestId('gemeentepaneel')).toHaveCount(0);
		expect(fouten).toEqual([]);
	});

	test('telefoon: 375 px breed, paneel als sheet', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto(`/?gemeente=${maastricht.code}`);
		await wachtOpKaart(page);
		await page.screenshot({ path: 'test-results/screenshots/verkenner-telefoon.png' });
		const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(breedte).toBeLessThanOrEqual(375);
		await expect(page.getByTestId('gemeentepaneel')).toBeVisible();
	});

	test('tabel is het alternatief voor de kaart', async ({ page }) => {
		await page.goto('/?lagen=belastingen');
		await wachtOpKaart(page);
		await page.getByRole('button', { name: 'Tabel' }).click();
		const tabel = page.getByTestId('schaaltabel');
		await expect(tabel.locator('tbody tr')).toHaveCount(atlas.gemeenten.length);
		await expect(tabel.locator('tbody tr', { hasText: 'Maastricht' })).toContainText('BsGW');
	});
});
