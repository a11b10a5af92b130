import { expect, test, type Page } from '@playwright/test';
import { at } from './helpers';
import { PAGEFIND_OPTIONS } from '../../src/utils/search-config';
import { scoreQuery } from '../../src/utils/search-score';
import type { PagefindResultData } from '../../src/utils/search-results';
import queries from '../fixtures/search-queries.json' with { type: 'json' };

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const box = (page: Page) => dialog(page).getByRole('searchbox');

test('reading pages load no search code until search is opened', async ({ page }) => {
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.goto(at('/msp-toolbox/'));
	await page.waitForLoadState('networkidle');
	expect(requested.filter((path) => path.includes('/pagefind/') || /dialog|controller/.test(path))).toEqual([]);
	await page.keyboard.press('/');
	await expect(box(page)).toBeFocused();
	// Opening search starts loading Pagefind, so the first keystrokes do not wait for it.
	await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('"/" opens the search dialog with focus in the box; Escape closes it and returns focus', async ({ page }) => {
	await page.goto(at('/'));
	const trigger = page.getByRole('button', { name: /Search/ });
	await trigger.focus();
	await page.keyboard.press('/');
	await expect(dialog(page)).toBeVisible();
	await expect(box(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(trigger).toBeFocused();
});

test('Ctrl+K and the header button open search too, and focus stays inside the dialog', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('Control+k');
	await expect(box(page)).toBeFocused();
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: /Search/ }).click();
	await expect(box(page)).toBeFocused();
	await box(page).fill('MDF');
	await expect(dialog(page).locator('.search-hits')).toBeVisible();
	for (let i = 0; i < 25; i++) {
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
	}
});

test('PSA: the first result is the PSA definition or section; arrow down + Enter lands on the heading with the word highlighted', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('/');
	await box(page).pressSequentially('PSA');
	const first = dialog(page).locator('.hit-sections a').first();
	await expect(first).toContainText(/PSA|Professional services automation/);
	await expect(dialog(page).getByRole('status')).toHaveText(/\d+ sections? found for PSA/);
	await page.keyboard.press('ArrowDown');
	await expect(dialog(page).locator('.search-hits a').first()).toBeFocused();
	// The first link is the chapter group; the next is the best section.
	await page.keyboard.press('ArrowDown');
	await expect(first).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/msp-toolbox\/#professional-services-automation-psa$/);
	const heading = page.locator('h3#professional-services-automation-psa');
	await expect(heading).toBeInViewport();
	const highlighted = await page.evaluate(() => {
		const ranges = [...(CSS.highlights.get('search') ?? [])] as Range[];
		return ranges.map((range) => range.toString());
	});
	expect(highlighted.length).toBeGreaterThan(0);
	expect(highlighted.every((text) => /^psa/i.test(text))).toBe(true);
});

test('a search page link lists results on load: /search/?q=MDF', async ({ page }) => {
	await page.goto(at('/search/?q=MDF'));
	await expect(page.getByRole('searchbox')).toHaveValue('MDF');
	await expect(page.locator('.search-hits .hit-sections a').first()).toContainText(/MDF|Market development funds/);
	await expect(page.locator('.search-nojs')).toBeHidden();
});

test('the dialog offers the same search as a page', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('/');
	await box(page).fill('co-selling');
	await expect(dialog(page).locator('.search-hits')).toBeVisible();
	await dialog(page).getByRole('link', { name: 'Open as page' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=co-selling$/);
	await expect(page.locator('.search-hits')).toBeVisible();
});

test('a chapter filter narrows the results to that chapter', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('/');
	await box(page).fill('security');
	await expect(dialog(page).locator('.search-hit')).not.toHaveCount(0);
	const groupsBefore = await dialog(page).locator('.hit-page').allTextContents();
	expect(new Set(groupsBefore).size).toBeGreaterThan(1);
	// The chapter list loads when the reader reaches for the filter.
	const filter = dialog(page).getByLabel('Chapter');
	await expect(filter.locator('option')).toHaveText(['All chapters']);
	await filter.focus();
	await expect(filter.locator('option', { hasText: 'The MSP toolbox' })).toHaveCount(1);
	await filter.selectOption('The MSP toolbox');
	await expect(dialog(page).locator('.hit-page')).toHaveText(['The MSP toolbox']);
});

test('a query with no match says so and suggests the glossary', async ({ page }) => {
	await page.goto(at('/'));
	await page.keyboard.press('/');
	await box(page).fill('xylophone');
	const empty = dialog(page).locator('.search-empty');
	await expect(empty).toContainText('No results for “xylophone”');
	await empty.getByRole('link', { name: 'glossary' }).click();
	await expect(page).toHaveURL(/\/glossary\/$/);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search page explains that search needs JavaScript and offers the glossary and chapters', async ({ page }) => {
		await page.goto(at('/search/'));
		await expect(page.locator('.search-nojs')).toContainText('Search needs JavaScript');
		await expect(page.locator('.search-nojs').getByRole('link', { name: 'glossary' })).toBeVisible();
		await expect(page.locator('.search-nojs li')).toHaveCount(8);
	});

	test('the header search control leads to the search page, whose form submits there', async ({ page }) => {
		await page.goto(at('/msp-toolbox/'));
		await page.locator('[data-search-trigger]').click();
		await expect(page).toHaveURL(/\/search\/$/);
		await page.getByRole('searchbox').fill('PSA');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/\/search\/\?q=PSA$/);
	});
});

test('the relevance benchmark’s top-1 rule holds for PSA, MDF, RMM and OML', async ({ page, baseURL }) => {
	await page.goto(at('/'));
	const base = new URL(baseURL!).pathname;
	for (const q of ['PSA', 'MDF', 'RMM', 'OML']) {
		const { expect: pattern } = queries.queries.find((query) => query.q === q)!;
		const results = (await page.evaluate(
			`(async () => {
				const pf = await import('${base}pagefind/pagefind.js');
				await pf.options(${JSON.stringify({ ...PAGEFIND_OPTIONS, baseUrl: base })});
				const search = await pf.search(${JSON.stringify(q)});
				return Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			})()`,
		)) as PagefindResultData[];
		expect(scoreQuery(q, pattern, results).rank, q).toBe(1);
	}
});
