// Explorer state (runes). Holds what the user chose; everything derived comes from src/lib/geo.
import { SvelteMap } from 'svelte/reactivity';
import type { AtlasData } from '$lib/data/load';
import type { Gemeente, Samenwerkingsvorm } from '$lib/data/types';
import { KERN_DOMEINEN } from '$lib/data/types';
import type { Taal } from '$lib/i18n';
import { decodeViewState, permalinkQuery, type ViewState } from './url-state';
import { maakVerkennerModel, type LaagView, type VerkennerModel } from './verkenner-model';
import type { KaartStaat, LaagStijl } from './kaart-staat';
import type { Dataset } from '$lib/import/dataset';
import { encodeVormen, filterOpVorm, normaliseerVormen, vormenInGegevens } from './vorm-filter';

export type Basiskaart = 'geen' | 'pdok';
const BASISKAART_SLEUTEL = 'samenwerkingsatlas.basiskaart';

export type { LaagStijl };

export class Verkenner {
	readonly gemeenten: ReadonlyMap<string, Gemeente>;
	/** The forms that occur in the data, with their number of verbanden (for the filter control). */
	readonly vormenAanwezig: { vorm: Samenwerkingsvorm; aantal: number }[];
	/** Samenwerkingsvormen that count; undefined = every form (no filter). */
	vormen: Samenwerkingsvorm[] | undefined = $state(undefined);
	private readonly alles: VerkennerModel;
	private readonly data: AtlasData;
	private readonly eigen: readonly Dataset[];
	/** Models per filter already built (switching back is then instant, outlines stay cached). */
	// A plain cache, filled while deriving the model: it must not be reactive itself.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly gefilterd = new Map<string, VerkennerModel>();
	/** The model of the chosen forms: layers, counts, gaps and overlaps without the other verbanden. */
	readonly model: VerkennerModel = $derived.by(() => this.modelVoor(this.vormen));

	zichtbaar: string[] = $state([]);
	/** Domain layers whose gaps are hatched on the map (they are always counted in the legend). */
	gatenTonen: string[] = $state([]);
	geselecteerd: string | null = $state(null);
	camera: ViewState['camera'] = $state(null);
	taal: Taal = $state('nl');
	basiskaart: Basiskaart = $state('geen');
	zoom: number = $state(7);
	readonly stijl = new SvelteMap<string, LaagStijl>();

	/** Everything that depends on the visible layers, recomputed on toggle. */
	readonly view = $derived.by(() => this.model.view(this.zichtbaar));
	readonly lagenInVolgorde: LaagView[];

	/**
	 * `alleenUrl`: the state comes from the URL alone (an /embed iframe on another site): no
	 * choice remembered in this browser, such as the online basemap, may change what it loads.
	 */
	constructor(
		data: AtlasData,
		url: URL,
		eigen: readonly Dataset[] = [],
		opties: { alleenUrl?: boolean } = {}
	) {
		this.data = data;
		this.eigen = eigen;
		this.alles = maakVerkennerModel(data, eigen);
		this.vormenAanwezig = vormenInGegevens(data, eigen);
		this.gemeenten = this.alles.gemeenteMap;
		this.lagenInVolgorde = this.alles.lagen;
		for (const l of this.alles.lagen) this.stijl.set(l.id, { kleur: l.kleur, dekking: 1 });
		const vs = decodeViewState(url.searchParams, {
			bekendeLagen: this.alles.laagIds,
			bekendeGemeenten: this.alles.gemeenteCodes,
			standaardLagen: KERN_DOMEINEN
		});
		this.vormen = vs.vorm;
		this.zichtbaar = vs.lagen;
		this.geselecteerd = vs.gemeente;
		this.camera = vs.camera;
		this.taal = vs.taal;
		this.basiskaart = opties.alleenUrl ? 'geen' : leesBasiskaart();
	}

	/** The model for a form filter: the full one without a filter; the geometry index is shared. */
	private modelVoor(vormen: Samenwerkingsvorm[] | undefined): VerkennerModel {
		if (vormen === undefined) return this.alles;
		const sleutel = encodeVormen(vormen) ?? '';
		let m = this.gefilterd.get(sleutel);
		if (!m) {
			const f = filterOpVorm(this.data, this.eigen, vormen);
			m = maakVerkennerModel(f.data, f.eigen, this.alles.index);
			this.gefilterd.set(sleutel, m);
		}
		return m;
	}

	/** Set the chosen forms from the control (all forms that occur = no filter). */
	kiesVormen(gekozen: readonly Samenwerkingsvorm[]): void {
		this.vormen = normaliseerVormen(
			gekozen,
			this.vormenAanwezig.map((v) => v.vorm)
		);
	}

	toggle(id: string, aan: boolean): void {
		const rest = this.zichtbaar.filter((x) => x !== id);
		// Keep panel order, so colours/dashes don't jump around when toggling.
		const volgorde = this.model.lagen.map((l) => l.id);
		this.zichtbaar = aan ? volgorde.filter((x) => x === id || rest.includes(x)) : rest;
	}

	toonGaten(id: string, aan: boolean): void {
		const rest = this.gatenTonen.filter((x) => x !== id);
		this.gatenTonen = aan ? [...rest, id] : rest;
	}

	kies(code: string | null): void {
		this.geselecteerd = code && this.gemeenten.has(code) ? code : null;
	}

	zetBasiskaart(b: Basiskaart): void {
		this.basiskaart = b;
		try {
			localStorage.setItem(BASISKAART_SLEUTEL, b);
		} catch {
			// Storage can be blocked (private mode, embedded iframe): the choice then lasts this visit.
		}
	}

	/** What the map shows (reactive when read inside an effect or derived). */
	kaartStaat(): KaartStaat {
		return {
			model: this.model,
			view: this.view,
			zichtbaar: this.zichtbaar,
			gatenTonen: this.gatenTonen,
			stijl: this.stijl,
			geselecteerd: this.geselecteerd,
			taal: this.taal,
			vormen: this.vormen
		};
	}

	/** The query string of the current view (the permalink). */
	permalinkQuery(): string {
		return permalinkQuery({
			lagen: this.zichtbaar,
			gemeente: this.geselecteerd,
			camera: this.camera,
			taal: this.taal,
			vorm: this.vormen
		});
	}
}

function leesBasiskaart(): Basiskaart {
	try {
		return localStorage.getItem(BASISKAART_SLEUTEL) === 'pdok' ? 'pdok' : 'geen';
	} catch {
		return 'geen';
	}
}
