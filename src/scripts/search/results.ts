/**
 * Renders search results (used by the dialog and the search page): each chapter with its matching
 * sections below it, and lets the arrow keys move between them. Excerpts come from Pagefind with
 * `<mark>` around the matched words; Pagefind escapes the page text, so they are safe as HTML.
 */
import { GLOSSARY_FILTER } from '~/utils/search-records';
import { HIGHLIGHT_PARAM } from '~/utils/highlight-terms';
import { withHighlight } from '~/utils/search-results';
import type { SearchOutcome } from './engine';
import { escapeHtml as escape } from '~/utils/escape-html';


/** The results as HTML. */
export function resultsHtml(outcome: SearchOutcome, query: string, glossaryUrl: string): string {
	if (!outcome.groups.length) {
		return `<p class="search-empty">No results for “${escape(query)}”. Try another word, or look it up in the <a href="${glossaryUrl}">glossary</a>.</p>`;
	}
	const link = (url: string) => escape(withHighlight(url, query, HIGHLIGHT_PARAM));
	return `<ol class="search-hits">${outcome.groups
		.map(
			(group) =>
				`<li class="search-hit"><a class="hit-page" href="${group.chapter === GLOSSARY_FILTER ? glossaryUrl : link(group.url)}">${escape(group.chapter)}</a>` +
				`<ul class="hit-sections">${group.sections
					.map(
						(s) =>
							`<li><a href="${link(s.url)}"><span class="hit-title">${escape(s.title)}</span><span class="hit-excerpt">${s.excerpt}</span>` +
							(s.leadsTo ? `<span class="hit-leads">Explained in ${escape(s.leadsTo)}</span>` : '') +
							`</a></li>`,
					)
					.join('')}</ul></li>`,
		)
		.join('')}</ol>`;
}

/** How many results, for the live region. */
export function countText(outcome: SearchOutcome, query: string): string {
	if (!query) return '';
	if (!outcome.total) return `No results for ${query}`;
	return `${outcome.total} ${outcome.total === 1 ? 'section' : 'sections'} found for ${query}`;
}

/** Arrow Up/Down move focus between result links (and back to `input` from the first). */
export function arrowNavigation(container: HTMLElement, input: HTMLInputElement): void {
	const move = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const links = [...container.querySelectorAll<HTMLAnchorElement>('.search-hits a')];
		if (!links.length) return;
		event.preventDefault();
		const index = links.indexOf(document.activeElement as HTMLAnchorElement);
		const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
		if (next < 0) input.focus();
		else links[Math.min(next, links.length - 1)]!.focus();
	};
	input.addEventListener('keydown', move);
	container.addEventListener('keydown', move);
}
