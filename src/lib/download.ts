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
