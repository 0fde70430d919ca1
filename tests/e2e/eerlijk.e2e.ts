// Honest gaps (issue 15, item 6), the samenwerkingsvorm filter (item 4) and the Over page with the
// open data (items 6 and 8).
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Atlas, Samenwerkingsvorm } from '../../src/lib/data/types';
import { bewaakFouten, schermafdrukHelePagina, schermPositie, wachtOpKaart } from './helpers';

const atlas = JSON.parse(readFileSync('static/data/atlas.json', 'utf8')) as Atlas;
const rapport = JSON.parse(readFileSync('static/data/build-report.json', 'utf8'));
const EERLIJK = 'geen gemeenschappelijke regeling in het register';
mkdirSync('test-results/screenshots', { recursive: true });

/** Gemeenten in no verband of a domain, optionally counting only some forms. */
function zonder(domein: string, vormen?: Samenwerkingsvorm[]) {
	const gedekt = new Set(
		atlas.verbanden
			.filter((v) => v.domeinen.includes(domein as never))
			.filter((v) => !vormen || vormen.includes(v.samenwerkingsvorm))
			.flatMap((v) => v.gemeenten)
	);
	return atlas.gemeenten.filter((g) => !gedekt.has(g.code));
}

async function vliegNaar(page: Page, code: string, zoom: number) {
	const p = await page.evaluate(
		([c, z]) => {
			const w = window as unknown as {
				__labelPunten: Record<string, [number, number]>;
				__atlasMap: { flyTo(c: { lng: number; lat: number; zoom: number }): void };
			};
			const punt = w.__labelPunten[c as string];
			w.__atlasMap.flyTo({ lng: punt[0], lat: punt[1], zoom: z as number });
			return punt;
		},
		[code, zoom] as const
	);
	await wachtOpKaart(page);
	return schermPositie(page, p[0], p[1]);
}

test.describe('eerlijke gaten', () => {
	// The largest gemeente in no inkoop regeling: its label point is easy to hit.
	const gat = zonder('inkoop').sort((a, b) => b.oppervlakteKm2 - a.oppervlakteKm2)[0];

	test('legenda, tooltip, paneel en tabel: "geen gemeenschappelijke regeling in het register"', async ({
		page
	}) => {
		test.setTimeout(120_000);
		expect(gat).toBeDefined();
		const fouten = bewaakFouten(page);
		await page.goto('/?lagen=inkoop,veiligheidsregio');
		await wachtOpKaart(page);
		const legenda = page.getByTestId('legenda');
		await expect(legenda.locator('[data-legenda-laag="inkoop"]')).toContainText(
			`${EERLIJK}: ${zonder('inkoop').length}`
		);
		await expect(page.getByTestId('legenda-register')).toContainText(
			"zo'n 9 per gemeente, tegen zo'n 33 samenwerkingsverbanden"
		);
		await expect(page.getByTestId('legenda-register')).toContainText('KWINK/PROOF 2020');
		await expect(legenda).not.toContainText(/\bgat(en)?\b/);

		const pos = await vliegNaar(page, gat.code, 8);
		await page.mouse.move(pos.x, pos.y);
		const tip = page.getByTestId('tooltip');
		await expect(tip).toContainText(gat.naam);
		await expect(tip).toContainText(`— ${EERLIJK}`);
		await expect(tip).not.toContainText(/\bgat\b/);
		await page.screenshot({ path: 'test-results/screenshots/eerlijk-tooltip.png' });

		// The panel of the selected gemeente says the same for the domain it is in no regeling of.
		await page.mouse.click(pos.x, pos.y);
		const paneel = page.getByTestId('gemeentepaneel');
		await expect(paneel).toHaveAttribute('data-code', gat.code);
		await expect(paneel.locator('[data-testid="paneel-leeg"][data-laag="inkoop"]')).toHaveText(
			EERLIJK
		);

		// And so does the table.
		await page.getByRole('button', { name: 'Tabel', exact: true }).click();
		const rij = page.getByTestId('schaaltabel').locator('tr', { hasText: gat.naam }).first();
		await expect(rij).toContainText(EERLIJK);
		await expect(page.getByTestId('schaaltabel')).not.toContainText(/\bgat\b/);

		// English: "no joint arrangement in the register".
		await page.goto(`/?lagen=inkoop&taal=en`);
		await wachtOpKaart(page);
		await expect(page.locator('[data-legenda-laag="inkoop"]')).toContainText(
			`no joint arrangement in the register: ${zonder('inkoop').length}`
		);
		expect(fouten).toEqual([]);
	});

	test('de SVG-export zegt het ook zo in de legenda', async ({ page }) => {
		await page.goto('/?lagen=inkoop,belastingen');
		await wachtOpKaart(page);
		await page.locator('input[data-gaten="inkoop"]').check();
		await wachtOpKaart(page);
		await page.getByRole('button', { name: 'Deel / exporteer' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download SVG' }).click()
		]);
		const svg = readFileSync(await download.path(), 'utf8');
		const legenda = await page.evaluate((tekst) => {
			const doc = new DOMParser().parseFromString(tekst, 'image/svg+xml');
			return [...doc.querySelectorAll('g.legenda text')].map((t) => t.textContent).join(' ');
		}, svg);
		expect(legenda).toContain(`${EERLIJK}: ${zonder('inkoop').length}`);
		expect(legenda).toContain(`Gearceerd: ${EERLIJK}`);
		expect(legenda).toContain('KWINK/PROOF 2020');
		expect(legenda).not.toMatch(/\bgat(en)?\b/);
		await page.setContent(`<body style="margin:0">${svg}</body>`);
		await page.setViewportSize({ width: 1754, height: 1240 });
		await page
			.locator('svg')
			.first()
			.evaluate((e) => {
				e.setAttribute('width', '1754');
				e.setAttribute('height', '1240');
			});
		await page.screenshot({ path: 'test-results/screenshots/eerlijk-export-svg.png' });
	});
});

