/**
 * Neighbours without a shared border arc. The generalised CBS gemeente polygons are land only, so
 * the Wadden islands and Zeeuws-Vlaanderen share no border with the rest of the country, although
 * ferries and tunnels join them; and a few gemeenten touch without a shared arc (the
 * generalisation). Two rules, nothing else:
 * 1. gemeenten whose polygons touch (within 50 m) are neighbours;
 * 2. a part of the country with no land link to the rest (an island, Zeeuws-Vlaanderen) is a
 *    neighbour of every gemeente within `maxKm` across water: the shortest line between the two
 *    crosses no other gemeente.
 * Mainland gemeenten are never joined across water or across Belgium or Germany.
 * Run once in the data build; the result travels in the topology file.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Position } from 'geojson';
import type { GemeenteFeature } from './geo-index';
import { ringenVan } from './geo-index';
import { kadersVan, kandidaten as inKaders } from './aanwijzen';

/** [code A, code B, distance in km (one decimal)], A < B. */
export type WaterBuur = [string, string, number];

export const WATER_MAX_KM = 10;
const RAAKT_KM = 0.05;

// Equirectangular projection to km around the middle of the Netherlands: good to a few per cent
// over distances of ten kilometres, which is all this needs.
const LAT0 = 52.2;
const KM_LON = 111.32 * Math.cos((LAT0 * Math.PI) / 180);
const KM_LAT = 110.57;
const naarKm = (p: Position): [number, number] => [p[0] * KM_LON, p[1] * KM_LAT];
const naarGraden = (x: number, y: number): [number, number] => [x / KM_LON, y / KM_LAT];

export interface Vorm {
	/** Rings in km. */
	ringen: [number, number][][];
	/** [west, south, east, north] in km. */
	kader: number[];
}

/** The shapes of the gemeenten in km (the projection is linear, so the boxes carry over). */
function vormen(features: readonly GemeenteFeature[]): Vorm[] {
	const kaders = kadersVan(features);
	return features.map((f, i) => {
		const [w, z, o, n] = kaders[i];
		return {
			ringen: ringenVan(f).map((r) => r.map(naarKm)),
			kader: [w * KM_LON, z * KM_LAT, o * KM_LON, n * KM_LAT]
		};
	});
}

/** The distance between two boxes [west, south, east, north] (0 when they overlap). */
export function kaderAfstand(a: readonly number[], b: readonly number[]): number {
	const dx = Math.max(0, a[0] - b[2], b[0] - a[2]);
	const dy = Math.max(0, a[1] - b[3], b[1] - a[3]);
	return Math.hypot(dx, dy);
}

/** Nearest point on segment s–t to p. */
export function opSegment(p: [number, number], s: [number, number], t: [number, number]) {
	const dx = t[0] - s[0];
	const dy = t[1] - s[1];
	const l2 = dx * dx + dy * dy;
	const u = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - s[0]) * dx + (p[1] - s[1]) * dy) / l2));
	return [s[0] + u * dx, s[1] + u * dy] as [number, number];
}

/**
 * Shortest distance between the boundaries of two shapes, with the two nearest points: p on a's
 * boundary, q on b's.
 */
export function kortste(a: Vorm, b: Vorm) {
	let beste = { d: Infinity, p: [0, 0] as [number, number], q: [0, 0] as [number, number] };
	const zoek = (van: Vorm, naar: Vorm, omgekeerd: boolean) => {
		for (const ring of van.ringen)
			for (const p of ring)
				for (const r of naar.ringen)
					for (let i = 1; i < r.length; i++) {
						const q = opSegment(p, r[i - 1], r[i]);
						const d = Math.hypot(p[0] - q[0], p[1] - q[1]);
						if (d < beste.d) beste = omgekeerd ? { d, p: q, q: p } : { d, p, q };
					}
	};
	zoek(a, b, false);
	zoek(b, a, true);
	return beste;
}

export function waterBuren(
	features: GemeenteFeature[],
	buren: number[][],
	maxKm = WATER_MAX_KM
): WaterBuur[] {
	const vorm = vormen(features);
	const kandidaten: [number, number, number][] = [];
	for (let i = 0; i < features.length; i++) {
		const land = new Set(buren[i]);
		for (let j = i + 1; j < features.length; j++) {
			if (land.has(j) || kaderAfstand(vorm[i].kader, vorm[j].kader) > maxKm) continue;
			const { d, p, q } = kortste(vorm[i], vorm[j]);
			if (d > maxKm) continue;
			// Every 100 m along the line: in no third gemeente.
			const stappen = Math.max(2, Math.ceil(d / 0.1));
			let vrij = true;
			for (let s = 1; s < stappen && vrij; s++) {
				const x = p[0] + ((q[0] - p[0]) * s) / stappen;
				const y = p[1] + ((q[1] - p[1]) * s) / stappen;
				const [lng, lat] = naarGraden(x, y);
				for (const k of inKaders(features, lng, lat))
					if (k !== i && k !== j && booleanPointInPolygon([lng, lat], features[k])) vrij = false;
			}
			if (vrij) kandidaten.push([i, j, d]);
		}
	}
	// Rule 1, then the parts of the country that are still apart from the largest one.
	const raakt = kandidaten.filter(([, , d]) => d <= RAAKT_KM);
	const graaf = buren.map((b) => [...b]);
	for (const [i, j] of raakt) {
		graaf[i].push(j);
		graaf[j].push(i);
	}
	const deel = new Array<number>(features.length).fill(-1);
	const groottes: number[] = [];
	for (let s = 0; s < features.length; s++) {
		if (deel[s] >= 0) continue;
		const nr = groottes.length;
		let n = 0;
		const stapel = [s];
		deel[s] = nr;
		while (stapel.length) {
			const i = stapel.pop()!;
			n++;
			for (const j of graaf[i])
				if (deel[j] < 0) {
					deel[j] = nr;
					stapel.push(j);
				}
		}
		groottes.push(n);
	}
	const vasteland = groottes.indexOf(Math.max(...groottes));
	const gekozen = kandidaten.filter(
		([i, j, d]) => d <= RAAKT_KM || deel[i] !== vasteland || deel[j] !== vasteland
	);
	return gekozen
		.map(([i, j, d]): WaterBuur => {
			const a = features[i].properties.code;
			const b = features[j].properties.code;
			return [a < b ? a : b, a < b ? b : a, Math.round(d * 10) / 10];
		})
		.sort((x, y) => x[0].localeCompare(y[0]) || x[1].localeCompare(y[1]));
}
