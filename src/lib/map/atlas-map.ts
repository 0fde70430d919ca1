// The app's map: deck.gl draws every data layer and holds the camera itself (a standalone Deck
// with a MapView and its controller). MapLibre is only the optional online basemap: loaded on
// demand, drawn under deck.gl's canvas and following its camera (issue 19). Without a basemap, the
// default, the page neither loads MapLibre (265 KB gz) nor makes its WebGL context, so the first
// complete map costs what deck.gl's fills cost. Hover and click look the gemeente up on the CPU
// (`zoek`), so there is no picking pass either. The PNG export has its own off-screen map.
import { Deck, MapView, type Layer } from '@deck.gl/core';
import { WebMercatorViewport } from '@math.gl/web-mercator';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { maakStijl, type Basiskaart } from './style';
import { begrensCamera, KAART_GRENZEN, MAX_ZOOM, MIN_ZOOM } from './camera';
import { BEDIENING_NL, KaartBediening, type BedieningTeksten } from './bediening';
import { naarRGBA, ZEE_KLEUR } from '$lib/stijl/kleuren';

/** The sea as deck.gl's clear colour (0–255). */
const ZEE_RGBA = naarRGBA(ZEE_KLEUR);

export type { Layer };
export { NL_BOUNDS, NL_PADDING } from './camera';
import { NL_BOUNDS, NL_PADDING } from './camera';

export interface Camera {
	lng: number;
	lat: number;
	zoom: number;
}

/**
 * A point on the map that the pointer is on (hover) or clicked: its screen position (CSS pixels in
 * the map container) and what `zoek` found there. x = -1: the pointer left the map.
 */
export interface Aanwijzing {
	x: number;
	y: number;
	object: unknown;
}

/** What the map tells its owner; can be given later (verbind) when the map was started early. */
export interface AtlasMapCallbacks {
	/**
	 * What lies under a point (for hover and click): looked up by the owner on the CPU, e.g. the
	 * gemeente polygon (geo/aanwijzen.ts). deck.gl's picking is not used: in software WebGL it draws
	 * every fill again and reads it back on each pointer move.
	 */
	zoek?: (lng: number, lat: number) => unknown;
	onHover?: (info: Aanwijzing) => void;
	onClick?: (info: Aanwijzing) => void;
	onCameraChange?: (camera: Camera) => void;
	/** The map is complete: the deck.gl layers drawn and, with a basemap, its tiles. */
	onIdle?: () => void;
	/** The map started changing (camera or layers). */
	onBezig?: () => void;
}

export interface AtlasMapOptions extends AtlasMapCallbacks {
	container: HTMLElement;
	basiskaart: Basiskaart;
	camera?: Camera;
	teksten?: Partial<BedieningTeksten>;
}

type Omvang = [[number, number], [number, number]];

interface ViewState {
	longitude: number;
	latitude: number;
	zoom: number;
	pitch: number;
	bearing: number;
	minZoom: number;
	maxZoom: number;
}

/** A thin wrapper so UI components never touch deck.gl (or MapLibre) directly. */
export class AtlasMap {
	private deck: Deck<MapView>;
	/** The canvas is opaque (no basemap under it). */
	private opaak = true;
	/** The layers last given (warm-up or real), to give a new deck (`zetOpaak`). */
	private lagen: Layer[] = [];
	/** The map on screen while its replacement (`zetOpaak`) has not drawn yet. */
	private oudeDeck: Deck<MapView> | null = null;
	private readonly container: HTMLElement;
	private readonly bediening: KaartBediening;
	private viewState: ViewState;
	private cb: AtlasMapCallbacks;
	/** "Complete" = deck.gl has drawn the current layers, nothing moves, the basemap is idle. */
	private deckGetekend = false;
	private bewegend = false;
	/** Complete means the layers of setLayers are drawn (not the warm-up layers of opwarmen). */
	private lagenGezet = false;
	private basiskaart: Basiskaart = 'geen';
	private onder: { map: MaplibreMap; el: HTMLDivElement; idle: boolean } | null = null;
	/** Bounds asked for while the container had no size yet. */
	private wachtendeOmvang: {
		b: Omvang;
		padding: number | typeof NL_PADDING;
		maxZoom?: number;
	} | null = null;
	private verwijderd = false;
	private teksten: Partial<BedieningTeksten>;
	/** The pointer is on something `zoek` found (the cursor shows a hand). */
	private wijst = false;