test.describe('schaalpagina’s', () => {
	test('overzicht en domein noemen gemeenten zonder regeling eerlijk', async ({ page }) => {
		await page.goto('/schaal/inkoop');
		const main = page.locator('main');
		await expect(main).toContainText(
			`${EERLIJK[0].toUpperCase()}${EERLIJK.slice(1)} (${zonder('inkoop').length} gemeenten`
		);
		await expect(main).toContainText('Dat zegt niet dat die het alleen doen');
		await expect(main).not.toContainText(/\bgat(en)?\b/i);
		await schermafdrukHelePagina(page, 'test-results/screenshots/schaal-inkoop.png');
		await page.goto('/schaal');
		await expect(page.locator('#zonder-noot')).toContainText(EERLIJK);
		await expect(page.getByTestId('lagen-tabel')).not.toContainText(/\bgat(en)?\b/i);
		await page.screenshot({ path: 'test-results/screenshots/schaal.png' });
	});
});

test.describe('filter op samenwerkingsvorm', () => {
	test('met het toetsenbord: de tellingen veranderen, en de keuze overleeft herladen via de URL', async ({
		page
	}) => {
		// Four map loads (filter, reload, embed, back): on a busy machine that takes a while.
		test.setTimeout(180_000);
		const fouten = bewaakFouten(page);
		await page.goto('/?lagen=inkoop,integrale-toegang,belastingen,ict');
		await wachtOpKaart(page);
		const filter = page.getByRole('group', { name: 'Samenwerkingsvorm' });
		await expect(filter).toBeVisible();
		const legendaInkoop = page.locator('[data-legenda-laag="inkoop"]');
		await expect(legendaInkoop).toContainText(`${EERLIJK}: ${zonder('inkoop').length}`);
		const klassenVoor = await page.getByTestId('legenda').locator('.klassen').innerText();
		const beschrijving = page.locator('#kaart-beschrijving');
		const beschrijvingVoor = await beschrijving.textContent();

		// Only openbare lichamen: uncheck the other forms with the keyboard (Space on a checkbox).
		const ol: Samenwerkingsvorm[] = ['openbaar lichaam'];
		for (const code of [
			'bedrijfsvoeringsorganisatie',
			'gemeenschappelijk-orgaan',
			'regeling-zonder-meer'
		]) {
			const vak = filter.locator(`input[data-vorm="${code}"]`);
			await vak.focus();
			await page.keyboard.press('Space');
			await expect(vak).not.toBeChecked();
		}
		await expect(page).toHaveURL(/vorm=openbaar-lichaam(&|$)/);
		await wachtOpKaart(page);
		const verwacht = zonder('inkoop', ol).length;
		expect(verwacht).toBeGreaterThan(zonder('inkoop').length);
		await expect(legendaInkoop).toContainText(`${EERLIJK}: ${verwacht}`);
		await expect(page.getByTestId('legenda-vormfilter')).toHaveText('Alleen: openbaar lichaam');
		// The layer panel counts only the openbare lichamen too.
		const inkoopOl = atlas.verbanden.filter(
			(v) => v.domeinen.includes('inkoop') && v.samenwerkingsvorm === 'openbaar lichaam'
		).length;
		await expect(
			page
				.getByTestId('lagenpaneel')
				.locator('li', { has: page.locator('input[data-laag="inkoop"]') })
		).toContainText(`${inkoopOl} verbanden`);
		const klassenNa = await page.getByTestId('legenda').locator('.klassen').innerText();
		expect(klassenNa).not.toBe(klassenVoor);
		expect(await beschrijving.textContent()).not.toBe(beschrijvingVoor);
		await page.screenshot({ path: 'test-results/screenshots/vormfilter.png' });

		// Reload: the same filter from the URL.
		await page.reload();
		await wachtOpKaart(page);
		await expect(filter.locator('input[data-vorm="openbaar-lichaam"]')).toBeChecked();
		await expect(filter.locator('input[data-vorm="regeling-zonder-meer"]')).not.toBeChecked();
		await expect(legendaInkoop).toContainText(`${EERLIJK}: ${verwacht}`);
		expect(await page.getByTestId('legenda').locator('.klassen').innerText()).toBe(klassenNa);

		// The embed with that state applies the same filter.
		const query = new URL(page.url()).search;
		await page.goto(`/embed${query}`);
		await expect(page.getByTestId('embed')).toBeVisible();
		await wachtOpKaart(page);
		await expect(page.locator('[data-legenda-laag="inkoop"]')).toContainText(
			`${EERLIJK}: ${verwacht}`
		);

		// "Alle vormen" takes the filter away again.
		await page.goto(`/${query}`);
		await wachtOpKaart(page);
		await page.getByTestId('vormfilter-alle').click();
		await expect(page).not.toHaveURL(/vorm=/);
		await expect(legendaInkoop).toContainText(`${EERLIJK}: ${zonder('inkoop').length}`);
		expect(fouten).toEqual([]);
	});
});

