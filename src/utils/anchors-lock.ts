/**
 * The anchors lock: every published page and heading anchor, committed in `anchors.lock.json`.
 * A build that would remove one without a redirect fails, so shared links never break.
 */
import { closest } from './closest';
import { followRedirect, type SiteIndex } from './link-check';
import type { PageScan } from './html-scan';

export interface AnchorsLock {
	version: 1;
	/** Site path → heading anchors on that page, sorted. */
	pages: Record<string, string[]>;
}

/** Where a page comes from, so that messages can say which file to edit. */
export interface PageSource {
	/** Project-relative file, e.g. `content/chapters/msp-toolbox.mdx`. */
	file: string;
	/** `chapter` pages take `aliases`/`redirectFrom`; `glossary` entries take `formerIds`. */
	kind: 'chapter' | 'glossary' | 'other';
	/** Whether the chapter's frontmatter already has an `aliases:` key. */
	hasAliases?: boolean;
}

export interface LockProblem {
	file: string;
	message: string;
	fix: string;
}

/** Pages that belong in the lock: real pages, not share pages, redirects or the 404 page. */
export function isLockedPage(page: PageScan): boolean {
	return !page.redirectTo && !page.path.startsWith('/s/') && page.path.endsWith('/');
}

/** The pages and anchors the built site publishes now. */
export function publishedAnchors(pages: Iterable<PageScan>): Record<string, string[]> {
	const out: Record<string, string[]> = {};
	for (const page of [...pages].filter(isLockedPage).sort((a, b) => a.path.localeCompare(b.path))) {
		out[page.path] = [...new Set(page.headingIds)].sort();
	}
	return out;
}

/** The lock with every currently published anchor added (nothing is dropped). */
export function mergeLock(lock: AnchorsLock | undefined, published: Record<string, string[]>): AnchorsLock {
	const pages: Record<string, string[]> = {};
	for (const path of new Set([...Object.keys(lock?.pages ?? {}), ...Object.keys(published)])) {
		pages[path] = [...new Set([...(lock?.pages[path] ?? []), ...(published[path] ?? [])])].sort();
	}
	const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
	return { version: 1, pages: sorted };
}

/** Published anchors that the lock does not list yet. */
export function unlockedAnchors(lock: AnchorsLock | undefined, published: Record<string, string[]>): string[] {
	const out: string[] = [];
	for (const [path, anchors] of Object.entries(published)) {
		const locked = new Set(lock?.pages[path] ?? []);
		if (!lock?.pages[path]) out.push(path);
		for (const anchor of anchors) if (!locked.has(anchor)) out.push(`${path}#${anchor}`);
	}
	return out;
}

/** Every locked page and anchor that the built site no longer serves. */
export function checkLock(
	lock: AnchorsLock,
	site: SiteIndex,
	sourceOf: (path: string) => PageSource,
	lockFile: string,
): LockProblem[] {
	const problems: LockProblem[] = [];
	const published = publishedAnchors(site.pages.values());
	const newPages = Object.keys(published).filter((path) => !lock.pages[path]);

	for (const [path, anchors] of Object.entries(lock.pages)) {
		const landing = followRedirect(site, path);
		if (!site.pages.has(path)) {
			const slug = path.replace(/^\/|\/$/g, '');
			const guess = newPages.length === 1 ? sourceOf(newPages[0]!).file : 'the renamed chapter file';
			problems.push({
				file: lockFile,
				message: `The page ${path} (listed in ${lockFile}) no longer exists, so every link to it would break.`,
				fix: `If you renamed or moved the chapter "${slug}", add this line to the frontmatter of ${guess}:\n      redirectFrom: [${path}]`,
			});
			continue;
		}
		if (!landing) continue; // a broken redirect: the link checker reports it
		const { path: targetPath, page } = landing;
		const source = sourceOf(targetPath);
		const fresh = page.headingIds.filter((id) => !(lock.pages[targetPath] ?? []).includes(id));
		for (const anchor of anchors) {
			if (page.ids.has(anchor)) continue;
			const suggestion = closest(anchor, fresh) ?? fresh[0] ?? '<new-anchor>';
			if (source.kind === 'glossary') {
				problems.push({
					file: source.file,
					message: `The glossary entry #${anchor} on ${path} is gone, so links to ${path}#${anchor} would break.`,
					fix: `If you renamed the entry, add this line to the entry that replaces it:\n      formerIds: [${anchor}]`,
				});
				continue;
			}
			const line = `${anchor}: ${suggestion}`;
			problems.push({
				file: source.file,
				message: `The section #${anchor} on ${targetPath} is gone, so links to ${path}#${anchor} would break.`,
				fix: source.hasAliases
					? `If you renamed the heading, add this line under \`aliases:\` in the frontmatter of ${source.file}:\n        ${line}`
					: `If you renamed the heading, add these lines to the frontmatter of ${source.file}:\n      aliases:\n        ${line}` +
						(fresh.length ? `\n    (new anchors on the page: ${fresh.slice(0, 6).join(', ')}). If you deleted the section, alias it to the nearest remaining one.` : ''),
			});
		}
	}
	return problems;
}
