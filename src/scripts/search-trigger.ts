/**
 * Opens search from the header button, `/`, Ctrl+K or ⌘K. The search code (and Pagefind) is loaded
 * only when it is first needed, or when the pointer or focus reaches the button (a head start).
 */
type SearchModule = typeof import('./search/dialog');
let loading: Promise<SearchModule> | undefined;
const load = () => (loading ??= import('./search/dialog'));

export function initSearchTrigger(): void {
	const trigger = document.querySelector<HTMLAnchorElement>('[data-search-trigger]');
	if (!trigger || document.querySelector('[data-search-page]')) return;
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.setAttribute('aria-keyshortcuts', '/ Control+K Meta+K');
	const open = () => load().then((m) => m.openSearch(trigger));
	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		open();
	});
	trigger.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			open();
		}
	});
	for (const type of ['pointerenter', 'focus', 'touchstart'] as const) trigger.addEventListener(type, () => void load(), { once: true, passive: true });
	addEventListener('keydown', (event) => {
		const target = event.target as HTMLElement;
		const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
		if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
			event.preventDefault();
			open();
		} else if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
			event.preventDefault();
			open();
		}
	});
}
