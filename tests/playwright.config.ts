import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './support/chromium.mjs';

const executablePath = chromiumPath();
const subpath = { BASE_PATH: '/handbook/', OUT_DIR: 'dist-handbook', SITE_URL: 'http://localhost:4322' };
const env = (vars: Record<string, string>) => Object.entries(vars).map(([k, v]) => `${k}=${v}`).join(' ');

/**
 * The built site is tested twice: served at `/` (dist/, built by `npm test` before this runs) and
 * under `/handbook/` (built here with BASE_PATH), so every link and asset must honour the base path.
 */
export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 30_000,
	use: {
		browserName: 'chromium',
		launchOptions: { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS },
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'root', use: { baseURL: 'http://localhost:4321/' } },
		{ name: 'subpath', use: { baseURL: 'http://localhost:4322/handbook/' } },
	],
	webServer: [
		{ command: 'npx astro preview --port 4321', url: 'http://localhost:4321/', reuseExistingServer: !process.env.CI, timeout: 60_000, cwd: '..' },
		{
			command: `${env(subpath)} npx astro build && ${env(subpath)} npx astro preview --port 4322`,
			url: 'http://localhost:4322/handbook/',
			reuseExistingServer: !process.env.CI,
			timeout: 240_000,
			cwd: '..',
		},
	],
});
