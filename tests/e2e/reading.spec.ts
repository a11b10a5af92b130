import { expect, test } from '@playwright/test';
import { at, chapters, pages } from './helpers';

test('the theme toggle is remembered across reloads and applied before the page paints', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(at('/'));
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	// On reload, the first script in <head> sets the theme before any content is parsed.
	await page.addInitScript(() => {
		document.addEventListener('readystatechange', () => {
			if (document.readyState === 'interactive') (window as unknown as { themeAtParse: string }).themeAtParse = document.documentElement.dataset.theme ?? '';
		});
	});
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => (window as unknown as { themeAtParse: string }).themeAtParse)).toBe('dark');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
	await page.goto(at('/msp-toolbox/'));
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('the theme follows the operating system until the reader picks one', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(at('/'));
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	expect(background).toBe('rgb(18, 22, 29)');
});

test.describe('at 360×740', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('the chapter menu opens from the header, traps focus and closes on Escape', async ({ page }) => {
		await page.goto(at('/msp-toolbox/'));
		await expect(page.locator('.layout > .sidebar')).toBeHidden();
		const trigger = page.getByRole('button', { name: 'Chapters' });
		await trigger.click();
		const menu = page.getByRole('dialog', { name: 'Chapters' });
		await expect(menu).toBeVisible();
		await expect(menu.locator('[aria-current="page"]')).toBeFocused();
		for (let i = 0; i < 30; i++) {
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]'))).toBe(true);
		}
		await page.keyboard.press('Escape');
		await expect(menu).toBeHidden();
		await expect(trigger).toBeFocused();
		await expect(page.locator('.layout > .sidebar')).toHaveCount(1);
	});

	test('the table of contents folds into an "On this page" disclosure', async ({ page }) => {
		await page.goto(at('/msp-toolbox/'));
		await expect(page.locator('.toc-aside')).toBeHidden();
		const disclosure = page.locator('details.toc-disclosure');
		await expect(disclosure.locator('summary')).toHaveText('On this page');
		await disclosure.locator('summary').click();
		await disclosure.getByRole('link', { name: 'RMM versus PSA' }).click();
		await expect(page.locator('h2#rmm-versus-psa')).toBeInViewport();
	});

	for (const path of pages) {
		test(`${path}: nothing is wider than the viewport`, async ({ page }) => {
			await page.goto(at(path));
			const overflow = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				const wide = [...document.querySelectorAll('body *')].filter((el) => {
					if (el.closest('.table-scroll')) return false; // tables scroll inside their own box
					const box = el.getBoundingClientRect();
					return box.width > 0 && (box.right > width + 1 || box.left < -1);
				});
				return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5).map((el) => el.outerHTML.slice(0, 80)) };
			});
			expect(overflow).toEqual({ scroll: 0, wide: [] });
		});
	}
});

test('marking a chapter read updates the home page count and ticks it; reset clears it', async ({ page }) => {
	await page.goto(at('/'));
	await expect(page.locator('[data-progress-count]')).toHaveText(`0 of ${chapters.length}`);
	for (const chapter of chapters.slice(0, 3)) {
		await page.goto(at(`/${chapter.slug}/`));
		await page.getByRole('button', { name: 'Mark as read' }).click();
		await expect(page.locator('.mark-read button')).toHaveAttribute('aria-pressed', 'true');
	}
	await page.goto(at('/'));
	await expect(page.locator('.progress')).toContainText(`3 of ${chapters.length} chapters read`);
	await expect(page.locator('.chapter-card.is-read')).toHaveCount(3);
	await expect(page.locator(`.chapter-card[data-chapter="${chapters[0]!.slug}"] .read-badge`)).toBeVisible();
	await page.getByRole('button', { name: 'Reset progress' }).click();
	await expect(page.locator('[data-progress-count]')).toHaveText(`0 of ${chapters.length}`);
	await expect(page.locator('.chapter-card.is-read')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the progress controls are hidden and the learning path reads normally', async ({ page }) => {
		await page.goto(at('/'));
		await expect(page.locator('.progress')).toBeHidden();
		await expect(page.locator('.chapter-card')).toHaveCount(chapters.length);
	});
});

test('printing a chapter hides navigation, shows link targets, answers and diagrams', async ({ page }) => {
	await page.goto(at('/vendors-and-mdf/'));
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	for (const selector of ['.site-header', '.sidebar', '.toc-aside', '.prev-next', '.mark-read', '.site-footer']) {
		await expect(page.locator(selector).first()).toBeHidden();
	}
	await expect(page.locator('.knowledge-check .answer').first()).toBeVisible();
	await expect(page.locator('figure svg').first()).toBeVisible();
	const link = page.locator('.prose a[href^="/"]:not(.term):not(.heading-anchor)').first();
	const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
	expect(after).toContain('(');
});

test('a chapter shows its reading time and when it was last updated', async ({ page }) => {
	await page.goto(at('/msp-toolbox/'));
	const meta = page.locator('.chapter-meta');
	await expect(meta).toContainText(/\d+ min read/);
	await expect(meta.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});
