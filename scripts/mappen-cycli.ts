// Folder cycles in src/lib (a madge-like check at folder level): which folder imports which, and
// every cycle in that graph. Type-only imports count too: they tie the folders together just the
// same. Run: `npx tsx scripts/mappen-cycli.ts` (exits 1 on a cycle). Also run by a unit test.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

const LIB = resolve(process.cwd(), 'src/lib');

function bestanden(map: string): string[] {
	return readdirSync(map).flatMap((n) => {
		const p = join(map, n);
		if (statSync(p).isDirectory()) return bestanden(p);
		return /\.(ts|svelte)$/.test(n) && !/\.test\.ts$/.test(n) ? [p] : [];
	});
}

/** The src/lib folder of a file ('' for files directly in src/lib). */
function mapVan(bestand: string): string {
	const r = relative(LIB, bestand).split('/');
	return r.length > 1 ? r[0] : '';
}

export function mappenGraaf(): Map<string, Set<string>> {
	const graaf = new Map<string, Set<string>>();
	for (const b of bestanden(LIB)) {
		const van = mapVan(b);
		const tekst = readFileSync(b, 'utf8');
		for (const m of tekst.matchAll(
			/(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
		)) {
			const spec = m[1] ?? m[2];
			let doel: string | null = null;
			if (spec.startsWith('$lib/')) doel = join(LIB, spec.slice(5));
			else if (spec.startsWith('.')) doel = resolve(dirname(b), spec);
			if (!doel || !doel.startsWith(LIB)) continue;
			const naar = mapVan(doel.endsWith('.ts') || doel.endsWith('.svelte') ? doel : doel + '.ts');
			if (naar === van || naar === '' || van === '') continue;
			if (!graaf.has(van)) graaf.set(van, new Set());
			graaf.get(van)!.add(naar);
		}
	}
	return graaf;
}

/** Every elementary cycle, each as its folders starting from the smallest name. */
export function mappenCycli(graaf = mappenGraaf()): string[][] {
	const cycli = new Set<string>();
	const pad: string[] = [];
	const zoek = (m: string) => {
		if (pad.includes(m)) {
			const c = pad.slice(pad.indexOf(m));
			const i = c.indexOf([...c].sort()[0]);
			cycli.add([...c.slice(i), ...c.slice(0, i)].join(' → '));
			return;
		}
		pad.push(m);
		for (const n of graaf.get(m) ?? []) zoek(n);
		pad.pop();
	};
	for (const m of graaf.keys()) zoek(m);
	return [...cycli].sort().map((c) => c.split(' → '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const graaf = mappenGraaf();
	for (const [van, naar] of [...graaf].sort())
		console.log(`${van.padEnd(11)} → ${[...naar].sort().join(', ')}`);
	const cycli = mappenCycli(graaf);
	for (const c of cycli) console.log(`cyclus: ${[...c, c[0]].join(' → ')}`);
	console.log(cycli.length ? `${cycli.length} cycli` : 'geen cycli');
	process.exit(cycli.length ? 1 : 0);
}
