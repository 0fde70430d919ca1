import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Map libraries may only be imported by the map layer (see DESIGN.md, "Arrows point down only"). */
const MAP_LIBS = ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', '@luma.gl/*'];
const KAARTBIBLIOTHEKEN = { group: MAP_LIBS, message: 'Kaartbibliotheken alleen in src/lib/map.' };
const SVELTE = {
	group: ['svelte', 'svelte/*', '$app/*'],
	message: 'Pure modules (geen Svelte): ze draaien ook in Node, tests en Workers.'
};
/** Globals of the browser page that pure modules must not touch (they run in Node and Workers). */
const DOM_GLOBALS = [
	'document',
	'window',
	'navigator',
	'localStorage',
	'sessionStorage',
	'indexedDB'
].map((name) => ({ name, message: 'Pure modules kennen de DOM niet (DESIGN.md).' }));

const MAPPEN = ['data', 'geo', 'stijl', 'map', 'state', 'export', 'import', 'server', 'components'];

/** An import of folder `doel` of src/lib, by alias or relative path. */
function mapPatroon(doel, van) {
	return {
		group: [`$lib/${doel}`, `$lib/${doel}/*`, `../${doel}`, `../${doel}/*`, `../../${doel}/*`],
		message: `src/lib/${van} mag src/lib/${doel} niet importeren: pijlen wijzen alleen omlaag (DESIGN.md).`
	};
}
const behalve = (...toegestaan) => MAPPEN.filter((m) => !toegestaan.includes(m));

/**
 * One entry per folder: what it may not import. `puur`: no Svelte or SvelteKit; `geenDom`: no
 * browser globals. Order of the house, bottom up: data → geo → stijl → state → export → map →
 * components → routes (import and server sit beside them).
 */
const BLOKKEN = [
	{
		naam: 'data',
		files: ['src/lib/data/**'],
		verboden: behalve('data'),
		puur: true,
		geenDom: true
	},
	{
		naam: 'geo',
		files: ['src/lib/geo/**'],
		verboden: behalve('geo', 'data'),
		puur: true,
		geenDom: true
	},
	{
		naam: 'stijl',
		files: ['src/lib/stijl/**'],
		verboden: behalve('stijl'),
		puur: true,
		geenDom: true
	},
	{
		// The runes and the SvelteKit-bound client of the state may use Svelte…
		naam: 'state',
		files: [
			'src/lib/state/**/*.svelte.ts',
			'src/lib/state/atlas-client.ts',
			'src/lib/state/tijd-client.ts'
		],
		verboden: ['map', 'export', 'components', 'server']
	},
	{
		// …the rest of it (model, map state, URL) is pure.
		naam: 'state-puur',
		files: ['src/lib/state/**'],
		ignores: [
			'src/lib/state/**/*.svelte.ts',
			'src/lib/state/atlas-client.ts',
			'src/lib/state/tijd-client.ts'
		],
		verboden: ['map', 'export', 'components', 'server'],
		puur: true
	},
	{
		naam: 'export',
		files: ['src/lib/export/**'],
		verboden: ['map', 'components', 'server', 'import'],
		puur: true
	},
	{ naam: 'map', files: ['src/lib/map/**'], verboden: ['components', 'server', 'import'] },
	{
		naam: 'import',
		files: ['src/lib/import/**'],
		verboden: ['stijl', 'map', 'state', 'export', 'components', 'server']
	},
	{
		naam: 'server',
		files: ['src/lib/server/**'],
		verboden: ['stijl', 'map', 'state', 'export', 'import', 'components']
	},
	{ naam: 'components', files: ['src/lib/components/**'], verboden: ['server'] },
	{ naam: 'lib', files: ['src/lib/*.ts'], verboden: MAPPEN },
	{ naam: 'routes', files: ['src/routes/**'], verboden: [] }
];

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Data from files and imports must be rendered as text, never as HTML.
			'svelte/no-at-html-tags': 'error'
		}
	},
	// Import direction (DESIGN.md, "Arrows point down only"): exactly one block per folder, with
	// disjoint `files`. In flat config a later block's `no-restricted-imports` replaces an earlier
	// one's for the same file, so a folder's block carries every rule of that folder.
	// eslint.test.ts proves each rule with a probe.
	...BLOKKEN.map(({ naam, files, ignores, verboden, puur, geenDom }) => ({
		name: `grenzen/${naam}`,
		files,
		// Tests may reach across (test helpers such as geo/test-data read the real data).
		ignores: [...(ignores ?? []), '**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...(naam === 'map' ? [] : [KAARTBIBLIOTHEKEN]),
						...(puur ? [SVELTE] : []),
						...verboden.map((m) => mapPatroon(m, naam))
					]
				}
			],
			...(geenDom ? { 'no-restricted-globals': ['error', ...DOM_GLOBALS] } : {})
		}
	})),
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/data/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/',
			// Stryker's sandbox (a full copy of the project, instrumented) while `npm run mutation` runs.
			'.stryker-tmp/'
		]
	}
);
