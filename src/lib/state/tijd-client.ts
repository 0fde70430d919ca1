// The history data, fetched only when time travel is first used (never on the first paint):
// geschiedenis.json once, and each period's topology once, shared by the explorer and the embed.
import { base } from '$app/paths';
import type { GemeenteTopology } from '$lib/data/load';
import type { Geschiedenis } from '$lib/data/geschiedenis';
import { DATA_PATH, GESCHIEDENIS_FILE, TOPO_OBJECT } from '$lib/data/types';

/** Where the explorer gets the history from (injected, so Node tests can read files instead). */
export interface TijdBron {
	geschiedenis(): Promise<Geschiedenis>;
	topologie(bestand: string): Promise<GemeenteTopology>;
}

export function maakTijdBron(fetchFn: typeof fetch = fetch, basis = base): TijdBron {
	let geschiedenis: Promise<Geschiedenis> | null = null;
	const topologieen = new Map<string, Promise<GemeenteTopology>>();
	async function json<T>(bestand: string): Promise<T> {
		const res = await fetchFn(`${basis}/${DATA_PATH}/${bestand}`);
		if (!res.ok) throw new Error(`Kon ${bestand} niet laden (HTTP ${res.status}).`);
		return (await res.json()) as T;
	}
	return {
		geschiedenis() {
			geschiedenis ??= json<Geschiedenis>(GESCHIEDENIS_FILE).catch((e) => {
				geschiedenis = null;
				throw e;
			});
			return geschiedenis;
		},
		topologie(bestand) {
			let p = topologieen.get(bestand);
			if (!p) {
				p = json<GemeenteTopology>(bestand).then((t) => {
					if (!t.objects?.[TOPO_OBJECT]) throw new Error(`${bestand} mist "${TOPO_OBJECT}".`);
					return t;
				});
				p.catch(() => topologieen.delete(bestand));
				topologieen.set(bestand, p);
			}
			return p;
		}
	};
}
