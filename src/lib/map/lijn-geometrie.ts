// Triangle geometry for map lines (pure: no WebGL, no DOM). Each segment of a path becomes a quad
// of four vertices that the LijnenLaag vertex shader widens in screen pixels. Every vertex also
// knows the directions of the segments into and out of its point, so neighbouring segments meet
// in one mitred corner, and the distance along the path, so dashes run on across segments.
//
// The directions are computed here, once, in Web Mercator: the map never rotates or tilts and
// Mercator keeps angles, so they are the directions on screen at every zoom. The vertex shader
// then projects one point per vertex instead of three (in software WebGL the lines' vertex work
// was most of a frame).
//
// Why not deck.gl's PathLayer: it draws one instance per segment, and in software WebGL (the
// headless Chromium this app is measured in) every instance has a fixed cost. Ten thousand
// border and outline segments cost ~350 ms per frame as instances and a few ms as one
// triangle list.
import type { Position } from 'geojson';
import { lngLatToWorld } from '@math.gl/web-mercator';

import type { RGBA } from '$lib/stijl/kleuren';

export type { RGBA };

export interface Lijn {
	/** Longitude/latitude points; a ring when the first and last point are the same. */
	pad: Position[];
	kleur: RGBA;
	/** Width in screen pixels. */
	breedte: number;
	/** Dash pattern [dash, gap] in multiples of the width; [0, 0] is a solid line. */
	streep: [number, number];
	/** Sideways shift of the line's centre, in multiples of the width (0 = on the path). */
	verschuiving: number;
}

/**
 * Vertex arrays for one draw call: 4 vertices per segment (start −1, start +1, end −1, end +1;
 * the shader relies on that order) and 6 indices.
 */
export interface LijnGeometrie {
	/** Per vertex [lng, lat] of its point. */
	punt: Float32Array;
	/**
	 * Per vertex the unit direction (Web Mercator, north up) of the segment into its point and of
	 * the segment out of it; at an open end, where one is missing, the other stands in.
	 */
	richtingIn: Float32Array;
	richtingUit: Float32Array;
	/** Per vertex: side (−1 or 1), distance along the path (Web Mercator units of a 512-unit world, deck.gl's common space), width, shift. */
	eigen: Float32Array;
	/** Per vertex: [dash, gap]. */
	streep: Float32Array;
	/** Per vertex: RGBA 0–255. */
	kleur: Uint8Array;
	indices: Uint32Array;
	segmenten: number;
}

function gelijk(a: Position, b: Position): boolean {
	return a[0] === b[0] && a[1] === b[1];
}

/** The path without repeated points; null when fewer than two distinct points remain. */
function opgeschoond(pad: Position[]): { punten: Position[]; ring: boolean } | null {
	const punten: Position[] = [];
	for (const p of pad) if (!punten.length || !gelijk(punten[punten.length - 1], p)) punten.push(p);
	const ring = punten.length >= 4 && gelijk(punten[0], punten[punten.length - 1]);
	if (ring) punten.pop();
	return punten.length >= 2 ? { punten, ring } : null;
}

/**
 * True when two line lists draw the same: the same path arrays (by reference; the borders and
 * outlines come from caches) with the same style. Layers are rebuilt on every state change, and
 * rebuilding and uploading unchanged geometry would cost a frame's worth of work for nothing.
 */
