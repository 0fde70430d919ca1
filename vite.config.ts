import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig(({ isSsrBuild }) => ({
	plugins: [sveltekit()],
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	build: {
		rolldownOptions: isSsrBuild
			? {}
			: {
					// The two map libraries in chunks of their own: cached apart from the app code (which
					// changes far more often), and measured apart by `npm run bench`.
					output: {
						codeSplitting: {
							groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }]
						}
					}
				}
	},
	test: {
		// `npm run mutation` (MUTATIE=1) runs only the tests of the folders it mutates: their own
		// unit tests must kill the mutants, and every run of the rest would cost minutes.
		include: process.env.MUTATIE
			? ['src/lib/geo/**/*.test.ts', 'src/lib/data/**/*.test.ts', 'src/lib/import/**/*.test.ts']
			: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 60_000
	}
}));
