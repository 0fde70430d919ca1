// Mutation testing (`npm run mutation`): StrykerJS 9 with its vitest runner (10 needs Node 22).
// Scope: the pure analysis and data modules. classificeer.ts is being rewritten and joins later,
// as does src/lib/import.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	vitest: { configFile: 'vite.config.ts', related: false },
	plugins: ['@stryker-mutator/vitest-runner'],
	mutate: [
		'src/lib/geo/**/*.ts',
		'src/lib/data/**/*.ts',
		'!src/lib/**/*.test.ts',
		'!src/lib/geo/test-data.ts'
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
