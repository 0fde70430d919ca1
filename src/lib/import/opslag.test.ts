// The IndexedDB store for real, in Node, with fake-indexeddb (a complete implementation of the spec).
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import type { Dataset } from './dataset';
import {
	alleDatasets,
	bewaarDataset,
	bijWijzigingElders,
	hernoemDataset,
	leesOpslag,
	OpslagFout,
	verwijderDataset
} from './opslag';

function dataset(id: string, naam = id, geimporteerd = '2026-01-01T00:00:00.000Z'): Dataset {
	return {
		formaat: 'samenwerkingsatlas-dataset',
		versie: 1,
		id,
		naam,
		bestand: `${naam}.csv`,
		geimporteerd,
		verbanden: [{ id: 'a', naam: 'A', domein: 'ict', gemeenten: ['GM0344', 'GM0363'] }]
	};
}

/** Writes records as they are, bypassing the module (a bug, an old version, another program). */
function zetRuw(...xs: unknown[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open('samenwerkingsatlas', 1);
		req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'id' });
		req.onsuccess = () => {
			const tx = req.result.transaction('datasets', 'readwrite');
			for (const x of xs) tx.objectStore('datasets').put(x);
			tx.oncomplete = () => (req.result.close(), resolve());
			tx.onerror = () => reject(tx.error);
		};
		req.onerror = () => reject(req.error);
	});
}

/** Every key and value in the store, read without the module. */
function ruweInhoud(): Promise<Map<IDBValidKey, unknown>> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open('samenwerkingsatlas', 1);
		req.onupgradeneeded = () => req.result.createObjectStore('datasets', { keyPath: 'id' });
		req.onsuccess = () => {
			const uit = new Map<IDBValidKey, unknown>();
			const c = req.result.transaction('datasets').objectStore('datasets').openCursor();
			c.onsuccess = () => {
				if (!c.result) return (req.result.close(), resolve(uit));
				uit.set(c.result.primaryKey, c.result.value);
				c.result.continue();
			};
		};
		req.onerror = () => reject(req.error);
	});
}

beforeEach(() => {
	globalThis.indexedDB = new IDBFactory();
});
afterEach(() => vi.restoreAllMocks());

describe('beschadigde records: overgeslagen en genoemd, de rest blijft zichtbaar', () => {
	const goed = dataset('goed', 'Goed', '2026-02-01T00:00:00.000Z');
	const vormen: [string, unknown][] = [
		['zonder verbanden', { ...dataset('a'), verbanden: undefined }],
		['alleen een id', { id: 'b' }],
		['verbanden geen lijst', { ...dataset('c'), verbanden: 'x' }],
		['verband zonder gemeenten', { ...dataset('d'), verbanden: [{ naam: 'x', domein: 'ict' }] }],
		[
			'gemeentecode geen code',
			{ ...dataset('e'), verbanden: [{ naam: 'x', domein: 'ict', gemeenten: [5] }] }
		],
		['geen datum', { ...dataset('f'), geimporteerd: 42, naam: 7 }],
		['numeriek id', { ...dataset('g'), id: 7 }]
	];

	test.each(vormen)('%s', async (_, ruw) => {
		await zetRuw(goed, ruw);
		const voor = await ruweInhoud();
		const { datasets, beschadigd } = await leesOpslag();
		expect(datasets).toEqual([goed]);
		expect(beschadigd).toHaveLength(1);
		expect(beschadigd[0].sleutel).toBe((ruw as { id: IDBValidKey }).id);
		expect(beschadigd[0].reden).toMatch(/^bewaarde dataset, veld "[^"]+": .+\.$|wijkt af/);
		// Reading never changes the store.
		expect(await ruweInhoud()).toEqual(voor);
		// The explorer gets the good one only.
		expect(await alleDatasets()).toEqual([goed]);
		// Removing the damaged record removes just that one.
		await verwijderDataset(beschadigd[0].sleutel, beschadigd[0].naam);
		expect([...(await ruweInhoud()).keys()]).toEqual(['goed']);
	});

	test('de naam van het beschadigde record staat erbij als die er is', async () => {
		await zetRuw({ ...dataset('x', 'Mijn lijst'), verbanden: undefined }, { id: 'y' });
		const { beschadigd } = await leesOpslag();
		expect(beschadigd.map((b) => b.naam).sort()).toEqual(['Mijn lijst', 'record y']);
	});
});

