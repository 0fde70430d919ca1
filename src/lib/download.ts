// Save a generated file in the browser (blob URL, same origin: no request leaves the machine).
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
