// Web Worker: reading, matching and congruence of own data off the main thread (see werk.ts).
import { nieuweStaat, voerUit, werkFout, type WerkOpdracht } from './werk';

const post = (x: unknown) => (self as unknown as Worker).postMessage(x);
const staat = nieuweStaat();

self.onmessage = async (e: MessageEvent<{ id: number; opdracht: WerkOpdracht }>) => {
	const { id, opdracht } = e.data;
	try {
		const resultaat = await voerUit(opdracht, staat, (fractie) =>
			post({ id, type: 'voortgang', fractie })
		);
		post({ id, type: 'klaar', resultaat });
	} catch (err) {
		post({ id, type: 'fout', ...werkFout(err) });
	}
};
