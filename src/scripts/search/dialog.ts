/**
 * The search dialog: a native modal <dialog> (focus moves in, the page behind is inert, Escape
 * closes it and focus returns to the button), created on first use.
 */
import { trapFocus } from '../focus-trap';
import { connectSearch } from './controller';
import { DIALOG_RESULTS } from '~/utils/search-config';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function build(): HTMLDialogElement {
	const base = document.documentElement.dataset.base ?? '/';
	const el = document.createElement('dialog');
	el.className = 'search-dialog';
	el.setAttribute('aria-label', 'Search the handbook');
	el.innerHTML = `
<form class="search-bar" role="search" action="${base}search/" method="get">
	<span class="icon icon-search" aria-hidden="true"></span>
	<input type="search" name="q" aria-label="Search the handbook" placeholder="Search: PSA, MDF, OML 3, ConnectWise…" autocomplete="off" spellcheck="false">
	<button type="button" class="search-close" aria-label="Close search"><kbd>Esc</kbd></button>
</form>
<div class="search-tools">
	<label>Chapter <select name="chapter" disabled><option value="">All chapters</option></select></label>
	<a class="search-open-page" href="${base}search/">Open as page</a>
</div>
<p class="search-status" role="status"></p>
<div class="search-results"></div>`;
	const input = el.querySelector('input')!;
	const filter = el.querySelector('select')!;
	const pageLink = el.querySelector<HTMLAnchorElement>('.search-open-page')!;
	connectSearch({
		input,
		filter,
		limit: DIALOG_RESULTS,
		results: el.querySelector('.search-results')!,
		status: el.querySelector('.search-status')!,
		onQuery: (query, chapter) => {
			const params = new URLSearchParams(query ? { q: query } : {});
			if (chapter) params.set('chapter', chapter);
			pageLink.href = `${base}search/${params.size ? `?${params}` : ''}`;
		},
	});
	el.querySelector('.search-close')!.addEventListener('click', () => el.close());
	el.querySelector('form')!.addEventListener('submit', (event) => {
		// Enter in the box opens the first result, or the full results page if there is none yet.
		event.preventDefault();
		const first = el.querySelector<HTMLAnchorElement>('.search-hits a');
		location.href = first?.href ?? pageLink.href;
	});
	el.addEventListener('click', (event) => event.target === el && el.close()); // backdrop
	el.addEventListener('close', () => opener?.focus());
	trapFocus(el);
	document.body.append(el);
	return el;
}

/** Opens the dialog; `from` gets focus back when it closes. */
export function openSearch(from: HTMLElement | null): void {
	dialog ??= build();
	opener = from ?? (document.activeElement as HTMLElement | null);
	if (!dialog.open) dialog.showModal();
	const input = dialog.querySelector('input')!;
	input.focus();
	input.select();
}
