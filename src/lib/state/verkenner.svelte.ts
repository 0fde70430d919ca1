// Explorer state (runes). Holds what the user chose; everything derived comes from src/lib/geo.
import { foutTekst } from '$lib/fout';
import { SvelteMap } from 'svelte/reactivity';
import type { AtlasData } from '$lib/data/load';
import type { Gemeente, Samenwerkingsvorm } from '$lib/data/types';
import { KERN_DOMEINEN, TOPO_FILE } from '$lib/data/types';
import { codeOp, type Geschiedenis } from '$lib/data/geschiedenis';
import { datumBereik } from '$lib/data/tijdreis';
import { maakGeoIndex, type GeoIndex } from '$lib/geo/geo-index';
import type { Taal } from '$lib/i18n';
import { decodeDatum, decodeViewState, permalinkQuery, type ViewState } from './url-state';
import { maakVerkennerModel, type LaagView, type VerkennerModel } from './verkenner-model';
import type { KaartStaat, LaagStijl } from './kaart-staat';
import { maakDatumModel, type Bereik, type DatumModel } from './tijd';
import { maakTijdBron, type TijdBron } from './tijd-client';
import { verandering, type Verandering } from './verandering';
import type { Dataset } from '$lib/import/dataset';
import { encodeVormen, filterOpVorm, normaliseerVormen, vormenInGegevens } from './vorm-filter';

export type Basiskaart = 'geen' | 'pdok';
const BASISKAART_SLEUTEL = 'samenwerkingsatlas.basiskaart';
/** Models of dates kept, so playing the years a second time or going back is instant. */
const MAX_DATUM_MODELLEN = 12;

export type { LaagStijl };

export class Verkenner {
	/** Today's model: the first paint, and "vandaag". */
	readonly vandaag: VerkennerModel;
	/** The model of the date shown, all forms: today's, or that of `datum`. */
	private basis: VerkennerModel = $state.raw(null as unknown as VerkennerModel);
	/** The forms that occur in the data, with their number of verbanden (for the filter control). */
	readonly vormenAanwezig: { vorm: Samenwerkingsvorm; aantal: number }[];
	/** Samenwerkingsvormen that count; undefined = every form (no filter). */
	vormen: Samenwerkingsvorm[] | undefined = $state(undefined);
	/** Models per date and filter already built (switching back is instant, outlines stay cached). */
	private readonly gefilterd = new WeakMap<VerkennerModel, Map<string, VerkennerModel>>();
	/** The model shown: the date's, without the verbanden of forms not chosen. */
	readonly model: VerkennerModel = $derived.by(() => this.modelVoor(this.basis, this.vormen));
	/** The dates time travel covers (2018-01-01 … the register's peildatum = today). */
	readonly bereik: Bereik;

	/** The date shown; null = today. */
	datum: string | null = $state(null);
	/** What is true of that date (indelingen shown, gemeenten without inwoners); null = today. */
	tijdInfo: DatumModel['info'] | null = $state.raw(null);
	/** The change view: the earlier date compared with the date shown, and its model. */
	vergelijk: string | null = $state(null);
	vergelijkModel: VerkennerModel | null = $state.raw(null);
	/** A date whose data is being fetched, and the last failure. */
	laden: string | null = $state(null);
	/** The date whose data could not be loaded, and why (the date shown stays as it was). */
	fout: { datum: string; tekst: string } | null = $state(null);

	/** Layers the user switched on (also those a date does not have, e.g. indelingen before 2023). */
	private gekozen: string[] = $state([]);
	/** Domain layers whose gaps are hatched on the map (they are always counted in the legend). */
	gatenTonen: string[] = $state([]);
	geselecteerd: string | null = $state(null);
	camera: ViewState['camera'] = $state(null);
	taal: Taal = $state('nl');
	basiskaart: Basiskaart = $state('geen');
	zoom: number = $state(7);
	readonly stijl = new SvelteMap<string, LaagStijl>();

	/** The visible layers: those chosen that the date shown (and the comparison date) have. */
	readonly zichtbaar: string[] = $derived.by(() =>
		this.gekozen.filter(
			(id) => this.model.laagIds.has(id) && (this.vergelijkModel?.laagIds.has(id) ?? true)
		)
	);
	/** Everything that depends on the visible layers, recomputed on toggle. */
	readonly view = $derived.by(() => this.model.view(this.zichtbaar));
	readonly verandering: Verandering | null = $derived.by(() => this.berekenVerandering());
	readonly lagenInVolgorde: LaagView[];

	private readonly data: AtlasData;
	private readonly eigen: readonly Dataset[];
	private readonly bron: TijdBron;
	private geschiedenis: Geschiedenis | null = null;
	// Caches, not state: nothing renders from them.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly modellen = new Map<string, Promise<DatumModel>>();
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	private readonly indexen = new Map<string, Promise<GeoIndex>>();
	private verzoek = 0;

