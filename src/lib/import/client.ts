// One Web Worker per import page, kept while the page is open: it holds the file being imported,
// so the page gets progress and small results, and stays responsive.
import { vertaal } from '$lib/i18n';
import { ImportFout } from './dataset';
import type { WerkFout, WerkOpdracht } from './werk';

type Antwoord =
	| { id: number; type: 'voortgang'; fractie: number }
	| { id: number; type: 'klaar'; resultaat: unknown }
	| ({ id: number; type: 'fout' } & WerkFout);

interface Wacht {
	resolve: (x: unknown) => void;
	reject: (e: Error) => void;
	onVoortgang?: (f: number) => void;
	bestand: string;
}

export class ImportWerker {
	#w: Worker | null = null;
	#volgend = 0;
	#wacht = new Map<number, Wacht>();

	#werker(): Worker {
		if (this.#w) return this.#w;
		const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent<Antwoord>) => {
			const m = e.data;
			const wacht = this.#wacht.get(m.id);
			if (!wacht) return;
			if (m.type === 'voortgang') return wacht.onVoortgang?.(m.fractie);
			this.#wacht.delete(m.id);
			if (m.type === 'klaar') wacht.resolve(m.resultaat);
			else if (m.code === 'import-fout') wacht.reject(new ImportFout(m.bericht));
			else if (m.code === 'opslag-fout') wacht.reject(new Error(m.bericht));
			else {
				console.error('import worker:', m.bericht);
				wacht.reject(
					new ImportFout(vertaal('nl', 'import_fout_onverwacht', { bestand: wacht.bestand }))
				);
			}
		};
		w.onerror = (e) => {
			e.preventDefault();
			console.error('import worker:', e.message);
			// The worker is gone (out of memory, a crash): every job in it fails, and the next starts afresh.
			this.stop();
		};
		this.#w = w;
		return w;
	}

	/** Runs one job; `bestand` names the file in a failure message. */
	voer<T>(opdracht: WerkOpdracht, bestand: string, onVoortgang?: (f: number) => void): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			const id = ++this.#volgend;
			this.#wacht.set(id, {
				resolve: resolve as (x: unknown) => void,
				reject,
				onVoortgang,
				bestand
			});
			const transfer = opdracht.type === 'lees' ? [opdracht.bytes] : [];
			this.#werker().postMessage({ id, opdracht }, transfer);
		});
	}

	stop(): void {
		this.#w?.terminate();
		this.#w = null;
		for (const w of this.#wacht.values())
			w.reject(new ImportFout(vertaal('nl', 'import_fout_worker', { bestand: w.bestand })));
		this.#wacht.clear();
	}
}
