// PNG export at print resolution: a second, off-screen MapLibre map (with deck.gl interleaved in
// its WebGL context) is rendered at the target pixel size — not an upscaled screenshot — and the
// page (title, legend, scale bar, attribution; see export/svg.ts) is drawn on top of it.
import maplibregl from 'maplibre-gl/dist/maplibre-gl-csp.js';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { KaartBeeld } from '$lib/export/beeld';
import { paginaSvg } from '$lib/export/svg';
import type { Opmaak } from '$lib/export/opmaak';
import { bouwVerkennerLagen, type VerkennerLagenInput } from './verkenner-lagen';
import { maakStijl, type Basiskaart } from './style';
// Sets MapLibre's worker URL (once, shared with the screen map).
import './atlas-map';

export class ExportFout extends Error {}

function wacht(map: maplibregl.Map, event: 'load' | 'idle'): Promise<void> {
	return new Promise((resolve) => map.once(event, () => resolve()));
}

async function svgAlsAfbeelding(svg: string): Promise<HTMLImageElement> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		img.src = url;
		await img.decode();
		return img;
	} finally {
		// The image keeps its decoded pixels; the URL is no longer needed after decode.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}

/** Draws the map alone at the map area's size in device pixels; returns its canvas. */
async function tekenKaart(
	beeld: KaartBeeld,
	o: Opmaak,
	lagen: VerkennerLagenInput,
	basiskaart: Basiskaart
): Promise<{ canvas: HTMLCanvasElement; opruimen: () => void }> {
	const ratio = o.schaal;
	const doos = document.createElement('div');
	// Laid out (WebGL needs a real size) but outside the viewport and hidden from assistive tech.
	Object.assign(doos.style, {
		position: 'fixed',
		left: '-20000px',
		top: '0',
		width: `${o.kaart.b / ratio}px`,
		height: `${o.kaart.h / ratio}px`,
		pointerEvents: 'none'
	});
	doos.setAttribute('aria-hidden', 'true');
	document.body.appendChild(doos);
	const map = new maplibregl.Map({
		container: doos,
		style: maakStijl(basiskaart),
		bounds: beeld.bounds,
		fitBoundsOptions: { padding: 0 },
		pixelRatio: ratio,
		maxCanvasSize: [16384, 16384],
		interactive: false,
		attributionControl: false,
		fadeDuration: 0,
		// Multisampling only for screen resolutions: at print resolution (a pixel of 0.08 mm at
		// 300 dpi) it is invisible on paper and costs more than a second in software WebGL.
		canvasContextAttributes: { preserveDrawingBuffer: true, antialias: ratio < 2 }
	});
	const overlay = new MapboxOverlay({
		interleaved: true,
		useDevicePixels: ratio,
		layers: bouwVerkennerLagen({ ...lagen, zoom: 0 })
	});
	const opruimen = () => {
		overlay.finalize();
		map.remove();
		doos.remove();
	};
	try {
		await wacht(map, 'load');
		map.addControl(overlay);
		// The labels follow the zoom of the export map, as on screen.
		overlay.setProps({ layers: bouwVerkennerLagen({ ...lagen, zoom: map.getZoom() }) });
		await wacht(map, 'idle');
		// deck.gl may finish async resources (pattern atlas) after the first idle: one more frame.
		map.triggerRepaint();
		await wacht(map, 'idle');
		const canvas = map.getCanvas();
		if (Math.abs(canvas.width - o.kaart.b) > 2 || Math.abs(canvas.height - o.kaart.h) > 2) {
			throw new ExportFout(
				`deze browser kan de kaart maximaal ${canvas.width} × ${canvas.height} pixels groot tekenen, ` +
					`nodig was ${o.kaart.b} × ${o.kaart.h}. Kies een kleinere maat of een lagere dpi.`
			);
		}
		return { canvas, opruimen };
	} catch (e) {
		opruimen();
		throw e;
	}
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
	const kaart = await tekenKaart(beeld, o, lagen, basiskaart);
	performance.mark('export:kaart');
	try {
		const uit = document.createElement('canvas');
		uit.width = o.breedte;
		uit.height = o.hoogte;
		const ctx = uit.getContext('2d');
		if (!ctx) throw new ExportFout('geen 2D-tekenvlak beschikbaar in deze browser.');
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, o.breedte, o.hoogte);
		ctx.drawImage(kaart.canvas, o.kaart.x, o.kaart.y, o.kaart.b, o.kaart.h);
		ctx.drawImage(await paginaKlaar, 0, 0, o.breedte, o.hoogte);
		const blob = await new Promise<Blob | null>((r) => uit.toBlob(r, 'image/png'));
		if (!blob) throw new ExportFout('de afbeelding kon niet worden gemaakt.');
		// In software WebGL most of the time is here: toBlob waits for the GPU to finish drawing.
		performance.mark('export:png');
		return blob;
	} finally {
		kaart.opruimen();
	}
}
