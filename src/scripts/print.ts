/** Printing shows knowledge-check answers: open every <details> for print, restore afterwards. */
export function initPrint(): void {
	let opened: HTMLDetailsElement[] = [];
	addEventListener('beforeprint', () => {
		opened = [...document.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
		opened.forEach((d) => (d.open = true));
	});
	addEventListener('afterprint', () => opened.forEach((d) => (d.open = false)));
}
