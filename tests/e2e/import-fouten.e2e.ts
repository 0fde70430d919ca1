// Fault injection on own data (issue 18): damaged records, storage that refuses, two tabs,
// re-import, hostile cells and files. Always: the bundled map renders, nothing is lost without
// the user choosing it, and every failure is a Dutch sentence.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { zipBom } from '../fixtures/zip-bom';
import { bewaakVerzoeken, wachtOpKaart } from './helpers';

const GOED = {
	formaat: 'samenwerkingsatlas-dataset',
	versie: 1,
	id: 'goed',
	naam: 'Goede lijst',
	bestand: 'goed.csv',
	geimporteerd: '2026-01-01T00:00:00.000Z',
	verbanden: [{ id: 'a', naam: 'Inkoop Zuid', domein: 'inkoop', gemeenten: ['GM0935', 'GM0917'] }]
};
const ENGELS = /Cannot read|undefined|Unexpected|TypeError|Error:|Onverwachte fout/;

/** Puts records into the app's IndexedDB as they are (a bug, an old version, another program). */
async function zetRecords(page: Page, records: unknown[]) {
	await page.goto('/over');
	await page.evaluate(
		(rs) =>
			new Promise<void>((resolve, reject) => {
				const req = indexedDB.open('samenwerkingsatlas', 1);
				req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'id' });
				req.onsuccess = () => {
					const tx = req.result.transaction('datasets', 'readwrite');
					for (const r of rs) tx.objectStore('datasets').put(r);
					tx.oncomplete = () => (req.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		records
	);
}

async function kiesBestand(page: Page, name: string, buffer: Buffer) {
	await page
		.getByLabel('Bestand', { exact: true })
		.setInputFiles({ name, mimeType: 'text/plain', buffer });
}

async function importeerCsv(page: Page, name: string, csv: string, laag: string) {
	await kiesBestand(page, name, Buffer.from(csv));
	await page.getByRole('button', { name: 'Gemeenten koppelen' }).click();
	await page.getByTestId('laagnaam').fill(laag);
	await page.getByRole('button', { name: 'Toevoegen aan de atlas' }).click();
	await expect(page.getByTestId('import-melding')).toContainText(`"${laag}" is toegevoegd`);
}

async function download(page: Page, knop: ReturnType<Page['getByRole']>) {
	const [dl] = await Promise.all([page.waitForEvent('download'), knop.click()]);
	return readFileSync(await dl.path(), 'utf8');
}

test.describe('beschadigde records', () => {
	for (const [vorm, record] of [
		['zonder verbanden', { ...GOED, id: 'kapot', naam: 'Kapotte lijst', verbanden: undefined }],
		['alleen een id', { id: 'kapot' }]
	] as const) {
		test(`${vorm}: kaart, insluitkaart en /import werken; het record is genoemd en te verwijderen`, async ({
			page
		}) => {
			await zetRecords(page, [GOED, record]);
			await page.goto('/?lagen=eigen-goed');
			await wachtOpKaart(page);
			await expect(page.locator('[data-legenda-laag="eigen-goed"]')).toContainText('Goede lijst');
			await page.goto('/embed?lagen=belastingen');
			await wachtOpKaart(page);
			await page.goto('/import');
			const melding = page.getByTestId('beschadigd');
			await expect(melding).toContainText('1 bewaarde dataset is beschadigd en wordt overgeslagen');
			await expect(melding).toContainText(
				vorm === 'alleen een id' ? '"record kapot"' : '"Kapotte lijst"'
			);
			await expect(melding).not.toContainText(ENGELS);
			await expect(page.getByTestId('dataset')).toHaveCount(1);
			await page.screenshot({
				path: `test-results/screenshots/import-beschadigd.png`,
				fullPage: true
			});
			await melding.getByRole('button', { name: 'Verwijder' }).click();
			await expect(page.getByTestId('import-melding')).toContainText('is verwijderd');
			await expect(page.getByTestId('beschadigd')).toHaveCount(0);
			await expect(page.getByTestId('dataset')).toHaveCount(1);
		});
	}
});

test('opslag die niet opent: de kaart werkt, /import zegt het in plaats van "nog niets"', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => {
			throw new DOMException('geblokkeerd', 'SecurityError');
		};
	});
	await page.goto('/?lagen=belastingen');
	await wachtOpKaart(page);
	await page.goto('/import');
	await expect(page.getByTestId('opslag-weg')).toContainText(
		'De opslag van deze browser is niet beschikbaar'
	);
	await expect(page.getByText('Nog geen eigen gegevens')).toHaveCount(0);
	await page.screenshot({ path: 'test-results/screenshots/import-opslag-weg.png', fullPage: true });
});

