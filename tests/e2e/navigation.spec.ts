import { expect, test } from '@playwright/test';
import { at, chapters } from './helpers';

test('home lists every chapter in order, and each link opens it', async ({ page }) => {
	await page.goto(at('/'));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('MSP Onboarding Handbook');
	const links = page.locator('.chapter-list h3 a');
	await expect(links).toHaveText(chapters.map((c) => c.title));
	for (const chapter of chapters) {
		await page.goto(at('/'));
		await page.getByRole('link', { name: chapter.title, exact: true }).first().click();
		await expect(page).toHaveURL(new RegExp(`/${chapter.slug}/$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
	}
});

test('home shows each chapter with its description and reading time', async ({ page }) => {
	await page.goto(at('/'));
	const cards = page.locator('.chapter-card');
	await expect(cards).toHaveCount(chapters.length);
	for (const card of await cards.all()) {
		await expect(card.locator('p').first()).not.toBeEmpty();
		await expect(card.locator('.card-meta')).toContainText(/\d+ min read/);
	}
});

test('a heading permalink puts its #id in the URL and brings the heading into view', async ({ page }) => {
	await page.goto(at('/msp-toolbox/'));
	const heading = page.locator('h2#rmm-versus-psa');
	await heading.hover();
	const permalink = page.locator('a.heading-anchor[href="#rmm-versus-psa"]');
	await expect(permalink).toBeVisible();
	await permalink.click();
	await expect(page).toHaveURL(/\/msp-toolbox\/#rmm-versus-psa$/);
	await expect(heading).toBeInViewport();
});

test('a permalink shows on keyboard focus', async ({ page }) => {
	await page.goto(at('/msp-toolbox/'));
	const tools = page.locator('.heading-tools:has(a[href="#how-msps-choose-tools"])');
	await expect(tools).toHaveCSS('opacity', '0');
	await tools.locator('a').focus();
	await expect(tools).toHaveCSS('opacity', '1');
});

test('the sidebar marks the current chapter, lists its sections and navigates', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(at(`/${chapters[2]!.slug}/`));
	const sidebar = page.getByRole('navigation', { name: 'Chapters' });
	await expect(sidebar.locator('[aria-current="page"]')).toContainText(chapters[2]!.title);
	await expect(sidebar.locator('.sidebar-sections a').first()).toBeVisible();
	await sidebar.getByRole('link', { name: chapters[4]!.title }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[4]!.title);
});

test('previous and next links walk the learning path', async ({ page }) => {
	await page.goto(at(`/${chapters[0]!.slug}/`));
	await expect(page.locator('a[rel="prev"]')).toHaveCount(0);
	await page.locator('a[rel="next"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[1]!.title);
	await page.locator('a[rel="prev"]').click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[0]!.title);
});

test('the table of contents marks the section in view', async ({ page }) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(at('/msp-toolbox/#how-msps-choose-tools'));
	await expect(page.locator('.toc-aside a[aria-current="true"]')).toHaveText('How MSPs choose tools');
});

test('an unknown URL serves the 404 page with a way home and to search', async ({ page }) => {
	const response = await page.goto(at('/no-such-page/'));
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
	await expect(page.getByRole('searchbox')).toBeVisible();
});
