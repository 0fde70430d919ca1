import { expect, test } from '@playwright/test';
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
