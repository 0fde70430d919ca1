// MapLibre holds the camera and the (optional) basemap; deck.gl draws every data layer on top, in
// a canvas of its own (overlaid mode: interleaved into MapLibre's context, the first complete map
// took 3.3–3.7 s instead of ~1.3 s in software WebGL; the PNG export does use interleaved mode).
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { maakStijl, type Basiskaart } from './style';

export type { Layer, PickingInfo };

/** Netherlands, with a little margin. */
export const NL_BOUNDS: [[number, number], [number, number]] = [
	[3.2, 50.7],
	[7.3, 53.6]
];

/** Room around NL_BOUNDS when the whole country is shown (the attribution is at the bottom). */
export const NL_PADDING = { top: 16, bottom: 36, left: 16, right: 16 };

export interface Camera {
	lng: number;
	lat: number;
	zoom: number;
}

/** What the map tells its owner; can be given later (verbind) when the map was started early. */
export interface AtlasMapCallbacks {
	onHover?: (info: PickingInfo) => void;
	onClick?: (info: PickingInfo) => void;
	onCameraChange?: (camera: Camera) => void;
	/** The map is complete: basemap idle and the deck.gl layers drawn. */
	onIdle?: () => void;
	/** The map started changing (camera or layers). */
	onBezig?: () => void;
}

export interface AtlasMapOptions extends AtlasMapCallbacks {
	container: HTMLElement;
	basiskaart: Basiskaart;
	camera?: Camera;
}

/** A thin wrapper so UI components never touch MapLibre or deck.gl directly. */
export class AtlasMap {
	readonly map: maplibregl.Map;
	readonly overlay: MapboxOverlay;
	private basiskaart: Basiskaart;
	/** "Complete" = MapLibre idle and deck.gl has drawn the current layers. */
	private kaartIdle = false;
	private deckGetekend = false;
	private cb: AtlasMapCallbacks;
	/** Complete means the layers of setLayers are drawn (not the warm-up layers of opwarmen). */
	private lagenGezet = false;
	/** Layers given before MapLibre's first frame; deck.gl gets them at 'load'. */
	private wachtendeLagen: Layer[] | null = null;
	private geladen = false;

	constructor(opts: AtlasMapOptions) {
		this.basiskaart = opts.basiskaart;
		this.cb = { ...opts };
		this.map = new maplibregl.Map({
			container: opts.container,
			style: maakStijl(opts.basiskaart),
			...(opts.camera
				? { center: [opts.camera.lng, opts.camera.lat], zoom: opts.camera.zoom }
				: {
						bounds: NL_BOUNDS,
						fitBoundsOptions: { padding: NL_PADDING }
					}),
			minZoom: 5,
			maxZoom: 13,
			maxBounds: [
				[0, 49.5],
				[10.5, 54.8]
			],
			attributionControl: false,
			dragRotate: false,
			pitchWithRotate: false,
			touchPitch: false,
			canvasContextAttributes: { preserveDrawingBuffer: true }
		});
		this.map.touchZoomRotate.disableRotation();
		this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
		this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
		this.overlay = new MapboxOverlay({
			interleaved: false,
			layers: [],
			onHover: (info) => this.cb.onHover?.(info),
			onClick: (info) => this.cb.onClick?.(info),
			getCursor: ({ isHovering, isDragging }) =>
				isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab',
			onAfterRender: () => {
				if (!this.deckGetekend) {
					this.deckGetekend = true;
					this.meldKlaar();
				}
			}
		});
		this.map.addControl(this.overlay);
		this.map.on('moveend', () => this.cb.onCameraChange?.(this.camera()));
		this.map.on('load', () => {
			performance.mark('atlas:map-load');
			this.geladen = true;
			if (this.wachtendeLagen) {
				this.deckGetekend = false;
				this.overlay.setProps({ layers: this.wachtendeLagen });
				this.wachtendeLagen = null;
			}
		});
		this.map.on('idle', () => {
			this.kaartIdle = true;
			this.meldKlaar();
		});
		this.map.on('movestart', () => {
			this.kaartIdle = false;
			this.cb.onBezig?.();
		});
	}

	/** Hands the map's events to (another) owner. */
	verbind(cb: AtlasMapCallbacks): void {
		this.cb = { ...cb };
	}

	private meldKlaar(): void {
		if (this.kaartIdle && this.deckGetekend && this.lagenGezet) {
			performance.mark('atlas:klaar');
			this.cb.onIdle?.();
		}
	}

	/**
	 * Layers drawn before the real ones, while the data loads: deck.gl compiles their shaders then
	 * (seconds of work in software WebGL that would otherwise fall in the first complete frame).
	 */
	opwarmen(layers: Layer[]): void {
		if (!this.lagenGezet) this.overlay.setProps({ layers });
	}

	camera(): Camera {
		const c = this.map.getCenter();
		return { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() };
	}

	setLayers(layers: Layer[]): void {
		this.deckGetekend = false;
		this.lagenGezet = true;
		this.cb.onBezig?.();
		// deck.gl draws again when MapLibre draws its first frame (a new view state): layers given
		// before that would be drawn twice, and each frame is hundreds of ms in software WebGL.
		if (this.geladen) this.overlay.setProps({ layers });
		else this.wachtendeLagen = layers;
	}

	setBasiskaart(basiskaart: Basiskaart): void {
		if (basiskaart === this.basiskaart) return;
		this.basiskaart = basiskaart;
		this.map.setStyle(maakStijl(basiskaart));
	}

	/** Screen position (CSS pixels, relative to the map container) of a coordinate. */
	project(lng: number, lat: number): { x: number; y: number } {
		const p = this.map.project([lng, lat]);
		return { x: p.x, y: p.y };
	}

	/** Every picked object under a screen point, across all pickable layers. */
	pickAll(x: number, y: number): PickingInfo[] {
		return this.overlay.pickMultipleObjects({ x, y, radius: 1, depth: 20 });
	}

	flyTo(camera: Partial<Camera>): void {
		this.map.easeTo({
			center:
				camera.lng !== undefined && camera.lat !== undefined ? [camera.lng, camera.lat] : undefined,
			zoom: camera.zoom,
			duration: 0
		});
	}

	fitBounds(bounds: [[number, number], [number, number]]): void {
		this.map.fitBounds(bounds, { padding: 48, maxZoom: 10, duration: 0 });
	}

	/** The visible extent: [[west, south], [east, north]]. */
	bounds(): [[number, number], [number, number]] {
		const b = this.map.getBounds();
		return [
			[b.getWest(), b.getSouth()],
			[b.getEast(), b.getNorth()]
		];
	}

	zoomLevel(): number {
		return this.map.getZoom();
	}

	destroy(): void {
		this.overlay.finalize();
		this.map.remove();
	}
}
