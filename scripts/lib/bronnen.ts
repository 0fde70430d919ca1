// Where the source files come from: a local mirror directory, or their public URLs (downloaded
// once into a cache). Node-only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';

export interface BronManifest {
	id: string;
	naam: string;
	spiegel: string;
	url: string | null;
	upstream?: string;
	archief_pad?: string;
	licentie: string;
	peildatum: string;
	let_op?: string;
}

export class BouwFout extends Error {}

export function leesManifest(projectDir: string): BronManifest[] {
	const pad = join(projectDir, 'data', 'bronnen.json');
	return (JSON.parse(readFileSync(pad, 'utf8')) as { bronnen: BronManifest[] }).bronnen;
}

/** The mirror directory: DATA_MIRROR, else ../shared/data beside the project if it exists. */
export function spiegelMap(projectDir: string, env = process.env): string | null {
	if (env.DATA_MIRROR) {
		const p = resolve(projectDir, env.DATA_MIRROR);
		if (!existsSync(p))
			throw new BouwFout(`DATA_MIRROR wijst naar ${p}, maar die map bestaat niet.`);
		return p;
	}
	const standaard = resolve(projectDir, '..', 'shared', 'data');
	return existsSync(standaard) ? standaard : null;
}

/**
 * Make every source available as a local path. With a mirror, paths point into it; without one,
 * files are downloaded from the manifest's URLs into `cacheDir` (once).
 */
export async function bronPaden(
	projectDir: string,
	cacheDir: string
): Promise<{ paden: Record<string, string>; modus: 'spiegel' | 'online'; map: string }> {
	const manifest = leesManifest(projectDir);
	const spiegel = spiegelMap(projectDir);
	if (spiegel) {
		const paden: Record<string, string> = {};
		for (const b of manifest) {
			const p = join(spiegel, b.spiegel);
			if (!existsSync(p)) throw new BouwFout(`Bron "${b.id}" ontbreekt in de spiegel: ${p}`);
			paden[b.id] = p;
		}
		return { paden, modus: 'spiegel', map: spiegel };
	}
	mkdirSync(cacheDir, { recursive: true });
	const paden: Record<string, string> = {};
	for (const b of manifest) {
		const doel = join(cacheDir, b.spiegel);
		if (existsSync(doel)) {
			paden[b.id] = doel;
			continue;
		}
		if (!b.url) {
			throw new BouwFout(
				`Bron "${b.id}" (${b.naam}) heeft geen online adres: ${b.let_op ?? ''} ` +
					`Geef een spiegel op met DATA_MIRROR=<map>.`
			);
		}
		console.log(`  downloaden: ${b.url}`);
		const res = await fetch(b.url).catch((e: unknown) => {
			throw new BouwFout(
				`Download van "${b.id}" mislukt (${b.url}): ${String(e)}. Geen internet? Gebruik DATA_MIRROR.`
			);
		});
		if (!res.ok)
			throw new BouwFout(`Download van "${b.id}" mislukt: HTTP ${res.status} (${b.url}).`);
		const data = Buffer.from(await res.arrayBuffer());
		if (b.archief_pad) {
			// A repository tarball: unpack only the folder we need, with the system tar.
			const tgz = join(cacheDir, `${b.id}.tar.gz`);
			writeFileSync(tgz, data);
			mkdirSync(doel, { recursive: true });
			const diepte = b.archief_pad.split('/').length;
			execFileSync('tar', ['-xzf', tgz, '-C', doel, `--strip-components=${diepte}`, b.archief_pad]);
		} else {
			mkdirSync(dirname(doel), { recursive: true });
			writeFileSync(doel, data);
		}
		paden[b.id] = doel;
	}
	return { paden, modus: 'online', map: cacheDir };
}
