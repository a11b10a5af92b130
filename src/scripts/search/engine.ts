/**
 * The Pagefind search API, loaded on first use from the site's own `pagefind/` folder, with the
 * handbook's options. Returns results ready to render: each page with its best sections.
 */
import { PAGEFIND_OPTIONS } from '~/utils/search-config';
import { FIRST_BATCH, groupByChapter, moreToLoad, type PagefindResultData, type ResultGroup } from '~/utils/search-results';

interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string, options?: Record<string, unknown>): Promise<void>;
	search(term: string, options?: Record<string, unknown>): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

export interface SearchOutcome {
	/** Matching sections in the whole handbook. */
	total: number;
	/** The best of them, grouped by chapter (best group first, best section first). */
	groups: ResultGroup[];
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

/** Searches for `query`, optionally within one chapter; loads enough results for `limit` sections. */
export async function runSearch(query: string, limit: number, chapter?: string): Promise<SearchOutcome> {
	const pagefind = await loadEngine();
	const response = await pagefind.search(query, chapter ? { filters: { chapter } } : {});
	if (!response) return { total: 0, groups: [] };
	const load = (from: number, count: number) => Promise.all(response.results.slice(from, from + count).map((result) => result.data()));
	const first = await load(0, Math.min(limit, FIRST_BATCH));
	const data = [...first, ...(await load(first.length, moreToLoad(first, limit)))];
	return { total: response.results.length, groups: groupByChapter(data, document.documentElement.dataset.base ?? '/') };
}
