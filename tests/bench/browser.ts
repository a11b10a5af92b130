/** Launches the Chromium the tests use (see tests/support/chromium.mjs), headless. */
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';

export function launchChromium(): Promise<Browser> {
	const executablePath = chromiumPath();
	return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
}
