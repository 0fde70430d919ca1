// npm run data: build static/data/ from the sources (mirror or upstream URLs). See README.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bronPaden, BouwFout } from './lib/bronnen';
import { bouw, type BouwRapport } from './lib/bouw';

const PROJECT = resolve(fileURLToPath(import.meta.url), '..', '..');
const UIT = join(PROJECT, 'static', 'data');

function druk(r: BouwRapport) {
	const regels = [
		`Gemeenten: ${r.gemeenten}`,
		`Regelingen gelezen: ${r.regelingenGelezen}, actueel: ${r.regelingenActueel}, als verband (≥ 1 gemeente): ${r.verbanden}`,
		`Per domein: ${Object.entries(r.perDomein)
			.map(([d, n]) => `${d} ${n}`)
			.join(', ')}`,
		`Alleen 'overig': ${r.ongeclassificeerd.length}`,
		`Herindelingen bekend: ${r.herindelingen.totaal}; toegepast op leden: ${r.herindelingToegepast.length}`,
		...r.herindelingToegepast.map((h) => `  ${h.verband}: ${h.toelichting}`),
		`Niet gekoppelde deelnemers: ${r.nietGekoppeld.length}`,
		...r.nietGekoppeld.slice(0, 20).map((n) => `  ${n.verband}: ${n.deelnemer} — ${n.reden}`),
		`Indelingen: ${Object.entries(r.indelingen)
			.map(([id, x]) => `${id} ${x.regios}/${x.officieel}`)
			.join(', ')}`,
		`Veiligheidsregio's gelijk aan een ROO-regeling: ${r.veiligheidsregioControle.gelijk}/${r.veiligheidsregioControle.totaal}`,
		`Buren zonder gedeelde grens (aanraking, of eiland over water): ${r.waterburen.length}`,
		`Waarschuwingen: ${r.waarschuwingen.length}`,
		...r.waarschuwingen.slice(0, 10).map((w) => `  ${w}`)
	];
	console.log(regels.join('\n'));
}

try {
	const t0 = Date.now();
	const { paden, modus, map } = await bronPaden(
		PROJECT,
		join(PROJECT, 'node_modules', '.cache', 'samenwerkingsatlas-bronnen')
	);
	console.log(`Bronnen: ${modus === 'spiegel' ? `spiegel ${map}` : `gedownload naar ${map}`}`);
	const { atlas, topology, herindelingen, rapport } = await bouw({ paden, projectDir: PROJECT });
	mkdirSync(UIT, { recursive: true });
	writeFileSync(join(UIT, 'gemeenten.topo.json'), JSON.stringify(topology));
	writeFileSync(join(UIT, 'atlas.json'), JSON.stringify(atlas));
	writeFileSync(join(UIT, 'herindelingen.json'), JSON.stringify(herindelingen));
	writeFileSync(join(UIT, 'build-report.json'), JSON.stringify(rapport, null, '\t'));
	druk(rapport);
	console.log(`Klaar in ${Date.now() - t0} ms → ${UIT}`);
} catch (e) {
	if (e instanceof BouwFout) {
		console.error(`\nGegevensbouw mislukt: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
