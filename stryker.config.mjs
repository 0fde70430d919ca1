// Mutation testing (`npm run mutation`): StrykerJS 9 with its vitest runner (10 needs Node 22).
// Scope (issue 17): the pure analysis and data modules, and the pure modules of the importer.
// Left out of src/lib/import, because they are not pure and their tests need a browser or a fake:
// - client.ts: starts and talks to the Web Worker (`new Worker`, postMessage);
// - import.worker.ts: the worker's entry, `self.onmessage` glue around werk.ts (which is in scope);
// - opslag.ts: the IndexedDB store (tested with fake-indexeddb in opslag.test.ts, not pure).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vite.config.ts', related: false },
	plugins: ['@stryker-mutator/vitest-runner'],
	mutate: [
		'src/lib/geo/**/*.ts',
		'src/lib/data/**/*.ts',
		'src/lib/import/**/*.ts',
		'!src/lib/**/*.test.ts',
		'!src/lib/geo/test-data.ts',
		'!src/lib/import/client.ts',
		'!src/lib/import/import.worker.ts',
		'!src/lib/import/opslag.ts'
	],
	// Not copied into the sandbox (static/data is: the real-data tests read it).
	ignorePatterns: ['build', '.svelte-kit', 'test-results', 'playwright-report', 'bench-results'],
	coverageAnalysis: 'perTest',
	// Static mutants (top-level constants: the domain list, the name variants) would rerun every test
	// for each of them; they are left out of the score, said so in the README.
	ignoreStatic: true,
	concurrency: 2,
	reporters: ['clear-text', 'progress'],
	clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
	thresholds: { high: 90, low: 85, break: 85 },
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always'
};
