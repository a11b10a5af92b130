/** Marks the table-of-contents links of the section being read (`aria-current="true"`). */
export function initTocSpy(): void {
	const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-link]')];
	if (!links.length || !('IntersectionObserver' in window)) return;
	const headings = [...new Set(links.map((link) => link.dataset.tocLink!))]
		.map((id) => document.getElementById(id))
		.filter((el): el is HTMLElement => el !== null);
	const visible = new Set<Element>();
	let current = '';
	const update = () => {
		// The current section is the first heading on screen, else the last one scrolled past.
		const onScreen = headings.find((h) => visible.has(h));
		const passed = headings.filter((h) => h.getBoundingClientRect().top < 80).at(-1);
		const id = (onScreen ?? passed)?.id ?? '';
		if (id === current) return;
		current = id;
		for (const link of links) {
			if (link.dataset.tocLink === id) link.setAttribute('aria-current', 'true');
			else link.removeAttribute('aria-current');
		}
	};
	const observer = new IntersectionObserver(
		(entries) => {
			for (const entry of entries) entry.isIntersecting ? visible.add(entry.target) : visible.delete(entry.target);
			update();
		},
		{ rootMargin: '-64px 0px -45% 0px' },
	);
	headings.forEach((h) => observer.observe(h));
}
