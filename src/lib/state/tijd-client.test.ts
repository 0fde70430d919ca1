import { describe, expect, test } from 'vitest';
import { maakTijdBron } from './tijd-client';

const GESCHIEDENIS = {
	vanaf: '2018-01-01',
	peildatum: '2025-01-01',
	gemeenten: [],
	opvolgers: {},
	perioden: [],
	ketens: []
};
const TOPO = { type: 'Topology', arcs: [], objects: { gemeenten: { type: 'GeometryCollection' } } };

/** A fetch over a table of path → body (a string is sent as is); counts the requests per path. */
function bron(antwoorden: Record<string, unknown>) {
	const n: Record<string, number> = {};
	const f = (async (url: string) => {
		n[url] = (n[url] ?? 0) + 1;
		if (!(url in antwoorden)) return new Response('Not found', { status: 404 });
		const b = antwoorden[url];
		return new Response(typeof b === 'string' ? b : JSON.stringify(b));
	}) as unknown as typeof fetch;
	return { b: maakTijdBron(f, '/basis'), n, antwoorden };
}

describe('maakTijdBron', () => {
	test('the history once; a damaged file is a Dutch error naming it, and is asked again later', async () => {
		const { b, n, antwoorden } = bron({ '/basis/data/geschiedenis.json': '{"vanaf": "2018' });
		await expect(b.geschiedenis()).rejects.toThrow(
			'geschiedenis.json is beschadigd of niet volledig geladen: het is geen geldige JSON.'
		);
		antwoorden['/basis/data/geschiedenis.json'] = { ...GESCHIEDENIS, ketens: undefined };
		await expect(b.geschiedenis()).rejects.toThrow(
			'geschiedenis.json is beschadigd: het veld "ketens" ontbreekt.'
		);
		antwoorden['/basis/data/geschiedenis.json'] = { ...GESCHIEDENIS, opvolgers: [] };
		await expect(b.geschiedenis()).rejects.toThrow('het veld "opvolgers" is geen object.');
		antwoorden['/basis/data/geschiedenis.json'] = GESCHIEDENIS;
		await expect(b.geschiedenis()).resolves.toEqual(GESCHIEDENIS);
		await b.geschiedenis();
		expect(n['/basis/data/geschiedenis.json']).toBe(4);
	});

	test('a period topology without its gemeenten names the file; a good one is fetched once', async () => {
		const { b, n } = bron({
			'/basis/data/a.topo.json': { type: 'Topology', arcs: [], objects: {} },
			'/basis/data/b.topo.json': TOPO
		});
		await expect(b.topologie('a.topo.json')).rejects.toThrow(
			'a.topo.json mist het object "gemeenten".'
		);
		await expect(b.topologie('c.topo.json')).rejects.toThrow(
			'Kon c.topo.json niet laden (HTTP 404).'
		);
		expect(await b.topologie('b.topo.json')).toEqual(TOPO);
		await b.topologie('b.topo.json');
		await b.topologie('a.topo.json').catch(() => {});
		expect(n).toEqual({
			'/basis/data/a.topo.json': 2,
			'/basis/data/b.topo.json': 1,
			'/basis/data/c.topo.json': 1
		});
	});

	test("a period's outlines from the data build are kept with their shape, and dropped otherwise", async () => {
		const V = { bogen: 0, grenzen: [[0]], omtrekken: { 'x.1': [[0]] } };
		const { b } = bron({
			'/basis/data/goed.topo.json': { ...TOPO, voorberekend: V },
			'/basis/data/lijst.topo.json': { ...TOPO, voorberekend: { ...V, omtrekken: [] } },
			'/basis/data/tekst.topo.json': { ...TOPO, voorberekend: 'x' },
			'/basis/data/geen.topo.json': TOPO
		});
		expect((await b.topologie('goed.topo.json')).voorberekend).toEqual(V);
		for (const f of ['lijst.topo.json', 'tekst.topo.json', 'geen.topo.json']) {
			const t = await b.topologie(f);
			expect(t).not.toHaveProperty('voorberekend');
			expect(t.objects.gemeenten).toEqual(TOPO.objects.gemeenten);
		}
	});
});