	constructor(opts: AtlasMapOptions) {
		this.container = opts.container;
		// The sea: the land is drawn by the gemeente layer (a basemap, when chosen, lies over it).
		opts.container.style.background = ZEE_KLEUR;
		this.cb = { ...opts };
		this.teksten = opts.teksten ?? {};
		const c = opts.camera;
		this.viewState = {
			longitude: c?.lng ?? 5.25,
			latitude: c?.lat ?? 52.15,
			zoom: c?.zoom ?? 6.5,
			pitch: 0,
			bearing: 0,
			minZoom: MIN_ZOOM,
			maxZoom: MAX_ZOOM
		};
		if (!c) this.pas(NL_BOUNDS, NL_PADDING);
		this.deck = this.maakDeck(opts.basiskaart === 'geen');
		this.bediening = new KaartBediening(opts.container, opts.teksten, (factor) =>
			this.zoomStap(factor)
		);
		this.bediening.werkBij(this.viewState.zoom, this.viewState.latitude);
		this.setBasiskaart(opts.basiskaart);
		opts.container.addEventListener('pointermove', this.opBeweging);
		opts.container.addEventListener('pointerleave', this.opVerlaten);
	}

	/** What lies at a screen point of the map (CSS pixels in the container). */
	private aanwijzing(x: number, y: number): Aanwijzing {
		const [lng, lat] = this.viewport().unproject([x, y]);
		return { x, y, object: this.cb.zoek?.(lng, lat) ?? null };
	}

	/**
	 * Hover in the pointer's own event, not at the next animation frame after a picking pass: the
	 * tooltip changes in the first frame after the move. Not over the zoom buttons or the scale bar,
	 * and not while a button is held (dragging the map).
	 */
	private readonly opBeweging = (e: PointerEvent) => {
		if (!this.cb.onHover) return;
		if (e.target !== this.deck.getCanvas() || e.buttons !== 0) return this.opVerlaten();
		const r = this.container.getBoundingClientRect();
		const a = this.aanwijzing(e.clientX - r.left, e.clientY - r.top);
		this.zetWijst(a.object != null);
		this.cb.onHover(a);
	};

	private readonly opVerlaten = () => {
		this.zetWijst(false);
		this.cb.onHover?.({ x: -1, y: -1, object: null });
	};

	private zetWijst(wijst: boolean): void {
		if (wijst === this.wijst) return;
		this.wijst = wijst;
		this.container.style.cursor = wijst ? 'pointer' : 'grab';
	}

