import { expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** A site path ("/msp-toolbox/") as a URL relative to the project's baseURL ("/" or "/handbook/"). */
export const at = (path: string): string => path.replace(/^\//, '');

/** The chapters, in learning-path order, read from the content folder. */
export const chapters = readdirSync(join(ROOT, 'content/chapters'))
	.filter((f) => f.endsWith('.mdx'))
	.map((f) => {
		const source = readFileSync(join(ROOT, 'content/chapters', f), 'utf8');
		const field = (name: string) => new RegExp(`^${name}:\\s*"?(.+?)"?\\s*$`, 'm').exec(source)?.[1] ?? '';
		return { slug: f.replace(/\.mdx$/, ''), title: field('title'), order: Number(field('order')) };
	})
	.sort((a, b) => a.order - b.order);

/** Every page a reader can open (not share pages or redirects). */
export const pages = ['/', '/glossary/', '/search/', '/404.html', ...chapters.map((c) => `/${c.slug}/`)];

/** Fails the test if the element is not (at least partly) inside the viewport. */
export async function expectInViewport(page: Page, selector: string): Promise<void> {
	await expect(page.locator(selector).first()).toBeInViewport();
}
