import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PAD } from './scripts/lib/chromium';

// Another port lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

// Serves build/ as it is: the test build (`npm run build:test`, as `npm test` does), which alone has
// the hooks the specs use (window.__atlasMap, __labelPunten; see VerkennerScherm.svelte).
export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.e2e.ts',
	outputDir: 'test-results',
	timeout: 60_000,
	expect: { timeout: 15_000 },
	fullyParallel: false,
	workers: 1,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure',
		...devices['Desktop Chrome'],
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath: CHROMIUM_PAD,
			args: [
				...CHROMIUM_ARGS,
				// The embed test puts our iframe on a page the test serves itself; Chromium would treat
				// that page as public and block it from framing 127.0.0.1 (a test-only situation).
				'--disable-features=LocalNetworkAccessChecks'
			]
		}
	},
	webServer: {
		command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${PORT}`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
