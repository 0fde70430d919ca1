// PNG export at print resolution: a second, off-screen map is rendered at the target pixel size —
// not an upscaled screenshot — and the page (title, legend, scale bar, attribution; see
// export/svg.ts) is drawn on top of it. Without a basemap (the default) that map is deck.gl alone,
// as on screen, so an export loads no MapLibre; with the PDOK basemap it is a MapLibre map with
// deck.gl interleaved in its WebGL context. The off-screen map is kept for a while after an export
// (see ExportKaart).
import { Deck, MapView } from '@deck.gl/core';
import { WebMercatorViewport } from '@math.gl/web-mercator';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { tekenSleutel, type KaartBeeld } from '$lib/export/beeld';
import { paginaSvg } from '$lib/export/svg';
import type { Opmaak } from '$lib/export/opmaak';
import {
	bouwVerkennerLagen,
	LABEL_ZOOM,
	laadLabels,
	type VerkennerLagenInput
} from './verkenner-tekening';
import { maakStijl, type Basiskaart } from './style';
import { canvasAlsPng, svgAlsAfbeelding } from '$lib/download';
import { naarRGBA, ZEE_KLEUR } from '$lib/stijl/kleuren';

export class ExportFout extends Error {}

/** Exports wait on each other (see inRij): a map that never finishes must not block the next. */
const MAX_WACHTEN_MS = 120_000;

/** `p`, or the export error after MAX_WACHTEN_MS. */
function metTijdslimiet(p: Promise<void>): Promise<void> {
	let klok: ReturnType<typeof setTimeout> | undefined;
	const te = new Promise<void>((_, weiger) => {
		klok = setTimeout(
			() =>
				weiger(
					new ExportFout(
						`de kaart was na ${MAX_WACHTEN_MS / 1000} seconden nog niet getekend. Probeer een kleinere maat.`
					)
				),
			MAX_WACHTEN_MS
		);
	});
	return Promise.race([p, te]).finally(() => clearTimeout(klok));
}

function wacht(map: MaplibreMap, event: 'load' | 'idle'): Promise<void> {
	return metTijdslimiet(new Promise((resolve) => map.once(event, () => resolve())));
}

/**
 * The off-screen map that renders PNG exports of one size. It is kept between exports: in
 * software WebGL a new context costs seconds (shader pipelines, buffers) before its first frame;
 * a kept one only draws the next frame. It is never resized.
 */
abstract class ExportKaart {
	protected readonly doos: HTMLDivElement;
	/** What the canvas holds now (see tekenSleutel); null when unknown. */
	private getekend: string | null = null;

	constructor(
		readonly sleutel: string,
		o: Opmaak
	) {
		const ratio = o.vergroting;
		this.doos = document.createElement('div');
		// Laid out (WebGL needs a real size) but outside the viewport and hidden from assistive tech.
		Object.assign(this.doos.style, {
			position: 'fixed',
			left: '-20000px',
			top: '0',
			width: `${o.kaart.b / ratio}px`,
			height: `${o.kaart.h / ratio}px`,
			pointerEvents: 'none'
		});
		this.doos.setAttribute('aria-hidden', 'true');
		document.body.appendChild(this.doos);
	}

	/** Draws the map alone at the map area's size in device pixels; returns its canvas. */
	async teken(
		beeld: KaartBeeld,
		o: Opmaak,
		lagen: VerkennerLagenInput
	): Promise<HTMLCanvasElement> {
		const sleutel = tekenSleutel(beeld, o, lagen);
		// Already drawn (the same map exported again, e.g. after a changed title): the canvas keeps
		// its pixels (preserveDrawingBuffer), so no second frame of seconds.
		if (sleutel !== this.getekend) {
			this.getekend = null;
			await this.tekenKaart(beeld, o, lagen);
			this.getekend = sleutel;
		}
		const canvas = this.canvas();
		// Never a silently smaller image than the layout needs.
		if (Math.abs(canvas.width - o.kaart.b) > 2 || Math.abs(canvas.height - o.kaart.h) > 2) {
			throw new ExportFout(
				`deze browser kan de kaart maximaal ${canvas.width} × ${canvas.height} pixels groot tekenen, ` +
					`nodig was ${o.kaart.b} × ${o.kaart.h}. Kies een kleinere maat of een lagere dpi.`
			);
		}
		return canvas;
	}

	/** The layers of the export at a zoom (the labels follow it, as on screen). */
	protected async lagenBij(lagen: VerkennerLagenInput, zoom: number) {
		const maakLabels = zoom >= LABEL_ZOOM ? await laadLabels() : null;
		return bouwVerkennerLagen({ ...lagen, zoom, maakLabels });
	}

