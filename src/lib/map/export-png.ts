// PNG export at print resolution: a second, off-screen MapLibre map (with deck.gl interleaved in
// its WebGL context) is rendered at the target pixel size — not an upscaled screenshot — and the
// page (title, legend, scale bar, attribution; see export/svg.ts) is drawn on top of it.
// The off-screen map is kept for a while after an export (see ExportKaart).
import maplibregl from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
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

function wacht(map: maplibregl.Map, event: 'load' | 'idle'): Promise<void> {
	return new Promise((resolve, reject) => {
		const klok = setTimeout(
			() =>
				reject(
					new ExportFout(
						`de kaart was na ${MAX_WACHTEN_MS / 1000} seconden nog niet getekend. Probeer een kleinere maat.`
					)
				),
			MAX_WACHTEN_MS
		);
		map.once(event, () => {
			clearTimeout(klok);
			resolve();
		});
	});
}

/**
 * The off-screen map (MapLibre with deck.gl interleaved in its WebGL context) that renders PNG
 * exports of one size. It is kept between exports: in software WebGL a new context costs seconds
 * (shader pipelines, buffers) before its first frame; a kept one only draws the next frame.
 * It is never resized: deck.gl learns a new canvas size only a frame later, so the first frame
 * after a resize would be drawn with the old size.
 */
class ExportKaart {
	readonly map: maplibregl.Map;
	readonly overlay: MapboxOverlay;
	private readonly doos: HTMLDivElement;
	private readonly geladen: Promise<void>;
	/** What the canvas holds now (see tekenSleutel); null when unknown. */
	private getekend: string | null = null;

	constructor(
		readonly sleutel: string,
		basiskaart: Basiskaart,
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
		this.map = new maplibregl.Map({
			container: this.doos,
			style: maakStijl(basiskaart),
			pixelRatio: ratio,
			maxCanvasSize: [16384, 16384],
			interactive: false,
			attributionControl: false,
			fadeDuration: 0,
			// Multisampling only for screen resolutions: at print resolution (a pixel of 0.08 mm at
			// 300 dpi) it is invisible on paper and costs more than a second in software WebGL.
			canvasContextAttributes: { preserveDrawingBuffer: true, antialias: ratio < 2 }
		});
		// deck.gl attaches its device to MapLibre's context asynchronously; until it has, MapLibre
		// draws frames (and goes idle) without the layers: a map of sea only. So the map is ready
		// when MapLibre has loaded and deck.gl has loaded.
		let deckGeladen: () => void = () => undefined;
		const deckKlaar = new Promise<void>((klaar) => (deckGeladen = klaar));
		this.overlay = new MapboxOverlay({
			interleaved: true,
			useDevicePixels: ratio,
			layers: [],
			onLoad: () => deckGeladen()
		});
		this.geladen = wacht(this.map, 'load').then(() => {
			this.map.addControl(this.overlay);
			return metTijdslimiet(deckKlaar);
		});
		this.geladen.catch(() => undefined); // awaited (and reported) by teken
	}

	/** Draws the map alone at the map area's size in device pixels; returns its canvas. */
	async teken(
		beeld: KaartBeeld,
		o: Opmaak,
		lagen: VerkennerLagenInput
	): Promise<HTMLCanvasElement> {
		await this.geladen;
		const sleutel = tekenSleutel(beeld, o, lagen);
		// Already drawn (the same map exported again, e.g. after a changed title): the canvas keeps
		// its pixels (preserveDrawingBuffer), so no second frame of seconds.
		if (sleutel === this.getekend) return this.gecontroleerd(o);
		this.getekend = null;
		this.map.fitBounds(beeld.bounds, { padding: 0, duration: 0 });
		// The labels follow the zoom of the export map, as on screen.
		const zoom = this.map.getZoom();
		const maakLabels = zoom >= LABEL_ZOOM ? await laadLabels() : null;
		const layers = bouwVerkennerLagen({ ...lagen, zoom, maakLabels });
		this.overlay.setProps({ layers });
		// One frame is enough: every resource (the hatch atlas is a canvas) is there in the first.
		const idle = wacht(this.map, 'idle');
		this.map.triggerRepaint();
		await idle;
		this.getekend = sleutel;
		return this.gecontroleerd(o);
	}

	/** The canvas, if it has the size the layout needs; never a silently smaller image. */
	private gecontroleerd(o: Opmaak): HTMLCanvasElement {
		const canvas = this.map.getCanvas();
		if (Math.abs(canvas.width - o.kaart.b) > 2 || Math.abs(canvas.height - o.kaart.h) > 2) {
			throw new ExportFout(
				`deze browser kan de kaart maximaal ${canvas.width} × ${canvas.height} pixels groot tekenen, ` +
					`nodig was ${o.kaart.b} × ${o.kaart.h}. Kies een kleinere maat of een lagere dpi.`
			);
		}
		return canvas;
	}

	sluit(): void {
		this.overlay.finalize();
		this.map.remove();
		this.doos.remove();
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
		exportKaart = new ExportKaart(sleutel, basiskaart, o);
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
