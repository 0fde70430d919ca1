import { describe, expect, it } from 'vitest';
import type { Feature, Polygon } from 'geojson';
import { opvolgersViaGrenzen } from './herindelingen';

const vierkant = (code: string, x0: number, y0: number, x1: number, y1: number) =>
	({
		type: 'Feature',
		properties: { code },
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[x0, y0],
					[x1, y0],
					[x1, y1],
					[x0, y1],
					[x0, y0]
				]
			]
		}
	}) as Feature<Polygon, { code: string }>;

describe('opvolgersViaGrenzen', () => {
	it('finds the one gemeente an old gemeente went into', () => {
		const oud = vierkant('GM0001', 0, 0, 1, 1);
		const nieuw = [vierkant('GM0009', -1, -1, 2, 2), vierkant('GM0008', 5, 5, 6, 6)];
		expect(opvolgersViaGrenzen(oud, nieuw)).toEqual([{ code: 'GM0009', aandeel: 1 }]);
	});
	it('names every gemeente holding at least 10 % of a split one, largest first', () => {
		const oud = vierkant('GM0001', 0, 0, 1, 1);
		// 75 % / 25 % of the grid, and a sliver of 1/16 that is left out.
		const nieuw = [
			vierkant('GM0002', 0, 0, 0.75, 1),
			vierkant('GM0003', 0.75, 0, 0.9375, 1),
			vierkant('GM0004', 0.9375, 0, 1, 1)
		];
		const r = opvolgersViaGrenzen(oud, nieuw);
		expect(r.map((x) => x.code)).toEqual(['GM0002', 'GM0003']);
		expect(r[0].aandeel).toBeCloseTo(0.75, 5);
		expect(r[1].aandeel).toBeCloseTo(0.1875, 5);
	});
	it('gives nothing where the area lies in no new gemeente', () => {
		expect(
			opvolgersViaGrenzen(vierkant('GM0001', 0, 0, 1, 1), [vierkant('GM0002', 3, 3, 4, 4)])
		).toEqual([]);
	});
});