test.describe('Over', () => {
	test('dekking, methode met precisie en recall, en werkende downloads', async ({ page }) => {
		await page.goto('/over');
		const dekking = page.getByTestId('over-dekking');
		await expect(dekking).toContainText('coöperaties');
		await expect(dekking).toContainText('Dimpact');
		await expect(dekking).toContainText('convenanten');
		await expect(dekking).toContainText(
			'centrumgemeente-afspraken zonder gemeenschappelijke regeling'
		);
		await expect(page.getByTestId('over-33-9')).toContainText(
			'9 gemeenschappelijke regelingen per gemeente'
		);
		await expect(page.getByTestId('over-33-9')).toContainText('33 samenwerkingsverbanden');
		await expect(dekking.getByRole('link', { name: 'Eigen gegevens' })).toHaveAttribute(
			'href',
			/\/import$/
		);
		// The 16 domains with their definitions.
		const domeinen = page.getByTestId('over-domeinen');
		await expect(domeinen.locator('tbody tr')).toHaveCount(atlas.domeinen.length);
		for (const d of atlas.domeinen)
			await expect(domeinen.locator(`tr[data-domein="${d.id}"]`)).toContainText(d.omschrijving);

		// Precision and recall per core domain, as in the build report.
		const toets = rapport.classificatie.toetsset;
		const tabel = page.getByTestId('over-kwaliteit');
		await expect(tabel.locator('tbody tr')).toHaveCount(4);
		const pct = (x: number) =>
			`${(x * 100).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} %`;
		for (const q of toets.review as { domein: string; precisie: number; recall: number }[]) {
			const rij = tabel.locator(`tr[data-domein="${q.domein}"] td`);
			if (toets.omvang > 0) {
				await expect(rij.nth(0)).toHaveText(pct(q.precisie));
				await expect(rij.nth(1)).toHaveText(pct(q.recall));
			} else await expect(rij.nth(0)).toHaveText('—');
		}
		// The Regioatlas indelingen carry their peildatum.
		const ra = atlas.indelingen.filter((i) => i.jaar === 2016);
		await expect(page.getByTestId('over-indelingen-2016').locator('li')).toHaveCount(ra.length);
		for (const li of await page.getByTestId('over-indelingen-2016').locator('li').all())
			await expect(li).toContainText('peildatum 2016');

		// The downloads work and are what they say.
		const href = async (id: string) => (await page.getByTestId(id).getAttribute('href'))!;
		const csv = await page.request.get(await href('download-csv'));
		expect(csv.ok()).toBe(true);
		const bytes = await csv.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const kop = bytes.subarray(3).toString('utf8').split('\r\n')[0];
		expect(kop.split(';').slice(0, 4)).toEqual(['id', 'naam', 'afkorting', 'samenwerkingsvorm']);
		const geo = await (await page.request.get(await href('download-geojson'))).json();
		expect(geo.type).toBe('FeatureCollection');
		expect(geo.features).toHaveLength(atlas.verbanden.length);
		const dp = await (await page.request.get(await href('download-datapackage'))).json();
		expect(dp.resources.map((r: { path: string }) => r.path)).toEqual([
			'verbanden.csv',
			'verbanden.geojson'
		]);
		expect(dp.resources[0].schema.fields.length).toBeGreaterThan(5);
		await schermafdrukHelePagina(page, 'test-results/screenshots/over.png');
	});
});
