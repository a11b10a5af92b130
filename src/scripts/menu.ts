/**
 * On narrow screens the chapter sidebar opens as a modal menu from the header. The same sidebar
 * element moves into a <dialog> while open (no duplicated markup) and back when it closes.
 * Without JavaScript the header link simply goes to the learning path on the home page.
 */
import { trapFocus } from './focus-trap';

export function initMenu(): void {
	const trigger = document.querySelector<HTMLAnchorElement>('[data-menu-trigger]');
	const sidebar = document.getElementById('sidebar');
	if (!trigger || !sidebar) return;
	const home = sidebar.parentElement!;
	const next = sidebar.nextSibling;
	trigger.setAttribute('role', 'button');
	trigger.setAttribute('aria-haspopup', 'dialog');
	trigger.setAttribute('aria-expanded', 'false');
	let dialog: HTMLDialogElement | undefined;

	trigger.addEventListener('click', (event) => {
		event.preventDefault();
		if (!dialog) {
			dialog = document.createElement('dialog');
			dialog.className = 'menu-dialog';
			dialog.setAttribute('aria-label', 'Chapters');
			dialog.innerHTML = '<button type="button" class="menu-close" aria-label="Close menu"></button>';
			dialog.querySelector('button')!.addEventListener('click', () => dialog!.close());
			dialog.addEventListener('click', (e) => e.target === dialog && dialog.close()); // backdrop
			dialog.addEventListener('close', () => {
				home.insertBefore(sidebar, next);
				trigger.setAttribute('aria-expanded', 'false');
				trigger.focus();
			});
			trapFocus(dialog);
			document.body.append(dialog);
		}
		dialog.append(sidebar);
		dialog.showModal();
		trigger.setAttribute('aria-expanded', 'true');
		(sidebar.querySelector<HTMLElement>('[aria-current="page"]') ?? sidebar.querySelector('a'))?.focus();
	});
	trigger.addEventListener('keydown', (event) => {
		if (event.key === ' ') {
			event.preventDefault();
			trigger.click();
		}
	});
	// A section link chosen in the menu closes it.
	sidebar.addEventListener('click', (event) => {
		if ((event.target as Element).closest('a') && dialog?.open) dialog.close();
	});
}
