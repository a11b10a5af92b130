/**
 * The search dialog's behaviour, loaded on first use: connects the shell made by
 * `search-trigger.ts` (a native modal <dialog>: focus moves in, the page behind is inert, Escape
 * closes it) to the search engine, and searches at once for anything already typed.
 */
import { connectSearch } from './controller';
import { DIALOG_RESULTS } from '~/utils/search-config';

export function enhance(el: HTMLDialogElement): void {
	const base = document.documentElement.dataset.base ?? '/';
	const input = el.querySelector('input')!;
	const pageLink = el.querySelector<HTMLAnchorElement>('.search-open-page')!;
	const { run } = connectSearch({
		input,
		filter: el.querySelector('select')!,
		limit: DIALOG_RESULTS,
		results: el.querySelector('.search-results')!,
		status: el.querySelector('.search-status')!,
		onQuery: (query, chapter) => {
			const params = new URLSearchParams(query ? { q: query } : {});
			if (chapter) params.set('chapter', chapter);
			pageLink.href = `${base}search/${params.size ? `?${params}` : ''}`;
		},
	});
	el.querySelector('form')!.addEventListener('submit', (event) => {
		// Enter in the box opens the first result, or the full results page if there is none yet.
		event.preventDefault();
		const first = el.querySelector<HTMLAnchorElement>('.hit-sections a');
		location.href = first?.href ?? pageLink.href;
	});
	if (input.value.trim()) void run();
}