	protected abstract tekenKaart(
		beeld: KaartBeeld,
		o: Opmaak,
		lagen: VerkennerLagenInput
	): Promise<void>;

	protected abstract canvas(): HTMLCanvasElement;

	sluit(): void {
		this.doos.remove();
	}
}

/** Without a basemap: deck.gl alone, the sea its clear colour (what MapLibre's background was). */
class DeckExportKaart extends ExportKaart {
	private readonly deck: Deck<MapView>;
	private readonly geladen: Promise<void>;
	/** Called after each frame deck.gl drew (set while an export waits for its frame). */
	private naFrame: (() => void) | null = null;

	constructor(sleutel: string, o: Opmaak) {
		super(sleutel, o);
		const ratio = o.vergroting;
		let deckGeladen: () => void = () => undefined;
		this.geladen = metTijdslimiet(new Promise<void>((klaar) => (deckGeladen = klaar)));
		this.geladen.catch(() => undefined); // awaited (and reported) by tekenKaart
		const [r, g, b] = naarRGBA(ZEE_KLEUR);
		this.deck = new Deck<MapView>({
			parent: this.doos,
			width: '100%',
			height: '100%',
			views: new MapView({ repeat: false, clear: true, clearColor: [r, g, b, 255] }),
			viewState: { longitude: 5.3, latitude: 52.1, zoom: 7, pitch: 0, bearing: 0 },
			controller: false,
			useDevicePixels: ratio,
			// Multisampling only for screen resolutions: at print resolution (a pixel of 0.08 mm at
			// 300 dpi) it is invisible on paper and costs more than a second in software WebGL.
			deviceProps: { webgl: { preserveDrawingBuffer: true, antialias: ratio < 2 } },
			layers: [],
			onLoad: () => deckGeladen(),
			onAfterRender: () => this.naFrame?.()
		});
	}

	protected async tekenKaart(beeld: KaartBeeld, o: Opmaak, lagen: VerkennerLagenInput) {
		await this.geladen;
		const ratio = o.vergroting;
		const v = new WebMercatorViewport({
			width: o.kaart.b / ratio,
			height: o.kaart.h / ratio
		}).fitBounds(beeld.bounds, { padding: 0 });
		const layers = await this.lagenBij(lagen, v.zoom);
		// The frame that counts has the new layers at the canvas's full size (deck.gl sizes the
		// canvas from its box; a frame before that would be drawn at another size). A canvas that
		// stays smaller is the browser's limit: `teken` then says so.
		const getekend = new Promise<void>((klaar) => {
			let frames = 0;
			this.naFrame = () => {
				const c = this.canvas();
				const goed = Math.abs(c.width - o.kaart.b) <= 2 && Math.abs(c.height - o.kaart.h) <= 2;
				if (goed || ++frames >= 5) klaar();
				// redraw() draws at once: not from inside this frame's callback.
				else requestAnimationFrame(() => this.deck.redraw('exportmaat'));
			};
		});
		this.deck.setProps({
			viewState: {
				longitude: v.longitude,
				latitude: v.latitude,
				zoom: v.zoom,
				pitch: 0,
				bearing: 0
			},
			layers
		});
		try {
			await metTijdslimiet(getekend);
		} finally {
			this.naFrame = null;
		}
	}

	protected canvas(): HTMLCanvasElement {
		const c = this.deck.getCanvas();
		if (!c) throw new ExportFout('geen WebGL-tekenvlak beschikbaar in deze browser.');
		return c;
	}

	sluit(): void {
		this.deck.finalize();
		super.sluit();
	}
}

/** With the PDOK basemap: MapLibre (loaded now) with deck.gl interleaved in its WebGL context. */
class MaplibreExportKaart extends ExportKaart {
	private map: MaplibreMap | null = null;
	private overlay: MapboxOverlay | null = null;
	private readonly geladen: Promise<void>;

	constructor(sleutel: string, basiskaart: Basiskaart, o: Opmaak) {
		super(sleutel, o);
		this.geladen = this.laad(basiskaart, o.vergroting);
		this.geladen.catch(() => undefined); // awaited (and reported) by tekenKaart
	}

