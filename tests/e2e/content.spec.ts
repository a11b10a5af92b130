import { expect, test } from '@playwright/test';
import { at, chapters } from './helpers';

for (const chapter of chapters) {
	test(`${chapter.slug}: its knowledge check reveals an answer from the keyboard`, async ({ page }) => {
		await page.goto(at(`/${chapter.slug}/`));
		const check = page.locator('.knowledge-check');
		await expect(check).toBeVisible();
		const questions = check.locator('details');
		expect(await questions.count()).toBeGreaterThanOrEqual(3);
		const first = questions.first();
		const answer = first.locator('.answer');
		await expect(answer).toBeHidden();
		await first.locator('summary').focus();
		await page.keyboard.press('Enter');
		await expect(answer).toBeVisible();
		await expect(answer).not.toBeEmpty();
		await page.keyboard.press('Space');
		await expect(answer).toBeHidden();
	});
}

test('/glossary/#psa lands on the PSA entry, whose link leads to the toolbox’s PSA section', async ({ page }) => {
	await page.goto(at('/glossary/#psa'));
	const entry = page.locator('h3#psa');
	await expect(entry).toBeInViewport();
	await expect(entry).toHaveText('PSA');
	await page.locator('.entry:has(h3#psa) .see a').click();
	await expect(page).toHaveURL(/\/msp-toolbox\/#professional-services-automation-psa$/);
	await expect(page.locator('h3#professional-services-automation-psa')).toBeInViewport();
});

test('the glossary lists entries A–Z, each with its own anchor', async ({ page }) => {
	await page.goto(at('/glossary/'));
	const terms = await page.locator('.entry h3').allTextContents();
	expect(terms.length).toBeGreaterThanOrEqual(40);
	const sorted = [...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
	expect(terms).toEqual(sorted);
	const ids = await page.locator('.entry h3').evaluateAll((all) => all.map((h) => h.id));
	expect(new Set(ids).size).toBe(ids.length);
});

test('hovering or focusing a term shows its expansion', async ({ page }) => {
	await page.goto(at('/msp-toolbox/'));
	const term = page.locator('a.term:has(abbr[title="Managed service provider"])').first();
	const tip = term.locator('.term-tip');
	await expect(tip).toBeHidden();
	await term.hover();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveText('Managed service provider');
	await page.mouse.move(0, 0);
	await expect(tip).toBeHidden();
	await term.focus();
	await expect(tip).toBeVisible();
	await expect(term.locator('abbr')).toHaveAttribute('title', 'Managed service provider');
});

test('the three diagrams are in the chapters, described for screen readers', async ({ page }) => {
	for (const [path, id] of [['/operational-maturity/', 'oml'], ['/msp-toolbox/', 'stack'], ['/vendors-and-mdf/', 'mdf']]) {
		await page.goto(at(path!));
		const svg = page.locator(`figure svg[role="img"][aria-labelledby="${id}-title ${id}-desc"]`);
		await expect(svg).toBeVisible();
		await expect(svg.locator('title')).not.toBeEmpty();
		await expect(svg.locator('desc')).not.toBeEmpty();
		await expect(page.locator(`figure:has(svg[aria-labelledby^="${id}-"]) figcaption`)).not.toBeEmpty();
	}
});
