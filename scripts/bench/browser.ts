// Browser-side benchmark sections: what `/` ships, and how fast the map is complete.
// Runs against the production build (`npm run build`), served by `vite preview` on localhost.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, type BenchRij } from './stats';

const POORT = 4174;
const BASIS = `http://127.0.0.1:${POORT}`;
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];

async function startServer(): Promise<ChildProcess> {
	// Run vite's own binary (not through npx) so that kill() stops the server itself.
	const p = spawn(
		process.execPath,
		[
			'node_modules/vite/bin/vite.js',
			'preview',
			'--port',
			String(POORT),
			'--strictPort',
			'--host',
			'127.0.0.1'
		],
		{ stdio: 'ignore' }
	);
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(BASIS)).ok) return p;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	p.kill();
	throw new Error('vite preview startte niet');
}

async function wachtOpKaart(page: Page) {
	await page.waitForSelector('[data-testid=kaart][data-idle=true]', { timeout: 60_000 });
}

/**
 * Waits until the GPU has drawn what the map asked for: "idle" is when MapLibre and deck.gl have
 * issued their drawing; in software WebGL the pixels come hundreds of ms later. Reading a pixel
 * of each map canvas waits for that.
 */
async function wachtOpPixels(page: Page) {
	await page.evaluate(() => {
		for (const c of document.querySelectorAll<HTMLCanvasElement>('[data-testid=kaart] canvas')) {
			const gl = c.getContext('webgl2');
			gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
		}
	});
}

