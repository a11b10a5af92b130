/**
 * The chapter list shown in the sidebar. A handbook of a few dozen chapters lists them all; a larger
 * one lists a window around the current chapter, so that no page's HTML grows with the size of the
 * handbook (the home page keeps the full list).
 */

export interface NavChapter {
	slug: string;
	title: string;
	number: number;
}

export interface SidebarWindow<T extends NavChapter> {
	items: T[];
	/** How many chapters come before / after the listed ones. */
	hiddenBefore: number;
	hiddenAfter: number;
}

/** Largest handbook whose sidebar lists every chapter. */
export const FULL_SIDEBAR_MAX = 40;

/** The chapters to list around `current` (at most `size` when the handbook is larger than `max`). */
export function sidebarWindow<T extends NavChapter>(
	chapters: readonly T[],
	current: string | undefined,
	{ max = FULL_SIDEBAR_MAX, size = 21 } = {},
): SidebarWindow<T> {
	if (chapters.length <= max) return { items: [...chapters], hiddenBefore: 0, hiddenAfter: 0 };
	const index = Math.max(0, chapters.findIndex((chapter) => chapter.slug === current));
	const start = Math.min(Math.max(0, index - Math.floor(size / 2)), chapters.length - size);
	return {
		items: chapters.slice(start, start + size),
		hiddenBefore: start,
		hiddenAfter: chapters.length - start - size,
	};
}
