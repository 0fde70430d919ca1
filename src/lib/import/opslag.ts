/**
 * Own datasets kept in the browser (IndexedDB): they survive a reload and never leave the machine.
 *
 * Nothing read from storage is trusted: every record is validated, and a damaged one is skipped and
 * named (with its key, so it can be removed) instead of taking the explorer down. Nothing is ever
 * overwritten without the caller asking (`vervang`), every failure is an OpslagFout with a Dutch
 * sentence, and every change is announced to the other open tabs (BroadcastChannel).
 */
import { foutTekst } from '$lib/fout';
import { vertaal, type TekstSleutel } from '$lib/i18n';
import { valideerDataset, type Dataset } from './dataset';

const DB = 'samenwerkingsatlas';
const STORE = 'datasets';
const KANAAL = 'samenwerkingsatlas-datasets';
/** This tab: a tab does not need to hear about its own changes. */
export const DIT_TABBLAD: string = crypto.randomUUID();

/** A storage failure, with a Dutch message that says what did not happen. */
export class OpslagFout extends Error {
	constructor(
		bericht: string,
		/** The DOMException name (QuotaExceededError, ConstraintError, …) or 'onbeschikbaar'. */
		readonly soort: string
	) {
		super(bericht);
	}
}

/** A stored record that is not a valid dataset: skipped, and named so the user can remove it. */
export interface Beschadigd {
	sleutel: IDBValidKey;
	naam: string;
	reden: string;
}

export interface Opslag {
	datasets: Dataset[];
	beschadigd: Beschadigd[];
}

const tekst = (k: TekstSleutel, p: Record<string, string | number> = {}) => vertaal('nl', k, p);

function reden(e: unknown): string {
	const naam =
		e instanceof OpslagFout
			? e.soort
			: e instanceof DOMException || e instanceof Error
				? e.name
				: '';
	if (naam === 'QuotaExceededError') return tekst('import_reden_vol');
	if (naam === 'ConstraintError') return tekst('import_reden_bestaat');
	if (naam === 'InvalidStateError' || naam === 'UnknownError' || naam === 'onbeschikbaar')
		return tekst('import_reden_weg');
	return tekst('import_reden_geweigerd', { fout: naam || String(e) });
}

function open(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const weg = () => reject(new OpslagFout(tekst('import_opslag_weg'), 'onbeschikbaar'));
		let req: IDBOpenDBRequest;
		try {
			req = indexedDB.open(DB, 1);
		} catch {
			// No indexedDB at all, or it throws (blocked in an iframe, some private modes).
			return weg();
		}
		req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = weg;
		req.onblocked = weg;
	});
}

/** One transaction; resolves when it is committed, rejects (with the DOM error) when it is not. */
async function transactie<T>(
	modus: IDBTransactionMode,
	werk: (s: IDBObjectStore, klaar: (x: T) => void) => void
): Promise<T> {
	const db = await open();
	try {
		return await new Promise<T>((resolve, reject) => {
			let uitkomst: T;
			let tx: IDBTransaction;
			/** A refusal thrown inside a request callback (it aborts the transaction without an error). */
			let fout: unknown = null;
			const bewaak = (s: IDBObjectStore): IDBObjectStore =>
				new Proxy(s, {
					get(doel, p) {
						const x = Reflect.get(doel, p, doel);
						if (typeof x !== 'function') return x;
						return (...args: unknown[]) => {
							try {
								return x.apply(doel, args);
							} catch (e) {
								fout ??= e;
								throw e;
							}
						};
					}
				});
			try {
				tx = db.transaction(STORE, modus);
				werk(bewaak(tx.objectStore(STORE)), (x) => (uitkomst = x));
			} catch (e) {
				return reject(e);
			}
			tx.oncomplete = () => resolve(uitkomst);
			tx.onerror = (ev) => reject(fout ?? tx.error ?? (ev.target as IDBRequest).error);
			tx.onabort = () => reject(fout ?? tx.error ?? new DOMException('afgebroken', 'AbortError'));
		});
	} finally {
		db.close();
	}
}

function naamVanRecord(x: unknown, sleutel: IDBValidKey): string {
	const n = x && typeof x === 'object' ? (x as { naam?: unknown }).naam : undefined;
	return typeof n === 'string' && n.trim() ? n.trim() : `record ${String(sleutel)}`;
}

/** Checks one stored record; a dataset only when it is whole and its id is its key. */
export function leesRecord(
	x: unknown,
	sleutel: IDBValidKey
): { dataset: Dataset } | { beschadigd: Beschadigd } {
	try {
		const d = valideerDataset(x, undefined, 'bewaarde dataset');
		if (d.id !== sleutel) throw new Error('veld "id" wijkt af van de sleutel');
		return { dataset: d };
	} catch (e) {
		const r = foutTekst(e);
		return { beschadigd: { sleutel, naam: naamVanRecord(x, sleutel), reden: r } };
	}
}

