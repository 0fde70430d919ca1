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

/** A unit direction [x, y] in Web Mercator (x east, y north). */
type Richting = [number, number];

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

/** Zeroed arrays for `segmenten` segments (4 vertices and 6 indices each). */
function leegVoor(segmenten: number): LijnGeometrie {
	const hoekpunten = segmenten * 4;
	return {
		punt: new Float32Array(hoekpunten * 2),
		richtingIn: new Float32Array(hoekpunten * 2),
		richtingUit: new Float32Array(hoekpunten * 2),
		eigen: new Float32Array(hoekpunten * 4),
		streep: new Float32Array(hoekpunten * 2),
		kleur: new Uint8Array(hoekpunten * 4),
		indices: new Uint32Array(segmenten * 6),
		segmenten
	};
}

function bouwEnkel(lijnen: readonly Lijn[]): LijnGeometrie {
	const paden = lijnen.flatMap((lijn) => {
		const p = opgeschoond(lijn.pad);
		return p ? [{ lijn, ...p }] : [];
	});
	const segmenten = paden.reduce((n, p) => n + p.punten.length - (p.ring ? 0 : 1), 0);
	const g = leegVoor(segmenten);
	let v = 0;
	let s = 0;
	// Direct element writes: this runs for ~15 000 segments before the first map, and a small
	// array per vertex for TypedArray.set cost more than the rest of the loop.
	const hoekpunt = (
		lijn: Lijn,
		punt: Position,
		rIn: Richting,
		rUit: Richting,
		zijde: number,
		afstand: number
	) => {
		const i2 = v * 2;
		const i4 = v * 4;
		g.punt[i2] = punt[0];
		g.punt[i2 + 1] = punt[1];
		g.richtingIn[i2] = rIn[0];
		g.richtingIn[i2 + 1] = rIn[1];
		g.richtingUit[i2] = rUit[0];
		g.richtingUit[i2 + 1] = rUit[1];
		g.eigen[i4] = zijde;
		g.eigen[i4 + 1] = afstand;
		g.eigen[i4 + 2] = lijn.breedte;
		g.eigen[i4 + 3] = lijn.verschuiving;
		g.streep[i2] = lijn.streep[0];
		g.streep[i2 + 1] = lijn.streep[1];
		g.kleur[i4] = lijn.kleur[0];
		g.kleur[i4 + 1] = lijn.kleur[1];
		g.kleur[i4 + 2] = lijn.kleur[2];
		g.kleur[i4 + 3] = lijn.kleur[3];
		v++;
	};
	for (const { lijn, punten, ring } of paden) {
		const n = punten.length;
		const m = punten.map((p) => lngLatToWorld(p));
		// Segment k runs from point k to point k + 1 (a ring's last one back to its first).
		const aantal = n - (ring ? 0 : 1);
		const richting: Richting[] = [];
		const lengte: number[] = [];
		for (let k = 0; k < aantal; k++) {
			const a = m[k];
			const b = m[(k + 1) % n];
			const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
			lengte.push(l);
			richting.push([(b[0] - a[0]) / l, (b[1] - a[1]) / l]);
		}
		// Into and out of point k: an open path's ends have only one segment, which stands in.
		const erin = (k: number) => (ring ? richting[(k - 1 + aantal) % aantal] : richting[k - 1]);
		const eruit = (k: number) => (ring ? richting[k % aantal] : richting[k]);
		const rIn = (k: number) => erin(k) ?? eruit(k);
		const rUit = (k: number) => eruit(k) ?? erin(k);
		let afstand = 0;
		for (let i = 0; i < aantal; i++) {
			const a = punten[i];
			const j1 = (i + 1) % n;
			const b = punten[j1];
			hoekpunt(lijn, a, rIn(i), rUit(i), -1, afstand);
			hoekpunt(lijn, a, rIn(i), rUit(i), 1, afstand);
			hoekpunt(lijn, b, rIn(j1), rUit(j1), -1, afstand + lengte[i]);
			hoekpunt(lijn, b, rIn(j1), rUit(j1), 1, afstand + lengte[i]);
			const eerste = v - 4;
			const j = s * 6;
			g.indices[j] = eerste;
			g.indices[j + 1] = eerste + 1;
			g.indices[j + 2] = eerste + 2;
			g.indices[j + 3] = eerste + 1;
			g.indices[j + 4] = eerste + 3;
			g.indices[j + 5] = eerste + 2;
			s++;
			afstand += lengte[i];
		}
	}
	return g;
}

/** Geometry per path array and style, kept while the path array lives (see bouwLijnGeometrie). */
const perPad = new WeakMap<Position[], Map<string, LijnGeometrie>>();

function stijlSleutel(l: Lijn): string {
	return `${l.kleur.join(',')}|${l.breedte}|${l.streep[0]},${l.streep[1]}|${l.verschuiving}`;
}

function vanPad(lijn: Lijn): LijnGeometrie {
	let perStijl = perPad.get(lijn.pad);
	if (!perStijl) perPad.set(lijn.pad, (perStijl = new Map()));
	const sleutel = stijlSleutel(lijn);
	let g = perStijl.get(sleutel);
	if (!g) perStijl.set(sleutel, (g = bouwEnkel([lijn])));
	return g;
}

/**
 * The vertex arrays of all lines, in their order. Each path's part is built once per style and
 * kept (the paths come from caches): turning a layer on then builds only that layer's lines, and
 * the rest is copied. The result is always new arrays.
 */
export function bouwLijnGeometrie(lijnen: readonly Lijn[]): LijnGeometrie {
	const delen = lijnen.map(vanPad);
	const segmenten = delen.reduce((n, d) => n + d.segmenten, 0);
	const g = leegVoor(segmenten);
	let v = 0;
	let i = 0;
	for (const d of delen) {
		g.punt.set(d.punt, v * 2);
		g.richtingIn.set(d.richtingIn, v * 2);
		g.richtingUit.set(d.richtingUit, v * 2);
		g.eigen.set(d.eigen, v * 4);
		g.streep.set(d.streep, v * 2);
		g.kleur.set(d.kleur, v * 4);
		for (let j = 0; j < d.indices.length; j++) g.indices[i + j] = d.indices[j] + v;
		v += d.segmenten * 4;
		i += d.indices.length;
	}
	return g;
}
