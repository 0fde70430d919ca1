// The map's camera rules, without deck.gl or the DOM: the country's extent, the zoom range, how
// far the centre may wander, and the ground size of a screen pixel (for the scale bar).

/** Netherlands, with a little margin. */
export const NL_BOUNDS: [[number, number], [number, number]] = [
	[3.2, 50.7],
	[7.3, 53.6]
];

/** Room around NL_BOUNDS when the whole country is shown (the attribution is at the bottom). */
export const NL_PADDING = { top: 16, bottom: 36, left: 16, right: 16 };

export const MIN_ZOOM = 5;
export const MAX_ZOOM = 13;

/** Where the centre of the map may be: the Netherlands and its neighbours' border areas. */
export const KAART_GRENZEN: [[number, number], [number, number]] = [
	[0, 49.5],
	[10.5, 54.8]
];

export interface CameraStand {
	lng: number;
	lat: number;
	zoom: number;
}

const klem = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

/**
 * The camera kept inside the rules: zoom in [MIN_ZOOM, MAX_ZOOM], centre inside `grenzen`. A
 * value that is not a number (a broken permalink) falls back to the middle of the range.
 */
export function begrensCamera(
	c: CameraStand,
	grenzen: [[number, number], [number, number]] = KAART_GRENZEN
): CameraStand {
	const [[w, s], [e, n]] = grenzen;
	const of = (x: number, terug: number) => (Number.isFinite(x) ? x : terug);
	return {
		lng: klem(of(c.lng, (w + e) / 2), w, e),
		lat: klem(of(c.lat, (s + n) / 2), s, n),
		zoom: klem(of(c.zoom, MIN_ZOOM), MIN_ZOOM, MAX_ZOOM)
	};
}

/** The equator's length in metres (WGS 84), as web maps use it. */
const OMTREK = 40_075_016.686;

/** Metres on the ground per CSS pixel at a zoom and latitude (web mercator, 512-pixel tiles). */
export function meterPerPixel(zoom: number, lat: number): number {
	return (OMTREK * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}
