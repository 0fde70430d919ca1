// Sizes of the static data: what today's first paint fetches, and the history that time travel
// fetches only when the date control is first used (geschiedenis.json + one topology per period).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Geschiedenis } from '../../src/lib/data/geschiedenis';
import { ATLAS_FILE, GESCHIEDENIS_FILE, TOPO_FILE } from '../../src/lib/data/types';
import type { BenchRij } from './stats';

export function benchData(dir: string): BenchRij[] {
	const rij = (naam: string, bestanden: string[]): BenchRij => {
		let raw = 0;
		let gz = 0;
		for (const f of bestanden) {
			const b = readFileSync(join(dir, f));
			raw += b.length;
			gz += gzipSync(b).length;
		}
		return { naam, waarde: gz / 1024, eenheid: `KB / ${(raw / 1024).toFixed(0)} KB` };
	};
	const rijen = [
		rij(`vandaag, eerste kaart: ${ATLAS_FILE} + ${TOPO_FILE}`, [ATLAS_FILE, TOPO_FILE])
	];
	if (!existsSync(join(dir, GESCHIEDENIS_FILE))) return rijen;
	const g = JSON.parse(readFileSync(join(dir, GESCHIEDENIS_FILE), 'utf8')) as Geschiedenis;
	const perioden = g.perioden.map((p) => p.topo).filter((f) => f !== TOPO_FILE);
	rijen.push(rij(`geschiedenis: ${GESCHIEDENIS_FILE}`, [GESCHIEDENIS_FILE]));
	rijen.push(...perioden.map((f) => rij(`  topologie ${f}`, [f])));
	rijen.push(
		rij(`geschiedenis + ${perioden.length} topologieën samen`, [GESCHIEDENIS_FILE, ...perioden])
	);
	return rijen;
}
