// Browser-side benchmark sections: what `/` ships, and how fast the map is complete.
// Runs against the production build (`npm run build`), served by `vite preview` on localhost.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build as esbuild } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { median, type BenchRij } from './stats';
import { benchImport } from './import';
import { CHROMIUM_ARGS, CHROMIUM_PAD } from '../lib/chromium';

/** The bench's own preview server; BENCH_PORT when another checkout uses the default. */
const POORT = Number(process.env.BENCH_PORT ?? 4174);
/** Alternating rounds of the side-by-side section (explorer and bare page, fresh context each). */
const RONDES = Math.max(7, Number(process.env.BENCH_RONDES ?? 9));
/**
 * Where the bench writes the bare page: among the client files that SvelteKit's preview server
 * serves (it lists them when it starts, so the page is written before that).
 */
const KAAL_MAP = '__bench-kaal';
const KAAL_UIT = join('.svelte-kit', 'output', 'client', KAAL_MAP);
const BASIS = `http://127.0.0.1:${POORT}`;

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

/**
 * The bare page of the side-by-side section (scripts/bench/kaal-kaart.ts), bundled like a
 * production build (minified ESM, CSS apart), served by the same preview server as `/`.
 */
export async function bouwKaalPagina(): Promise<void> {
	const uit = KAAL_UIT;
	rmSync(uit, { recursive: true, force: true });
	mkdirSync(uit, { recursive: true });
	await esbuild({
		entryPoints: ['scripts/bench/kaal-kaart.ts'],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		outfile: join(uit, 'kaal.js'),
		logLevel: 'error'
	});
	writeFileSync(
		join(uit, 'index.html'),
		`<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Kale kaart</title>
<link rel="stylesheet" href="./kaal.css"><style>body{margin:0}</style>
<script type="module" src="./kaal.js"></script></head>
<body><div id="kaart" data-testid="kaart"></div></body></html>`
	);
}

/** When a measurement ends: the legend shows layer `laag`, or the tooltip a name other than `niet`. */
type Einde = { laag: string } | { nietNaam: string };

/**
 * Arms a measurement in the page: from the next `soort` event (its timeStamp: when the input
 * happened) until `einde` holds in an animation frame, plus one frame (the one that showed it has
 * then been drawn) and the map's pixels. Read the result with `meting`.
 */
async function naMeting(page: Page, soort: 'click' | 'pointermove', einde: Einde) {
	// As a string: tsx's transform would add name helpers to a function that the page lacks.
	await page.evaluate(`(() => {
		const soort = ${JSON.stringify(soort)};
		const einde = ${JSON.stringify(einde)};
		const klaar = () => {
			if ('laag' in einde)
				return document.querySelector('[data-legenda-laag="' + einde.laag + '"]') !== null;
			const s = document.querySelector('[data-testid=tooltip] strong');
			return s !== null && s.textContent !== einde.nietNaam;
		};
		window.__meting = new Promise((res) => {
			addEventListener(soort, (e) => {
				const t0 = e.timeStamp;
				const stap = () => {
					if (!klaar()) return void requestAnimationFrame(stap);
					requestAnimationFrame(() => {
						for (const c of document.querySelectorAll('[data-testid=kaart] canvas')) {
							const gl = c.getContext('webgl2');
							gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
						}
						res(performance.now() - t0);
					});
				};
				requestAnimationFrame(stap);
			}, { capture: true, once: true });
		});
	})()`);
}

