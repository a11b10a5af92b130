/**
 * Slugs for chapter files and heading anchors.
 *
 * Heading ids are produced by Astro's own `rehypeHeadingIds`, which uses github-slugger; `headingId`
 * gives the same id for a heading's text so that tests, checks and tools agree with the pages.
 */
import { slug as githubSlug } from 'github-slugger';

/** A chapter file name or anchor: lowercase letters and digits in hyphen-separated words. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `value` can be used as a chapter slug (and so as a URL segment). */
export function isValidSlug(value: string): boolean {
	return SLUG_PATTERN.test(value);
}

/** The id Astro gives a heading with this text (github-slugger, trailing hyphen trimmed). */
export function headingId(text: string): string {
	const id = githubSlug(text);
	return id.endsWith('-') ? id.slice(0, -1) : id;
}

/** A valid slug suggestion for a file name that is not one, e.g. `My Chapter` → `my-chapter`. */
export function suggestSlug(name: string): string {
	return (
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'chapter'
	);
}
