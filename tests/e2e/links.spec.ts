import { expect, test } from '@playwright/test';
import { at, pages } from './helpers';

const SECTION = 'professional-services-automation-psa';

test('the copy-link button copies the section’s absolute share URL and announces it', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(at('/msp-toolbox/'));
	const button = page.getByRole('button', { name: 'Copy link to section: Professional services automation (PSA)' });
	await page.locator(`h3#${SECTION}`).hover();
	await expect(button).toBeVisible();
	await button.click();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(new URL(`s/msp-toolbox/${SECTION}/`, baseURL).href);
	await expect(page.locator('#announcer')).toHaveText('Link copied');
});

test('without clipboard access, the link is shown selected for copying by hand', async ({ page, baseURL }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
	});
	await page.goto(at('/msp-toolbox/'));
	await page.locator(`button.copy-link[data-anchor="${SECTION}"]`).focus();
	await page.keyboard.press('Enter');
	const field = page.locator('input.copy-fallback');
	await expect(field).toBeFocused();
	await expect(field).toHaveValue(new URL(`s/msp-toolbox/${SECTION}/`, baseURL).href);
	expect(await field.evaluate((el: HTMLInputElement) => el.selectionEnd! - el.selectionStart!)).toBe((await field.inputValue()).length);
});

test('a section share page carries the section’s own preview and lands on the section', async ({ page, request, baseURL }) => {
	const shareUrl = new URL(`s/msp-toolbox/${SECTION}/`, baseURL).href;
	const html = await (await request.get(shareUrl)).text();
	const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
	expect(meta('og:title')).toBe('Professional services automation (PSA) — The MSP toolbox');
	expect(meta('og:description')).toMatch(/^A professional services automation \(PSA\) platform is the system that runs the MSP/);
	expect(meta('og:url')).toBe(shareUrl);
	expect(meta('og:image')).toBe(new URL('og/msp-toolbox.png', baseURL).href);
	expect(meta('robots')).toBe('noindex, nofollow');
	await page.goto(shareUrl);
	await expect(page).toHaveURL(new URL(`msp-toolbox/#${SECTION}`, baseURL).href);
	await expect(page.locator(`h3#${SECTION}`)).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a share page still sends the reader to the section', async ({ page, baseURL }) => {
		await page.goto(at(`/s/msp-toolbox/${SECTION}/`));
		await expect(page).toHaveURL(new URL(`msp-toolbox/#${SECTION}`, baseURL).href);
	});

	test('an old, aliased anchor lands on the renamed heading', async ({ page }) => {
		await page.goto(at('/msp-toolbox/#choosing-tools'));
		await expect(page.getByRole('heading', { name: 'How MSPs choose tools' })).toBeInViewport();
	});
});

test('the share page of an old, aliased anchor leads to the renamed section', async ({ page, baseURL }) => {
	await page.goto(at('/s/msp-toolbox/choosing-tools/'));
	await expect(page).toHaveURL(new URL('msp-toolbox/#how-msps-choose-tools', baseURL).href);
});

for (const path of pages) {
	test(`${path} has a title, a description and absolute preview tags`, async ({ page, baseURL }) => {
		await page.goto(at(path));
		const origin = new URL(baseURL!).origin;
		const base = new URL(baseURL!).pathname;
		await expect(page).toHaveTitle(/MSP Onboarding Handbook/);
		const content = (selector: string) => page.locator(selector).getAttribute('content');
		expect(await content('meta[name="description"]')).toBeTruthy();
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(new RegExp(`^${origin}${base}`));
		for (const property of ['og:title', 'og:description', 'og:type', 'og:site_name', 'og:image:alt']) {
			expect(await content(`meta[property="${property}"]`), property).toBeTruthy();
		}
		expect(await content('meta[property="og:url"]')).toMatch(new RegExp(`^${origin}${base}`));
		expect(await content('meta[property="og:image"]')).toMatch(new RegExp(`^${origin}${base}og/.+\\.png$`));
		expect(await content('meta[property="og:image:width"]')).toBe('1200');
		expect(await content('meta[property="og:image:height"]')).toBe('630');
		expect(await content('meta[name="twitter:card"]')).toBe('summary_large_image');
		expect(await content('meta[name="robots"]')).toBe('noindex, nofollow');
		expect(await content('meta[name="referrer"]')).toBe('same-origin');
	});
}

test('every og:image answers with a 1200×630 PNG', async ({ page, request }) => {
	const images = new Set<string>();
	for (const path of pages) {
		await page.goto(at(path));
		images.add((await page.locator('meta[property="og:image"]').getAttribute('content'))!);
	}
	expect(images.size).toBeGreaterThan(1);
	for (const url of images) {
		const response = await request.get(url);
		expect(response.status(), url).toBe(200);
		const png = await response.body();
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)], url).toEqual([1200, 630]);
	}
});