	/**
	 * Use `Verkenner.maak` when the URL may carry a date: it loads that date's data first, so
	 * `gemeente=` can name a gemeente of that date.
	 */
	constructor(
		data: AtlasData,
		url: URL,
		eigen: readonly Dataset[] = [],
		bron: TijdBron = maakTijdBron(),
		/**
		 * `alleenUrl`: the state comes from the URL alone (an /embed iframe on another site): no
		 * choice remembered in this browser, such as the online basemap, may change what it loads.
		 */
		opties: { alleenUrl?: boolean } = {}
	) {
		this.data = data;
		this.eigen = eigen;
		this.bron = bron;
		this.bereik = datumBereik(data.atlas);
		this.vandaag = maakVerkennerModel(data, eigen);
		this.basis = this.vandaag;
		this.vormenAanwezig = vormenInGegevens(data, eigen);
		this.indexen.set(TOPO_FILE, Promise.resolve(this.vandaag.index));
		this.lagenInVolgorde = this.vandaag.lagen;
		for (const l of this.vandaag.lagen)
			this.stijl.set(l.id, { kleur: l.kleur, ondoorzichtigheid: 1 });
		const vs = decodeViewState(url.searchParams, {
			bekendeLagen: this.vandaag.laagIds,
			bekendeGemeenten: this.vandaag.gemeenteCodes,
			standaardLagen: KERN_DOMEINEN
		});
		this.vormen = vs.vorm;
		this.gekozen = vs.lagen;
		this.geselecteerd = vs.gemeente;
		this.camera = vs.camera;
		this.taal = vs.taal;
		this.basiskaart = opties.alleenUrl ? 'geen' : leesBasiskaart();
	}

	/** The explorer for a URL: with `datum=` / `vergelijk=`, those dates' data are loaded first. */
	static async maak(
		data: AtlasData,
		url: URL,
		eigen: readonly Dataset[] = [],
		bron: TijdBron = maakTijdBron(),
		opties: { alleenUrl?: boolean } = {}
	): Promise<Verkenner> {
		const v = new Verkenner(data, url, eigen, bron, opties);
		const datum = decodeDatum(url.searchParams, v.bereik);
		const vergelijk = decodeDatum(url.searchParams, v.bereik, 'vergelijk');
		if (!datum && !vergelijk) return v;
		await Promise.all([v.zetDatum(datum), v.zetVergelijk(vergelijk)]);
		// Now `gemeente=` is read against the gemeenten of that date.
		v.geselecteerd = decodeViewState(url.searchParams, {
			bekendeLagen: v.vandaag.laagIds,
			bekendeGemeenten: v.model.gemeenteCodes,
			standaardLagen: KERN_DOMEINEN
		}).gemeente;
		return v;
	}

	get gemeenten(): ReadonlyMap<string, Gemeente> {
		return this.model.gemeenteMap;
	}

	/** The date shown as an ISO date (today = the register's peildatum). */
	get datumOfVandaag(): string {
		return this.datum ?? this.bereik.tot;
	}

	/** Start fetching the history (when the date control is first touched), without showing it. */
	voorbereiden(): void {
		this.bron
			.geschiedenis()
			.then((g) => this.laadPeriodenVoor(g))
			.catch(() => {});
	}

	private periodenVoorgeladen = false;

	/**
	 * Once the history is there (the date control was touched or used), the topology and geo index
	 * of every period are made one by one when the page is idle: a date in another period then only
	 * computes its model (bench: a date change into a new period waited for the fetch and the index).
	 * Only in a browser; elsewhere (tests) a period loads when a date in it is asked for.
	 */
	private laadPeriodenVoor(g: Geschiedenis): void {
		if (this.periodenVoorgeladen || typeof requestIdleCallback !== 'function') return;
		this.periodenVoorgeladen = true;
		const rest = g.perioden.map((p) => p.topo).filter((f) => !this.indexen.has(f));
		const volgende = () => {
			const f = rest.shift();
			if (f)
				requestIdleCallback(() => void this.index(f).then(volgende, volgende), { timeout: 2000 });
		};
		volgende();
	}

	/** Show date d (null or today's date = today). The last request wins. */
	async zetDatum(d: string | null): Promise<void> {
		const datum = d && d >= this.bereik.van && d < this.bereik.tot ? d : null;
		const verzoek = ++this.verzoek;
		this.fout = null;
		if (!datum) {
			this.laden = null;
			this.wissel(null, this.vandaag, null);
			return;
		}
		this.laden = datum;
		try {
			const m = await this.datumModel(datum);
			if (verzoek !== this.verzoek) return;
			this.wissel(datum, m.model, m.info);
		} catch (e) {
			if (verzoek === this.verzoek) this.fout = { datum, tekst: foutTekst(e) };
		} finally {
			if (verzoek === this.verzoek) this.laden = null;
		}
	}

	/** The change view: compare the date shown with an earlier date d; null ends it. */
	async zetVergelijk(d: string | null): Promise<void> {
		const datum = d && d >= this.bereik.van && d < this.bereik.tot ? d : null;
		this.fout = null;
		if (!datum) {
			this.vergelijk = null;
			this.vergelijkModel = null;
			return;
		}
		this.vergelijk = datum;
		try {
			const m = await this.datumModel(datum);
			if (this.vergelijk === datum) this.vergelijkModel = m.model;
		} catch (e) {
			this.fout = { datum, tekst: foutTekst(e) };
		}
	}

