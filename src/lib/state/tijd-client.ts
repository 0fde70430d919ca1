// The history data, fetched only when time travel is first used (never on the first paint):
// geschiedenis.json once, and each period's topology once, shared by the explorer and the embed.
import { base } from '$app/paths';
import {
	controleerTopologie,
	controleerVorm,
	haalJson,
	type GemeenteTopology,
	type Veldsoort
} from '$lib/data/load';
import type { Geschiedenis } from '$lib/data/geschiedenis';
import { DATA_PATH, GESCHIEDENIS_FILE } from '$lib/data/types';

/** Where the explorer gets the history from (injected, so Node tests can read files instead). */
export interface TijdBron {
	geschiedenis(): Promise<Geschiedenis>;
	topologie(bestand: string): Promise<GemeenteTopology>;
}

/** The parts of geschiedenis.json that time travel reads. */
const GESCHIEDENIS_VORM: Record<keyof Geschiedenis, Veldsoort> = {
	vanaf: 'tekst',
	peildatum: 'tekst',
	gemeenten: 'lijst',
	opvolgers: 'object',
	perioden: 'lijst',
	ketens: 'lijst'
};

export function maakTijdBron(fetchFn: typeof fetch = fetch, basis = base): TijdBron {
	let geschiedenis: Promise<Geschiedenis> | null = null;
	const topologieen = new Map<string, Promise<GemeenteTopology>>();
	async function json<T>(bestand: string): Promise<T> {
		return haalJson<T>(fetchFn, `${basis}/${DATA_PATH}/${bestand}`, bestand);
	}
	return {
		geschiedenis() {
			geschiedenis ??= json<unknown>(GESCHIEDENIS_FILE)
				.then((x) => controleerVorm<Geschiedenis>(GESCHIEDENIS_FILE, x, GESCHIEDENIS_VORM))
				.catch((e) => {
					geschiedenis = null;
					throw e;
				});
			return geschiedenis;
		},
		topologie(bestand) {
			let p = topologieen.get(bestand);
			if (!p) {
				p = json<unknown>(bestand).then((t) => controleerTopologie(bestand, t));
				p.catch(() => topologieen.delete(bestand));
				topologieen.set(bestand, p);
			}
			return p;
		}
	};
}