/** Measures bytes shipped for `/` (gzip), and time to first complete map, toggle and hover. */
export async function benchBrowser(): Promise<{ rijen: BenchRij[]; overgeslagen?: string }> {
	if (!existsSync('build/index.html'))
		return { rijen: [], overgeslagen: 'geen build/ (draai eerst npm run build)' };
	const chromiumPad = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if (!existsSync(chromiumPad))
		return { rijen: [], overgeslagen: `geen Chromium op ${chromiumPad}` };
	const server = await startServer();
	let browser: Browser | null = null;
	try {
		browser = await chromium.launch({ executablePath: chromiumPad, args: CHROMIUM_ARGS });
		const rijen: BenchRij[] = [];
		const tijdRijen: BenchRij[] = [];

		// 1. What `/` ships.
		const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
		const js: number[] = [];
		const jsGz: number[] = [];
		const maplibreGz: number[] = [];
		const data: { url: string; raw: number; gz: number }[] = [];
		page.on('response', async (res) => {
			const url = res.url();
			try {
				const body = await res.body();
				if (url.endsWith('.js') || url.endsWith('.mjs')) {
					js.push(body.length);
					jsGz.push(gzipSync(body).length);
					// MapLibre has a chunk of its own (vite.config.ts); its worker is built from that chunk.
					if (body.includes('.maplibregl=')) maplibreGz.push(jsGz[jsGz.length - 1]);
				} else if (url.includes('/data/')) {
					data.push({ url, raw: body.length, gz: gzipSync(body).length });
				}
			} catch {
				// redirects have no body
			}
		});
		await page.goto(BASIS + '/');
		await wachtOpKaart(page);
		await page.waitForTimeout(300);
		const som = (a: number[]) => a.reduce((x, y) => x + y, 0);
		rijen.push({
			naam: 'JS geladen voor / (gzip)',
			waarde: som(jsGz) / 1024,
			eenheid: 'KB',
			doel: '≤ 600 KB'
		});
		rijen.push({
			naam: '  waarvan maplibre-gl (bibliotheek met worker, gzip)',
			waarde: som(maplibreGz) / 1024,
			eenheid: 'KB'
		});
		rijen.push({ naam: 'JS geladen voor / (onverpakt)', waarde: som(js) / 1024, eenheid: 'KB' });
		for (const d of data) {
			const naam = d.url.split('/').pop();
			rijen.push({
				naam: `data ${naam} (gzip / onverpakt)`,
				waarde: d.gz / 1024,
				eenheid: `KB / ${(d.raw / 1024).toFixed(0)} KB`
			});
		}
		await page.close();

		// 2. Navigation → first complete map (choropleth drawn, map idle), median of 7.
		const tijden: number[] = [];
		const toggles: number[] = [];
		const hovers: number[] = [];
		for (let i = 0; i < 7; i++) {
			const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			const t0 = Date.now();
			await p.goto(BASIS + '/');
			await wachtOpKaart(p);
			await wachtOpPixels(p);
			tijden.push(Date.now() - t0);

			// Layer toggle → re-rendered and idle again.
			const t1 = await p.evaluate(() => performance.now());
			await p.locator('input[data-laag="veiligheidsregio"]').check();
			await p.waitForFunction(
				() => document.querySelector('[data-legenda-laag="veiligheidsregio"]') !== null
			);
			await p.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			await wachtOpPixels(p);
			toggles.push((await p.evaluate(() => performance.now())) - t1);

			// Hover → tooltip: the first hover on a page compiles the picking shaders; measure the
			// next one, moving to another gemeente, which is what a user feels while browsing.
			const box = (await p.getByTestId('kaart').boundingBox())!;
			await p.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
			await p.waitForSelector('[data-testid=tooltip]', { timeout: 10_000 });
			const naam1 = await p.getByTestId('tooltip').locator('strong').innerText();
			const t2 = await p.evaluate(() => performance.now());
			await p.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.35);
			await p.waitForFunction(
				(n) => {
					const s = document.querySelector('[data-testid=tooltip] strong');
					return s !== null && s.textContent !== n;
				},
				naam1,
				{ timeout: 10_000 }
			);
			hovers.push((await p.evaluate(() => performance.now())) - t2);
			await p.close();
		}
		// Time travel: the date control's first use fetches the history; then each date change
		// (the map of another date, drawn) — in a period whose topology is loaded, and in a new one.
		const eersteDatum: number[] = [];
		const zelfdePeriode: number[] = [];
		const anderePeriode: number[] = [];
		const naarDatum = async (p: Page, d: string) => {
			const t = await p.evaluate(() => performance.now());
			await p.getByTestId('datum-invoer').fill(d);
			await p.waitForFunction((datum) => {
				const v = document.querySelector('[data-testid=kaartvlak]');
				return v?.getAttribute('data-datum') === datum && v.getAttribute('data-laden') === 'false';
			}, d);
			await p.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			await wachtOpPixels(p);
			return (await p.evaluate(() => performance.now())) - t;
		};
		for (let i = 0; i < 5; i++) {
			const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			await p.goto(BASIS + '/');
			await wachtOpKaart(p);
			await wachtOpPixels(p);
			eersteDatum.push(await naarDatum(p, '2019-06-01'));
			zelfdePeriode.push(await naarDatum(p, '2020-03-01'));
			anderePeriode.push(await naarDatum(p, '2018-06-01'));
			zelfdePeriode.push(await naarDatum(p, '2018-09-01'));
			await p.close();
		}
		tijdRijen.push(
			{
				naam: 'datum wijzigen, eerste keer (laadt geschiedenis + topologie; mediaan 5×)',
				waarde: median(eersteDatum),
				eenheid: 'ms'
			},
			{
				naam: 'datum wijzigen → volledige kaart, zelfde periode (mediaan 10×)',
				waarde: median(zelfdePeriode),
				eenheid: 'ms',
				doel: '≤ 300 ms'
			},
			{
				naam: 'datum wijzigen → volledige kaart, andere periode (laadt topologie; mediaan 5×)',
				waarde: median(anderePeriode),
				eenheid: 'ms',
				doel: '≤ 300 ms'
			}
		);
		rijen.push({
			naam: 'navigatie → eerste complete kaart, pixels getekend (mediaan 7×)',
			waarde: median(tijden),
			eenheid: 'ms',
			doel: '≤ 1500 ms'
		});
		rijen.push({
			naam: 'laag aanzetten → opnieuw getekend, pixels (mediaan 7×)',
			waarde: median(toggles),
			eenheid: 'ms'
		});
		rijen.push({
			naam: 'hover naar andere gemeente → tooltip (mediaan 7×)',
			waarde: median(hovers),
			eenheid: 'ms'
		});
		rijen.push(...tijdRijen);

		// 3. Export A4 landscape at 300 dpi (3508 × 2480 PNG), click → file. The first export of a
		// page creates the off-screen export map (cold); it is kept for two minutes, so a next export
		// of another map state only draws, and the same map with another title is not drawn again.
		// Median of 3 each; "cold" in 3 fresh pages.
		const koud: number[] = [];
		const warm: number[] = [];
		const zelfde: number[] = [];
		for (let i = 0; i < 3; i++) {
			const pe = await browser.newPage({
				viewport: { width: 1280, height: 800 },
				acceptDownloads: true
			});
			await pe.goto(BASIS + '/');
			await wachtOpKaart(pe);
			const dialoog = pe.getByTestId('deel-dialoog');
			const exportTijd = async () => {
				const t0 = Date.now();
				const [dl] = await Promise.all([
					pe.waitForEvent('download', { timeout: 120_000 }),
					dialoog.getByRole('button', { name: 'Download PNG' }).click()
				]);
				await dl.path();
				return Date.now() - t0;
			};
			await pe.getByRole('button', { name: 'Deel / exporteer' }).click();
			await dialoog.getByLabel(/A4 liggend/).check();
			koud.push(await exportTijd());
			await dialoog.getByRole('button', { name: 'Sluiten' }).click();
			// Another map state: one more layer.
			await pe.locator('input[data-laag="veiligheidsregio"]').check();
			await wachtOpKaart(pe);
			await pe.getByRole('button', { name: 'Deel / exporteer' }).click();
			warm.push(await exportTijd());
			await dialoog.getByLabel('Titel op de kaart').fill(`Bench ${i}`);
			zelfde.push(await exportTijd());
			await pe.close();
		}
		rijen.push({
			naam: 'export PNG A4 liggend 300 dpi, eerste van de pagina (mediaan 3×)',
			waarde: median(koud),
			eenheid: 'ms',
			doel: '≤ 3000 ms'
		});
		rijen.push({
			naam: '  volgende export, andere kaart (mediaan 3×)',
			waarde: median(warm),
			eenheid: 'ms',
			doel: '≤ 3000 ms'
		});
		rijen.push({
			naam: '  zelfde kaart, andere titel (mediaan 3×)',
			waarde: median(zelfde),
			eenheid: 'ms'
		});
		return { rijen };
	} finally {
		await browser?.close();
		server.kill();
	}
}