	/**
	 * deck.gl's map, with an opaque canvas when no basemap lies under it: it clears to the sea
	 * colour itself, and the compositor then neither blends the canvas nor draws what lies under
	 * it. In software WebGL that is ~10 ms of every frame of the page (hover, date change, layer
	 * toggle; bench). Over the online basemap the canvas must let the tiles through, and a WebGL
	 * context keeps the attributes it was made with, so `zetOpaak` makes the map again.
	 */
	private maakDeck(opaak: boolean): Deck<MapView> {
		this.opaak = opaak;
		const deck: Deck<MapView> = new Deck<MapView>({
			parent: this.container as HTMLDivElement,
			width: '100%',
			height: '100%',
			// Opaque: the canvas clears to the sea itself.
			views: new MapView(
				opaak ? { repeat: false, clear: true, clearColor: ZEE_RGBA } : { repeat: false }
			),
			viewState: this.viewState,
			controller: {
				dragRotate: false,
				touchRotate: false,
				keyboard: true,
				doubleClickZoom: true,
				scrollZoom: true
			},
			useDevicePixels: true,
			// No multisampling: the lines smooth their own edges (lijnen-tekenlaag.ts) and cover
			// the fills' edges; in software WebGL multisampling doubled the cost of every frame.
			deviceProps: { webgl: { antialias: false, alpha: !opaak } },
			layers: [],
			onViewStateChange: ({ viewState }) => {
				// Controlled: the camera is ours, kept inside the rules (camera.ts).
				this.zetViewState(this.begrensd(viewState as unknown as ViewState));
			},
			onInteractionStateChange: (s) => {
				const bezig = Boolean(
					s.isDragging || s.isPanning || s.isZooming || s.isRotating || s.inTransition
				);
				if (bezig && !this.bewegend) {
					this.bewegend = true;
					this.cb.onBezig?.();
				} else if (!bezig && this.bewegend) {
					this.bewegend = false;
					this.cb.onCameraChange?.(this.camera());
					this.meldKlaar();
				}
			},
			// A click, not the end of a drag (deck.gl's gestures tell them apart).
			onClick: (info) => {
				if (this.cb.onClick) this.cb.onClick(this.aanwijzing(info.x, info.y));
			},
			getCursor: ({ isDragging }) => (isDragging ? 'grabbing' : this.wijst ? 'pointer' : 'grab'),
			// The canvas exists once deck.gl's device does (asynchronously).
			onLoad: () => {
				this.kenmerkCanvas(deck, this.teksten.kaart ?? BEDIENING_NL.kaart);
				const oud = this.oudeDeck?.getCanvas();
				if (oud && document.activeElement === oud) deck.getCanvas()?.focus();
			},
			onAfterRender: () => {
				// The map it replaces stays on screen until this one has drawn (no blank map while
				// the new WebGL context compiles its shaders); until then only this one counts.
				if (this.deck !== deck) return;
				this.oudeDeck?.finalize();
				this.oudeDeck = null;
				if (!this.deckGetekend && this.lagenGezet) {
					this.deckGetekend = true;
					this.meldKlaar();
				}
			}
		});
		return deck;
	}

	/**
	 * The map made again with an opaque or a transparent canvas (the basemap came or went): the
	 * same camera and layers (as new instances: deck.gl does not take over another deck's layers),
	 * keyboard focus kept; the old map is removed once the new one has drawn.
	 */
	private zetOpaak(opaak: boolean): void {
		if (opaak === this.opaak || this.verwijderd) return;
		this.deckGetekend = false;
		this.cb.onBezig?.();
		// A replacement that has not drawn yet is dropped; the map on screen stays until the
		// new one has drawn.
		if (this.oudeDeck) this.deck.finalize();
		else this.oudeDeck = this.deck;
		this.deck = this.maakDeck(opaak);
		this.deck.setProps({ layers: this.lagen.map((l) => l.clone({})) });
	}

	/** The map takes the keyboard (arrows pan, + and − zoom), as MapLibre's canvas did. */
	private kenmerkCanvas(deck: Deck<MapView>, naam: string): void {
		const canvas = deck.getCanvas();
		if (!canvas) return;
		canvas.tabIndex = 0;
		canvas.setAttribute('role', 'application');
		canvas.setAttribute('aria-label', naam);
		canvas.classList.add('kaart-canvas');
	}

	/** The controls' and the canvas's labels in the page's language. */
	zetTeksten(teksten: Partial<BedieningTeksten>): void {
		this.teksten = teksten;
		this.bediening.zetTeksten(teksten);
		this.deck.getCanvas()?.setAttribute('aria-label', teksten.kaart ?? BEDIENING_NL.kaart);
	}

	/** Hands the map's events to (another) owner. */
	verbind(cb: AtlasMapCallbacks): void {
		this.cb = { ...cb };
	}

	private meldKlaar(): void {
		if (this.verwijderd) return;
		if (!this.deckGetekend || !this.lagenGezet || this.bewegend) return;
		if (this.onder && !this.onder.idle) return;
		performance.mark('atlas:klaar');
		this.cb.onIdle?.();
	}

