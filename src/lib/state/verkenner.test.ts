// The explorer's state on the real data: time travel, the URL, and the change view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import type { GemeenteTopology } from '$lib/data/load';
import type { Geschiedenis } from '$lib/data/geschiedenis';
import { contiguiteit } from '$lib/geo/contiguiteit';
import { echteData } from '$lib/geo/test-data';
import { Verkenner } from './verkenner.svelte';
import type { TijdBron } from './tijd-client';

const dir = join(process.cwd(), 'static', 'data');
const gelezen: string[] = [];
const bron: TijdBron = {
	async geschiedenis() {
		gelezen.push('geschiedenis.json');
		return JSON.parse(readFileSync(join(dir, 'geschiedenis.json'), 'utf8')) as Geschiedenis;
	},
	async topologie(f) {
		gelezen.push(f);
		return JSON.parse(readFileSync(join(dir, f), 'utf8')) as GemeenteTopology;
	}
};
const { atlas, topology } = echteData();
const maak = (q: string) =>
	Verkenner.maak({ atlas, topology }, new URL(`http://x/?${q}`), [], bron);

describe('Verkenner with time travel (real data)', () => {
	test('today needs no history: nothing is fetched', async () => {
		gelezen.length = 0;
		const v = await maak('lagen=ict');
		expect(v.datum).toBeNull();
		expect(v.model.gemeenten).toHaveLength(342);
		expect(gelezen).toEqual([]);
		expect(v.permalinkQuery()).toBe('lagen=ict');
	});

	test('?datum=2019-06-01&gemeente= with a gemeente dissolved in 2021 selects it', async () => {
		const v = await maak('datum=2019-06-01&gemeente=GM0010&lagen=belastingen,veiligheidsregio');
		expect(v.datum).toBe('2019-06-01');
		expect(v.model.gemeenten).toHaveLength(355);
		expect(v.geselecteerd).toBe('GM0010');
		// The 2025 indelingen are not shown before 2023; the choice is kept for later dates.
		expect(v.zichtbaar).toEqual(['belastingen']);
		expect(v.tijdInfo?.indelingenGetoond).toBe(false);
		expect(v.permalinkQuery()).toBe('lagen=belastingen&gemeente=GM0010&datum=2019-06-01');
		// The analysis runs on the 2019 topology.
		expect(v.model.index.codes).toHaveLength(355);
		expect(v.view.telling.size).toBe(355);
		const r = v.model.view(['belastingen']).perLaag[0];
		expect(r.ringen.length).toBeGreaterThan(0);
		const bsgw = v.model.atlas.verbanden.find((x) => x.gemeenten.includes('GM0010'));
		expect(bsgw).toBeDefined();
		expect(contiguiteit(v.model.index, bsgw!.gemeenten).delen.length).toBeGreaterThan(0);

		// Back to today: Delfzijl became Eemsdelta (GM1979), the selection follows.
		await v.zetDatum(null);
		expect(v.model.gemeenten).toHaveLength(342);
		expect(v.geselecteerd).toBe('GM1979');
		expect(v.zichtbaar).toEqual(['belastingen', 'veiligheidsregio']);
		expect(v.permalinkQuery()).not.toContain('datum');
	});

	test.each(['datum=gisteren', 'datum=2017-01-01', 'datum=2099-01-01', 'datum=2019-13-01'])(
		'%s falls back to today',
		async (q) => {
			const v = await maak(q);
			expect(v.datum).toBeNull();
			expect(v.model.gemeenten).toHaveLength(342);
		}
	);

	test('2022-01-01 has Weesp; 2022-06-01 does not', async () => {
		const v = await maak('datum=2022-01-01&gemeente=GM0457');
		expect(v.model.gemeenten).toHaveLength(345);
		expect(v.geselecteerd).toBe('GM0457');
		await v.zetDatum('2022-06-01');
		expect(v.model.gemeenten).toHaveLength(344);
		// Weesp went into Amsterdam.
		expect(v.geselecteerd).toBe('GM0363');
	});

	test('the last request wins when dates are changed quickly', async () => {
		const v = await maak('');
		const a = v.zetDatum('2018-06-01');
		const b = v.zetDatum('2021-06-01');
		await Promise.all([a, b]);
		expect(v.datum).toBe('2021-06-01');
		expect(v.model.gemeenten).toHaveLength(352);
	});

	test('the change view: today against 2019-01-01, in the URL and on the map', async () => {
		const v = await maak('vergelijk=2019-01-01&lagen=inkoop,integrale-toegang,belastingen,ict');
		expect(v.datum).toBeNull();
		expect(v.vergelijk).toBe('2019-01-01');
		const w = v.verandering!;
		expect(w.van).toBe('2019-01-01');
		expect(w.tot).toBe(atlas.meta.peildatumRegister);
		expect(w.begonnen.length + w.beeindigd.length + w.ledenGewijzigd.length).toBeGreaterThan(0);
		expect(w.perGemeente).toHaveLength(342);
		// Gemeenten formed since 2019 cannot be compared; the others can.
		expect(w.verschil.get('GM1979')).toBeNull();
		expect(typeof w.verschil.get('GM0363')).toBe('number');
		const s = v.kaartStaat();
		expect(s.verschil?.waarden).toEqual(w.verschil);
		expect(v.permalinkQuery()).toContain('vergelijk=2019-01-01');
	});
});

describe('Verkenner loads the other periods when idle', () => {
	test('after the first date, every other period topology is fetched, one per idle callback', async () => {
		const wachtrij: (() => void)[] = [];
		vi.stubGlobal('requestIdleCallback', (f: () => void) => wachtrij.push(f));
		try {
			const v = await maak('lagen=ict');
			gelezen.length = 0;
			await v.zetDatum('2019-06-01');
			// The date's own data first; nothing else before the page is idle.
			expect(gelezen).toEqual(['geschiedenis.json', 'gemeenten-2019-01-01.topo.json']);
			expect(wachtrij).toHaveLength(1);
			while (wachtrij.length) {
				wachtrij.shift()!();
				// The fetch and the index are done before the next callback is asked for.
				await new Promise((r) => setTimeout(r, 0));
			}
			// geschiedenis.json has six periods: 2018, 2019 (loaded), 2021, 2022-01-01, 2022-03-24 and
			// today's (gemeenten.topo.json, indexed at start): four are fetched, in period order.
			expect(gelezen.slice(2)).toEqual([
				'gemeenten-2018-01-01.topo.json',
				'gemeenten-2021-01-01.topo.json',
				'gemeenten-2022-01-01.topo.json',
				'gemeenten-2022-03-24.topo.json'
			]);
			// A date in a preloaded period fetches no topology.
			await v.zetDatum('2021-06-01');
			expect(gelezen.filter((f) => f.endsWith('.topo.json'))).toHaveLength(5);
			expect(v.datum).toBe('2021-06-01');
		} finally {
			vi.unstubAllGlobals();
		}
	});
});
