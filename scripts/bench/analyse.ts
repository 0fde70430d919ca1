// Analysis benchmark: the full analysis of all bundled layers, the naive Turf-union dissolve for
// comparison, and how the analysis grows with the number of verbanden (synthetic member sets).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { union } from '@turf/turf';
import { featureCollection } from '@turf/turf';
import type { GemeenteTopology } from '../../src/lib/data/load';
import type { Atlas } from '../../src/lib/data/types';
import { maakGeoIndex, type GeoIndex } from '../../src/lib/geo/geo-index';
import { lagenUitAtlas, type Laag } from '../../src/lib/geo/lagen';
import { analyseer } from '../../src/lib/geo/analyse';
import { dissolve } from '../../src/lib/geo/dissolve';
import { median, type BenchRij } from './stats';

function laad(dir: string) {
	const atlas = JSON.parse(readFileSync(join(dir, 'atlas.json'), 'utf8')) as Atlas;
	const topology = JSON.parse(
		readFileSync(join(dir, 'gemeenten.topo.json'), 'utf8')
	) as GemeenteTopology;
	return { atlas, topology };
}

function tijd(f: () => unknown, runs: number): number {
	f(); // warm-up
	const t: number[] = [];
	for (let i = 0; i < runs; i++) {
		const s = performance.now();
		f();
		t.push(performance.now() - s);
	}
	return median(t);
}

/** Deterministic PRNG (mulberry32) so every run measures the same synthetic input. */
function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `factor` × the real number of verbanden, each a random connected set of gemeenten (grown from a
 * random seed over the real neighbours) with a size drawn from the real verband sizes.
 */
export function synthetischeLagen(index: GeoIndex, echte: Laag[], factor: number): Laag[] {
	const rnd = prng(2025 * factor);
	const domeinen = echte.filter((l) => l.soort === 'domein');
	const maten = domeinen.flatMap((l) => l.regios.map((r) => r.gemeenten.length));
	const n = index.codes.length;
	return [
		...domeinen.map((l) => ({
			...l,
			regios: Array.from({ length: l.regios.length * factor }, (_, k) => {
				const maat = Math.max(1, maten[Math.floor(rnd() * maten.length)]);
				const gekozen = new Set<number>([Math.floor(rnd() * n)]);
				const rand = [...gekozen];
				while (gekozen.size < maat && rand.length) {
					const i = rand.splice(Math.floor(rnd() * rand.length), 1)[0];
					for (const b of index.buren[i])
						if (!gekozen.has(b) && gekozen.size < maat) {
							gekozen.add(b);
							rand.push(b);
						}
				}
				return {
					id: `${l.id}-synth-${k}`,
					naam: `synthetisch ${k}`,
					gemeenten: [...gekozen].map((i) => index.codes[i])
				};
			})
		})),
		...echte.filter((l) => l.soort === 'indeling')
	];
}

export function benchAnalyse(dataDir: string): BenchRij[] {
	const { atlas, topology } = laad(dataDir);
	const rijen: BenchRij[] = [];

	let s = performance.now();
	const index = maakGeoIndex(topology);
	rijen.push({
		naam: 'geo-index opbouwen (eenmalig)',
		waarde: performance.now() - s,
		eenheid: 'ms'
	});

	const lagen = lagenUitAtlas(atlas);
	const regios = lagen.flatMap((l) => l.regios);
	const nRegios = regios.length;
	rijen.push({
		naam: `volledige analyse: ${lagen.length} lagen, ${nRegios} regio's (mediaan van 15)`,
		waarde: tijd(() => analyseer(index, atlas, lagen), 15),
		eenheid: 'ms',
		doel: '≤ 200 ms'
	});

	// The same dissolves, topology merge vs naive Turf union of member polygons.
	const snel = tijd(() => regios.forEach((r) => dissolve(index, r.gemeenten)), 5);
	rijen.push({
		naam: `${nRegios} omtrekken via topojson.merge (mediaan van 5)`,
		waarde: snel,
		eenheid: 'ms'
	});
	const naief = () =>
		regios.forEach((r) => {
			const fs = r.gemeenten.map((c) => index.features[index.positie.get(c) ?? -1]).filter(Boolean);
			if (fs.length > 1) union(featureCollection(fs));
		});
	s = performance.now();
	naief();
	const naiefMs = performance.now() - s;
	rijen.push({ naam: `dezelfde omtrekken via Turf union (1 run)`, waarde: naiefMs, eenheid: 'ms' });
	rijen.push({
		naam: 'versnelling merge t.o.v. Turf union',
		waarde: naiefMs / snel,
		eenheid: '×',
		doel: '≥ 10×'
	});

	// Growth with input size.
	const basis = tijd(() => analyseer(index, atlas, synthetischeLagen(index, lagen, 1)), 5);
	for (const f of [1, 4, 16]) {
		const syn = synthetischeLagen(index, lagen, f);
		const n = syn.filter((l) => l.soort === 'domein').reduce((a, l) => a + l.regios.length, 0);
		const ms = f === 1 ? basis : tijd(() => analyseer(index, atlas, syn), 3);
		rijen.push({
			naam: `analyse ${f}× verbanden (${n} synthetisch) — ${(ms / basis / f).toFixed(2)} × lineair`,
			waarde: ms,
			eenheid: 'ms',
			doel: f === 1 ? undefined : 'lineair (≈ 1,0 × lineair)'
		});
	}
	return rijen;
}
