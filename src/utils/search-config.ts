/**
 * Search settings shared by the search UI, the search page and the relevance benchmark, so that
 * the benchmark measures exactly what readers get.
 */

/** Query parameter that carries the searched words to the landing page for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Page results shown (each with up to `SECTIONS_PER_RESULT` sections under it). */
export const RESULTS_SHOWN = 8;

/** Sections shown under each page result, most matches first. */
export const SECTIONS_PER_RESULT = 3;

/** Milliseconds to wait after the last keystroke before searching. */
export const DEBOUNCE_MS = 60;

/**
 * Options passed to `pagefind.options()`. Ranking values are Pagefind's defaults unless the search
 * benchmark (`npm run bench:search`) showed a better score; each change records its evidence.
 */
export const PAGEFIND_OPTIONS = {
	excerptLength: 22,
	ranking: {
		termFrequency: 1.0,
		termSimilarity: 1.0,
		pageLength: 0.75,
		termSaturation: 1.4,
	},
} as const;
