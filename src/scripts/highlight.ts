/**
 * On arrival from a search result (`?highlight=psa`), marks the searched words in the chapter with
 * the CSS Custom Highlight API: nothing is inserted into the page, so nothing moves. The parameter
 * is then removed from the address bar, so a copied URL stays clean.
 */
import { HIGHLIGHT_PARAM, highlightTerms } from '~/utils/highlight-terms';

export function highlightFromUrl(): void {
	const url = new URL(location.href);
	const query = url.searchParams.get(HIGHLIGHT_PARAM);
	if (!query) return;
	url.searchParams.delete(HIGHLIGHT_PARAM);
	history.replaceState(history.state, '', url);
	const root = document.querySelector('article');
	const terms = highlightTerms(query);
	if (!root || !terms.length || !('highlights' in CSS)) return;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})`, 'giu');
	const ranges: Range[] = [];
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node && ranges.length < 500; node = walker.nextNode()) {
		if ((node.parentElement?.closest('[data-pagefind-ignore], script, style'))) continue;
		for (const match of (node.textContent ?? '').matchAll(pattern)) {
			const range = new Range();
			range.setStart(node, match.index);
			range.setEnd(node, match.index + match[0].length);
			ranges.push(range);
		}
	}
	CSS.highlights.set('search', new Highlight(...ranges));
}
