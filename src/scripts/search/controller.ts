/**
 * Wires an input, an optional chapter filter and a results container to the search engine:
 * debounced search as the reader types, a live count, a clear message when search is unavailable.
 */
import { DEBOUNCE_MS } from '~/utils/search-config';
import { announce } from '../announce';
import { chapterFilters, loadEngine, runSearch, SearchUnavailable } from './engine';
import { arrowNavigation, countText, resultsHtml } from './results';

export interface SearchParts {
	input: HTMLInputElement;
	filter: HTMLSelectElement;
	results: HTMLElement;
	status: HTMLElement;
	/** How many sections to load and show. */
	limit: number;
	/** Called with the current query after each search (e.g. to update "open as page"). */
	onQuery?: (query: string, chapter: string) => void;
}

export function connectSearch(parts: SearchParts): { run: () => Promise<void> } {
	const base = document.documentElement.dataset.base ?? '/';
	const glossaryUrl = `${base}glossary/`;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let generation = 0;

	const run = async () => {
		const query = parts.input.value.trim();
		const chapter = parts.filter.value;
		const mine = ++generation;
		parts.onQuery?.(query, chapter);
		if (!query) {
			parts.results.innerHTML = '';
			parts.status.textContent = '';
			return;
		}
		try {
			const outcome = await runSearch(query, parts.limit, chapter || undefined);
			if (mine !== generation) return; // a newer query has started
			parts.results.innerHTML = resultsHtml(outcome, query, glossaryUrl);
			parts.status.textContent = countText(outcome, query);
			announce(parts.status.textContent);
		} catch (error) {
			if (mine !== generation) return;
			parts.results.innerHTML =
				error instanceof SearchUnavailable
					? '<p class="search-empty">Search is not available: the search index has not been built. Run <code>npm run build</code> once (the dev server then uses its index), and reload.</p>'
					: '<p class="search-empty">Search failed. Reload the page and try again.</p>';
			announce('Search is not available');
		}
	};

	parts.input.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	});
	parts.filter.addEventListener('change', run);
	arrowNavigation(parts.results, parts.input);

	// The chapter list is Pagefind's filter index, which grows with the handbook (~24 KB gzip at
	// 3,000 chapters): it loads when the reader reaches for the filter, not with every search.
	let listed: Promise<void> | undefined;
	const listChapters = () =>
		(listed ??= chapterFilters().then(
			(chapters) => {
				const have = new Set([...parts.filter.options].map((o) => o.value));
				for (const chapter of chapters) if (!have.has(chapter)) parts.filter.add(new Option(chapter, chapter));
			},
			() => {
				listed = undefined;
			},
		));
	for (const type of ['pointerenter', 'focus', 'touchstart']) parts.filter.addEventListener(type, listChapters, { passive: true });

	loadEngine().catch(() => run());
	return { run };
}
