/**
 * Carrying searched words to the landing page: the query parameter and how a query becomes the
 * words to highlight. Kept apart from the search code because every page reads it on arrival.
 */

/** Query parameter that carries the searched words to the landing page for highlighting. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Words to highlight for a query: its terms, without one-letter noise. */
export function highlightTerms(query: string): string[] {
	return [...new Set(query.toLowerCase().split(/[\s,;]+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((t) => t.length > 1))];
}
