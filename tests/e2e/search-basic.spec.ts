import { expect, test } from '@playwright/test';
import { at, chapters } from './helpers';

test('typing RMM in the header search links into the first chapter, and the link lands on the heading', async ({ page }) => {
	await page.goto(at('/'));
	await page.getByRole('button', { name: /Search/ }).click();
	const box = page.getByRole('searchbox', { name: 'Search the handbook' });
	await box.fill('RMM');
	const first = chapters[0]!.slug;
	const link = page.locator(`.search-dialog a[href*="/${first}/"][href*="#"]`).filter({ hasText: /RMM/ }).first();
	await expect(link).toBeVisible();
	const anchor = new URL(await link.getAttribute('href') ?? '', page.url()).hash.slice(1);
	await link.click();
	await expect(page).toHaveURL(new RegExp(`/${first}/#${anchor}$`));
	await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
});
