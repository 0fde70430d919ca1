import { expect, test, type Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/lib/data/types';
import type { Geschiedenis } from '../../src/lib/data/geschiedenis';
import { gemeentenOp, verbandenOp } from '../../src/lib/data/geschiedenis';
import {
	bewaakFouten,
	bewaakVerzoeken,
	kleurAantal,
	nietLeegAandeel,
	wachtOpKaart
} from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const geschiedenis = JSON.parse(
	readFileSync('static/data/geschiedenis.json', 'utf8')
) as Geschiedenis;
const peildatum = atlas.meta.peildatumRegister;

/** The map of a date is complete: the date's data is in, and the map is drawn and idle. */
async function wachtOpDatum(page: Page, datum: string) {
	const vlak = page.getByTestId('kaartvlak');
	await expect(vlak).toHaveAttribute('data-datum', datum, { timeout: 30_000 });
	await expect(vlak).toHaveAttribute('data-laden', 'false');
	await wachtOpKaart(page);
}

async function kaartIsAf(page: Page, naam: string) {
	await page.screenshot({ path: `test-results/screenshots/${naam}.png` });
	const png = PNG.sync.read(await page.getByTestId('kaart').screenshot());
	expect(nietLeegAandeel(png)).toBeGreaterThan(0.15);
	expect(kleurAantal(png)).toBeGreaterThan(8);
}

test.describe('tijdreis', () => {
	test('today loads no history data; /?datum=2019-06-01 shows the 355 gemeenten and verbanden of that day', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		const verzoeken = bewaakVerzoeken(page);
		const data: string[] = [];
		page.on('request', (r) => {
			if (r.url().includes('/data/')) data.push(r.url().split('/data/')[1]);
		});
		await page.goto('/');
		await wachtOpKaart(page);
		// Today's data and the precomputed outlines; no history on the first paint.
		expect(data.sort()).toEqual(['atlas.json', 'gemeenten.topo.json', 'omtrekken.json']);

		await page.goto('/?datum=2019-06-01');
		await wachtOpDatum(page, '2019-06-01');
		const vlak = page.getByTestId('kaartvlak');
		await expect(vlak).toHaveAttribute('data-gemeenten', '355');
		const codes = new Set(gemeentenOp(geschiedenis, '2019-06-01').map((g) => g.code));
		const verbanden = verbandenOp(geschiedenis, '2019-06-01', codes);
		await expect(vlak).toHaveAttribute('data-verbanden', String(verbanden.length));
		expect(data).toContain('geschiedenis.json');
		expect(data).toContain('gemeenten-2019-01-01.topo.json');
		await expect(page.getByTestId('stand-op')).toContainText('Stand op 1 juni 2019');
		await expect(page.getByTestId('kaart-stand')).toContainText('stand op 1 juni 2019');
		await expect(page.getByTestId('indelingen-niet-getoond')).toBeVisible();
		// The legend counts 355 gemeenten over its classes.
		const aantallen = await page.getByTestId('legenda').locator('.klassen .aantal').allInnerTexts();
		expect(aantallen.reduce((n, t) => n + parseInt(t, 10), 0)).toBe(355);
		// The table lists the gemeenten of that day, Delfzijl among them.
		await page.getByRole('button', { name: 'Tabel' }).click();
		await expect(page.getByRole('rowheader', { name: 'Delfzijl', exact: true })).toBeVisible();
		await expect(page.locator('.tabel-container tbody tr')).toHaveCount(355);
		await page.getByRole('button', { name: 'Kaart' }).click();
		expect(fouten).toEqual([]);
		expect(verzoeken.extern).toEqual([]);
	});

	test('&gemeente= with a gemeente dissolved in 2021 selects it; vandaag resets', async ({
		page
	}) => {
		await page.goto('/?datum=2019-06-01&gemeente=GM0010');
		await wachtOpDatum(page, '2019-06-01');
		const paneel = page.getByTestId('gemeentepaneel');
		await expect(paneel).toHaveAttribute('data-code', 'GM0010');
		await expect(paneel.getByRole('heading', { name: 'Delfzijl' })).toBeVisible();
		await expect(paneel).toContainText('inwoners onbekend');
		// No profile page for a gemeente that no longer exists.
		await expect(paneel.getByRole('link', { name: /Volledig profiel/ })).toHaveCount(0);

		await page.getByTestId('datumkeuze').getByRole('button', { name: 'Vandaag' }).click();
		await wachtOpDatum(page, peildatum);
		await expect(page.getByTestId('kaartvlak')).toHaveAttribute('data-gemeenten', '342');
		// Delfzijl went into Eemsdelta; the selection follows, and the URL has no date.
		await expect(paneel).toHaveAttribute('data-code', 'GM1979');
		await expect(page).not.toHaveURL(/datum=/);
	});

	test('the date control: month steps, exact date, keyboard, and the URL', async ({ page }) => {
		await page.goto('/?lagen=belastingen');
		await wachtOpKaart(page);
		const keuze = page.getByTestId('datumkeuze');
		await keuze.getByLabel('Precieze datum').fill('2021-03-15');
		await wachtOpDatum(page, '2021-03-15');
		await expect(page).toHaveURL(/datum=2021-03-15/);
		await keuze.getByRole('button', { name: 'Een maand terug' }).click();
		await wachtOpDatum(page, '2021-02-15');
		// The month slider with the keyboard: one month on.
		await keuze.getByRole('slider', { name: 'Maand' }).focus();
		await page.keyboard.press('ArrowRight');
		await wachtOpDatum(page, '2021-03-01');
		await expect(page).toHaveURL(/datum=2021-03-01/);
		// Garbage falls back to today.
		await page.goto('/?datum=morgen&lagen=belastingen');
		await wachtOpKaart(page);
		await expect(page.getByTestId('kaartvlak')).toHaveAttribute('data-datum', peildatum);
	});

	test('damaged data files: a Dutch message naming the file, and the map of today stays', async ({
		page
	}) => {
		// atlas.json cut off in transfer: the explorer and the embed say which file, in Dutch.
		await page.route('**/data/atlas.json', async (r) => {
			const body = (await (await r.fetch()).text()).slice(0, 5000);
			await r.fulfill({ status: 200, contentType: 'application/json', body });
		});
		for (const pad of ['/', '/embed']) {
			await page.goto(pad);
			await expect(page.getByRole('alert')).toHaveText(
				'De gegevens konden niet worden geladen: atlas.json is beschadigd of niet volledig geladen: het is geen geldige JSON.'
			);
		}
		await page.unroute('**/data/atlas.json');
		// The import page's herindelingen answered by an HTML error page.
		await page.route('**/data/herindelingen.json', (r) =>
			r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Storing</p>' })
		);
		await page.goto('/import');
		await expect(page.getByRole('alert').first()).toContainText(
			'De gegevens konden niet worden geladen: herindelingen.json is beschadigd of niet volledig geladen'
		);
		await page.unroute('**/data/herindelingen.json');

		// geschiedenis.json of another shape: the date control says so; today's map is untouched,
		// and a later try fetches the file again.
		const fouten = bewaakFouten(page);
		let stand: 'weg' | 'kapot' | 'goed' = 'weg';
		await page.route('**/data/geschiedenis.json', async (r) => {
			if (stand === 'weg') return r.abort('internetdisconnected');
			if (stand === 'goed') return r.continue();
			await r.fulfill({ status: 200, contentType: 'application/json', body: '{"ketens": []}' });
		});
		await page.goto('/?lagen=belastingen');
		await wachtOpKaart(page);
		const keuze = page.getByTestId('datumkeuze');
		await keuze.getByLabel('Precieze datum').fill('2021-03-14');
		await expect(keuze.getByRole('alert')).toHaveText(
			'De gegevens van 14 maart 2021 konden niet worden geladen: Kon geschiedenis.json niet laden: geen verbinding met de server. De kaart toont de datum die er stond.'
		);
		// The field shows the date of the map again.
		await expect(keuze.getByLabel('Precieze datum')).toHaveValue(peildatum);
		stand = 'kapot';
		await keuze.getByLabel('Precieze datum').fill('2021-03-15');
		await expect(keuze.getByRole('alert')).toHaveText(
			'De gegevens van 15 maart 2021 konden niet worden geladen: geschiedenis.json is beschadigd: het veld "vanaf" ontbreekt. De kaart toont de datum die er stond.'
		);
		await expect(page.getByTestId('kaartvlak')).toHaveAttribute('data-datum', peildatum);
		await kaartIsAf(page, 'tijdreis-kapotte-geschiedenis');
		stand = 'goed';
		await keuze.getByLabel('Precieze datum').fill('2021-03-16');
		await wachtOpDatum(page, '2021-03-16');
		await expect(keuze.getByRole('alert')).toHaveCount(0);
		// Only the browser's own line for the aborted request; nothing thrown by the page.
		expect(fouten.filter((f) => !f.includes('Failed to load resource'))).toEqual([]);
	});

	test('the embed restores the date', async ({ page }) => {
		await page.goto('/embed?datum=2019-06-01&lagen=belastingen');
		await expect(page.getByTestId('embed')).toHaveAttribute('data-gemeenten', '355');
		await wachtOpKaart(page);
		await expect(page.getByTestId('kaart-stand')).toContainText('1 juni 2019');
	});

	test('play steps through the years and stops on a key', async ({ page }) => {
		await page.goto('/?datum=2018-01-01');
		await wachtOpDatum(page, '2018-01-01');
		await page
			.getByTestId('datumkeuze')
			.getByRole('button', { name: /Speel de jaren af/ })
			.click();
		await wachtOpDatum(page, '2019-01-01');
		await wachtOpDatum(page, '2020-01-01');
		await page.keyboard.press('Escape');
		const na = await page.getByTestId('kaartvlak').getAttribute('data-datum');
		await page.waitForTimeout(2500);
		expect(await page.getByTestId('kaartvlak').getAttribute('data-datum')).toBe(na);
	});

	test('wat veranderde: two dates, lists and a difference map', async ({ page }) => {
		await page.goto('/?datum=2023-01-01&vergelijk=2019-01-01');
		await wachtOpDatum(page, '2023-01-01');
		const w = page.getByTestId('verandering');
		await expect(w).toBeVisible();
		await expect(w.getByTestId('verandering-begonnen')).toContainText(/Begonnen \(\d+\)/);
		await expect(page.getByTestId('legenda')).toContainText('Verandering in aantal schalen');
		await expect(page.getByTestId('legenda')).toContainText('geen vergelijking (heringedeeld)');
		await expect(page.getByTestId('kaart-stand')).toHaveText('1 januari 2019 → 1 januari 2023');
		await kaartIsAf(page, 'tijdreis-verandering-2019-2023');
		// Another pair of dates, through the control.
		await page.getByTestId('vergelijk-invoer').fill('2021-01-01');
		await expect(page).toHaveURL(/vergelijk=2021-01-01/);
		await expect(w).toContainText('1 januari 2021');
		// Switching the comparison off returns to the scale count.
		await page.getByTestId('vergelijk-aan').uncheck();
		await expect(w).toHaveCount(0);
		await expect(page.getByTestId('legenda')).toContainText('Aantal verschillende schalen');
	});

	test('the difference map of 2019 exports as SVG with its dates and legend, like any map', async ({
		page
	}) => {
		await page.goto('/?vergelijk=2019-06-01&lagen=belastingen');
		await wachtOpDatum(page, peildatum);
		await page.getByRole('button', { name: 'Deel / exporteer' }).click();
		const dialoog = page.getByTestId('deel-dialoog');
		await expect(dialoog.getByLabel('Link naar deze kaart (permalink)')).toHaveValue(
			/vergelijk=2019-06-01/
		);
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			dialoog.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		expect(svg).toContain('Verandering in schalen op Belastingen, 1 juni 2019');
		expect(svg).toContain('Verandering in aantal schalen');
		expect(svg).toContain('geen vergelijking (heringedeeld)');
		expect(svg.match(/class="gemeente"/g)).toHaveLength(342);
	});

	for (const [naam, datum] of [
		['2018', '2018-01-01'],
		['2021', '2021-06-01'],
		['vandaag', null]
	] as const) {
		test(`screenshot ${naam}: a finished map`, async ({ page }) => {
			await page.goto(datum ? `/?datum=${datum}` : '/');
			await wachtOpDatum(page, datum ?? peildatum);
			await kaartIsAf(page, `tijdreis-${naam}`);
		});
	}
});
