// The hatch pattern for gaps, drawn once on a canvas (no image request: it stays inside the page).
let atlas: HTMLCanvasElement | null = null;

export const ARCERING_MAPPING = {
	arcering: { x: 0, y: 0, width: 16, height: 16, mask: true }
};

export function arceringAtlas(): HTMLCanvasElement {
	if (atlas) return atlas;
	const c = document.createElement('canvas');
	c.width = 16;
	c.height = 16;
	const ctx = c.getContext('2d');
	if (ctx) {
		ctx.strokeStyle = '#000';
		ctx.lineWidth = 2.5;
		ctx.beginPath();
		// Diagonal lines that tile seamlessly.
		for (const o of [-16, 0, 16]) {
			ctx.moveTo(o, 16);
			ctx.lineTo(o + 16, 0);
		}
		ctx.stroke();
	}
	atlas = c;
	return c;
}
