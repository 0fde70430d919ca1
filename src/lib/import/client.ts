// Runs an import job in a fresh Web Worker; the page stays responsive and gets progress updates.
import type { WerkOpdracht } from './import.worker';
import { ImportFout } from './dataset';

export function inWorker<T>(opdracht: WerkOpdracht, onVoortgang?: (f: number) => void): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
		w.onmessage = (e: MessageEvent) => {
			const m = e.data as
				| { type: 'voortgang'; fractie: number }
				| { type: 'klaar'; resultaat: T }
				| { type: 'fout'; bericht: string; eigen: boolean };
			if (m.type === 'voortgang') return onVoortgang?.(m.fractie);
			w.terminate();
			if (m.type === 'klaar') resolve(m.resultaat);
			else
				reject(
					new ImportFout(m.eigen ? m.bericht : `Onverwachte fout bij het inlezen: ${m.bericht}`)
				);
		};
		w.onerror = (e) => {
			w.terminate();
			reject(new ImportFout(`Het inlezen is mislukt: ${e.message || 'onbekende fout'}`));
		};
		const transfer = opdracht.type === 'lees' ? [opdracht.bytes] : [];
		w.postMessage(opdracht, transfer);
	});
}
