/**
 * Light/dark toggle. The theme follows the operating system until the reader picks one; the pick
 * is stored and applied before first paint by the inline THEME_INIT script.
 */
const dark = () => matchMedia('(prefers-color-scheme: dark)');

export function initTheme(): void {
	const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (!button) return;
	const root = document.documentElement;
	const current = () => root.dataset.theme ?? (dark().matches ? 'dark' : 'light');
	const sync = () => button.setAttribute('aria-pressed', String(current() === 'dark'));
	sync();
	dark().addEventListener('change', sync);
	button.addEventListener('click', () => {
		const next = current() === 'dark' ? 'light' : 'dark';
		root.dataset.theme = next;
		try {
			localStorage.setItem('theme', next);
		} catch {
			/* storage blocked: the choice lasts for this page only */
		}
		sync();
	});
}
