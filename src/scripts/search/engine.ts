/**
 * The Pagefind search API, loaded on first use from the site's own `pagefind/` folder, with the
 * handbook's options. Returns results ready to render: each page with its best sections.
 */
import { PAGEFIND_OPTIONS, RESULTS_SHOWN, SECTIONS_PER_RESULT } from '~/utils/search-config';
import { pickSections, type PagefindResultData, type PagefindSubResult } from '~/utils/search-results';

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchHit {
	url: string;
	title: string;
	excerpt: string;
	chapter: string | undefined;
	sections: PagefindSubResult[];
}

export interface SearchOutcome {
	total: number;
	hits: SearchHit[];
}

/** Raised when the index cannot be loaded (typically `astro dev` before any build). */
export class SearchUnavailable extends Error {}

let engine: Promise<Pagefind> | undefined;

/** Loads and configures Pagefind once. */
export function loadEngine(): Promise<Pagefind> {
	const base = document.documentElement.dataset.base ?? '/';
	return (engine ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(
		async (pagefind: Pagefind) => {
			await pagefind.options({ ...PAGEFIND_OPTIONS, baseUrl: base });
			await pagefind.init();
			return pagefind;
		},
		(error: unknown) => {
			engine = undefined;
			throw new SearchUnavailable(String(error));
		},
	));
}

/** Chapter names available as filters, with their result counts for an empty query. */
export async function chapterFilters(): Promise<string[]> {
	const filters = await (await loadEngine()).filters();
	return Object.keys(filters.chapter ?? {}).sort();
}

/** Searches for `query`, optionally within one chapter. */
export async function runSearch(query: string, chapter?: string): Promise<SearchOutcome> {
	const pagefind = await loadEngine();
	const response = await pagefind.search(query, chapter ? { filters: { chapter } } : {});
	if (!response) return { total: 0, hits: [] };
	const data = await Promise.all(response.results.slice(0, RESULTS_SHOWN).map((result) => result.data()));
	return {
		total: response.results.length,
		hits: data.map((result) => ({
			url: result.url,
			title: result.meta.title ?? result.url,
			excerpt: result.excerpt,
			chapter: result.filters?.chapter?.[0],
			sections: pickSections(result, SECTIONS_PER_RESULT),
		})),
	};
}
