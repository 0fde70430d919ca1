import { describe, expect, test } from 'vitest';
import {
	controleerLijst,
	controleerTopologie,
	controleerVorm,
	haalJson,
	laadAtlasData,
	leesJson
} from './load';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, TOPO_OBJECT } from './types';

/**
 * A fetch that answers from a table of URL → [status, body] (a string body is sent as is, so it can
 * be broken JSON), and records what was asked. Real `Response`s: `json()` parses as the browser does.
 */
function nepFetch(antwoorden: Record<string, [number, unknown]>) {
	const gevraagd: string[] = [];
	const f = (async (url: string) => {
		gevraagd.push(url);
		const [status, body] = antwoorden[url] ?? [404, 'Not found'];
		return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status });
	}) as unknown as typeof fetch;
	return { f, gevraagd };
}

const ATLAS = { meta: {}, gemeenten: [], domeinen: [], verbanden: [], indelingen: [] };
const TOPO = { type: 'Topology', arcs: [], objects: { gemeenten: { type: 'GeometryCollection' } } };

describe('laadAtlasData', () => {
	test('fetches /data/atlas.json and /data/gemeenten.topo.json under the base path', async () => {
		expect([DATA_PATH, ATLAS_FILE, TOPO_FILE, TOPO_OBJECT]).toEqual([
			'data',
			'atlas.json',
			'gemeenten.topo.json',
			'gemeenten'
		]);
		const { f, gevraagd } = nepFetch({
			'/atlas/data/atlas.json': [200, ATLAS],
			'/atlas/data/gemeenten.topo.json': [200, TOPO]
		});
		const d = await laadAtlasData(f, '/atlas');
		expect(d).toEqual({ atlas: ATLAS, topology: TOPO });
		// The precomputed outlines are asked for too; a 404 leaves them to be computed in the browser.
		expect(gevraagd).toEqual([
			'/atlas/data/atlas.json',
			'/atlas/data/gemeenten.topo.json',
			'/atlas/data/omtrekken.json'
		]);
		expect(d.topology).not.toHaveProperty('voorberekend');
		const zonderBasis = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [200, TOPO]
		});
		await expect(laadAtlasData(zonderBasis.f)).resolves.toEqual({ atlas: ATLAS, topology: TOPO });
	});

	test('a failed request or a topology without gemeenten is a Dutch error naming the file', async () => {
		const geenAtlas = nepFetch({ '/data/gemeenten.topo.json': [200, TOPO] });
		await expect(laadAtlasData(geenAtlas.f)).rejects.toThrow(
			'Kon atlas.json niet laden (HTTP 404).'
		);
		const geenTopo = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [500, null]
		});
		await expect(laadAtlasData(geenTopo.f)).rejects.toThrow(
			'Kon gemeenten.topo.json niet laden (HTTP 500).'
		);
		const leeg = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [200, { type: 'Topology', arcs: [], objects: {} }]
		});
		await expect(laadAtlasData(leeg.f)).rejects.toThrow(
			'gemeenten.topo.json mist het object "gemeenten".'
		);
		const zonderObjects = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [200, { type: 'Topology', arcs: [] }]
		});
		await expect(laadAtlasData(zonderObjects.f)).rejects.toThrow('mist het object');
	});

	test('a file cut off in transfer or an HTML page is a Dutch error naming the file', async () => {
		const afgebroken = nepFetch({
			'/data/atlas.json': [200, JSON.stringify(ATLAS).slice(0, 20)],
			'/data/gemeenten.topo.json': [200, TOPO]
		});
		await expect(laadAtlasData(afgebroken.f)).rejects.toThrow(
			'atlas.json is beschadigd of niet volledig geladen: het is geen geldige JSON.'
		);
		const html = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [200, '<!doctype html><p>Fout</p>']
		});
		await expect(laadAtlasData(html.f)).rejects.toThrow(
			'gemeenten.topo.json is beschadigd of niet volledig geladen'
		);
		const nul = nepFetch({
			'/data/atlas.json': [200, ATLAS],
			'/data/gemeenten.topo.json': [200, null]
		});
		await expect(laadAtlasData(nul.f)).rejects.toThrow('gemeenten.topo.json mist het object');
	});

	test('an atlas.json of another shape names the missing or wrong field', async () => {
		const met = (atlas: unknown) =>
			laadAtlasData(
				nepFetch({ '/data/atlas.json': [200, atlas], '/data/gemeenten.topo.json': [200, TOPO] }).f
			);
		await expect(met([ATLAS])).rejects.toThrow(
			'atlas.json is beschadigd: het bestand is geen object.'
		);
		await expect(met(null)).rejects.toThrow('het bestand is geen object');
		for (const veld of ['meta', 'gemeenten', 'domeinen', 'verbanden', 'indelingen']) {
			const zonder: Record<string, unknown> = { ...ATLAS };
			delete zonder[veld];
			await expect(met(zonder)).rejects.toThrow(
				`atlas.json is beschadigd: het veld "${veld}" ontbreekt.`
			);
		}
		await expect(met({ ...ATLAS, verbanden: {} })).rejects.toThrow(
			'atlas.json is beschadigd: het veld "verbanden" is geen lijst.'
		);
		await expect(met({ ...ATLAS, meta: [] })).rejects.toThrow('het veld "meta" is geen object.');
	});

	test('the precomputed outlines are used only with their shape; else they are computed here', async () => {
		const OMTREKKEN = { bogen: 0, grenzen: [[0]], omtrekken: { 'x.1': [[0]] } };
		const met = async (omtrekken: [number, unknown] | undefined, fout = false) => {
			const antwoorden: Record<string, [number, unknown]> = {
				'/data/atlas.json': [200, ATLAS],
				'/data/gemeenten.topo.json': [200, TOPO]
			};
			if (omtrekken) antwoorden['/data/omtrekken.json'] = omtrekken;
			const { f } = nepFetch(antwoorden);
			const g = fout
				? (((url: string) =>
						url.endsWith('omtrekken.json')
							? Promise.reject(new TypeError('Failed to fetch'))
							: f(url)) as unknown as typeof fetch)
				: f;
			return (await laadAtlasData(g)).topology.voorberekend;
		};
		expect(await met([200, OMTREKKEN])).toEqual(OMTREKKEN);
		expect(await met([500, OMTREKKEN])).toBeUndefined();
		expect(await met([200, '{"bogen": 0, "gren'])).toBeUndefined();
		expect(await met([200, { ...OMTREKKEN, bogen: '0' }])).toBeUndefined();
		expect(await met([200, { ...OMTREKKEN, grenzen: {} }])).toBeUndefined();
		expect(await met([200, { ...OMTREKKEN, omtrekken: [] }])).toBeUndefined();
		expect(await met(undefined, true)).toBeUndefined();
	});
});

