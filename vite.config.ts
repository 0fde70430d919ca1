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
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		expect: { requireAssertions: true },
		testTimeout: 60_000
	}
}));
