import { describe, expect, test } from 'vitest';
import { laadAtlasData } from './load';
import { ATLAS_FILE, DATA_PATH, TOPO_FILE, TOPO_OBJECT } from './types';

/** A fetch that answers from a table of URL → [status, body], and records what was asked. */
function nepFetch(antwoorden: Record<string, [number, unknown]>) {
	const gevraagd: string[] = [];
	const f = (async (url: string) => {
		gevraagd.push(url);
		const [status, body] = antwoorden[url] ?? [404, null];
		return { ok: status >= 200 && status < 300, status, json: async () => body } as Response;
	}) as unknown as typeof fetch;
	return { f, gevraagd };
}

const ATLAS = { gemeenten: [] };
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
});
