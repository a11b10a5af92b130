#!/usr/bin/env node
// Makes sure a Chromium exists before the browser tests run:
// PLAYWRIGHT_CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own browser (downloading it),
// else — as root with apt-get — Debian's `chromium`; otherwise stop and say what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.mjs';

const found = chromiumPath();
if (found) {
	if (!existsSync(found)) fail(`PLAYWRIGHT_CHROMIUM_PATH points at ${found}, which does not exist.`);
	console.log(`Chromium: ${found}`);
	process.exit(0);
}
if (existsSync(chromium.executablePath())) {
	console.log(`Chromium: Playwright's own (${chromium.executablePath()})`);
	process.exit(0);
}
console.log('No Chromium found; trying `playwright install chromium`…');
if (spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 180_000 }).status === 0 && existsSync(chromium.executablePath())) {
	process.exit(0);
}
const isRoot = process.getuid?.() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
	console.log("Installing Debian's chromium with apt-get…");
	try {
		execFileSync('apt-get', ['update'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	} catch {
		fail('apt-get could not install chromium.');
	}
	if (chromiumPath()) process.exit(0);
}
fail('No Chromium is available for the browser tests.');

function fail(reason) {
	console.error(`\n${reason}\nInstall one of:\n  - Debian/Ubuntu: sudo apt-get install chromium   (then it is found at /usr/bin/chromium)\n  - any system:    npx playwright install chromium\n  - or set PLAYWRIGHT_CHROMIUM_PATH=/path/to/chrome\n`);
	process.exit(1);
}
