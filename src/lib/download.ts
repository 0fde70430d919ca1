// Save a generated file in the browser (blob URL, same origin: no request leaves the machine),
// and the two raster steps every PNG download shares: an SVG page as an image, a canvas as PNG.
import { slug } from './slug';

export function downloadBlob(blob: Blob, bestandsnaam: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = bestandsnaam;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "samenwerkingsatlas-<naam zonder accenten>-<datum>.<ext>": a safe, sortable file name. */
export function bestandsnaam(naam: string, ext: string, nu = new Date()): string {
	return `samenwerkingsatlas-${slug(naam) || 'kaart'}-${nu.toISOString().slice(0, 10)}.${ext}`;
}

/** An SVG document as a decoded image, to draw on a canvas. */
export async function svgAlsAfbeelding(svg: string): Promise<HTMLImageElement> {
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

/** The canvas as a PNG file. */
export async function canvasAlsPng(canvas: HTMLCanvasElement): Promise<Blob> {
	const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
	if (!blob) throw new Error('de afbeelding kon niet worden gemaakt.');
	return blob;
}