async function meting(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __meting: Promise<number> }).__meting);
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
	if (!existsSync(CHROMIUM_PAD))
		return { rijen: [], overgeslagen: `geen Chromium op ${CHROMIUM_PAD}` };
	await bouwKaalPagina();
	const server = await startServer();
	let browser: Browser | null = null;
	try {
		browser = await chromium.launch({ executablePath: CHROMIUM_PAD, args: [...CHROMIUM_ARGS] });
		const rijen: BenchRij[] = [];
		// BENCH_ALLEEN=import: only the own-data figures (the other sections take minutes).
		if (process.env.BENCH_ALLEEN === 'import') return { rijen: await benchImport(browser, BASIS) };
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
			naam: '  waarvan maplibre-gl (alleen met de online achtergrondkaart; gzip)',
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
		const kaartMaat = (await page.getByTestId('kaart').boundingBox())!;
		await page.close();

		// 2. Side by side: navigation → first complete map (every layer drawn, pixels on the
		// canvas), the explorer `/` and the bare fill-only page of the same topology, alternately
		// (which goes first swaps every round), a fresh context each. On the explorer pages also
		// the layer toggle and the hover.
		const kaalUrl = `${BASIS}/${KAAL_MAP}/index.html?w=${Math.round(kaartMaat.width)}&h=${Math.round(kaartMaat.height)}`;
		const kaalJs: number[] = [];
		const tijden: number[] = [];
		const kaal: number[] = [];
		const toggles: number[] = [];
		const togglesTest: number[] = [];
		const hovers: number[] = [];
		const hoversTest: number[] = [];
		const eersteKaart = async (url: string, bytes?: number[]) => {
			const p = await browser!.newPage({ viewport: { width: 1280, height: 800 } });
			if (bytes)
				p.on('response', async (res) => {
					if (res.url().endsWith('.js')) bytes.push(gzipSync(await res.body()).length);
				});
			const t0 = Date.now();
			await p.goto(url);
			await wachtOpKaart(p);
			await wachtOpPixels(p);
			return { p, ms: Date.now() - t0 };
		};
		const verkenner = async () => {
			const { p, ms } = await eersteKaart(BASIS + '/');
			tijden.push(ms);

			// Layer toggle → re-rendered and idle again. Timed twice: in the page, from the click
			// event to the pixels of the frame after the one that shows the new legend (what a user
			// feels); and from the test's side, which adds Playwright's own work before the click
			// (its actionability checks wait for the box to be stable over two animation frames).
			await naMeting(p, 'click', { laag: 'veiligheidsregio' });
			const t1 = await p.evaluate(() => performance.now());
			await p.locator('input[data-laag="veiligheidsregio"]').check();
			await p.waitForFunction(
				() => document.querySelector('[data-legenda-laag="veiligheidsregio"]') !== null
			);
			await p.evaluate(
				() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
			);
			await wachtOpPixels(p);
			togglesTest.push((await p.evaluate(() => performance.now())) - t1);
			toggles.push(await meting(p));

			// Hover → tooltip, moving to another gemeente (what a user feels while browsing): from
			// the pointer event to the frame after the one with the new name, in the page; and from
			// the test's side.
			const box = (await p.getByTestId('kaart').boundingBox())!;
			await p.mouse.move(box.x + box.width * 0.55, box.y + box.height * 0.5);
			await p.waitForSelector('[data-testid=tooltip]', { timeout: 10_000 });
			const naam1 = await p.getByTestId('tooltip').locator('strong').innerText();
			await naMeting(p, 'pointermove', { nietNaam: naam1 });
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
			hoversTest.push((await p.evaluate(() => performance.now())) - t2);
			hovers.push(await meting(p));
			await p.close();
		};
		const kaalPagina = async () => {
			const { p, ms } = await eersteKaart(kaalUrl, kaal.length ? undefined : kaalJs);
			kaal.push(ms);
			await p.close();
		};
		for (let i = 0; i < RONDES; i++) {
			if (i % 2 === 0) {
				await verkenner();
				await kaalPagina();
			} else {
				await kaalPagina();
				await verkenner();
			}
		}
		const rondes = (xs: number[]) => xs.map((x) => Math.round(x)).join(' ');
		console.log(`\n(eerste kaart /: ${rondes(tijden)} ms; kale pagina: ${rondes(kaal)} ms)`);
		// Time travel: the date control's first use fetches the history; then each date change
		// (the map of another date, drawn) — in a period whose topology is loaded, and in a new one
		// (whose topology the explorer fetches and indexes when idle once the history is there).
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
				naam: 'datum wijzigen → volledige kaart, andere periode (topologie voorgeladen; mediaan 5×)',
				waarde: median(anderePeriode),
				eenheid: 'ms',
				doel: '≤ 300 ms'
			}
		);
		rijen.push({
			naam: `navigatie → eerste complete kaart /, pixels getekend (mediaan ${RONDES}×)`,
			waarde: median(tijden),
			eenheid: 'ms',
			doel: '≤ 1500 ms'
		});
		rijen.push({
			naam: `  kale MapLibre + deck.gl-pagina, alleen vlakken, zelfde topologie (mediaan ${RONDES}×)`,
			waarde: median(kaal),
			eenheid: 'ms'
		});
		rijen.push({
			naam: '  verhouding / : kale pagina (medianen)',
			waarde: median(tijden) / median(kaal),
			eenheid: '×',
			doel: '≤ 1.0'
		});
		rijen.push({
			naam: '  JS van de kale pagina (gzip)',
			waarde: som(kaalJs) / 1024,
			eenheid: 'KB'
		});
		rijen.push({
			naam: `laag aanzetten: klik → opnieuw getekend, pixels (mediaan ${RONDES}×)`,
			waarde: median(toggles),
			eenheid: 'ms',
			doel: '≤ 200 ms'
		});
		rijen.push({
			naam: '  gemeten door de test, met Playwrights check() vóór de klik',
			waarde: median(togglesTest),
			eenheid: 'ms'
		});
		rijen.push({
			naam: `hover naar andere gemeente: beweging → tooltip getoond (mediaan ${RONDES}×)`,
			waarde: median(hovers),
			eenheid: 'ms',
			doel: '≤ 50 ms'
		});
		rijen.push({
			naam: '  gemeten door de test, met zijn heen-en-weer naar de pagina',
			waarde: median(hoversTest),
			eenheid: 'ms'
		});

		rijen.push(...tijdRijen);

		// BENCH_EXPORT=0 skips the export section (e.g. while measuring the first map).
		if (process.env.BENCH_EXPORT === '0') return { rijen };

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
		// 4. Own data.
		rijen.push(...(await benchImport(browser, BASIS)));
		return { rijen };
	} finally {
		await browser?.close();
		server.kill();
		rmSync(KAAL_UIT, { recursive: true, force: true });
	}
}