describe('haalJson', () => {
	test('no connection at all is a Dutch error naming the file', async () => {
		const weg = (() => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch;
		await expect(haalJson(weg, '/data/atlas.json', 'atlas.json')).rejects.toThrow(
			'Kon atlas.json niet laden: geen verbinding met de server.'
		);
		await expect(laadAtlasData(weg)).rejects.toThrow('geen verbinding met de server');
		const { f, gevraagd } = nepFetch({ '/x/data/a.json': [200, [1]] });
		await expect(haalJson(f, '/x/data/a.json', 'a.json')).resolves.toEqual([1]);
		expect(gevraagd).toEqual(['/x/data/a.json']);
	});
});

describe('leesJson and controleerVorm', () => {
	test('status first, then the body', async () => {
		await expect(leesJson(new Response('{}', { status: 503 }), 'x.json')).rejects.toThrow(
			'Kon x.json niet laden (HTTP 503).'
		);
		await expect(leesJson(new Response('{"a": [1]}'), 'x.json')).resolves.toEqual({ a: [1] });
		await expect(leesJson(new Response(''), 'x.json')).rejects.toThrow(
			'x.json is beschadigd of niet volledig geladen'
		);
	});

	test('each kind of field, present and of its kind', () => {
		const vorm = { l: 'lijst', o: 'object', t: 'tekst', g: 'getal' } as const;
		const goed = { l: [], o: {}, t: '', g: 0, extra: 1 };
		expect(controleerVorm('x.json', goed, vorm)).toBe(goed);
		const fouten: [Record<string, unknown>, string][] = [
			[{ ...goed, l: 'a' }, 'het veld "l" is geen lijst.'],
			[{ ...goed, o: null }, 'het veld "o" is geen object.'],
			[{ ...goed, o: [] }, 'het veld "o" is geen object.'],
			[{ ...goed, t: 1 }, 'het veld "t" is geen tekst.'],
			[{ ...goed, g: '1' }, 'het veld "g" is geen getal.'],
			[{ l: [], o: {}, t: '' }, 'het veld "g" ontbreekt.']
		];
		for (const [x, melding] of fouten)
			expect(() => controleerVorm('x.json', x, vorm)).toThrow(`x.json is beschadigd: ${melding}`);
		expect(() => controleerVorm('x.json', 'tekst', vorm)).toThrow('het bestand is geen object.');
		expect(controleerLijst('l.json', [1, 2])).toEqual([1, 2]);
		expect(() => controleerLijst('l.json', { 0: 1 })).toThrow(
			'l.json is beschadigd: het bestand is geen lijst.'
		);
	});
});

describe('controleerTopologie', () => {
	test("needs the gemeenten object, and keeps a period's own outlines only with their shape", () => {
		expect(() => controleerTopologie('p.topo.json', { ...TOPO, objects: {} })).toThrow(
			'p.topo.json mist het object "gemeenten".'
		);
		expect(() => controleerTopologie('p.topo.json', [])).toThrow('mist het object');
		expect(() =>
			controleerTopologie('p.topo.json', { ...TOPO, objects: { gemeenten: [] } })
		).toThrow('mist het object');
		const V = { bogen: 0, grenzen: [], omtrekken: {} };
		expect(controleerTopologie('p.topo.json', { ...TOPO, voorberekend: V }).voorberekend).toBe(V);
		for (const kapot of [
			null,
			[],
			{ ...V, bogen: '0' },
			{ ...V, grenzen: {} },
			{ ...V, omtrekken: [] }
		]) {
			const t = controleerTopologie('p.topo.json', { ...TOPO, voorberekend: kapot });
			expect(t).not.toHaveProperty('voorberekend');
			expect(t.objects).toEqual(TOPO.objects);
		}
		expect(controleerTopologie('p.topo.json', { ...TOPO })).toEqual(TOPO);
	});
});
