/**
 * The sections of a chapter: its h2/h3 headings with ids, titles and short summaries.
 * Collected at compile time (see `rehype-sections.ts`) and used for the sidebar, the table of
 * contents, share pages, the search index and the Slack manifest.
 */

export interface Section {
	/** Anchor id, e.g. `pricing-models`. */
	id: string;
	/** 2 for h2, 3 for h3. */
	depth: 2 | 3;
	/** Heading text. */
	title: string;
	/** First one or two sentences of the section (plain text, at most 300 characters). */
	summary: string;
}

/** Longest section summary kept (Slack shows about this much). */
export const SUMMARY_MAX = 300;

/** Frontmatter key under which `rehype-sections` stores the sections. */
export const SECTIONS_KEY = 'sections';

/** Reads the sections stored by `rehype-sections` out of `remarkPluginFrontmatter`. */
export function sectionsOf(frontmatter: Record<string, unknown>): Section[] {
	const value = frontmatter[SECTIONS_KEY];
	return Array.isArray(value) ? (value as Section[]) : [];
}

/** The h2 sections with their h3 children, for nested tables of contents. */
export interface TocItem extends Section {
	children: Section[];
}

/** Nests h3 sections under the preceding h2 (an h3 before any h2 becomes a top-level item). */
export function tocTree(sections: readonly Section[]): TocItem[] {
	const tree: TocItem[] = [];
	for (const section of sections) {
		const parent = tree.at(-1);
		if (section.depth === 3 && parent) parent.children.push(section);
		else tree.push({ ...section, children: [] });
	}
	return tree;
}
