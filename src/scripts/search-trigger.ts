/**
 * Opens search from the header button, `/`, Ctrl+K or ⌘K. The dialog's shell (a native modal
 * <dialog> with its search box) is made here at once, so words typed right after the shortcut go
 * into the box; the search code and Pagefind load on demand and then take over the shell. They
 * also start loading when the pointer or focus reaches the button, for a head start.
 */
import { trapFocus } from './focus-trap';

type SearchModule = typeof import('./search/dialog');
let loading: Promise<SearchModule> | undefined;
const load = () => (loading ??= import('./search/dialog'));

let shell: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function buildShell(): HTMLDialogElement {
	const base = document.documentElement.dataset.base ?? '/';
	const el = document.createElement('dialog');
	el.className = 'search-dialog';
	el.setAttribute('aria-label', 'Search the handbook');
	el.innerHTML = `<form class="search-bar" role="search" action="${base}search/"><span class="icon icon-search" aria-hidden="true"></span><input type="search" name="q" aria-label="Search the handbook" placeholder="Search: PSA, MDF, OML 3, ConnectWise…" autocomplete="off" spellcheck="false"><button type="button" class="search-close" aria-label="Close search"><kbd>Esc</kbd></button></form><div class="search-tools"><label>Chapter <select name="chapter"><option value="">All chapters</option></select></label><a class="search-open-page" href="${base}search/">Open as page</a></div><p class="search-status" role="status"></p><div class="search-results"></div>`;
	el.querySelector('.search-close')!.addEventListener('click', () => el.close());
	el.addEventListener('click', (event) => event.target === el && el.close()); // the backdrop
	el.addEventListener('close', () => opener?.focus());
	trapFocus(el);
	document.body.append(el);
	load().then((m) => m.enhance(el));
	return el;
}

/** Opens the search dialog; `from` gets the focus back when it closes. */
export function openSearch(from: HTMLElement | null): void {
	shell ??= buildShell();
	opener = from ?? (document.activeElement as HTMLElement | null);
	if (!shell.open) shell.showModal();
	const input = shell.querySelector('input')!;
	input.focus();
	input.select();
}

export function initSearchTrigger(): void {
	const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
	if (!trigger || document.querySelector('[data-search-page]')) return;
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		openSearch(trigger);
	});
	trigger.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			openSearch(trigger);
		}
	});
	for (const type of ['pointerenter', 'focus', 'touchstart'] as const) trigger.addEventListener(type, () => void load(), { once: true, passive: true });
	addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
		if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			openSearch(document.activeElement as HTMLElement | null);
		} else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
			event.preventDefault();
			openSearch(document.activeElement as HTMLElement | null);
		}
	});
}
