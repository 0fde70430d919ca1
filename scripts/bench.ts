// `npm run bench`: prints figures (medians) for the goals in the issues. Not a test: it never fails
// on a slow machine, it reports. Needs the data (`npm run data`) and, for the browser part, the build.
import { join } from 'node:path';
import { benchAnalyse } from './bench/analyse';
import { benchBrowser } from './bench/browser';
import { benchZipBom } from './bench/import';
import { benchData } from './bench/data';
import type { BenchRij } from './bench/stats';

function print(titel: string, rijen: BenchRij[]) {
	console.log(`\n== ${titel}`);
	const breedte = Math.max(...rijen.map((r) => r.naam.length));
	for (const r of rijen) {
		const w = r.eenheid === '×' ? r.waarde.toFixed(2) : r.waarde.toFixed(r.waarde < 10 ? 2 : 0);
		console.log(
			`${r.naam.padEnd(breedte)}  ${w.padStart(9)} ${r.eenheid.padEnd(4)}${r.doel ? `  doel ${r.doel}` : ''}`
		);
	}
}

const dataDir = join(process.cwd(), 'static', 'data');
// BENCH_ALLEEN=browser or =import runs only that part.
const alleen = process.env.BENCH_ALLEEN;
if (!alleen) print('Analyse (Node, ' + process.version + ')', benchAnalyse(dataDir));
if (!alleen || alleen === 'import') print('Eigen gegevens (Node)', benchZipBom());
if (!alleen) print('Gegevens (gzip / onverpakt)', benchData(dataDir));
const browser = await benchBrowser();
print('Browser (headless Chromium, SwiftShader)', browser.rijen);
if (browser.overgeslagen) console.log(`(overgeslagen: ${browser.overgeslagen})`);
