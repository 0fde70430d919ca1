// Web Worker: reading and matching large files off the main thread, with progress messages.
import { leesBestand } from './lezen';
import { verwerkTabel, type Koppeling, type Context } from './verwerk';
import type { Tabel } from './lezen';

export type WerkOpdracht =
	| { type: 'lees'; bytes: ArrayBuffer; bestand: string }
	| {
			type: 'verwerk';
			tabel: Tabel;
			koppeling: Koppeling;
			ctx: Context;
			naam: string;
			bestand: string;
			keuzes: [number, string][];
	  };

const post = (x: unknown) => (self as unknown as Worker).postMessage(x);

self.onmessage = async (e: MessageEvent<WerkOpdracht>) => {
	const o = e.data;
	const voortgang = (fractie: number) => post({ type: 'voortgang', fractie });
	try {
		if (o.type === 'lees') {
			post({
				type: 'klaar',
				resultaat: await leesBestand(new Uint8Array(o.bytes), o.bestand, voortgang)
			});
		} else {
			post({
				type: 'klaar',
				resultaat: verwerkTabel(o.tabel, o.koppeling, o.ctx, {
					naam: o.naam,
					bestand: o.bestand,
					keuzes: new Map(o.keuzes),
					onVoortgang: voortgang
				})
			});
		}
	} catch (err) {
		post({
			type: 'fout',
			bericht: err instanceof Error ? err.message : String(err),
			// ImportFout is the user's file; anything else is our bug, reported as such.
			eigen: err instanceof Error && err.constructor.name === 'ImportFout'
		});
	}
};