describe('nooit overschrijven zonder te vragen', () => {
	test('hetzelfde id opnieuw bewaren wordt geweigerd met een Nederlandse melding; het origineel blijft', async () => {
		const eerste = dataset('zelfde', 'Origineel');
		await bewaarDataset(eerste);
		const fout = await bewaarDataset(dataset('zelfde', 'Bewerkt')).catch((e: unknown) => e);
		expect(fout).toBeInstanceOf(OpslagFout);
		expect((fout as OpslagFout).soort).toBe('ConstraintError');
		expect((fout as Error).message).toBe(
			'Opslaan van "Bewerkt" in de browser lukte niet: er is al een dataset met deze sleutel bewaard. Er is niets veranderd.'
		);
		expect((await leesOpslag()).datasets).toEqual([eerste]);
		// Only when asked.
		await bewaarDataset(dataset('zelfde', 'Bewerkt'), { vervang: true });
		expect((await leesOpslag()).datasets.map((d) => d.naam)).toEqual(['Bewerkt']);
	});

	test('hernoemen leest en schrijft in één transactie; een elders verwijderde dataset wordt niet herschapen', async () => {
		await bewaarDataset(dataset('a', 'Oud'));
		await hernoemDataset('a', 'Oud', 'Nieuw');
		expect((await leesOpslag()).datasets[0].naam).toBe('Nieuw');
		await verwijderDataset('a', 'Nieuw');
		await expect(hernoemDataset('a', 'Nieuw', 'Nog nieuwer')).rejects.toThrow(
			'Hernoemen van "Nieuw" lukte niet: de dataset bestaat niet meer (in een ander venster verwijderd?). De naam is niet veranderd.'
		);
		expect((await ruweInhoud()).size).toBe(0);
	});
});

describe('opslag die weigert', () => {
	test('IndexedDB kan niet worden geopend: een melding, geen lege lijst', async () => {
		vi.spyOn(globalThis.indexedDB, 'open').mockImplementation(() => {
			throw new DOMException('blocked', 'SecurityError');
		});
		await expect(leesOpslag()).rejects.toThrow(/opslag van deze browser is niet beschikbaar/);
		await expect(alleDatasets()).resolves.toEqual([]);
		await expect(bewaarDataset(dataset('a'))).rejects.toThrow(
			/^Opslaan van "a" in de browser lukte niet: de opslag van de browser is niet beschikbaar\./
		);
	});

	test('geen indexedDB in het geheel (privévenster in oude browsers)', async () => {
		// @ts-expect-error: removing the global on purpose
		delete globalThis.indexedDB;
		await expect(leesOpslag()).rejects.toBeInstanceOf(OpslagFout);
	});

	test.each([
		['QuotaExceededError', 'de opslag van de browser is vol'],
		['UnknownError', 'de opslag van de browser is niet beschikbaar']
	])(
		'schrijven geweigerd (%s): elke bewerking zegt het, en er verandert niets',
		async (naam, reden) => {
			await bewaarDataset(dataset('a', 'Lijst'));
			const voor = await ruweInhoud();
			const weiger = () => {
				throw new DOMException('nee', naam);
			};
			vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(weiger);
			vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(weiger);
			vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(weiger);
			await expect(hernoemDataset('a', 'Lijst', 'X')).rejects.toThrow(
				`Hernoemen van "Lijst" lukte niet: ${reden}. De naam is niet veranderd.`
			);
			await expect(verwijderDataset('a', 'Lijst')).rejects.toThrow(
				`Verwijderen van "Lijst" lukte niet: ${reden}. Er is niets verwijderd.`
			);
			await expect(bewaarDataset(dataset('b', 'Twee'))).rejects.toThrow(
				`Opslaan van "Twee" in de browser lukte niet: ${reden}. Er is niets veranderd.`
			);
			vi.restoreAllMocks();
			expect(await ruweInhoud()).toEqual(voor);
		}
	);
});

describe('andere tabbladen horen het', () => {
	/** Messages on the channel, as another tab receives them. */
	function luister() {
		const gehoord: unknown[] = [];
		let wacht: () => void = () => undefined;
		const k = new BroadcastChannel('samenwerkingsatlas-datasets');
		k.onmessage = (e) => {
			gehoord.push(e.data);
			wacht();
		};
		return {
			gehoord,
			volgende: () => new Promise<void>((r) => (wacht = r)),
			stop: () => k.close()
		};
	}

	test('bewaren, hernoemen en verwijderen worden gemeld; een mislukte schrijfactie niet', async () => {
		const l = luister();
		try {
			let n = l.volgende();
			await bewaarDataset(dataset('a'));
			await n;
			n = l.volgende();
			await hernoemDataset('a', 'a', 'b');
			await n;
			n = l.volgende();
			await verwijderDataset('a', 'b');
			await n;
			expect(l.gehoord).toHaveLength(3);
			await bewaarDataset(dataset('c'));
			await bewaarDataset(dataset('c')).catch(() => undefined);
			await new Promise((r) => setTimeout(r, 50));
			expect(l.gehoord).toHaveLength(4);
		} finally {
			l.stop();
		}
	});

	test('een melding van een ander tabblad komt aan; de eigen niet', async () => {
		let gehoord = 0;
		const stop = bijWijzigingElders(() => gehoord++);
		const ander = new BroadcastChannel('samenwerkingsatlas-datasets');
		try {
			await bewaarDataset(dataset('eigen'));
			ander.postMessage({ soort: 'gewijzigd', bron: 'ander-tabblad' });
			await new Promise((r) => setTimeout(r, 50));
			expect(gehoord).toBe(1);
		} finally {
			stop();
			ander.close();
		}
	});
});