/**
 * Everything in storage: the valid datasets (oldest first) and the damaged records.
 * Throws an OpslagFout when storage cannot be opened (private mode, blocked, quota).
 */
export async function leesOpslag(): Promise<Opslag> {
	let records: [IDBValidKey, unknown][];
	try {
		records = await transactie<[IDBValidKey, unknown][]>('readonly', (s, klaar) => {
			const alle: [IDBValidKey, unknown][] = [];
			const c = s.openCursor();
			c.onsuccess = () => {
				const cur = c.result;
				if (!cur) return klaar(alle);
				alle.push([cur.primaryKey, cur.value]);
				cur.continue();
			};
		});
	} catch (e) {
		throw e instanceof OpslagFout ? e : new OpslagFout(tekst('import_opslag_weg'), reden(e));
	}
	const datasets: Dataset[] = [];
	const beschadigd: Beschadigd[] = [];
	for (const [k, x] of records) {
		const r = leesRecord(x, k);
		if ('dataset' in r) datasets.push(r.dataset);
		else beschadigd.push(r.beschadigd);
	}
	datasets.sort((a, b) => a.geimporteerd.localeCompare(b.geimporteerd) || a.id.localeCompare(b.id));
	return { datasets, beschadigd };
}

/** The valid datasets, for the explorer: none when storage is unavailable; damaged ones skipped. */
export async function alleDatasets(): Promise<Dataset[]> {
	try {
		return (await leesOpslag()).datasets;
	} catch {
		return [];
	}
}

function meld(bron: string = DIT_TABBLAD) {
	try {
		const k = new BroadcastChannel(KANAAL);
		k.postMessage({ soort: 'gewijzigd', bron });
		k.close();
	} catch {
		// No BroadcastChannel (very old browser): other tabs see the change on their next load.
	}
}

/** Calls `bij` when another tab changed the stored datasets. Returns the unsubscribe. */
export function bijWijzigingElders(bij: () => void): () => void {
	try {
		const k = new BroadcastChannel(KANAAL);
		k.onmessage = (e: MessageEvent<{ bron?: string }>) => {
			if (e.data?.bron !== DIT_TABBLAD) bij();
		};
		return () => k.close();
	} catch {
		return () => undefined;
	}
}

async function schrijf(
	naam: string,
	fout: TekstSleutel,
	werk: (s: IDBObjectStore, klaar: (x: void) => void) => void,
	bron?: string
): Promise<void> {
	try {
		await transactie<void>('readwrite', werk);
	} catch (e) {
		throw new OpslagFout(tekst(fout, { naam, reden: reden(e) }), e instanceof Error ? e.name : '');
	}
	meld(bron);
}

/**
 * Stores one complete dataset in a single transaction: all or nothing. Without `vervang`, a dataset
 * with the same id is never overwritten: the write fails with an OpslagFout (soort ConstraintError).
 */
export async function bewaarDataset(
	d: Dataset,
	/** `bron`: the tab the change is announced from (the worker saves on its page's behalf). */
	o: { vervang?: boolean; bron?: string } = {}
): Promise<void> {
	const kaal = kaleKopie(d);
	await schrijf(
		d.naam,
		'import_opslaan_mislukt',
		(s) => {
			if (o.vervang) s.put(kaal);
			else s.add(kaal);
		},
		o.bron
	);
}

/** Renames in one read-modify-write transaction, so a change made elsewhere meanwhile is kept. */
export async function hernoemDataset(id: string, oud: string, nieuw: string): Promise<void> {
	let weg = false;
	await schrijf(oud, 'import_hernoem_mislukt', (s) => {
		const r = s.get(id);
		r.onsuccess = () => {
			if (r.result) return s.put({ ...r.result, naam: nieuw });
			// Removed in another tab meanwhile: renaming must not bring it back.
			weg = true;
			r.transaction?.abort();
		};
	}).catch((e: unknown) => {
		if (weg)
			throw new OpslagFout(
				tekst('import_hernoem_mislukt', { naam: oud, reden: tekst('import_reden_weg_elders') }),
				'NotFoundError'
			);
		throw e;
	});
}

/** Removes one record by its key (a damaged record too). */
export async function verwijderDataset(sleutel: IDBValidKey, naam: string): Promise<void> {
	await schrijf(naam, 'import_verwijder_mislukt', (s) => {
		s.delete(sleutel);
	});
}

/** IndexedDB clones with structuredClone: strip proxies (Svelte state) by a JSON round trip. */
function kaleKopie<T>(x: T): T {
	return JSON.parse(JSON.stringify(x)) as T;
}
