import { describe, expect, test } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { leesOpslag } from './opslag';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { echteData } from '$lib/geo/test-data';
import type { Herindeling } from '$lib/data/gemeente-match';
import { ImportFout } from './dataset';
import { raadKoppeling, type Context, type Verwerkt } from './verwerk';
import {
	nieuweStaat,
	VERBANDEN_TONEN,
	voerUit,
	VERSLAG_RIJEN,
	werkFout,
	type Gelezen
} from './werk';

const { atlas } = echteData();
const herindelingen = JSON.parse(
	readFileSync(join(process.cwd(), 'static', 'data', 'herindelingen.json'), 'utf8')
) as Herindeling[];
const ctx: Context = { gemeenten: atlas.gemeenten, herindelingen, domeinen: atlas.domeinen };
const bytes = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;
const niets = () => undefined;

describe('fouten over de grens van de worker: een code, geen klassenaam', () => {
	test('een ImportFout blijft herkend als de minifier de klasse hernoemt', () => {
		// What a minified build does: the class is called something else.
		const Verminkt = { e: class extends ImportFout {} }.e;
		Object.defineProperty(Verminkt, 'name', { value: 't' });
		const f = new Verminkt('Rij 3: leeg.');
		expect(f.constructor.name).toBe('t');
		expect(werkFout(f)).toEqual({ code: 'import-fout', bericht: 'Rij 3: leeg.' });
		// The code survives a structured clone (what postMessage does).
		expect(structuredClone(werkFout(f)).code).toBe('import-fout');
	});

	test('elke andere fout is "intern", met de technische tekst alleen voor de console', () => {
		expect(werkFout(new TypeError('x is undefined'))).toEqual({
			code: 'intern',
			bericht: 'TypeError: x is undefined'
		});
		expect(werkFout('kapot').code).toBe('intern');
	});
});

describe('de worker houdt de tabel; de pagina krijgt alleen wat ze toont', () => {
	test('200 000 rijen: kop en vijf rijen terug, dan koppelen met een ingekort verslag en volledige tellingen', async () => {
		const rijen = ['gemeente;verband'];
		// Known names (matched fast) and a few typos (fuzzy matching, with suggestions).
		for (let i = 0; i < 200_000; i++)
			rijen.push(
				i % 20_000 === 7
					? `Atlantis${i};V1`
					: `${atlas.gemeenten[i % atlas.gemeenten.length].naam};V${i % 50}`
			);
		const staat = nieuweStaat();
		const gelezen = (await voerUit(
			{
				type: 'lees',
				bytes: bytes(rijen.join('\n')),
				bestand: 'groot.csv',
				naam: 'groot',
				ctx,
				basis: ''
			},
			staat,
			niets
		)) as Gelezen;
		if (gelezen.soort !== 'tabel') throw new Error(gelezen.soort);
		expect(gelezen.kop.aantal).toBe(200_000);
		expect(gelezen.kop.voorbeeld).toHaveLength(5);
		const v = (await voerUit(
			{
				type: 'verwerk',
				koppeling: raadKoppeling(gelezen.kop.kolommen),
				ctx,
				naam: 'groot',
				bestand: 'groot.csv',
				keuzes: []
			},
			staat,
			niets
		)) as Verwerkt;
		expect(v.verslag).toHaveLength(VERSLAG_RIJEN);
		expect(v.verslagTotaal).toBe(200_000);
		expect(v.telling.onbekend).toBe(10);
		expect((v.telling.ok ?? 0) + (v.telling.variant ?? 0)).toBe(199_990);
		expect(v.dataset!.verbanden).toHaveLength(50);
	}, 60_000);

	test('koppelen zonder ingelezen tabel: een Nederlandse melding', async () => {
		await expect(
			voerUit(
				{
					type: 'verwerk',
					koppeling: raadKoppeling(['a', 'b']),
					ctx,
					naam: 'x',
					bestand: 'x',
					keuzes: []
				},
				nieuweStaat(),
				niets
			)
		).rejects.toThrow(/Kies eerst opnieuw het bestand/);
	});
});

describe('de worker bewaart het hele resultaat; de pagina krijgt de eerste verbanden', () => {
	test('1 000 verbanden: 200 naar de pagina, alle 1 000 in de opslag; twee keer bewaren geeft twee datasets', async () => {
		globalThis.indexedDB = new IDBFactory();
		const rijen = ['gemeente;verband'];
		for (let i = 0; i < 1000; i++) rijen.push(`Maastricht;V${i}`);
		const staat = nieuweStaat();
		const lees = {
			type: 'lees' as const,
			bytes: bytes(rijen.join('\n')),
			bestand: 'v.csv',
			naam: 'v',
			ctx,
			basis: ''
		};
		const kop = ((await voerUit(lees, staat, niets)) as Extract<Gelezen, { soort: 'tabel' }>).kop;
		const verwerk = {
			type: 'verwerk' as const,
			koppeling: raadKoppeling(kop.kolommen),
			ctx,
			naam: 'v',
			bestand: 'v.csv',
			keuzes: []
		};
		const v = (await voerUit(verwerk, staat, niets)) as Verwerkt;
		expect(v.dataset!.verbanden).toHaveLength(VERBANDEN_TONEN);
		expect(v.omvang).toEqual({ verbanden: 1000, gemeenten: 1 });
		await voerUit({ type: 'bewaar', naam: 'Mijn lijst', hoe: 'gewoon', bron: 'x' }, staat, niets);
		const [d] = (await leesOpslag()).datasets;
		expect(d.naam).toBe('Mijn lijst');
		expect(d.id).toBe(v.dataset!.id);
		expect(d.verbanden).toHaveLength(1000);
		// Kept until added, then gone: a second click saves nothing twice.
		await expect(
			voerUit({ type: 'bewaar', naam: 'x', hoe: 'gewoon', bron: 'x' }, staat, niets)
		).rejects.toThrow(/niets om toe te voegen/);
		await voerUit(verwerk, staat, niets);
		await voerUit({ type: 'bewaar', naam: 'Tweede', hoe: 'gewoon', bron: 'x' }, staat, niets);
		expect((await leesOpslag()).datasets.map((x) => x.naam).sort()).toEqual([
			'Mijn lijst',
			'Tweede'
		]);
	});
});
