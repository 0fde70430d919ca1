import { expect, type Page, type Request } from '@playwright/test';
import { PNG } from 'pngjs';

/** Fails the test on any request that leaves localhost (privacy: no third-party requests). */
export function bewaakVerzoeken(page: Page): { extern: string[] } {
	const extern: string[] = [];
	page.on('request', (req: Request) => {
		const url = new URL(req.url());
		if (url.protocol === 'data:' || url.protocol === 'blob:') return;
		if (!['127.0.0.1', 'localhost'].includes(url.hostname)) extern.push(req.url());
	});
	return { extern };
}

/** Collects console errors and page errors. */
export function bewaakFouten(page: Page): string[] {
	const fouten: string[] = [];
	page.on('pageerror', (e) => fouten.push(`pageerror: ${e.message}`));
	page.on('console', (m) => {
		if (m.type() === 'error') fouten.push(`console: ${m.text()}`);
	});
	return fouten;
}

/** Wait until the explorer map has drawn and is idle. */
export async function wachtOpKaart(page: Page) {
	const kaart = page.getByTestId('kaart');
	await expect(kaart).toHaveAttribute('data-idle', 'true', { timeout: 30_000 });
	// deck.gl draws on the next animation frames after the layers are set.
	await page.waitForTimeout(500);
}

/**
 * A whole-page screenshot with every map drawn at its final size. A fullPage capture makes the
 * viewport as tall as the page while it shoots; the scrollbar then goes and the maps get wider
 * mid-shot (a stretched frame). So the viewport is made that tall first, and the maps settle.
 */
export async function schermafdrukHelePagina(page: Page, pad: string) {
	const vorige = page.viewportSize() ?? { width: 1280, height: 720 };
	const hoogte = await page.evaluate(() => document.documentElement.scrollHeight);
	await page.setViewportSize({ width: vorige.width, height: hoogte });
	for (const kaart of await page.getByTestId('kaart').all())
		await expect(kaart).toHaveAttribute('data-idle', 'true', { timeout: 30_000 });
	await page.waitForTimeout(500);
	await page.screenshot({ path: pad, fullPage: true });
	await page.setViewportSize(vorige);
}

/** Screen position of a coordinate, relative to the page. */
export async function schermPositie(page: Page, lng: number, lat: number) {
	return page.evaluate(
		([x, y]) => {
			const m = (
				window as unknown as {
					__atlasMap: { project: (a: number, b: number) => { x: number; y: number } };
				}
			).__atlasMap;
			const p = m.project(x, y);
			const r = document.querySelector('[data-testid="kaart"]')!.getBoundingClientRect();
			return { x: r.left + p.x, y: r.top + p.y };
		},
		[lng, lat]
	);
}

/** Share of pixels in a PNG region that differ from the most common colour (0..1). */
export function nietLeegAandeel(png: { width: number; height: number; data: Buffer }): number {
	const telling = new Map<number, number>();
	for (let i = 0; i < png.data.length; i += 4) {
		const k = (png.data[i] << 16) | (png.data[i + 1] << 8) | png.data[i + 2];
		telling.set(k, (telling.get(k) ?? 0) + 1);
	}
	const max = Math.max(...telling.values());
	return 1 - max / (png.width * png.height);
}

/** Number of distinct colours in a PNG (coarsely bucketed). */
export function kleurAantal(png: { width: number; height: number; data: Buffer }): number {
	const set = new Set<number>();
	for (let i = 0; i < png.data.length; i += 4) {
		set.add(((png.data[i] >> 3) << 10) | ((png.data[i + 1] >> 3) << 5) | (png.data[i + 2] >> 3));
	}
	return set.size;
}

/** The colour every basemap tile has in `pdokTegelsHier` (the North Sea at 90 % over the sea: 202, 23, 204). */
const TEGEL_KLEUR = [200, 0, 200];

/** Serves every PDOK tile here as one plain magenta PNG: no third party is reached. */
export async function pdokTegelsHier(page: Page): Promise<void> {
	const tegel = new PNG({ width: 256, height: 256 });
	for (let i = 0; i < tegel.data.length; i += 4) tegel.data.set([...TEGEL_KLEUR, 255], i);
	const body = PNG.sync.write(tegel);
	await page.route(/service\.pdok\.nl/, (r) =>
		r.fulfill({
			status: 200,
			contentType: 'image/png',
			headers: { 'Access-Control-Allow-Origin': '*' },
			body
		})
	);
}
