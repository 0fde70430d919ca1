import { expect, test, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Atlas } from '../../src/lib/data/types';
import { wachtOpKaart } from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const maastricht = atlas.gemeenten.find((g) => g.naam === 'Maastricht')!;
const bsgwId = atlas.verbanden.find(
	(v) => v.domeinen.includes('belastingen') && v.gemeenten.includes(maastricht.code)
)!.id;

/** Every route, with how to know it is ready. */
const ROUTES: { naam: string; pad: string; kaart: boolean }[] = [
	{ naam: 'verkenner', pad: '/', kaart: true },
	{
		naam: 'verkenner met selectie',
		pad: `/?gemeente=${maastricht.code}&lagen=belastingen,veiligheidsregio`,
		kaart: true
	},
	{ naam: 'over', pad: '/over', kaart: false },
	{ naam: 'gemeenteprofiel', pad: `/gemeente/${maastricht.code}`, kaart: true },
	{ naam: 'samenwerkingsverband', pad: `/samenwerking/${bsgwId}`, kaart: true },
	{ naam: 'schalen (overzicht)', pad: '/schaal', kaart: false },
	{ naam: 'schaal (domein)', pad: '/schaal/belastingen', kaart: true },
	{ naam: 'vergelijking', pad: '/schaal/corop-gebied/provincie', kaart: true },
	{ naam: 'eigen gegevens', pad: '/import', kaart: false },
	{ naam: 'insluitkaart', pad: `/embed?lagen=belastingen&gemeente=${maastricht.code}`, kaart: true }
];

for (const r of ROUTES) {
	test(`axe: 0 WCAG 2.1 AA-overtredingen op ${r.naam}`, async ({ page }) => {
		await page.goto(r.pad);
		if (r.kaart) await wachtOpKaart(page);
		const resultaat = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
			.analyze();
		const samenvatting = resultaat.violations.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes
					.map((n) => n.target.join(' '))
					.slice(0, 3)
					.join(', ')}`
		);
		expect(samenvatting).toEqual([]);
	});
}

test('de verkenner heeft een tekstbeschrijving van de kaart voor schermlezers', async ({
	page
}) => {
	await page.goto('/?lagen=belastingen');
	await wachtOpKaart(page);
	const beschrijving = page.locator('#kaart-beschrijving');
	await expect(beschrijving).toContainText('342');
	await expect(beschrijving).toContainText('Belastingen');
});

/** Presses Tab until `doel` has the focus; fails when it is not reachable by keyboard. */
async function tabNaar(page: Page, doel: Locator, max = 120) {
	for (let i = 0; i < max; i++) {
		if (await doel.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`niet met Tab bereikbaar: ${doel}`);
}

test('de hele taak met alleen het toetsenbord: zoeken, laag aan, profiel, exporteren', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await wachtOpKaart(page);
	// Search a gemeente.
	await tabNaar(page, page.getByRole('combobox', { name: /zoek een gemeente/i }));
	await page.keyboard.type('maastr');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	const paneel = page.getByTestId('gemeentepaneel');
	await expect(paneel).toHaveAttribute('data-code', maastricht.code);
	// Toggle a layer: the checkbox is reachable and Space switches it; the focus ring is visible.
	const laag = page.locator('input[data-laag="veiligheidsregio"]');
	await tabNaar(page, laag);
	const ring = await laag.evaluate((el) => {
		const s = getComputedStyle(el);
		return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
	});
	expect(ring).toBe(true);
	await page.keyboard.press('Space');
	await expect(laag).toBeChecked();
	await expect(page.locator('[data-legenda-laag="veiligheidsregio"]')).toBeVisible();
	// Open the full profile from the panel.
	await tabNaar(page, paneel.getByRole('link', { name: /volledig profiel/i }));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`/gemeente/${maastricht.code}`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maastricht');
	// Export its map as SVG from the profile.
	await tabNaar(page, page.getByRole('button', { name: 'Deel / exporteer' }));
	await page.keyboard.press('Enter');
	const dialoog = page.getByRole('dialog', { name: 'Kaart delen en exporteren' });
	await expect(dialoog).toBeVisible();
	const axe = await new AxeBuilder({ page })
		.include('dialog')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	expect(axe.violations.map((v) => v.id)).toEqual([]);
	await tabNaar(page, dialoog.getByRole('button', { name: 'Download SVG' }));
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.keyboard.press('Enter')
	]);
	const svg = readFileSync(await download.path(), 'utf8');
	expect(svg).toContain('Maastricht');
	expect(svg).toContain('Bron: CBS/PDOK');
	// Escape closes the dialog and gives the focus back.
	await page.keyboard.press('Escape');
	await expect(dialoog).toBeHidden();
});
