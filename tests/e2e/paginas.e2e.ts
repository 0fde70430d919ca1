import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/lib/data/types';
import { bewaakFouten } from './helpers';

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
		await page.screenshot({
			path: 'test-results/screenshots/profiel-maastricht.png',
			fullPage: true
		});
		expect(fouten).toEqual([]);
	});

	test('de printversie (A4) is een nette regio-paspoort', async ({ page }) => {
		await page.goto(`/gemeente/${maastricht.code}`);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.kop')).toBeHidden();
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		const { writeFileSync, mkdirSync } = await import('node:fs');
		mkdirSync('test-results/screenshots', { recursive: true });
		writeFileSync('test-results/screenshots/profiel-maastricht.pdf', pdf);
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
		await page.screenshot({ path: 'test-results/screenshots/verband-bsgw.png', fullPage: true });
		expect(fouten).toEqual([]);
	});
});
