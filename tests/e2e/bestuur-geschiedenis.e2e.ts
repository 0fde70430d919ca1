// The pages a councillor reads: the examples of issue 15 fixed on the profile and verband page,
// who steers, dates that mean what they say, and the history since 2018 (issue 16).
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/lib/data/types';
import type { Geschiedenis } from '../../src/lib/data/geschiedenis';
import { bewaakFouten, schermafdrukHelePagina } from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const geschiedenis = JSON.parse(
	readFileSync('static/data/geschiedenis.json', 'utf8')
) as Geschiedenis;
const verband = (re: RegExp) => atlas.verbanden.find((v) => re.test(v.naam))!;
const datumNl = (iso: string) =>
	new Date(`${iso}T12:00:00Z`).toLocaleDateString('nl-NL', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
/** 1 January of each year since 2018, and the peildatum. */
const punten = (() => {
	const uit: string[] = [];
	for (let j = 2018; `${j}-01-01` <= geschiedenis.peildatum; j++) uit.push(`${j}-01-01`);
	if (uit.at(-1) !== geschiedenis.peildatum) uit.push(geschiedenis.peildatum);
	return uit;
})();

test.describe('gemeenteprofiel: domeinen die kloppen', () => {
	test('Maastricht: Historisch Centrum Limburg is archief, niet ICT', async ({ page }) => {
		await page.goto('/gemeente/GM0935');
		const hcl = verband(/Historisch Centrum Limburg/);
		expect(hcl.domeinen).not.toContain('ict');
		// (Maastricht has no ICT regeling at all, so there is no ICT table to find it in.)
		await expect(
			page.getByTestId('domein-ict').filter({ hasText: 'Historisch Centrum Limburg' })
		).toHaveCount(0);
		await expect(page.getByTestId('domein-archief-erfgoed')).toContainText(
			'Historisch Centrum Limburg'
		);
		// No ICT regeling: said as a gap in the register, never as "werkt niet samen".
		const zonder = page.getByTestId('zonder-regeling');
		await expect(zonder).toContainText('ICT en informatievoorziening');
		await expect(zonder).toContainText('geen gemeenschappelijke regeling in het register');
		await expect(page.getByText('werkt niet samen')).toHaveCount(0);
	});

	for (const [code, naam, namen] of [
		['GM0599', 'Rotterdam', ['DCMR', 'Veiligheidsregio']],
		['GM0402', 'Hilversum', ['Regio Gooi en Vechtstreek', 'Veiligheidsregio']]
	] as const) {
		test(`${naam}: DCMR, veiligheidsregio en regio staan niet onder belastingen`, async ({
			page
		}) => {
			await page.goto(`/gemeente/${code}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(naam);
			const tabel = page.getByTestId('domein-belastingen');
			for (const n of namen) await expect(tabel.getByText(n)).toHaveCount(0);
			const belastingen = atlas.verbanden.filter(
				(v) => v.gemeenten.includes(code) && v.domeinen.includes('belastingen')
			);
			if (belastingen.length === 0)
				await expect(page.getByTestId('zonder-regeling')).toContainText('Belastingen');
			else await expect(tabel.locator('tbody tr')).toHaveCount(belastingen.length);
			// The verbanden themselves are on the page, under their own domains.
			for (const n of namen)
				await expect(page.getByRole('link', { name: new RegExp(n) }).first()).toBeVisible();
		});
	}

	test('Rotterdam: Jeugdhulp Rijnmond valt onder inkoop en integrale toegang', async ({ page }) => {
		await page.goto('/gemeente/GM0599');
		await expect(page.getByTestId('domein-inkoop')).toContainText('Jeugdhulp Rijnmond');
		await expect(page.getByTestId('domein-integrale-toegang')).toContainText('Jeugdhulp Rijnmond');
	});
});

test.describe('gemeenteprofiel: wie stuurt en geschiedenis', () => {
	test('Maastricht: bestuurssamenvatting met medianen, grafiek en tabel van de geschiedenis', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		await page.goto('/gemeente/GM0935');
		const eigen = atlas.verbanden.filter((v) => v.gemeenten.includes('GM0935'));
		const bestuur = page.getByTestId('bestuurssamenvatting');
		await expect(bestuur.locator('tbody tr')).toHaveCount(5);
		await expect(bestuur.locator('tr[data-maat="verbanden"] td').first()).toHaveText(
			String(eigen.length)
		);
		await expect(bestuur.locator('tr[data-maat="openbaarLichaam"] td').first()).toHaveText(
			String(eigen.filter((v) => v.samenwerkingsvorm === 'openbaar lichaam').length)
		);
		await expect(bestuur.locator('tr[data-maat="gedelegeerd"] td').first()).toHaveText(
			String(eigen.filter((v) => v.gedelegeerd).length)
		);
		await expect(bestuur.locator('thead')).toContainText('Mediaan Limburg');
		// History: two step charts (a line per series) and the table with one row per date.
		const grafiek = page.getByTestId('historie-grafiek');
		await expect(grafiek.locator('svg[role="img"]')).toHaveCount(2);
		await expect(grafiek.locator('svg[role="img"]').first().locator('path')).toHaveCount(3);
		await expect(grafiek.locator('svg[role="img"] title').first()).toHaveText(/per jaar/);
		await page.getByText('De cijfers als tabel').click();
		const tabel = page.getByTestId('historie-tabel');
		await expect(tabel.locator('tbody tr')).toHaveCount(punten.length);
		// Today's row equals today's data.
		await expect(tabel.locator('tbody tr').last().locator('td').first()).toHaveText(
			String(eigen.length)
		);
		await page.getByText(/^Tijdlijn/).click();
		await expect(page.getByTestId('tijdlijn').locator('tbody tr').first()).toBeVisible();
		// The 2016 indelingen are labelled as such.
		await expect(page.locator('tr[data-indeling="ra2016-wmo"]')).toContainText('peildatum 2016');
		await schermafdrukHelePagina(page, 'test-results/screenshots/profiel-maastricht-bestuur.png');
		expect(fouten).toEqual([]);
	});

	test('Eemsdelta (2021): de lijn telt de voorgangers vóór de herindeling', async ({ page }) => {
		await page.goto('/gemeente/GM1979');
		await expect(page.getByTestId('voorgangers')).toContainText('Appingedam');
		await expect(page.getByTestId('voorgangers')).toContainText('Delfzijl');
		await page.getByText('De cijfers als tabel').click();
		await expect(page.getByTestId('historie-tabel').locator('tbody tr').first()).toContainText('*');
	});
});

test.describe('samenwerkingsverband', () => {
	test('BsGW: sinds de eerste versie, de huidige versie apart, wie stuurt, versies', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		const bsgw = atlas.verbanden.find((v) => v.afkorting === 'BsGW')!;
		const keten = geschiedenis.ketens.find((k) => k.id === bsgw.id)!;
		// The page's "sinds" is the first registered version; the data's `sinds` is the earliest date
		// the register gives (a member's toetredingsdatum, 2004); the current version is another date.
		expect(bsgw.eersteVersie).toBe(keten.versies[0].van);
		expect(bsgw.eersteVersie).toBe('2015-12-09');
		expect(bsgw.sinds).toBe('2004-04-01');
		expect(bsgw.versieSinds).toBe('2024-07-01');
		await page.goto(`/samenwerking/${bsgw.id}`);
		await expect(page.getByTestId('sinds')).toContainText('9 december 2015');
		await expect(page.getByTestId('sinds')).not.toContainText('2024');
		await expect(page.getByTestId('versie-sinds')).toHaveText('1 juli 2024');
		// The waterschap has been a member since 2004: the page says the collaboration is older.
		await expect(page.getByTestId('sinds')).toContainText('1 april 2004');
		await expect(page.getByTestId('regime')).toContainText(bsgw.regime);
		await expect(page.getByTestId('orgaan').getByRole('link', { name: 'website' })).toHaveAttribute(
			'href',
			bsgw.orgaan!.website!
		);
		await expect(page.getByTestId('grondslagen').getByRole('link')).toHaveCount(
			bsgw.grondslagen.length
		);
		await expect(page.getByTestId('instellingsbesluiten').getByRole('link').first()).toBeVisible();
		await page.getByText(/Bevoegdheden: de tekst uit de regeling/).click();
		await expect(page.getByTestId('bevoegdheden')).toContainText('heffingsambtenaar');
		await expect(page.getByTestId('reden')).toContainText('Waarom dit domein');
		await expect(page.getByTestId('versies').locator('tbody tr')).toHaveCount(bsgw.versies);
		await expect(page.getByTestId('versies')).toContainText('Mook en Middelaar');
		await page
			.getByTestId('kaart')
			.and(page.locator('[data-idle=true]'))
			.waitFor({ timeout: 30_000 });
		await schermafdrukHelePagina(page, 'test-results/screenshots/verband-bsgw-bestuur.png');
		expect(fouten).toEqual([]);
	});

	test('een regeling die lijkt vervangen, zegt dat en linkt de opvolger', async ({ page }) => {
		const v = atlas.verbanden.find((x) => x.lijktVervangenDoor?.length)!;
		const opvolger = atlas.verbanden.find((x) => x.id === v.lijktVervangenDoor![0])!;
		await page.goto(`/samenwerking/${v.id}`);
		const melding = page.getByTestId('vervangen');
		await expect(melding).toContainText('vervangen');
		await expect(melding.getByRole('link', { name: opvolger.naam })).toHaveAttribute(
			'href',
			new RegExp(`/samenwerking/${opvolger.id}$`)
		);
		await schermafdrukHelePagina(page, 'test-results/screenshots/verband-vervangen.png');
	});

	test('een beëindigde regeling heeft een pagina met einddatum en laatste leden', async ({
		page
	}) => {
		const huidig = new Set(atlas.verbanden.map((v) => v.id));
		const beeindigd = geschiedenis.ketens.filter((k) => !huidig.has(k.id));
		expect(beeindigd.length).toBeGreaterThan(0);
		const k = beeindigd.find(
			(x) => x.id === 'centrumregeling-inkoop-jeugdzorg-regio-zuid-limburg'
		)!;
		const laatste = k.versies.at(-1)!;
		await page.goto(`/samenwerking/${k.id}`);
		await expect(page.getByTestId('beeindigd')).toContainText(
			`beëindigd op ${datumNl(laatste.tot!)}`
		);
		await expect(page.getByTestId('laatste-leden').locator('li')).toHaveCount(laatste.leden.length);
		await expect(page.getByTestId('versies').locator('tbody tr')).toHaveCount(k.versies.length);
		await schermafdrukHelePagina(page, 'test-results/screenshots/verband-beeindigd.png');
	});
});

test.describe('landelijke trend', () => {
	test('/schaal: trend per domein met de volledigheidskanttekening en een tabel', async ({
		page
	}) => {
		const fouten = bewaakFouten(page);
		await page.goto('/schaal');
		const trend = page.getByTestId('trend');
		await expect(trend.getByTestId('trend-tabel').locator('tbody tr')).toHaveCount(punten.length);
		// Today's count equals today's data.
		await expect(
			trend.getByTestId('trend-tabel').locator('tbody tr').last().locator('td').nth(1)
		).toHaveText(String(atlas.verbanden.filter((v) => v.gemeenten.length > 0).length));
		await expect(trend.getByTestId('trend-regelingen')).toContainText('registratieplicht');
		await expect(trend.getByTestId('trend-regelingen').locator('text.annotatie')).toHaveCount(
			punten.filter((d) => d.endsWith('-01-01')).length
		);
		await trend.getByTestId('trend-domein').selectOption('belastingen');
		await expect(trend.getByTestId('trend-tabel').locator('caption')).toHaveText(
			'Trend: Belastingen'
		);
		await expect(
			trend.getByTestId('trend-tabel').locator('tbody tr').last().locator('td').nth(1)
		).toHaveText(String(atlas.verbanden.filter((v) => v.domeinen.includes('belastingen')).length));
		// The 2016 indelingen are on /schaal, labelled, and in the congruence matrix.
		await expect(page.locator('tr[data-laag="ra2016-wmo"]')).toContainText('peildatum 2016');
		await expect(page.locator('tr[data-laag="veilig-thuis-regio"]')).toBeVisible();
		await expect(page.locator('tr[data-laag="rmc-regio"]')).toBeVisible();
		await expect(page.locator('tr[data-laag="politie-regionale-eenheid"]')).toBeVisible();
		await schermafdrukHelePagina(page, 'test-results/screenshots/schaal-trend.png');
		expect(fouten).toEqual([]);
	});
});
