// npm run data: build static/data/ from the sources (mirror or upstream URLs). See README.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bronPaden, BouwFout } from './lib/bronnen';
import { bouw, type BouwRapport, type Kwaliteit } from './lib/bouw/index';
import { openData } from './lib/open-data';
import { periodeVoorberekening, voorberekening } from './lib/voorberekening';
import { VOORBEREKEND_FILE } from '../src/lib/data/load';
import { DETAIL_FILE, GESCHIEDENIS_FILE, HERINDELINGEN_FILE } from '../src/lib/data/types';

const PROJECT = resolve(fileURLToPath(import.meta.url), '..', '..');
const UIT = join(PROJECT, 'static', 'data');

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const kwal = (k: Kwaliteit[]) =>
	k.map(
		(q) =>
			`${q.domein} precisie ${pct(q.precisie)} recall ${pct(q.recall)} (tp ${q.tp}, fp ${q.fp}, fn ${q.fn})`
	);

function druk(r: BouwRapport) {
	const c = r.classificatie;
	const regels = [
		`Gemeenten: ${r.gemeenten}`,
		`Regelingen gelezen: ${r.regelingenGelezen} versies, actueel: ${r.regelingenActueel}, als verband (≥ 1 gemeente): ${r.verbanden}; regelingen sinds 2018 (alle versies): ${r.ketens}`,
		`Per domein (verbanden / gemeenten): ${Object.entries(r.perDomein)
			.map(([d, n]) => `${d} ${n}/${r.gemeentenPerDomein[d]}`)
			.join(', ')}`,
		`Alleen 'overig': ${r.ongeclassificeerd.length} van ${r.verbanden} (${pct(r.ongeclassificeerd.length / Math.max(1, r.verbanden))})`,
		`Classificatie: ${c.beoordeeld} beoordeeld (${c.twijfel} met twijfel), ${c.nietBeoordeeld.length} niet beoordeeld, ${c.verschillen.length} wijken af van het voorstel, ${c.onbekend.length} reviewregels zonder regeling`,
		...c.nietBeoordeeld.map(
			(n) => `  TE BEOORDELEN: ${n.id} (${n.naam}) — voorstel ${n.voorstel.join(', ')}`
		),
		...c.onbekend.map((id) => `  reviewregel zonder regeling: ${id}`),
		`Toetsset (${c.toetsset.omvang} regelingen, tweede lezer), de review: `,
		...kwal(c.toetsset.review).map((s) => `  ${s}`),
		`  het trefwoordvoorstel:`,
		...kwal(c.toetsset.voorstel).map((s) => `  ${s}`),
		`  de review tegen de eigen keuzes van de tweede lezer (zonder de beslissingen over verschillen):`,
		...kwal(c.toetsset.tweedeLezer).map((s) => `  ${s}`),
		`Lijken vervangen: ${r.lijktVervangen.length}`,
		...r.lijktVervangen.map((l) => `  ${l.id} → ${l.door.join(', ')}`),
		`Herindelingen bekend: ${r.herindelingen.totaal}; toegepast op leden: ${r.herindelingToegepast.length}`,
		`Niet gekoppelde deelnemers: ${r.nietGekoppeld.length}`,
		...r.nietGekoppeld.slice(0, 10).map((n) => `  ${n.verband}: ${n.deelnemer} — ${n.reden}`),
		`Indelingen: ${Object.entries(r.indelingen)
			.map(([id, x]) => `${id} ${x.regios}/${x.officieel}${x.jaar === 2016 ? ' (2016)' : ''}`)
			.join(', ')}`,
		`Regioatlas 2016 naar 2025: ${r.indelingen2016Keuzes.length} keuzes (grootste deel)`,
		`Veiligheidsregio's gelijk aan een ROO-regeling: ${r.veiligheidsregioControle.gelijk}/${r.veiligheidsregioControle.totaal}`,
		`Geschiedenis: ${r.geschiedenis.versies} versies; perioden ${r.geschiedenis.perioden
			.map((p) => `${p.van} (${p.gemeenten})`)
			.join(', ')}; leden niet te koppelen op hun datum: ${r.geschiedenis.nietTeKoppelenOpDatum}`,
		`Buren zonder gedeelde grens (aanraking, of eiland over water): ${r.waterburen.length}`,
		`Waarschuwingen: ${r.waarschuwingen.length}`,
		...r.waarschuwingen.slice(0, 15).map((w) => `  ${w}`)
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
	const res = await bouw({ paden, projectDir: PROJECT });
	rmSync(UIT, { recursive: true, force: true });
	mkdirSync(join(UIT, 'open'), { recursive: true });
	writeFileSync(join(UIT, 'gemeenten.topo.json'), JSON.stringify(res.topology));
	writeFileSync(join(UIT, 'atlas.json'), JSON.stringify(res.atlas));
	writeFileSync(
		join(UIT, VOORBEREKEND_FILE),
		JSON.stringify(voorberekening(res.topology, res.atlas))
	);
	writeFileSync(join(UIT, HERINDELINGEN_FILE), JSON.stringify(res.herindelingen));
	writeFileSync(join(UIT, DETAIL_FILE), JSON.stringify(res.details));
	writeFileSync(join(UIT, GESCHIEDENIS_FILE), JSON.stringify(res.geschiedenis));
	// An earlier period's topology carries its own outlines and mesh (voorberekening.ts).
	for (const periode of res.geschiedenis.perioden) {
		const topo = res.periodeTopologieen[periode.topo];
		if (topo) topo.voorberekend = periodeVoorberekening(topo, res.atlas, res.geschiedenis, periode);
	}
	for (const [bestand, topo] of Object.entries(res.periodeTopologieen))
		writeFileSync(join(UIT, bestand), JSON.stringify(topo));
	for (const [bestand, inhoud] of Object.entries(openData(res)))
		writeFileSync(join(UIT, 'open', bestand), inhoud);
	writeFileSync(join(UIT, 'build-report.json'), JSON.stringify(res.rapport, null, '\t'));
	druk(res.rapport);
	console.log(`Klaar in ${Date.now() - t0} ms → ${UIT}`);
} catch (e) {
	if (e instanceof BouwFout) {
		console.error(`\nGegevensbouw mislukt: ${e.message}`);
		process.exit(1);
	}
	throw e;
}
