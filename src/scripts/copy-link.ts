/**
 * Copy-link buttons next to headings: copy the section's share URL (which unfurls with the
 * section's title in chat tools) and announce it. Without clipboard access, show the URL selected.
 */
import { announce } from './announce';

export function initCopyLinks(): void {
	const article = document.querySelector<HTMLElement>('article[data-share-base]');
	if (!article) return;
	const shareBase = article.dataset.shareBase!;
	article.addEventListener('click', async (event) => {
		const button = (event.target as Element).closest<HTMLButtonElement>('button.copy-link');
		if (!button) return;
		const url = `${shareBase}${button.dataset.anchor}/`;
		try {
			await navigator.clipboard.writeText(url);
			button.dataset.copied = '';
			setTimeout(() => delete button.dataset.copied, 2000);
			announce('Link copied');
		} catch {
			showForManualCopy(button, url);
		}
	});
}

function showForManualCopy(button: HTMLButtonElement, url: string): void {
	const tools = button.parentElement!;
	let field = tools.querySelector<HTMLInputElement>('input.copy-fallback');
	if (!field) {
		field = document.createElement('input');
		field.className = 'copy-fallback';
		field.readOnly = true;
		field.setAttribute('aria-label', 'Link to this section');
		field.addEventListener('blur', () => field?.remove());
		tools.append(field);
	}
	field.value = url;
	field.focus();
	field.select();
	announce('Copy the selected link with Ctrl+C');
}
