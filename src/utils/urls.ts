/**
 * URL helpers. Paths inside the site are written as if it lived at `/` (e.g. `/msp-toolbox/#psa`);
 * these helpers add the base path and the origin.
 */

/** Adds a trailing slash to a page path that has no file extension (`/glossary` → `/glossary/`). */
export function directoryPath(path: string): string {
	const match = /^([^?#]*)(.*)$/.exec(path)!;
	const [pathname, rest] = [match[1]!, match[2]!];
	if (pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(pathname)) return path;
	return `${pathname}/${rest}`;
}

/** Prefixes a root-relative path with `base` (`/handbook/`), as a directory URL. */
export function withBase(base: string, path: string): string {
	const trimmedBase = base.replace(/\/+$/, '');
	return `${trimmedBase}${directoryPath(path.startsWith('/') ? path : `/${path}`)}`;
}

/** Absolute URL of a root-relative path: origin + base + path. */
export function absoluteUrl(siteUrl: string, base: string, path: string): string {
	return `${siteUrl.replace(/\/+$/, '')}${withBase(base, path)}`;
}

/** Path of a chapter page. */
export const chapterPath = (slug: string): string => `/${slug}/`;

/** Path of a section's share page (the URL that unfurls in chat tools). */
export const sharePath = (slug: string, anchor: string): string => `/s/${slug}/${anchor}/`;

/** Path of a glossary entry. */
export const glossaryPath = (id: string): string => `/glossary/#${id}`;

/** Path of a chapter's link-preview image. */
export const ogImagePath = (slug: string): string => `/og/${slug}.png`;
