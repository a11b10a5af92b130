// Finds a Chromium for the browser tests: PLAYWRIGHT_CHROMIUM_PATH, else Debian's /usr/bin/chromium,
// else Playwright's own download (undefined: let Playwright use it).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Path of the Chromium to launch, or undefined for Playwright's bundled browser. */
export function chromiumPath() {
	const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
	return undefined;
}
