import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { at, chapters, pages } from './helpers';

test('no page requests anything from another origin', async ({ page, baseURL }) => {
	const origin = new URL(baseURL!).origin;
	const outside: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.origin !== origin) outside.push(`${page.url()} → ${request.url()}`);
	});
	for (const path of [...pages, '/s/msp-toolbox/professional-services-automation-psa/']) {
		await page.goto(at(path), { waitUntil: 'networkidle' });
	}
	// Searching loads the index and WebAssembly: all from the site too.
	await page.goto(at('/'));
	await page.keyboard.press('/');
	await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('RMM');
	await page.locator('.search-hits').waitFor();
	await page.waitForLoadState('networkidle');
	expect(outside).toEqual([]);
});

test('searching raises no Content-Security-Policy violation', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|CSP/i.test(message.text())) violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
	});
	await page.goto(at('/msp-toolbox/'));
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("'wasm-unsafe-eval'");
	expect(csp).not.toContain("'unsafe-inline'");
	await page.keyboard.press('/');
	await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('MDF');
	await page.locator('.search-hits').waitFor();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await page.waitForLoadState('networkidle');
	await page.goto(at('/search/?q=PSA'));
	await page.locator('.search-hits').waitFor();
	expect(violations).toEqual([]);
});

test('the site asks not to be indexed', async ({ request, baseURL }) => {
	const robots = await request.get(new URL('robots.txt', baseURL).href);
	expect(robots.status()).toBe(200);
	expect(await robots.text()).toMatch(/User-agent: \*\s+Disallow: \//);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every chapter reads fully and navigates to the next', async ({ page }) => {
		for (const [index, chapter] of chapters.entries()) {
			await page.goto(at(`/${chapter.slug}/`));
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
			await expect(page.locator('.prose h2').first()).toBeVisible();
			await expect(page.locator('.knowledge-check summary').first()).toBeVisible();
			// JavaScript-only controls are hidden rather than broken.
			await expect(page.locator('.mark-read')).toBeHidden();
			await expect(page.locator('.copy-link').first()).toBeHidden();
			const next = chapters[index + 1];
			if (next) {
				await page.locator('a[rel="next"]').click();
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(next.title);
			}
		}
	});

	test('the chapters menu link leads to the learning path on narrow screens', async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto(at('/msp-toolbox/'));
		await page.getByRole('link', { name: 'Chapters' }).click();
		await expect(page.locator('#learning-path')).toBeInViewport();
	});
});

for (const theme of ['light', 'dark'] as const) {
	for (const width of [1280, 360]) {
		test(`axe finds no accessibility violations (${theme}, ${width}px)`, async ({ page }) => {
			await page.emulateMedia({ colorScheme: theme });
			await page.setViewportSize({ width, height: 800 });
			for (const path of pages) {
				await page.goto(at(path));
				// Open every knowledge-check answer so its text is checked too.
				await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
				const results = await new AxeBuilder({ page }).analyze();
				const summary = results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
				expect(summary, summary.join('\n')).toEqual([]);
			}
		});
	}
}

test('a keyboard-only journey: skip link, search, result, copy link, next chapter', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(at('/'));
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#content')).toBeFocused();

	await page.keyboard.press('/');
	await page.keyboard.type('RMM');
	await page.locator('.search-hits').waitFor();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(target.replace(/\?[^#]*/, ''));
	const anchor = new URL(target).hash.slice(1);

	// From the section heading, Tab reaches its permalink, then its copy-link button.
	await page.locator(`[id="${anchor}"]`).evaluate((heading) => {
		heading.setAttribute('tabindex', '-1');
		(heading as HTMLElement).focus();
	});
	await page.keyboard.press('Tab');
	await expect(page.locator(`a.heading-anchor[href="#${anchor}"]`)).toBeFocused();
	await page.keyboard.press('Tab');
	const copy = page.locator(`button.copy-link[data-anchor="${anchor}"]`);
	await expect(copy).toBeFocused();
	const outline = await copy.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page.locator('#announcer')).toHaveText('Link copied');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`/s/`);

	// Tab on to the next-chapter link and follow it.
	const next = page.locator('a[rel="next"]');
	for (let i = 0; i < 200 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(next).toBeFocused();
	const nextTitle = (await next.locator('.title').textContent())!;
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(nextTitle);
	void baseURL;
});
