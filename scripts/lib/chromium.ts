// The Chromium that the browser tests (playwright.config.ts) and the benchmark (scripts/bench) start:
// Debian's own (no browser download works on our machines, see README), with software WebGL
// (SwiftShader) and no background traffic, so both measure the same browser.
export const CHROMIUM_PAD = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--ignore-gpu-blocklist'
];
