/**
 * Turning Pagefind results into what the reader sees: for each page, the sections that match best.
 * The same rule scores the relevance benchmark (see ../shared/search-queries.json "about").
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

/** Adds the highlight parameter to a result URL (before its #anchor). */
export function withHighlight(url: string, query: string, param: string): string {
	const hash = url.indexOf('#');
	const [path, anchor] = hash < 0 ? [url, ''] : [url.slice(0, hash), url.slice(hash)];
	const glue = path.includes('?') ? '&' : '?';
	return `${path}${glue}${param}=${encodeURIComponent(query.trim())}${anchor}`;
}

/** Words to highlight for a query: its terms, without one-letter noise. */
export function highlightTerms(query: string): string[] {
	return [...new Set(query.toLowerCase().split(/[\s,;]+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((t) => t.length > 1))];
}
