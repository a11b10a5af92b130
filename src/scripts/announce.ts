/** Says `message` to screen readers through the page's polite live region. */
export function announce(message: string): void {
	const region = document.getElementById('announcer');
	if (!region) return;
	region.textContent = '';
	// A fresh text node on the next frame makes screen readers repeat identical messages.
	requestAnimationFrame(() => (region.textContent = message));
}