test('schrijven geweigerd: hernoemen en verwijderen zeggen het en veranderen niets', async ({
	page
}) => {
	await zetRecords(page, [GOED]);
	await page.addInitScript(() => {
		const weiger = () => {
			throw new DOMException('vol', 'QuotaExceededError');
		};
		IDBObjectStore.prototype.put = weiger;
		IDBObjectStore.prototype.add = weiger;
		IDBObjectStore.prototype.delete = weiger;
	});
	page.on('dialog', (d) => d.accept());
	await page.goto('/import');
	const kaart = page.getByTestId('dataset');
	await kaart.getByLabel('Nieuwe naam').fill('Andere naam');
	await kaart.getByRole('button', { name: 'Hernoem' }).click();
	await expect(page.getByTestId('import-fout')).toHaveText(
		'Hernoemen van "Goede lijst" lukte niet: de opslag van de browser is vol. De naam is niet veranderd.'
	);
	await kaart.getByRole('button', { name: 'Verwijder' }).click();
	await expect(page.getByTestId('import-fout')).toHaveText(
		'Verwijderen van "Goede lijst" lukte niet: de opslag van de browser is vol. Er is niets verwijderd.'
	);
	await page.reload();
	await expect(page.getByTestId('dataset')).toHaveCount(1);
	await expect(page.getByTestId('dataset').locator('h3')).toHaveText('Goede lijst');
});

test('twee tabbladen, hetzelfde bestand in dezelfde seconde: beide bewaard, en elk tabblad ziet het', async ({
	context
}) => {
	test.setTimeout(120_000);
	const [a, b] = [await context.newPage(), await context.newPage()];
	await Promise.all([a.goto('/import'), b.goto('/import')]);
	const csv = 'gemeente;verband\nMaastricht;Zelfde\n';
	for (const p of [a, b]) {
		await kiesBestand(p, 'zelfde.csv', Buffer.from(csv));
		await p.getByRole('button', { name: 'Gemeenten koppelen' }).click();
		await expect(p.getByTestId('laagnaam')).toBeVisible();
	}
	await Promise.all(
		[a, b].map((p) => p.getByRole('button', { name: 'Toevoegen aan de atlas' }).click())
	);
	// Both kept, and each tab's list shows both without a reload.
	for (const p of [a, b]) await expect(p.getByTestId('dataset')).toHaveCount(2);
	// A change in one tab reaches the other without a reload.
	a.on('dialog', (d) => d.accept());
	await a.getByTestId('dataset').first().getByRole('button', { name: 'Verwijder' }).click();
	await expect(b.getByTestId('dataset')).toHaveCount(1);
	await expect(b.getByTestId('import-melding')).toContainText('in een ander venster gewijzigd');
});

