import { expect, test } from '@playwright/test';
import { bewaakFouten, bewaakVerzoeken, wachtOpKaart } from './helpers';

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
