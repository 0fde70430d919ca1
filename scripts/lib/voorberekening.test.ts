import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mesh } from 'topojson-client';
import { echteData, opEchteData } from '../../src/lib/geo/test-data';
import type { GemeenteTopology } from '../../src/lib/data/load';
import type { Atlas } from '../../src/lib/data/types';
import type { Geschiedenis } from '../../src/lib/data/geschiedenis';
import { atlasOp } from '../../src/lib/data/tijdreis';
import { maakGeoIndex } from '../../src/lib/geo/geo-index';
import { dissolveRingen } from '../../src/lib/geo/dissolve';
import { lagenUitAtlas } from '../../src/lib/geo/lagen';
import {
	omtrekSleutel,
	voorberekendeGrenzen,
	voorberekendeRingen
} from '../../src/lib/geo/voorberekend';
import { periodeVoorberekening, voorberekening, wijzigingsDatums } from './voorberekening';

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

describe('wijzigingsDatums', () => {
	// Hand-made: one regeling with two versions and members joining on their own dates.
	const g = {
		ketens: [
			{
				versies: [
					{
						van: '2017-05-01',
						tot: '2019-03-01',
						leden: [{ t: '2018-06-01' }, { t: '2016-01-01' }, {}, { t: '2018-01-01' }]
					},
					{ van: '2019-03-01', tot: null, leden: [{ t: '2019-03-01' }, { t: '2020-07-15' }] }
				]
			},
			{ versies: [{ van: '2018-12-31', tot: '2021-01-01', leden: [] }] }
		]
	} as unknown as Pick<Geschiedenis, 'ketens'>;

	it('gives the start and every change inside the range, each once, in order', () => {
		expect(wijzigingsDatums(g, '2018-01-01', '2019-01-01')).toEqual([
			'2018-01-01',
			'2018-06-01',
			'2018-12-31'
		]);
		expect(wijzigingsDatums(g, '2019-01-01', '2021-01-01')).toEqual([
			'2019-01-01',
			'2019-03-01',
			'2020-07-15'
		]);
		// The end is not in the range; a range without changes has only its start.
		expect(wijzigingsDatums(g, '2021-01-01', '2022-01-01')).toEqual(['2021-01-01']);
		expect(wijzigingsDatums(g, '2019-02-01', '2019-03-01')).toEqual(['2019-02-01']);
	});
});

opEchteData('periodeVoorberekening (real data)', () => {
	const dir = join(process.cwd(), 'static', 'data');
	const lees = <T>(f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T;
	const atlas = lees<Atlas>('atlas.json');
	const g = lees<Geschiedenis>('geschiedenis.json');
	const dag = 86_400_000;
	const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

	it("gives every outline of any date of an earlier period as the browser dissolves it on the period's map, and the build ships it", () => {
		const eerder = g.perioden.filter((p) => p.topo !== 'gemeenten.topo.json');
		expect(eerder.length).toBeGreaterThanOrEqual(4);
		let n = 0;
		for (const p of eerder) {
			const bestand = lees<GemeenteTopology>(p.topo);
			const { voorberekend: verscheept, ...kaal } = bestand;
			const data = periodeVoorberekening(kaal as GemeenteTopology, atlas, g, p);
			expect(verscheept).toEqual(JSON.parse(JSON.stringify(data)));
			const met = { ...structuredClone(kaal), voorberekend: data } as GemeenteTopology;
			const index = maakGeoIndex(kaal as GemeenteTopology);
			expect(voorberekendeGrenzen(met)).toEqual(
				mesh(met, met.objects.gemeenten as never).coordinates
			);
			// Its first day, a day in the middle and its last day: not only the dates of a change.
			const van = Date.parse(p.van);
			const tot = Date.parse(p.tot ?? g.peildatum);
			for (const d of [p.van, iso(van + Math.floor((tot - van) / dag / 2) * dag), iso(tot - dag)])
				for (const laag of lagenUitAtlas(atlasOp(atlas, g, d).atlas))
					for (const regio of laag.regios) {
						if (regio.gemeenten.length === 0) continue;
						expect(voorberekendeRingen(met, regio.gemeenten)).toEqual(
							dissolveRingen(index, regio.gemeenten)
						);
						n++;
					}
		}
		expect(n).toBeGreaterThan(4000);
	});
});
