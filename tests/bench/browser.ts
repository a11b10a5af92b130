/** Launches the Chromium the tests use (see tests/support/chromium.mjs), headless. */
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';

export function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}

/**
 * Searches the way a reader does on `page`: press "/", type `term` at 40 ms a key (faster than the
 * UI's debounce, so one search runs), wait until the results are painted and the network is idle.
 * Returns the typing time and the time from the last keystroke to the results painted.
 */
export async function typeSearch(page: Page, term: string): Promise<{ typingMs: number; paintMs: number }> {
	const started = performance.now();
	await page.keyboard.press('/');
	await page.locator('.search-dialog input').pressSequentially(term, { delay: 40 });
	const typed = performance.now();
	await page.locator('.search-hits').waitFor();
	const painted = performance.now();
	await page.waitForLoadState('networkidle');
	return { typingMs: typed - started, paintMs: painted - typed };
}