export function zelfdeLijnen(a: readonly Lijn[], b: readonly Lijn[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	return a.every((x, i) => {
		const y = b[i];
		return (
			x.pad === y.pad &&
			x.breedte === y.breedte &&
			x.verschuiving === y.verschuiving &&
			x.streep[0] === y.streep[0] &&
			x.streep[1] === y.streep[1] &&
			x.kleur.every((k, j) => k === y.kleur[j])
		);
	});
}

/** The vertex arrays of some lines without their indices (the indices follow from the order). */
type Hoekpunten = Omit<LijnGeometrie, 'indices'>;

/** Zeroed vertex arrays for `segmenten` segments (4 vertices each). */
function leegVoor(segmenten: number): Hoekpunten {
	const hoekpunten = segmenten * 4;
	return {
		punt: new Float32Array(hoekpunten * 2),
		richtingIn: new Float32Array(hoekpunten * 2),
		richtingUit: new Float32Array(hoekpunten * 2),
		eigen: new Float32Array(hoekpunten * 4),
		streep: new Float32Array(hoekpunten * 2),
		kleur: new Uint8Array(hoekpunten * 4),
		segmenten
	};
}

/** Views on the vertices of segments [van, tot) of `g` (no copy). */
function deelVan(g: Hoekpunten, van: number, tot: number): Hoekpunten {
	const a = van * 4;
	const b = tot * 4;
	return {
		punt: g.punt.subarray(a * 2, b * 2),
		richtingIn: g.richtingIn.subarray(a * 2, b * 2),
		richtingUit: g.richtingUit.subarray(a * 2, b * 2),
		eigen: g.eigen.subarray(a * 4, b * 4),
		streep: g.streep.subarray(a * 2, b * 2),
		kleur: g.kleur.subarray(a * 4, b * 4),
		segmenten: tot - van
	};
}

/**
 * The vertices of several lines, built in one set of arrays (thousands of short border paths
 * would otherwise cost thousands of small allocations); per line a view on its part.
 */
function bouwSamen(lijnen: readonly Lijn[]): Hoekpunten[] {
	const paden = lijnen.map((lijn) => opgeschoond(lijn.pad));
	const aantallen = paden.map((p) => (p ? p.punten.length - (p.ring ? 0 : 1) : 0));
	const g = leegVoor(aantallen.reduce((n, a) => n + a, 0));
	const delen: Hoekpunten[] = [];
	// Per path, reused: the points in Web Mercator, and per segment its direction and length.
	let mx = new Float64Array(0);
	let my = new Float64Array(0);
	let rx = new Float64Array(0);
	let ry = new Float64Array(0);
	let lengte = new Float64Array(0);
	let v = 0;
	let s = 0;
	// Direct element writes: this runs for ~15 000 segments before the first map.
	const hoekpunt = (lijn: Lijn, punt: Position, k: number, ring: boolean, aantal: number) => {
		// Into and out of point k: an open path's ends have only one segment, which stands in.
		const erin = ring ? (k - 1 + aantal) % aantal : k - 1;
		const eruit = ring ? k % aantal : k;
		const i = erin >= 0 ? erin : eruit;
		const o = eruit < aantal ? eruit : erin;
		for (let zijde = -1; zijde <= 1; zijde += 2) {
			const i2 = v * 2;
			const i4 = v * 4;
			g.punt[i2] = punt[0];
			g.punt[i2 + 1] = punt[1];
			g.richtingIn[i2] = rx[i];
			g.richtingIn[i2 + 1] = ry[i];
			g.richtingUit[i2] = rx[o];
			g.richtingUit[i2 + 1] = ry[o];
			g.eigen[i4] = zijde;
			g.eigen[i4 + 2] = lijn.breedte;
			g.eigen[i4 + 3] = lijn.verschuiving;
			g.streep[i2] = lijn.streep[0];
			g.streep[i2 + 1] = lijn.streep[1];
			g.kleur[i4] = lijn.kleur[0];
			g.kleur[i4 + 1] = lijn.kleur[1];
			g.kleur[i4 + 2] = lijn.kleur[2];
			g.kleur[i4 + 3] = lijn.kleur[3];
			v++;
		}
	};
	lijnen.forEach((lijn, nr) => {
		const p = paden[nr];
		const begin = s;
		if (p) {
			const { punten, ring } = p;
			const n = punten.length;
			if (mx.length < n) {
				mx = new Float64Array(n * 2);
				my = new Float64Array(n * 2);
				rx = new Float64Array(n * 2);
				ry = new Float64Array(n * 2);
				lengte = new Float64Array(n * 2);
			}
			for (let k = 0; k < n; k++) {
				const [x, y] = lngLatToWorld(punten[k]);
				mx[k] = x;
				my[k] = y;
			}
			// Segment k runs from point k to point k + 1 (a ring's last one back to its first).
			const aantal = aantallen[nr];
			for (let k = 0; k < aantal; k++) {
				const b = (k + 1) % n;
				const dx = mx[b] - mx[k];
				const dy = my[b] - my[k];
				const l = Math.hypot(dx, dy);
				lengte[k] = l;
				rx[k] = dx / l;
				ry[k] = dy / l;
			}
			let afstand = 0;
			for (let k = 0; k < aantal; k++) {
				const j1 = (k + 1) % n;
				const v0 = v;
				hoekpunt(lijn, punten[k], k, ring, aantal);
				hoekpunt(lijn, punten[j1], j1, ring, aantal);
				// Distance along the path: the start of the segment, then its end.
				g.eigen[v0 * 4 + 1] = afstand;
				g.eigen[(v0 + 1) * 4 + 1] = afstand;
				afstand += lengte[k];
				g.eigen[(v0 + 2) * 4 + 1] = afstand;
				g.eigen[(v0 + 3) * 4 + 1] = afstand;
				s++;
			}
		}
		delen.push(deelVan(g, begin, s));
	});
	return delen;
}

/** Geometry per path array and style, kept while the path array lives (see bouwLijnGeometrie). */
const perPad = new WeakMap<Position[], Map<string, Hoekpunten>>();

function stijlSleutel(l: Lijn): string {
	return `${l.kleur.join(',')}|${l.breedte}|${l.streep[0]},${l.streep[1]}|${l.verschuiving}`;
}

/**
 * The vertex arrays of all lines, in their order. Each path's part is built once per style and
 * kept (the paths come from caches): turning a layer on then builds only that layer's lines, and
 * the rest is copied. The result is always new arrays.
 */
export function bouwLijnGeometrie(lijnen: readonly Lijn[]): LijnGeometrie {
	const delen: (Hoekpunten | undefined)[] = lijnen.map((l) =>
		perPad.get(l.pad)?.get(stijlSleutel(l))
	);
	const nieuw = lijnen.filter((_, i) => !delen[i]);
	if (nieuw.length) {
		const gebouwd = bouwSamen(nieuw);
		let k = 0;
		lijnen.forEach((l, i) => {
			if (delen[i]) return;
			const d = gebouwd[k++];
			delen[i] = d;
			let perStijl = perPad.get(l.pad);
			if (!perStijl) perPad.set(l.pad, (perStijl = new Map()));
			perStijl.set(stijlSleutel(l), d);
		});
	}
	const segmenten = delen.reduce((n, d) => n + d!.segmenten, 0);
	const g: LijnGeometrie = { ...leegVoor(segmenten), indices: new Uint32Array(segmenten * 6) };
	let v = 0;
	for (const d of delen as Hoekpunten[]) {
		g.punt.set(d.punt, v * 2);
		g.richtingIn.set(d.richtingIn, v * 2);
		g.richtingUit.set(d.richtingUit, v * 2);
		g.eigen.set(d.eigen, v * 4);
		g.streep.set(d.streep, v * 2);
		g.kleur.set(d.kleur, v * 4);
		v += d.segmenten * 4;
	}
	// Two triangles per segment over its four vertices (start −1, start +1, end −1, end +1).
	for (let s = 0; s < segmenten; s++) {
		const e = s * 4;
		const j = s * 6;
		g.indices[j] = e;
		g.indices[j + 1] = e + 1;
		g.indices[j + 2] = e + 2;
		g.indices[j + 3] = e + 1;
		g.indices[j + 4] = e + 3;
		g.indices[j + 5] = e + 2;
	}
	return g;
}
