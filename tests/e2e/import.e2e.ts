import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { bewaakFouten, schermafdrukHelePagina, wachtOpKaart } from './helpers';

const XSS = '<img src=x onerror=alert(1)>';
// Windows-1252, semicolons, a merged gemeente (Weesp), a typo (Amsterdm), an HTML name.
const CSV = Buffer.from(
	'Gemeente;Samenwerkingsverband;Thema\r\n' +
		'Maastricht;Zuid-Limburgse inkoopcoöperatie;Inkoop\r\n' +
		'Heerlen;Zuid-Limburgse inkoopcoöperatie;Inkoop\r\n' +
		'Weesp;Amstelland ICT;ICT\r\n' +
		'Amsterdm;Amstelland ICT;ICT\r\n' +
		`Utrecht;${XSS};ICT\r\n`,
	'latin1'
);

async function datasetJson(page: Page, id: string) {
	const [dl] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator(`[data-testid=dataset][data-id="${id}"]`)
			.getByRole('button', { name: 'Exporteer JSON' })
			.click()
	]);
	return JSON.parse(readFileSync(await dl.path(), 'utf8'));
}

test('CSV importeren, kolommen koppelen, op de kaart, na herladen nog daar, export en her-import gelijk', async ({
	page
}) => {
	test.setTimeout(120_000);
	const fouten = bewaakFouten(page);
	let alert = false;
	page.on('dialog', (d) => {
		if (d.type() === 'alert') alert = true;
		d.accept();
	});
	await page.goto('/import');
	await page
		.getByLabel('Bestand', { exact: true })
		.setInputFiles({ name: 'eigen.csv', mimeType: 'text/csv', buffer: CSV });
	await expect(page.locator('select[data-veld=gemeente]')).toHaveValue('0');
	await expect(page.locator('select[data-veld=verband]')).toHaveValue('1');
	await expect(page.locator('select[data-veld=domein]')).toHaveValue('2');
	await expect(page.getByText('Windows-1252, scheidingsteken puntkomma')).toBeVisible();
	await page.getByRole('button', { name: 'Gemeenten koppelen' }).click();
	const verslag = page.getByTestId('verslag');
	await expect(verslag).toContainText('Weesp → Amsterdam per 24-03-2022');
	await expect(verslag).toContainText('Rij 5, kolom "Gemeente": "Amsterdm" is geen gemeente');
	await page.getByLabel('Kies een gemeente voor rij 5').selectOption({ label: 'Amsterdam' });
	await page.getByRole('button', { name: 'Opnieuw koppelen met mijn keuzes' }).click();
	await expect(page.getByTestId('import-samenvatting')).toContainText('3 samenwerkingsverbanden');
	await expect(page.getByText(XSS, { exact: false }).first()).toBeVisible();
	await page.getByTestId('laagnaam').fill('Eigen test');
	await page.getByRole('button', { name: 'Toevoegen aan de atlas' }).click();
	await expect(page.getByTestId('import-melding')).toContainText('"Eigen test" is toegevoegd');
	const kaart = page.getByTestId('dataset').first();
	const id = (await kaart.getAttribute('data-id'))!;
	await schermafdrukHelePagina(page, 'test-results/screenshots/import.png');

	// On the map: a layer with its gaps counted in the legend.
	await kaart.getByRole('link', { name: 'Bekijk op de kaart' }).click();
	await wachtOpKaart(page);
	const legenda = page.locator(`[data-legenda-laag="eigen-${id}"]`);
	await expect(legenda).toContainText('Eigen test');
	// Maastricht, Heerlen, Amsterdam (Weesp and the corrected typo), Utrecht: 4 covered.
	await expect(legenda).toContainText('niet in de eigen gegevens: 338');
	await page.getByRole('combobox', { name: 'Zoek een gemeente' }).fill('Utrecht');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('complementary', { name: 'Geselecteerd' })).toContainText(XSS);
	await page.screenshot({ path: 'test-results/screenshots/import-kaart.png' });

	// Reload: still there.
	await page.reload();
	await wachtOpKaart(page);
	await expect(page.locator(`[data-legenda-laag="eigen-${id}"]`)).toContainText('Eigen test');

	// Export CSV and import it again: the same verbanden.
	await page.goto('/import');
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page
			.locator(`[data-testid=dataset][data-id="${id}"]`)
			.getByRole('button', { name: 'Exporteer CSV' })
			.click()
	]);
	const eerste = await datasetJson(page, id);
	await page.getByLabel('Bestand', { exact: true }).setInputFiles(await csv.path());
	await page.getByRole('button', { name: 'Gemeenten koppelen' }).click();
	await page.getByTestId('laagnaam').fill('Terug');
	await page.getByRole('button', { name: 'Toevoegen aan de atlas' }).click();
	await expect(page.getByTestId('dataset')).toHaveCount(2);
	const id2 = (await page.getByTestId('dataset').nth(1).getAttribute('data-id'))!;
	const tweede = await datasetJson(page, id2);
	expect(tweede.verbanden).toEqual(eerste.verbanden);

	// A bad file adds nothing and keeps what is there.
	await page.getByLabel('Bestand', { exact: true }).setInputFiles({
		name: 'kapot.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('alleen één kolom\nx\n')
	});
	await expect(page.getByTestId('import-fout')).toContainText('maar één kolom');
	await expect(page.getByTestId('dataset')).toHaveCount(2);

	expect(alert).toBe(false);
	expect(fouten).toEqual([]);
});

test('een bestand gekozen terwijl de gegevens nog laden gaat niet verloren', async ({ page }) => {
	const fouten = bewaakFouten(page);
	// Hold the bundled data back, so the file is chosen before the page can match gemeenten.
	let laatGaan: () => void = () => undefined;
	const vrij = new Promise<void>((r) => (laatGaan = r));
	await page.route('**/data/atlas.json', async (route) => {
		await vrij;
		await route.continue();
	});
	await page.goto('/import');
	await page
		.getByLabel('Bestand', { exact: true })
		.setInputFiles({ name: 'eigen.csv', mimeType: 'text/csv', buffer: CSV });
	await expect(
		page.getByText('"eigen.csv" wordt gelezen zodra de gegevens geladen zijn')
	).toBeVisible();
	laatGaan();
	await expect(page.locator('select[data-veld=gemeente]')).toHaveValue('0');
	await expect(page.getByText('Windows-1252, scheidingsteken puntkomma')).toBeVisible();
	expect(fouten).toEqual([]);
});
