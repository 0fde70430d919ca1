import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import {
	bewaakFouten,
	bewaakVerzoeken,
	pdokTegelsHier,
	schermPositie,
	wachtOpKaart
} from './helpers';

test('de statische pagina draagt een strikte Content-Security-Policy', async ({ page }) => {
	const res = await page.goto('/');
	const html = await res!.text();
	const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
	expect(csp).toContain("default-src 'self'");
	expect(csp).toMatch(/script-src 'self'( 'sha256-[^']+')+/);
	expect(csp).not.toContain("'unsafe-eval'");
	expect(csp).toContain("object-src 'none'");
});

test('onder die CSP werkt de kaart (WebGL, worker) zonder overtredingen of externe verzoeken', async ({
	page
}) => {
	const fouten = bewaakFouten(page);
	const verzoeken = bewaakVerzoeken(page);
	const overtredingen: string[] = [];
	await page.exposeFunction('__cspOvertreding', (s: string) => overtredingen.push(s));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { __cspOvertreding: (s: string) => void }).__cspOvertreding(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
	await page.goto('/?lagen=belastingen,veiligheidsregio&gemeente=GM0935');
	await wachtOpKaart(page);
	// Without a basemap deck.gl draws alone: MapLibre (and its worker) is not even loaded.
	expect(page.workers()).toEqual([]);
	expect(verzoeken.extern).toEqual([]);
	expect(fouten).toEqual([]);
	// The online basemap loads MapLibre, which starts its worker from a blob: URL (worker-src
	// 'self' blob:); under the CSP it must be running. The tiles themselves are blocked here.
	await page.route(/service\.pdok\.nl/, (r) => r.abort());
	await page.getByLabel(/PDOK BRT Achtergrondkaart/).check();
	await expect
		.poll(async () =>
			Promise.all(
				page
					.workers()
					.map((w) =>
						w.evaluate(
							() => typeof (self as { registerWorkerSource?: unknown }).registerWorkerSource
						)
					)
			)
		)
		.toContain('function');
	await page.getByLabel(/Geen \(offline/).check();
	await page.goto('/over');
	expect(overtredingen).toEqual([]);
	// Only the blocked tiles may fail (their error names the tile or the failed load).
	expect(
		fouten.filter((f) => !f.includes('service.pdok.nl') && !f.includes('Failed to load resource'))
	).toEqual([]);
	expect(verzoeken.extern.every((u) => u.startsWith('https://service.pdok.nl/'))).toBe(true);
});

test('de online achtergrondkaart is opt-in en wordt onthouden', async ({ page }) => {
	const verzoeken = bewaakVerzoeken(page);
	// Block the third party: we only check that the request is attempted once opted in.
	await page.route(/service\.pdok\.nl/, (r) => r.abort());
	await page.goto('/?lagen=belastingen');
	await wachtOpKaart(page);
	expect(verzoeken.extern).toEqual([]);
	await page.getByLabel(/PDOK BRT Achtergrondkaart/).check();
	await expect.poll(() => verzoeken.extern.length).toBeGreaterThan(0);
	expect(verzoeken.extern.every((u) => u.startsWith('https://service.pdok.nl/'))).toBe(true);
	await page.reload();
	await expect(page.getByLabel(/PDOK BRT Achtergrondkaart/)).toBeChecked();
});

/** The colour of one pixel of the page (a 3 × 3 capture around it, its centre). */
async function pixel(page: Page, p: { x: number; y: number }): Promise<number[]> {
	const png = PNG.sync.read(
		await page.screenshot({
			clip: { x: Math.round(p.x) - 1, y: Math.round(p.y) - 1, width: 3, height: 3 }
		})
	);
	return [...png.data.subarray(16, 19)];
}

/** The largest difference of two colours in one channel. */
const afwijking = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));

test('op het scherm liggen de tegels van de online achtergrondkaart onder de lagen, en zonder haar weer de zee', async ({
	page
}) => {
	// Without a basemap deck.gl's canvas is opaque (it clears to the sea itself); with one it is
	// made again, transparent, or the tiles would not show. Every tile one magenta PNG, served here.
	const fouten = bewaakFouten(page);
	await pdokTegelsHier(page);
	await page.goto('/?lagen=belastingen');
	await wachtOpKaart(page);
	// The North Sea, and the Veluwe (inside Apeldoorn, filled by the gemeente layer).
	const zee = await schermPositie(page, 3.7, 52.9);
	const land = await schermPositie(page, 5.85, 52.2);
	const ZEE = [0xdb, 0xe7, 0xef];
	expect(afwijking(await pixel(page, zee), ZEE)).toBeLessThanOrEqual(3);
	const landKleur = await pixel(page, land);
	expect(afwijking(landKleur, ZEE)).toBeGreaterThan(20);

	await page.getByLabel(/PDOK BRT Achtergrondkaart/).check();
	await wachtOpKaart(page);
	// The tile at 90 % over the sea colour: 0.9 · (200, 0, 200) + 0.1 · (219, 231, 239).
	await expect
		.poll(async () => afwijking(await pixel(page, zee), [202, 23, 204]), { timeout: 20_000 })
		.toBeLessThanOrEqual(3);
	// The layers are drawn again over the tiles: the land keeps its fill.
	expect(afwijking(await pixel(page, land), landKleur)).toBeLessThanOrEqual(3);
	expect(await page.locator('[data-testid=kaart] canvas.kaart-canvas').count()).toBe(1);
	await page.screenshot({ path: 'test-results/screenshots/achtergrondkaart-op-scherm.png' });
	// Remembered: after a reload the map is made with the basemap from the start.
	await page.reload();
	await wachtOpKaart(page);
	await expect
		.poll(async () => afwijking(await pixel(page, zee), [202, 23, 204]), { timeout: 20_000 })
		.toBeLessThanOrEqual(3);
	expect(afwijking(await pixel(page, land), landKleur)).toBeLessThanOrEqual(3);

	await page.getByLabel(/Geen \(offline/).check();
	await wachtOpKaart(page);
	await expect
		.poll(async () => afwijking(await pixel(page, zee), ZEE), { timeout: 20_000 })
		.toBeLessThanOrEqual(3);
	expect(afwijking(await pixel(page, land), landKleur)).toBeLessThanOrEqual(3);
	expect(await page.locator('[data-testid=kaart] canvas.kaart-canvas').count()).toBe(1);
	expect(fouten).toEqual([]);
});