	private maat(): { width: number; height: number } {
		return { width: this.container.clientWidth, height: this.container.clientHeight };
	}

	private begrensd(vs: ViewState): ViewState {
		const c = begrensCamera({ lng: vs.longitude, lat: vs.latitude, zoom: vs.zoom }, KAART_GRENZEN);
		return { ...vs, longitude: c.lng, latitude: c.lat, zoom: c.zoom, pitch: 0, bearing: 0 };
	}

	private zetViewState(vs: ViewState): void {
		this.viewState = vs;
		this.deckGetekend = false;
		this.deck?.setProps({ viewState: vs });
		this.bediening?.werkBij(vs.zoom, vs.latitude);
		this.onder?.map.jumpTo({ center: [vs.longitude, vs.latitude], zoom: vs.zoom });
	}

	/** Sets the camera and reports it as a finished move (programmatic moves do not animate). */
	private spring(c: Camera): void {
		this.cb.onBezig?.();
		this.zetViewState(
			this.begrensd({ ...this.viewState, longitude: c.lng, latitude: c.lat, zoom: c.zoom })
		);
		this.cb.onCameraChange?.(this.camera());
	}

	/** The camera that shows `b` with `padding`, or null while the container has no size. */
	private pasCamera(
		b: Omvang,
		padding: number | typeof NL_PADDING,
		maxZoom = MAX_ZOOM
	): Camera | null {
		const { width, height } = this.maat();
		if (width < 2 || height < 2) return null;
		const pad =
			typeof padding === 'number'
				? Math.min(padding, Math.floor(width / 4), Math.floor(height / 4))
				: padding;
		try {
			const v = new WebMercatorViewport({ width, height }).fitBounds(b, { padding: pad, maxZoom });
			return { lng: v.longitude, lat: v.latitude, zoom: Math.min(maxZoom, v.zoom) };
		} catch {
			return null; // padding larger than the map
		}
	}

	/** Fits `b` now, or as soon as the container has a size. */
	private pas(b: Omvang, padding: number | typeof NL_PADDING, maxZoom?: number): boolean {
		const c = this.pasCamera(b, padding, maxZoom);
		if (!c) {
			this.wachtendeOmvang = { b, padding, maxZoom };
			return false;
		}
		this.wachtendeOmvang = null;
		const vs = this.begrensd({
			...this.viewState,
			longitude: c.lng,
			latitude: c.lat,
			zoom: c.zoom
		});
		this.viewState = vs;
		return true;
	}

	private zoomStap(delta: number): void {
		this.spring({ ...this.camera(), zoom: this.viewState.zoom + delta });
	}

	/**
	 * Layers drawn before the real ones, while the data loads: deck.gl compiles their shaders then
	 * (seconds of work in software WebGL that would otherwise fall in the first complete frame).
	 */
	opwarmen(layers: Layer[]): void {
		if (this.lagenGezet) return;
		this.lagen = layers;
		this.deck.setProps({ layers });
	}

	/**
	 * After the container moved or changed size (the early map taken over): the camera that was
	 * asked for (or the whole country) at the new size, drawn with the next frame.
	 */
	pasAan(camera: Camera | null): void {
		if (camera) this.spring(camera);
		else if (this.pas(NL_BOUNDS, NL_PADDING)) this.zetViewState(this.viewState);
		this.onder?.map.resize();
	}

	camera(): Camera {
		return {
			lng: this.viewState.longitude,
			lat: this.viewState.latitude,
			zoom: this.viewState.zoom
		};
	}