	/** The model of a date (cached; the history and topology are fetched on first use). */
	datumModel(d: string): Promise<DatumModel> {
		let p = this.modellen.get(d);
		if (!p) {
			p = this.bron.geschiedenis().then((g) => {
				this.geschiedenis = g;
				const m = maakDatumModel(this.data.atlas, g, d, (f) => this.index(f), this.eigen);
				this.laadPeriodenVoor(g);
				return m;
			});
			p.catch(() => this.modellen.delete(d));
			this.modellen.set(d, p);
			if (this.modellen.size > MAX_DATUM_MODELLEN)
				this.modellen.delete(this.modellen.keys().next().value!);
		}
		return p;
	}

	private index(bestand: string): Promise<GeoIndex> {
		let p = this.indexen.get(bestand);
		if (!p) {
			p = this.bron.topologie(bestand).then(maakGeoIndex);
			p.catch(() => this.indexen.delete(bestand));
			this.indexen.set(bestand, p);
		}
		return p;
	}

	/** The model for a form filter on a date's model: the date's own without a filter; its index is shared. */
	private modelVoor(
		basis: VerkennerModel,
		vormen: Samenwerkingsvorm[] | undefined
	): VerkennerModel {
		if (vormen === undefined) return basis;
		const sleutel = encodeVormen(vormen) ?? '';
		let perFilter = this.gefilterd.get(basis);
		if (!perFilter) {
			// A plain cache, filled while deriving the model: it must not be reactive itself.
			// eslint-disable-next-line svelte/prefer-svelte-reactivity
			perFilter = new Map();
			this.gefilterd.set(basis, perFilter);
		}
		let m = perFilter.get(sleutel);
		if (!m) {
			const codes = basis.gemeenteCodes;
			const eigen = this.eigen.map((e) => ({
				...e,
				verbanden: e.verbanden.map((v) => ({
					...v,
					gemeenten: v.gemeenten.filter((c) => codes.has(c))
				}))
			}));
			const f = filterOpVorm({ atlas: basis.atlas, topology: basis.index.topology }, eigen, vormen);
			m = maakVerkennerModel(f.data, f.eigen, basis.index);
			perFilter.set(sleutel, m);
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

	private wissel(datum: string | null, model: VerkennerModel, info: DatumModel['info'] | null) {
		const vorige = this.geselecteerd;
		this.datum = datum;
		this.tijdInfo = info;
		this.basis = model;
		// A selected gemeente that was merged away on the new date becomes the one it went into.
		if (vorige && !model.gemeenteCodes.has(vorige)) {
			const g = this.geschiedenis;
			this.geselecteerd = g ? codeOp(g, vorige, this.datumOfVandaag, model.gemeenteCodes) : null;
		}
	}

	private berekenVerandering(): Verandering | null {
		const vm = this.vergelijkModel;
		if (!vm || !this.vergelijk) return null;
		const domeinen = this.zichtbaar.filter((id) => this.model.laag(id).soort === 'domein');
		const tot = this.datumOfVandaag;
		const g = this.geschiedenis;
		const later = this.vergelijk <= tot ? this.model : vm;
		const laterDatum = this.vergelijk <= tot ? tot : this.vergelijk;
		return verandering(
			{ datum: this.vergelijk, atlas: vm.atlas, telling: vm.view(this.zichtbaar).telling },
			{ datum: tot, atlas: this.model.atlas, telling: this.view.telling },
			{
				domeinen,
				naarLater: g ? (c) => codeOp(g, c, laterDatum, later.gemeenteCodes) : undefined
			}
		);
	}

	toggle(id: string, aan: boolean): void {
		const rest = this.gekozen.filter((x) => x !== id);
		// Keep panel order, so colours/dashes don't jump around when toggling.
		const volgorde = this.vandaag.lagen.map((l) => l.id);
		this.gekozen = aan ? volgorde.filter((x) => x === id || rest.includes(x)) : rest;
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
		const ver = this.verandering;
		return {
			model: this.model,
			view: this.view,
			zichtbaar: this.zichtbaar,
			gatenTonen: this.gatenTonen,
			stijl: this.stijl,
			geselecteerd: this.geselecteerd,
			taal: this.taal,
			datum: this.datum,
			verschil: ver ? { van: ver.van, tot: ver.tot, waarden: ver.verschil } : null,
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
			vorm: this.vormen,
			...(this.datum && { datum: this.datum }),
			...(this.vergelijk && { vergelijk: this.vergelijk })
		});
	}
}

/** The basemap this browser chose before ('geen' when none, or storage is blocked). */
export function leesBasiskaart(): Basiskaart {
	try {
		return localStorage.getItem(BASISKAART_SLEUTEL) === 'pdok' ? 'pdok' : 'geen';
	} catch {
		return 'geen';
	}
}
