import { describe, expect, it } from 'vitest';
import { mesh } from 'topojson-client';
import { echteData } from '../../src/lib/geo/test-data';
import { maakGeoIndex } from '../../src/lib/geo/geo-index';
import { dissolveRingen } from '../../src/lib/geo/dissolve';
import { lagenUitAtlas } from '../../src/lib/geo/lagen';
import {
	omtrekSleutel,
	voorberekendeGrenzen,
	voorberekendeRingen
} from '../../src/lib/geo/voorberekend';
import { voorberekening } from './voorberekening';

describe('voorberekening (real data)', () => {
	const { atlas, topology } = echteData();
	const data = voorberekening(topology, atlas);
	// A copy of the topology: the registration must not change what other tests compute.
	const kopie = structuredClone(topology);
	kopie.voorberekend = JSON.parse(JSON.stringify(data));

	it('gives every outline exactly as the browser dissolves it', () => {
		const index = maakGeoIndex(topology);
		let n = 0;
		for (const laag of lagenUitAtlas(atlas))
			for (const regio of laag.regios) {
				expect(voorberekendeRingen(kopie, regio.gemeenten)).toEqual(
					dissolveRingen(index, regio.gemeenten)
				);
				n++;
			}
		expect(n).toBeGreaterThan(1000);
	});

	it('gives the border mesh, and nothing for an unknown set or another topology', () => {
		expect(voorberekendeGrenzen(kopie)).toEqual(
			mesh(topology, topology.objects.gemeenten as never).coordinates
		);
		expect(voorberekendeRingen(kopie, ['GM0935', 'GM0363'])).toBeUndefined();
		expect(voorberekendeGrenzen(topology)).toBeUndefined();
		expect(voorberekendeGrenzen({ ...kopie, voorberekend: { ...data, bogen: 1 } })).toBeUndefined();
	});

	it('keys a set of members regardless of order', () => {
		expect(omtrekSleutel(['GM0935', 'GM0363'])).toBe(omtrekSleutel(['GM0363', 'GM0935']));
		expect(omtrekSleutel(['GM0935'])).not.toBe(omtrekSleutel(['GM0363']));
	});
});