	private async laad(basiskaart: Basiskaart, ratio: number): Promise<void> {
		const [{ default: maplibregl }, { MapboxOverlay }] = await Promise.all([
			import('maplibre-gl'),
			import('@deck.gl/mapbox')
		]);
		const map = new maplibregl.Map({
			container: this.doos,
			style: maakStijl(basiskaart),
			pixelRatio: ratio,
			maxCanvasSize: [16384, 16384],
			interactive: false,
			attributionControl: false,
			fadeDuration: 0,
			canvasContextAttributes: { preserveDrawingBuffer: true, antialias: ratio < 2 }
		});
		this.map = map;
		// deck.gl attaches its device to MapLibre's context asynchronously; until it has, MapLibre
		// draws frames (and goes idle) without the layers: a map of sea only. So the map is ready
		// when MapLibre has loaded and deck.gl has loaded.
		let deckGeladen: () => void = () => undefined;
		const deckKlaar = new Promise<void>((klaar) => (deckGeladen = klaar));
		const overlay = new MapboxOverlay({
			interleaved: true,
			useDevicePixels: ratio,
			layers: [],
			onLoad: () => deckGeladen()
		});
		this.overlay = overlay;
		await wacht(map, 'load');
		map.addControl(overlay);
		await metTijdslimiet(deckKlaar);
	}

	protected async tekenKaart(beeld: KaartBeeld, _o: Opmaak, lagen: VerkennerLagenInput) {
		await this.geladen;
		const map = this.map!;
		map.fitBounds(beeld.bounds, { padding: 0, duration: 0 });
		this.overlay!.setProps({ layers: await this.lagenBij(lagen, map.getZoom()) });
		// One frame is enough: every resource (the hatch atlas is a canvas) is there in the first.
		const idle = wacht(map, 'idle');
		map.triggerRepaint();
		await idle;
	}

	protected canvas(): HTMLCanvasElement {
		return this.map!.getCanvas();
	}

	sluit(): void {
		this.overlay?.finalize();
		this.map?.remove();
		super.sluit();
	}
}

let exportKaart: ExportKaart | null = null;
/** Exports run one after another on the one export map. */
let rij: Promise<unknown> = Promise.resolve();
/** The export map is freed this long after the last export (its canvas alone is ~35 MB at A4). */
const BEWAREN_MS = 120_000;
let opruimKlok: ReturnType<typeof setTimeout> | undefined;

function exportKaartVoor(basiskaart: Basiskaart, o: Opmaak): ExportKaart {
	const sleutel = `${basiskaart}|${o.vergroting}|${o.kaart.b}×${o.kaart.h}`;
	if (exportKaart?.sleutel !== sleutel) {
		exportKaart?.sluit();
		exportKaart =
			basiskaart === 'geen'
				? new DeckExportKaart(sleutel, o)
				: new MaplibreExportKaart(sleutel, basiskaart, o);
	}
	clearTimeout(opruimKlok);
	opruimKlok = setTimeout(() => void sluitExportKaart(), BEWAREN_MS);
	return exportKaart;
}

function inRij<T>(werk: () => Promise<T>): Promise<T> {
	const klaar = rij.then(werk, werk);
	rij = klaar.catch(() => undefined);
	return klaar;
}

/** Frees the export map (its WebGL context and canvas). */
function sluitExportKaart(): Promise<void> {
	return inRij(async () => {
		exportKaart?.sluit();
		exportKaart = null;
	});
}

export interface PngExportOpties {
	beeld: KaartBeeld;
	opmaak: Opmaak;
	lagen: VerkennerLagenInput;
	basiskaart: Basiskaart;
}

export async function exporteerPng({
	beeld,
	opmaak: o,
	lagen,
	basiskaart
}: PngExportOpties): Promise<Blob> {
	performance.mark('export:start');
	// The page layer (title, legend, scale bar; the same Mercator fit as the map) decodes while the
	// map renders.
	const paginaKlaar = svgAlsAfbeelding(paginaSvg(beeld, o, { metKaart: false }));
	paginaKlaar.catch(() => undefined); // awaited below; no unhandled rejection if the map fails
	return inRij(async () => {
		const kaart = exportKaartVoor(basiskaart, o);
		let canvas: HTMLCanvasElement;
		try {
			canvas = await kaart.teken(beeld, o, lagen);
		} catch (e) {
			// A failed render may leave the map in any state: start afresh next time.
			if (exportKaart === kaart) exportKaart = null;
			kaart.sluit();
			throw e;
		}
		performance.mark('export:kaart');
		const uit = document.createElement('canvas');
		uit.width = o.breedte;
		uit.height = o.hoogte;
		const ctx = uit.getContext('2d');
		if (!ctx) throw new ExportFout('geen 2D-tekenvlak beschikbaar in deze browser.');
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, o.breedte, o.hoogte);
		// Copied before anything else can draw on the export map.
		ctx.drawImage(canvas, o.kaart.x, o.kaart.y, o.kaart.b, o.kaart.h);
		ctx.drawImage(await paginaKlaar, 0, 0, o.breedte, o.hoogte);
		const blob = await canvasAlsPng(uit);
		performance.mark('export:png');
		return blob;
	});
}
