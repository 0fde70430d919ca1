// Run in a child process by import.ts, so its peak memory is its own: reads a zip bomb (an .xlsx
// that inflates to 1 GB) through the importer and prints the peak memory and time of the refusal.
import { leesBestand } from '../../src/lib/import/lezen';
import { zipBom } from '../../tests/fixtures/zip-bom';

const bom = zipBom(1024);
const voor = process.resourceUsage().maxRSS;
const t0 = performance.now();
let melding = '';
try {
	await leesBestand(bom, 'bom.xlsx');
} catch (e) {
	melding = e instanceof Error ? e.message : String(e);
}
const ms = performance.now() - t0;
const extra = (process.resourceUsage().maxRSS - voor) / 1024;
console.log(JSON.stringify({ bytes: bom.length, ms, extraMb: extra, melding }));
