/**
 * Collects a chapter's h2/h3 sections — id, title and first sentences — into its frontmatter
 * (`remarkPluginFrontmatter.sections`), and reports two headings that would get the same id.
 *
 *   <h2 id="pricing-models">Pricing models</h2><p>MSPs charge … Most bill monthly. …</p>
 *   → sections: [{ id: 'pricing-models', depth: 2, title: 'Pricing models', summary: 'MSPs charge … Most bill monthly.' }]
 *
 * Runs after Astro's `rehypeHeadingIds`, so the ids are the ones the page uses.
 */
import type { Root, Element, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { headingId } from '../utils/slug';
import { firstSentences, squash, textOf } from '../utils/text';
import { SECTIONS_KEY, SUMMARY_MAX, type Section } from '../utils/sections';
import type { ContentRulesOptions } from './remark-content-rules';

const HEADING = /^h([1-6])$/;

const headingDepth = (node: RootContent): number =>
	node.type === 'element' ? Number(HEADING.exec(node.tagName)?.[1] ?? 0) : 0;

export function rehypeSections(options: Pick<ContentRulesOptions, 'include' | 'displayPath' | 'report'>) {
	return (tree: Root, file: VFile) => {
		if (!file.path || !options.include(file.path)) return;
		const nodes = tree.children.filter((node) => node.type !== 'text' || node.value.trim());
		const sections: Section[] = [];
		const seen = new Map<string, string>();

		nodes.forEach((node, index) => {
			const depth = headingDepth(node);
			if (!depth) return;
			const heading = node as Element;
			const title = squash(textOf(heading));
			const base = headingId(title);
			if (seen.has(base)) {
				options.report(
					{
						file: options.displayPath(file.path),
						line: heading.position?.start.line,
						message: `Two headings are both called "${title}", so they would share the anchor #${base}.`,
						fix: 'Give each heading its own wording, e.g. add what makes this section different.',
					},
					file,
				);
			}
			seen.set(base, title);
			if (depth !== 2 && depth !== 3) return;

			// The summary is the first paragraph after the heading (or, failing that, the first block).
			let summarySource = '';
			for (const next of nodes.slice(index + 1)) {
				if (headingDepth(next)) break;
				const text = squash(textOf(next as Element));
				if (!text) continue;
				if (next.type === 'element' && next.tagName === 'p') {
					summarySource = text;
					break;
				}
				summarySource ||= text;
			}
			sections.push({
				id: String(heading.properties.id),
				depth,
				title,
				summary: summarySource ? firstSentences(summarySource, SUMMARY_MAX) : title,
			});
		});

		const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
		(astro.frontmatter ??= {})[SECTIONS_KEY] = sections;
	};
}