	setLayers(layers: Layer[]): void {
		this.deckGetekend = false;
		this.lagenGezet = true;
		this.cb.onBezig?.();
		if (this.wachtendeOmvang) {
			const w = this.wachtendeOmvang;
			if (this.pas(w.b, w.padding, w.maxZoom)) this.zetViewState(this.viewState);
		}
		this.lagen = layers;
		this.deck.setProps({ layers });
		// Update and draw now, not at the next animation frame (what deck.gl's own loop does
		// there): the canvas then changes in the same compositor frame as the legend and panel
		// that changed with the layers (in software WebGL every compositor frame costs tens of
		// milliseconds of the one GPU thread). Before deck.gl's device exists there is nothing
		// to draw yet, and its loop draws the layers once it does.
		// (layerManager is protected in deck.gl's types; updateLayers is what its loop calls.)
		const lagenBeheer = (this.deck as unknown as { layerManager: { updateLayers(): void } | null })
			.layerManager;
		if (lagenBeheer) {
			lagenBeheer.updateLayers();
			this.deck.redraw();
		}
	}

	/** 'pdok' loads MapLibre and draws its tiles under the layers; 'geen' removes it again. */
	setBasiskaart(basiskaart: Basiskaart): void {
		if (basiskaart === this.basiskaart) return;
		this.basiskaart = basiskaart;
		this.zetOpaak(basiskaart === 'geen');
		if (basiskaart === 'geen') {
			this.onder?.map.remove();
			this.onder?.el.remove();
			this.onder = null;
			return;
		}
		void this.laadOnderkaart(basiskaart);
	}

	private async laadOnderkaart(basiskaart: Basiskaart): Promise<void> {
		const [{ default: maplibregl }] = await Promise.all([
			import('maplibre-gl'),
			import('maplibre-gl/dist/maplibre-gl.css')
		]);
		if (this.verwijderd || this.basiskaart !== basiskaart || this.onder) return;
		const el = document.createElement('div');
		el.className = 'kaart-onderlaag';
		// Inline: maplibre-gl.css, loaded after the app's CSS, makes `.maplibregl-map` relative, and
		// the basemap then had no height (its tiles never showed on screen).
		Object.assign(el.style, { position: 'absolute', inset: '0' });
		el.setAttribute('aria-hidden', 'true');
		this.container.insertBefore(el, this.container.firstChild);
		const vs = this.viewState;
		const map = new maplibregl.Map({
			container: el,
			style: maakStijl(basiskaart),
			center: [vs.longitude, vs.latitude],
			zoom: vs.zoom,
			interactive: false,
			attributionControl: false,
			fadeDuration: 0,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		const onder = { map, el, idle: false };
		this.onder = onder;
		this.cb.onBezig?.();
		map.on('render', () => (onder.idle = false));
		map.on('idle', () => {
			onder.idle = true;
			this.meldKlaar();
		});
	}

	/** Screen position (CSS pixels, relative to the map container) of a coordinate. */
	project(lng: number, lat: number): { x: number; y: number } {
		const [x, y] = this.viewport().project([lng, lat]);
		return { x, y };
	}

	private viewport(): WebMercatorViewport {
		const { width, height } = this.maat();
		return new WebMercatorViewport({
			width: Math.max(1, width),
			height: Math.max(1, height),
			longitude: this.viewState.longitude,
			latitude: this.viewState.latitude,
			zoom: this.viewState.zoom
		});
	}

	flyTo(camera: Partial<Camera>): void {
		this.spring({ ...this.camera(), ...camera });
	}

	fitBounds(bounds: Omvang): void {
		const c = this.pasCamera(bounds, 48, 10);
		if (c) this.spring(c);
		else this.wachtendeOmvang = { b: bounds, padding: 48, maxZoom: 10 };
	}

	/** The visible extent: [[west, south], [east, north]]. */
	bounds(): Omvang {
		const [[w, s], [e, n]] = this.viewport().getBounds();
		return [
			[w, s],
			[e, n]
		];
	}

	zoomLevel(): number {
		return this.viewState.zoom;
	}

	destroy(): void {
		this.verwijderd = true;
		this.container.removeEventListener('pointermove', this.opBeweging);
		this.container.removeEventListener('pointerleave', this.opVerlaten);
		this.deck.finalize();
		this.oudeDeck?.finalize();
		this.onder?.map.remove();
		this.onder?.el.remove();
		this.onder = null;
		this.bediening.verwijder();
	}
}
