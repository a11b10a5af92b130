/**
 * Checks the built site: every internal link and `#anchor` resolves, no resource comes from another
 * origin, ids are unique, images have alt text. Works on the scans of all pages at once, in time
 * linear in the number of links (each link is one map lookup; no page is compared with every other).
 */
import type { PageScan } from './html-scan';
import { closest } from './closest';

export interface SiteIndex {
	/** Origin of the site, e.g. `https://handbook.example.com`. */
	siteUrl: string;
	/** Base path, e.g. `/handbook/`. */
	base: string;
	/** Scans of every HTML page, by site path (`/msp-toolbox/`, `/404.html`). */
	pages: ReadonlyMap<string, PageScan>;
	/** Every file in the output, as site paths (`/og/msp-toolbox.png`). */
	files: ReadonlySet<string>;
}

export type Resolved =
	| { kind: 'internal'; path: string; hash: string }
	| { kind: 'outside-base'; pathname: string }
	| { kind: 'external'; origin: string }
	| { kind: 'inline' };

/** Resolves `url` as seen from the page at site path `from`. */
export function resolveUrl(url: string, from: string, site: Pick<SiteIndex, 'siteUrl' | 'base'>): Resolved {
	const trimmed = url.trim();
	if (/^(data|mailto|tel|javascript|blob):/i.test(trimmed)) return { kind: 'inline' };
	const baseUrl = new URL(`${site.base.replace(/\/$/, '')}${from}`, site.siteUrl);
	let target: URL;
	try {
		target = new URL(trimmed, baseUrl);
	} catch {
		return { kind: 'external', origin: trimmed };
	}
	if (target.origin !== new URL(site.siteUrl).origin) return { kind: 'external', origin: target.origin };
	if (!target.pathname.startsWith(site.base)) return { kind: 'outside-base', pathname: target.pathname };
	let hash = target.hash.slice(1);
	try {
		hash = decodeURIComponent(hash);
	} catch {
		/* keep as written */
	}
	return { kind: 'internal', path: `/${target.pathname.slice(site.base.length)}`, hash };
}

export interface SiteProblem {
	/** Site path of the page the problem is on. */
	page: string;
	/** The URL or id concerned, as written in the page. */
	subject: string;
	message: string;
	fix: string;
}

/** The page at site path `path`, following one redirect page (with the path it lands on). */
export function followRedirect(site: SiteIndex, path: string): { path: string; page: PageScan } | undefined {
	const page = site.pages.get(path);
	if (!page?.redirectTo) return page && { path, page };
	const next = resolveUrl(page.redirectTo, path, site);
	const target = next.kind === 'internal' ? site.pages.get(next.path) : undefined;
	return next.kind === 'internal' && target ? { path: next.path, page: target } : undefined;
}

/** All problems of the built site. */
export function checkSite(site: SiteIndex): SiteProblem[] {
	const problems: SiteProblem[] = [];
	for (const page of site.pages.values()) {
		const add = (subject: string, message: string, fix: string) => problems.push({ page: page.path, subject, message, fix });

		for (const [id, count] of page.ids) {
			if (count > 1) add(`#${id}`, `The id "${id}" is used ${count} times on this page, so #${id} links are ambiguous.`, 'Rename one of the headings (or elements) so each id is unique.');
		}
		for (const src of page.imagesWithoutAlt) add(src, `The image "${src}" has no alt text.`, 'Describe what the image shows: ![What it shows](path) in Markdown, or alt="…" on an <img>.');
		for (const href of page.newTabLinks) add(href, `The link to ${href} opens a new tab.`, 'Remove target="…": links open in the same tab.');

		for (const { url, tag } of page.resources) {
			const resolved = resolveUrl(url, page.path, site);
			if (resolved.kind === 'external') {
				add(url, `<${tag}> loads ${url} from another origin (${resolved.origin}).`, 'Serve the file from this site (put it under public/): the handbook makes no requests to other origins.');
			} else if (resolved.kind === 'internal' && !site.files.has(resolved.path) && !site.pages.has(resolved.path)) {
				add(url, `<${tag}> loads ${url}, which is not in the build.`, 'Fix the path, or add the file under public/.');
			}
		}

		for (const { url, tag } of page.links) {
			const resolved = resolveUrl(url, page.path, site);
			if (resolved.kind === 'outside-base') {
				add(url, `The link ${url} points outside the site's base path ${site.base}.`, 'Write links to handbook pages as "/chapter-slug/#anchor"; the build adds the base path.');
				continue;
			}
			if (resolved.kind !== 'internal') continue;
			const { path, hash } = resolved;
			const isPage = path.endsWith('/') || path.endsWith('.html');
			if (!isPage) {
				if (site.files.has(path)) continue;
				if (site.pages.has(`${path}/`)) {
					add(url, `The link ${url} lacks its trailing slash.`, `Write it as ${path}/${hash ? `#${hash}` : ''}.`);
				} else {
					add(url, `The link ${url} points at ${path}, which does not exist.`, 'Check the chapter slug (the file name under content/chapters/) or the file path.');
				}
				continue;
			}
			const target = followRedirect(site, path)?.page;
			if (!target) {
				const guess = closest(path, site.pages.keys());
				add(
					url,
					`The link ${url} points at the page ${path}, which does not exist.`,
					guess ? `Did you mean ${guess}? Chapter URLs are the file names under content/chapters/.` : 'Link to an existing chapter: its URL is its file name under content/chapters/, e.g. /msp-toolbox/.',
				);
				continue;
			}
			if (!hash || tag.startsWith('meta') || tag.startsWith('link')) continue;
			if (!target.ids.has(hash)) {
				const where = path === page.path ? 'this page' : path;
				const known = target.headingIds.slice(0, 12).map((id) => `#${id}`).join(', ');
				add(
					url,
					`The link ${url} points at #${hash}, but ${where} has no heading with that anchor.`,
					known ? `Use one of the anchors on ${where}: ${known}${target.headingIds.length > 12 ? ', …' : ''}.` : `Link to ${where} without an anchor.`,
				);
			}
		}
	}
	return problems;
}

/** 1-based line of the first line of `source` containing any of `needles`. */
export function findLine(source: string, needles: readonly string[]): number | undefined {
	const lines = source.split('\n');
	for (const needle of needles) {
		if (!needle) continue;
		const index = lines.findIndex((line) => line.includes(needle));
		if (index >= 0) return index + 1;
	}
	return undefined;
}
