// Rings and mesh assembled from precomputed arc lists, on the hand-written mini topology
// (tests/fixtures/mini-topologie.ts): each expected line is the arcs' points read off the fixture.
import { describe, expect, it } from 'vitest';
import { MINI_TOPOLOGIE } from '../../../tests/fixtures/mini-topologie';
import type { GemeenteTopology, Voorberekend } from '$lib/data/load';
import { omtrekSleutel, voorberekendeGrenzen, voorberekendeRingen } from './voorberekend';

const met = (v: Partial<Voorberekend>): GemeenteTopology => ({
	...structuredClone(MINI_TOPOLOGIE),
	voorberekend: { bogen: MINI_TOPOLOGIE.arcs.length, grenzen: [], omtrekken: {}, ...v }
});

describe('voorberekendeRingen', () => {
	// GM0001 + GM0002: arc 2 (GM0001 without its east side), 3 (bottom of GM0002), 1 (GM0002's east
	// side), 4 (its top); shared end points once: 4 + 1 + 1 + 1 points.
	const samen = omtrekSleutel(['GM0001', 'GM0002']);
	const topo = met({
		omtrekken: { [samen]: [[2, 3, 1, 4]], [omtrekSleutel(['GM0003'])]: [[~1, 5]] }
	});
	it('joins the arcs of a ring, shared end points once', () => {
		expect(voorberekendeRingen(topo, ['GM0002', 'GM0001'])).toEqual([
			[
				[0.01, 0.01],
				[0, 0.01],
				[0, 0],
				[0.01, 0],
				[0.02, 0],
				[0.02, 0.01],
				[0.01, 0.01]
			]
		]);
	});
	it('reads a negative index (~i) as arc i backwards', () => {
		// ~1: arc 1 from (0.02, 0.01) down to (0.02, 0); then arc 5 round GM0003.
		expect(voorberekendeRingen(topo, ['GM0003'])).toEqual([
			[
				[0.02, 0.01],
				[0.02, 0],
				[0.03, 0],
				[0.03, 0.01],
				[0.02, 0.01]
			]
		]);
		// The arc itself is not reversed in place: asked again, the ring is the same.
		expect(voorberekendeRingen(topo, ['GM0003'])![0][0]).toEqual([0.02, 0.01]);
		expect(voorberekendeRingen(topo, ['GM0001', 'GM0002'])![0][5]).toEqual([0.02, 0.01]);
	});
	it('pads a ring to four points by repeating its first', () => {
		const t = met({ omtrekken: { [omtrekSleutel(['GM0009'])]: [[0]] } });
		expect(voorberekendeRingen(t, ['GM0009'])).toEqual([
			[
				[0.01, 0],
				[0.01, 0.01],
				[0.01, 0],
				[0.01, 0]
			]
		]);
	});
	it('gives nothing for an unknown set, or a file built for another topology', () => {
		expect(voorberekendeRingen(topo, ['GM0004'])).toBeUndefined();
		expect(voorberekendeRingen(MINI_TOPOLOGIE, ['GM0003'])).toBeUndefined();
		const ander = met({ bogen: 7, omtrekken: { [samen]: [[2, 3, 1, 4]] } });
		expect(voorberekendeRingen(ander, ['GM0001', 'GM0002'])).toBeUndefined();
	});
});

describe('voorberekendeGrenzen', () => {
	it('gives every border as a line of its arcs, a single arc kept at its two points', () => {
		const t = met({ grenzen: [[0], [~1], [3, 1]] });
		expect(voorberekendeGrenzen(t)).toEqual([
			[
				[0.01, 0],
				[0.01, 0.01]
			],
			[
				[0.02, 0.01],
				[0.02, 0]
			],
			[
				[0.01, 0],
				[0.02, 0],
				[0.02, 0.01]
			]
		]);
		expect(voorberekendeGrenzen(MINI_TOPOLOGIE)).toBeUndefined();
	});
});

describe('omtrekSleutel', () => {
	it('is the same for any order, and differs for another set or size', () => {
		const k = omtrekSleutel(['GM0002', 'GM0001']);
		expect(k).toBe(omtrekSleutel(['GM0001', 'GM0002']));
		expect(k.endsWith('.2')).toBe(true);
		expect(omtrekSleutel(['GM0001'])).not.toBe(omtrekSleutel(['GM0002']));
		expect(omtrekSleutel(['GM0001', 'GM0002'])).not.toBe(omtrekSleutel(['GM0001', 'GM00020']));
		// The separator between codes counts: both sets below concatenate to "GM1GM2".
		expect(omtrekSleutel(['GM1', 'GM2'])).not.toBe(omtrekSleutel(['GM1G', 'M2']));
	});
});
