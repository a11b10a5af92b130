/**
 * Turning Pagefind results into what the reader sees. Each result is a section (or a glossary
 * entry, see search-records.ts); the reader sees them grouped by chapter: each chapter with its
 * best matching sections below it, best first. `pickSections` applies the relevance benchmark's
 * rule (../shared/search-queries.json "about") to a result's sub-results.
 */

export interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	locations: number[];
	anchor?: { element: string; id: string };
}

export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: { title?: string; [key: string]: string | undefined };
	filters?: Record<string, string[]>;
	sub_results: PagefindSubResult[];
}

/** True for the sub-result that stands for the page itself rather than one of its sections. */
export function isPageItself(sub: PagefindSubResult): boolean {
	return !sub.anchor || !sub.url.includes('#') || sub.anchor.element === 'h1';
}

/**
 * The `count` sections of a result with the most matched words (ties keep document order),
 * leaving out the page itself.
 */
export function pickSections(result: Pick<PagefindResultData, 'sub_results'>, count: number): PagefindSubResult[] {
	return result.sub_results
		.map((sub, index) => ({ sub, index }))
		.filter(({ sub }) => !isPageItself(sub))
		.sort((a, b) => b.sub.locations.length - a.sub.locations.length || a.index - b.index)
		.slice(0, count)
		.map(({ sub }) => sub);
}

/** Results whose data a search loads first (see `moreToLoad`). */
export const FIRST_BATCH = 3;

/**
 * How many more results to load after `loaded` (the first `FIRST_BATCH`) to show `limit` sections.
 * A section-by-section index needs `limit` results. A whole-chapter index (large handbooks) does not:
 * each chapter brings its best sections as sub-results, so its first results already fill the list,
 * and each further chapter would cost a fragment download (~4 KB) for nothing the reader sees.
 */
export function moreToLoad(loaded: readonly Pick<PagefindResultData, 'meta'>[], limit: number): number {
	// Section and glossary records carry `chapter` metadata (search-records.ts); chapter pages do not.
	const wholeChapters = loaded.some((result) => result.meta.chapter === undefined);
	return wholeChapters ? 0 : Math.max(0, limit - loaded.length);
}

/** A section in the results: where it goes, what it is called, and the matching words in context. */
export interface ResultSection {
	url: string;
	title: string;
	excerpt: string;
	/** For a glossary entry: the section its link leads to ("Section · Chapter"). */
	leadsTo?: string | undefined;
}

/** A chapter (or the glossary) with its matching sections, in rank order. */
export interface ResultGroup {
	/** Chapter title, or "Glossary". */
	chapter: string;
	/** The chapter's own URL (its introduction). */
	url: string;
	sections: ResultSection[];
}

/**
 * Groups ranked results by chapter, keeping the rank order of groups and of sections within them.
 * A result is a section (or a chapter's introduction), a whole chapter whose best sections come as
 * sub-results (large handbooks, see `searchRecordMode`), or a glossary entry, which links to the
 * section that explains its term (`meta.see`, a site path that `base` prefixes). A section already
 * shown is not repeated.
 */
export function groupByChapter(results: readonly PagefindResultData[], base = '/'): ResultGroup[] {
	const groups = new Map<string, ResultGroup>();
	const shown = new Set<string>();
	for (const result of results) {
		const title = result.meta.title ?? result.url;
		const sections: ResultSection[] = result.meta.see
			? [{ url: `${base.replace(/\/$/, '')}${result.meta.see}`, title, excerpt: result.excerpt, leadsTo: result.meta.section }]
			: pickSections(result, 3).map((sub) => ({ url: sub.url, title: sub.title, excerpt: sub.excerpt }));
		if (!sections.length) sections.push({ url: result.url, title, excerpt: result.excerpt });
		const chapter = result.meta.chapter ?? title;
		let group = groups.get(chapter);
		if (!group) {
			group = { chapter, url: result.url.replace(/#.*$/, ''), sections: [] };
			groups.set(chapter, group);
		}
		for (const section of sections) {
			if (shown.has(section.url)) continue;
			shown.add(section.url);
			group.sections.push(section);
		}
	}
	return [...groups.values()].filter((group) => group.sections.length);
}

/** Adds the highlight parameter to a result URL (before its #anchor). */
export function withHighlight(url: string, query: string, param: string): string {
	const hash = url.indexOf('#');
	const [path, anchor] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
	const glue = path.includes('?') ? '&' : '?';
	return `${path}${glue}${param}=${encodeURIComponent(query.trim())}${anchor}`;
}
