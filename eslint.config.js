import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Map libraries may only be imported by the map layer (see DESIGN.md, "Arrows point down only"). */
const MAP_LIBS = ['maplibre-gl', 'maplibre-gl/*', '@deck.gl/*', '@luma.gl/*'];

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
	{
		// Pure modules: no Svelte, no DOM-bound map libraries, so they run in Node, tests and Workers.
		files: ['src/lib/data/**', 'src/lib/geo/**', 'src/lib/state/url-state.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['svelte', 'svelte/*', '$app/*'],
							message: 'src/lib/data en src/lib/geo zijn puur: geen Svelte.'
						},
						{ group: MAP_LIBS, message: 'Kaartbibliotheken alleen in src/lib/map.' },
						{
							group: ['$lib/map/*', '$lib/components/*', '../map/*', '../components/*'],
							message: 'Pijlen wijzen alleen omlaag.'
						}
					]
				}
			]
		}
	},
	{
		files: ['src/lib/components/**', 'src/routes/**', 'src/lib/state/**', 'src/lib/export/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: [{ group: MAP_LIBS, message: 'Kaartbibliotheken alleen in src/lib/map.' }] }
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'static/data/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'bench-results/'
		]
	}
);
