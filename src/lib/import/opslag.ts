// Own datasets kept in the browser (IndexedDB): they survive a reload and never leave the machine.
import type { Dataset } from './dataset';

const DB = 'samenwerkingsatlas';
const STORE = 'datasets';

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB, 1);
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB niet beschikbaar'));
	});
}

async function transactie<T>(
	modus: IDBTransactionMode,
	werk: (s: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			const tx = db.transaction(STORE, modus);
			const req = werk(tx.objectStore(STORE));
			tx.oncomplete = () => resolve(req.result);
			tx.onerror = () => reject(tx.error ?? new Error('Opslaan mislukt'));
			tx.onabort = () => reject(tx.error ?? new Error('Opslaan afgebroken'));
		});
	} finally {
		db.close();
	}
}

/** All stored datasets, oldest first. Empty when storage is unavailable (e.g. blocked in an iframe). */
export async function alleDatasets(): Promise<Dataset[]> {
	try {
		const alle = await transactie('readonly', (s) => s.getAll() as IDBRequest<Dataset[]>);
		return alle.sort((a, b) => a.geimporteerd.localeCompare(b.geimporteerd));
	} catch {
		return [];
	}
}

/** Stores one complete dataset in a single transaction: all or nothing. */
export async function bewaarDataset(d: Dataset): Promise<void> {
	await transactie('readwrite', (s) => s.put(kaleKopie(d)));
}

export async function verwijderDataset(id: string): Promise<void> {
	await transactie('readwrite', (s) => s.delete(id));
}

/** IndexedDB clones with structuredClone: strip proxies (Svelte state) by a JSON round trip. */
function kaleKopie<T>(x: T): T {
	return JSON.parse(JSON.stringify(x)) as T;
}
