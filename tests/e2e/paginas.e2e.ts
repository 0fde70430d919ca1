import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { DOMEIN_IDS, type Atlas } from '../../src/lib/data/types';
import { bewaakFouten, schermafdrukHelePagina } from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const maastricht = atlas.gemeenten.find((g) => g.naam === 'Maastricht')!;
const vanMaastricht = atlas.verbanden.filter((v) => v.gemeenten.includes(maastricht.code));
const bsgw = atlas.verbanden.find(
	(v) => v.domeinen.includes('belastingen') && v.gemeenten.includes(maastricht.code)
)!;

test.describe('gemeenteprofiel', () => {
	test('Maastricht: verbanden en partners kloppen met de gegevens', async ({ page }) => {
		const fouten = bewaakFouten(page);
		await page.goto(`/gemeente/${maastricht.code}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maastricht');
		await expect(page.getByTestId('aantal-verbanden')).toHaveText(String(vanMaastricht.length));
		// BsGW (belastingen) is listed, with a link to its page.
		const belastingen = page.getByRole('heading', { name: /Belastingen/ });
		await expect(belastingen).toBeVisible();
		await expect(page.getByRole('link', { name: bsgw.naam }).first()).toHaveAttribute(
			'href',
			new RegExp(`/samenwerking/${bsgw.id}$`)
		);
		// Every verband of the data is on the page.
		for (const v of vanMaastricht)
			await expect(page.getByRole('link', { name: v.naam, exact: true }).first()).toBeVisible();
		// Partners: the table lists exactly the gemeenten that share a verband.
		const partners = new Set(
			vanMaastricht.flatMap((v) => v.gemeenten).filter((c) => c !== maastricht.code)
		);
		await page.getByText(/partners als tabel/).click();
		await expect(page.getByTestId('partnertabel').locator('tbody tr')).toHaveCount(partners.size);
		await page
			.getByTestId('kaart')
			.and(page.locator('[data-idle=true]'))
			.waitFor({ timeout: 30_000 });
		await schermafdrukHelePagina(page, 'test-results/screenshots/profiel-maastricht.png');
		expect(fouten).toEqual([]);
	});

	test('de printversie (A4) is een nette regio-paspoort, met de partnerkaart', async ({ page }) => {
		await page.goto(`/gemeente/${maastricht.code}`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.kop')).toBeHidden();
		// WebGL maps do not print: the printout has its own static SVG partner map.
		await expect(page.getByTestId('paspoortkaart').locator('path').first()).toBeVisible();
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		mkdirSync('test-results/screenshots', { recursive: true });
		writeFileSync('test-results/screenshots/profiel-maastricht.pdf', pdf);

		// The PDF as PNG pages (poppler's pdftoppm; .ci/run installs it), to look at and to check.
		execFileSync('pdftoppm', [
			'-png',
			'-r',
			'50',
			'test-results/screenshots/profiel-maastricht.pdf',
			'test-results/screenshots/profiel-print'
		]);
		const paginas = readdirSync('test-results/screenshots')
			.filter((f) => /^profiel-print-\d+\.png$/.test(f))
			.sort()
			.map((f) => PNG.sync.read(readFileSync(`test-results/screenshots/${f}`)));
		expect(paginas.length).toBeGreaterThan(1);
		expect(paginas.length).toBeLessThanOrEqual(6);
		// A4 portrait at 50 dpi.
		expect(paginas[0].width).toBeCloseTo(413, -1);
		expect(paginas[0].height).toBeCloseTo(585, -1);
		// Maastricht itself is orange (#e66101) on the partner map, and on no other part of the page.
		const oranje = paginas.map((p) => {
			let n = 0;
			for (let i = 0; i < p.data.length; i += 4)
				if (
					Math.abs(p.data[i] - 0xe6) < 20 &&
					Math.abs(p.data[i + 1] - 0x61) < 20 &&
					p.data[i + 2] < 40
				)
					n++;
			return n;
		});
		expect(oranje.filter((n) => n > 30)).toHaveLength(1);
	});
});

test.describe('partnerkaart', () => {
	test('als SVG en als PNG op drukformaat, met Maastricht en al zijn partners', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		await page.goto(`/gemeente/${maastricht.code}`);
		const partners = new Set(
			vanMaastricht.flatMap((v) => v.gemeenten).filter((c) => c !== maastricht.code)
		);
		const [svg] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SVG', exact: true }).click()
		]);
		expect(svg.suggestedFilename()).toMatch(/^samenwerkingsatlas-partners-maastricht-.*\.svg$/);
		const tekst = readFileSync(await svg.path(), 'utf8');
		expect(tekst).toContain(`class="zelf" data-code="${maastricht.code}"`);
		expect(tekst.match(/class="partner"/g)).toHaveLength(partners.size);
		expect(tekst).toContain('Bron: CBS/PDOK (CC-BY 4.0)');
		const [png] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /^PNG/ }).click()
		]);
		const beeld = PNG.sync.read(readFileSync(await png.path()));
		expect([beeld.width, beeld.height]).toEqual([3600, 3900]);
		mkdirSync('test-results/screenshots', { recursive: true });
		writeFileSync('test-results/screenshots/partnerkaart.png', readFileSync(await png.path()));
		let oranje = 0;
		for (let i = 0; i < beeld.data.length; i += 4)
			if (
				beeld.data[i] > 200 &&
				beeld.data[i + 1] > 80 &&
				beeld.data[i + 1] < 120 &&
				beeld.data[i + 2] < 30
			)
				oranje++;
		expect(oranje).toBeGreaterThan(1000);
		await expect(
			page.getByRole('status').filter({ hasText: 'PNG van de partnerkaart gedownload' })
		).toBeVisible();
		expect(fouten).toEqual([]);
	});
});

test.describe('samenwerkingsverband', () => {
	test('toont leden, vorm en bron, en de kaart tekent', async ({ page }) => {
		const fouten = bewaakFouten(page);
		await page.goto(`/samenwerking/${bsgw.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText(bsgw.naam);
		await expect(page.getByTestId('deelnemers').locator('tbody tr')).toHaveCount(
			bsgw.deelnemers.length || bsgw.gemeenten.length
		);
		await expect(page.getByText(bsgw.samenwerkingsvorm).first()).toBeVisible();
		await expect(page.getByTestId('contiguiteit')).not.toBeEmpty();
		await page
			.getByTestId('kaart')
			.and(page.locator('[data-idle=true]'))
			.waitFor({ timeout: 30_000 });
		await schermafdrukHelePagina(page, 'test-results/screenshots/verband-bsgw.png');
		expect(fouten).toEqual([]);
	});
});

test.describe('schalen', () => {
	const belastingen = atlas.verbanden.filter((v) => v.domeinen.includes('belastingen'));
	const inBelastingen = new Set(belastingen.flatMap((v) => v.gemeenten));
	const gaten = atlas.gemeenten.filter((g) => !inBelastingen.has(g.code));
	// Counted here from the raw verbanden, not with the app's gatenEnOverlap: in ≥ 2 verbanden.
	const lidmaatschappen = (code: string) =>
		belastingen.filter((v) => new Set(v.gemeenten).has(code)).length;
	const overlap = atlas.gemeenten.filter((g) => lidmaatschappen(g.code) >= 2);

	test('overzicht: dekking per laag en een congruentiematrix die naar de vergelijking leidt', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		await page.goto('/schaal');
		const rijen = page.getByTestId('lagen-tabel').locator('tbody tr');
		await expect(rijen).toHaveCount(DOMEIN_IDS.length + atlas.indelingen.length);
		const prov = page.locator('tr[data-laag="provincie"] td');
		await expect(prov.nth(2)).toHaveText('100 %');
		await expect(prov.nth(5)).toHaveText('0');
		await expect(page.locator('tr[data-laag="belastingen"] td').nth(5)).toHaveText(
			String(gaten.length)
		);
		const matrix = page.getByTestId('congruentie-matrix');
		const n = DOMEIN_IDS.length + atlas.indelingen.length;
		await expect(matrix.locator('tbody tr')).toHaveCount(n);
		await expect(matrix.locator('tbody tr').first().locator('td')).toHaveCount(n);
		await page.getByLabel('Variation of information').check();
		await schermafdrukHelePagina(page, 'test-results/screenshots/schalen.png');
		await matrix.locator('tbody tr').nth(1).locator('td a').first().click();
		await expect(page).toHaveURL(/\/schaal\/integrale-toegang\/inkoop$/);
		expect(fouten).toEqual([]);
	});

	test('domein: gaten en overlap volgens de gegevens', async ({ page }) => {
		await page.goto('/schaal/belastingen');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belastingen');
		await expect(page.getByTestId('gaten').locator('li')).toHaveCount(gaten.length);
		// The data has overlap in this domain, so the list is there and holds exactly those gemeenten.
		expect(overlap.length).toBeGreaterThan(0);
		const lijst = page.getByTestId('overlap').locator('li');
		await expect(lijst).toHaveCount(overlap.length);
		for (const g of overlap.slice(0, 3))
			await expect(lijst.filter({ hasText: g.naam }).first()).toBeVisible();
		await expect(page.getByTestId('regios').locator('tbody tr')).toHaveCount(belastingen.length);
	});

	test('vergelijking per toetsenbord: COROP past helemaal in de provincies', async ({ page }) => {
		const fouten = bewaakFouten(page);
		await page.goto('/schaal/corop-gebied');
		await page.getByLabel('Andere laag').focus();
		await page.getByLabel('Andere laag').selectOption('provincie');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/schaal\/corop-gebied\/provincie$/);
		const c = page.getByTestId('congruentie');
		await expect(c.locator('[data-maat="nesting-a"]')).toHaveText('100 %');
		await expect(c.locator('[data-maat="nesting-b"]')).not.toHaveText('100 %');
		await expect(page.getByTestId('kruistabel').locator('tbody tr')).toHaveCount(40);
		await expect(page.getByTestId('gesplitst')).toHaveCount(0);
		await page
			.getByTestId('kaart')
			.and(page.locator('[data-idle=true]'))
			.waitFor({ timeout: 30_000 });
		await schermafdrukHelePagina(page, 'test-results/screenshots/vergelijking.png');
		expect(fouten).toEqual([]);
	});
});
