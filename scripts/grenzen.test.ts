// The import boundaries of eslint.config.js, proved with probes: a snippet linted as if it were a file
// in a given folder must be rejected (or accepted) by the rule that says so. And no folder cycles.
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';
import { mappenCycli } from './mappen-cycli';

const eslint = new ESLint({ cwd: process.cwd() });

async function meldingen(bestand: string, code: string) {
	const [r] = await eslint.lintText(code, { filePath: bestand });
	return r.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const importeert = (spec: string) => `import * as x from '${spec}';\nexport const y = x;\n`;

describe('folder boundaries (eslint.config.js)', () => {
	test.each([
		['src/lib/geo/probe.ts', '$lib/state/kaart-staat'],
		['src/lib/geo/probe.ts', '$lib/export/svg'],
		['src/lib/geo/probe.ts', '$lib/map/tekenlagen'],
		['src/lib/geo/probe.ts', '$lib/components/Legenda.svelte'],
		['src/lib/geo/probe.ts', '../state/url-state'],
		['src/lib/data/probe.ts', '$lib/geo/dekking'],
		['src/lib/data/probe.ts', '../geo/dekking'],
		['src/lib/data/probe.ts', '$lib/state/url-state'],
		['src/lib/data/probe.ts', '$lib/map/tekenlagen'],
		['src/lib/data/probe.ts', '$lib/export/svg'],
		['src/lib/data/probe.ts', '$lib/components/Legenda.svelte'],
		['src/lib/state/probe.ts', '$lib/map/tekenlagen'],
		['src/lib/state/probe.ts', '$lib/export/beeld'],
		['src/lib/export/probe.ts', '$lib/map/style'],
		['src/lib/stijl/probe.ts', '$lib/state/kaart-staat'],
		['src/lib/import/probe.ts', '$lib/state/verkenner-model'],
		['src/lib/import/probe.ts', '$lib/map/tekenlagen'],
		['src/lib/server/probe.ts', '$lib/components/Legenda.svelte'],
		// An existing file name: the Svelte parser's project service only knows files in tsconfig.
		['src/lib/components/SiteKop.svelte', '$lib/server/atlas']
	])('%s may not import %s', async (bestand, spec) => {
		const code = bestand.endsWith('.svelte')
			? `<script lang="ts">\n\timport * as x from '${spec}';\n\tconsole.log(x);\n</script>\n`
			: importeert(spec);
		const m = await meldingen(bestand, code);
		expect(m).toHaveLength(1);
		expect(m[0]).toMatch(/^no-restricted-imports: .*pijlen wijzen alleen omlaag/);
	});

	test.each([
		'src/lib/data/probe.ts',
		'src/lib/geo/probe.ts',
		'src/lib/stijl/probe.ts',
		'src/lib/export/probe.ts',
		'src/lib/state/url-state.ts',
		'src/lib/state/kaart-staat.ts'
	])('%s is pure: no Svelte, no SvelteKit', async (bestand) => {
		for (const spec of ['svelte', 'svelte/store', '$app/paths'])
			expect(await meldingen(bestand, importeert(spec))).toEqual([
				expect.stringMatching(/^no-restricted-imports: .*geen Svelte/)
			]);
	});

	test.each(['src/lib/data/probe.ts', 'src/lib/geo/probe.ts', 'src/lib/stijl/probe.ts'])(
		'%s knows no DOM: document and window are rejected',
		async (bestand) => {
			const m = await meldingen(
				bestand,
				'export const a = document.title;\nexport const b = window.innerWidth;\n'
			);
			expect(m).toEqual([
				expect.stringMatching(/^no-restricted-globals: .*document/),
				expect.stringMatching(/^no-restricted-globals: .*window/)
			]);
		}
	);

	test.each([
		'src/lib/data/probe.ts',
		'src/lib/geo/probe.ts',
		'src/lib/state/probe.ts',
		'src/lib/export/probe.ts',
		'src/lib/import/probe.ts',
		'src/lib/server/probe.ts',
		'src/lib/probe.ts',
		'src/routes/probe.ts'
	])('%s may not import a map library', async (bestand) => {
		for (const spec of ['maplibre-gl', '@deck.gl/core'])
			expect(await meldingen(bestand, importeert(spec))).toEqual([
				expect.stringMatching(/^no-restricted-imports: .*Kaartbibliotheken alleen in src\/lib\/map/)
			]);
	});

	test('the rules of one folder add up, none replaces another', async () => {
		const m = await meldingen(
			'src/lib/geo/probe.ts',
			`import { mount } from 'svelte';\nimport { Deck } from '@deck.gl/core';\nimport { ATTRIBUTIE } from '$lib/state/kaart-staat';\nexport const x = [mount, Deck, ATTRIBUTIE, document];\n`
		);
		expect(m).toHaveLength(4);
	});

	test.each([
		['src/lib/geo/probe.ts', '$lib/data/types'],
		['src/lib/state/probe.ts', '$lib/stijl/kleuren'],
		['src/lib/export/probe.ts', '$lib/state/kaart-staat'],
		['src/lib/map/probe.ts', '$lib/export/svg'],
		['src/lib/map/probe.ts', '@deck.gl/core'],
		['src/lib/state/verkenner.svelte.ts', 'svelte/reactivity'],
		['src/lib/components/probe.ts', '$lib/map/atlas-map'],
		['src/routes/probe.ts', '$lib/server/atlas']
	])('%s may import %s', async (bestand, spec) => {
		expect(await meldingen(bestand, importeert(spec))).toEqual([]);
	});
});

test('no folder cycles in src/lib', () => {
	expect(mappenCycli()).toEqual([]);
});
