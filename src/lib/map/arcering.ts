// The hatch pattern for gaps, drawn once on a canvas (no image request: it stays inside the page).
// The tile is drawn at 4× its size on screen, so that it stays sharp in print-resolution exports.
let atlas: HTMLCanvasElement | null = null;

const TEGEL = 64;
/** Pattern scale that gives a 16 px tile on screen (the atlas has 4× the resolution). */
export const ARCERING_VERGROTING = 16 / TEGEL;

export const ARCERING_MAPPING = {
	arcering: { x: 0, y: 0, width: TEGEL, height: TEGEL, mask: true }
};

export function arceringAtlas(): HTMLCanvasElement {
	if (atlas) return atlas;
	const c = document.createElement('canvas');
	c.width = TEGEL;
	c.height = TEGEL;
	const ctx = c.getContext('2d');
	if (ctx) {
		ctx.strokeStyle = '#000';
		ctx.lineWidth = 2.5 * (TEGEL / 16);
		ctx.beginPath();
		// Diagonal lines that tile seamlessly.
		for (const o of [-TEGEL, 0, TEGEL]) {
			ctx.moveTo(o, TEGEL);
			ctx.lineTo(o + TEGEL, 0);
		}
		ctx.stroke();
	}
	atlas = c;
	return c;
}