test('een bewerkte JSON-export opnieuw inlezen vervangt niets zonder te vragen', async ({
	page
}) => {
	await zetRecords(page, [GOED]);
	await page.goto('/import');
	const json = JSON.parse(
		await download(
			page,
			page.getByTestId('dataset').getByRole('button', { name: 'Exporteer JSON' })
		)
	);
	json.naam = 'Bewerkt';
	json.verbanden[0].gemeenten = ['GM0935'];
	await kiesBestand(page, 'bewerkt.json', Buffer.from(JSON.stringify(json)));
	await expect(page.getByRole('alertdialog')).toContainText('"Goede lijst" is al bewaard');
	await page.screenshot({ path: 'test-results/screenshots/import-conflict.png', fullPage: true });
	await expect(page.getByRole('button', { name: 'Toevoegen aan de atlas' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Voeg toe als nieuwe' }).click();
	await expect(page.getByTestId('dataset')).toHaveCount(2);
	await expect(page.locator('[data-testid=dataset][data-id=goed] h3')).toHaveText('Goede lijst');
	// And replacing, when chosen.
	await kiesBestand(page, 'bewerkt.json', Buffer.from(JSON.stringify(json)));
	await page.getByRole('button', { name: 'Vervang de bewaarde' }).click();
	await expect(page.locator('[data-testid=dataset][data-id=goed] h3')).toHaveText('Bewerkt');
	await expect(page.getByTestId('dataset')).toHaveCount(2);
});

test('formules in namen: de CSV-export van eigen en gebundelde gegevens maakt ze tekst', async ({
	page
}) => {
	await page.goto('/import');
	const namen = ['=HYPERLINK("http://x","klik")', "+cmd|' /C calc'!A0", '@SUM(A1:A2)'];
	await importeerCsv(
		page,
		'formules.csv',
		'gemeente;verband\n' + namen.map((n) => `Maastricht;"${n.replace(/"/g, '""')}"`).join('\n'),
		'Formules'
	);
	const csv = await download(
		page,
		page.getByTestId('dataset').getByRole('button', { name: 'Exporteer CSV' })
	);
	for (const regel of csv.split('\r\n').filter(Boolean))
		for (const cel of regel.replace(/^\uFEFF/, '').split(';'))
			expect(cel.replace(/^"/, ''), cel).not.toMatch(/^[=+\-@\t\r]/);
	expect(csv).toContain(`"'=HYPERLINK(""http://x"",""klik"")"`);
	await page.getByTestId('bundel-laag').selectOption('belastingen');
	const bundel = await download(page, page.getByRole('button', { name: 'Exporteer CSV' }).last());
	expect(bundel.startsWith('\uFEFFgemeentecode;gemeente;samenwerkingsverband;')).toBe(true);
});

test('bestanden die misgaan: elk een Nederlandse zin, geen "Onverwachte fout"', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.goto('/import');
	const fout = page.getByTestId('import-fout');
	// An ImportFout thrown in the (minified) worker keeps its own message.
	await kiesBestand(page, 'een.csv', Buffer.from('alleen één kolom\nx\n'));
	await expect(fout).toContainText('maar één kolom');
	await expect(fout).not.toContainText(ENGELS);
	await kiesBestand(page, 'diep.json', Buffer.from('['.repeat(100_000) + ']'.repeat(100_000)));
	await expect(fout).toHaveText(/^"diep.json" is dieper genest dan 64 niveaus/);
	await kiesBestand(page, 'bom.xlsx', Buffer.from(zipBom(210)));
	await expect(fout).toHaveText(/^"bom.xlsx" wordt uitgepakt groter dan 200 MB/, {
		timeout: 60_000
	});
	// UTF-16 big-endian without BOM: read as such, no NUL characters in the names.
	const be = Buffer.from('gemeente;verband\nSúdwest-Fryslân;Coöperatie\n', 'utf16le').swap16();
	await kiesBestand(page, 'be.csv', be);
	await expect(page.getByText('UTF-16 BE, scheidingsteken puntkomma')).toBeVisible();
	await expect(page.locator('table.voorbeeld td').first()).toHaveText('Súdwest-Fryslân');
	// No row matches: the report stays, with its suggestions and the "too long" reason.
	await kiesBestand(
		page,
		'niets.csv',
		Buffer.from(`gemeente;verband\nAmsterdm;X\nUtrecht;${'y'.repeat(600)}\n`)
	);
	await page.getByRole('button', { name: 'Gemeenten koppelen' }).click();
	await expect(page.getByTestId('niets-gekoppeld')).toBeVisible();
	await expect(page.getByTestId('verslag')).toContainText('bedoelt u');
	await expect(page.getByTestId('verslag')).toContainText('is te lang; rij overgeslagen');
	await page.getByLabel('Kies een gemeente voor rij 2').selectOption({ label: 'Amsterdam' });
	await page.getByRole('button', { name: 'Opnieuw koppelen met mijn keuzes' }).click();
	await expect(page.getByTestId('import-samenvatting')).toContainText('1 samenwerkingsverbanden');
});

test('aansluiting op de andere lagen: pas berekend als de gebruiker erom vraagt', async ({
	page
}) => {
	await zetRecords(page, [GOED]);
	await page.goto('/import');
	await expect(page.getByTestId('aansluiting')).toHaveCount(0);
	await page.getByText('Hoe sluit dit aan op de andere lagen?').click();
	await expect(page.getByTestId('aansluiting').locator('tbody tr')).toHaveCount(8);
});

test('de insluitkaart volgt alleen haar eigen URL, niet de PDOK-keuze van deze browser', async ({
	page
}) => {
	const verzoeken = bewaakVerzoeken(page);
	await page.route(/service\.pdok\.nl/, (r) => r.abort());
	await page.goto('/over');
	await page.evaluate(() => localStorage.setItem('samenwerkingsatlas.basiskaart', 'pdok'));
	await page.goto('/embed?lagen=belastingen');
	await wachtOpKaart(page);
	await page.waitForTimeout(500);
	expect(verzoeken.extern).toEqual([]);
	await expect(page.getByTestId('embed')).not.toContainText('Kadaster');
});
