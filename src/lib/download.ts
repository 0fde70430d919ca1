// Save a generated file in the browser (blob URL, same origin: no request leaves the machine).
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
	const slug = naam
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 60);
	return `samenwerkingsatlas-${slug || 'kaart'}-${nu.toISOString().slice(0, 10)}.${ext}`;
}
