/**
 * Gives every h2/h3 a permalink and a copy-link button, and keeps renamed anchors working.
 *
 *   <h2 id="pricing-models">Pricing models</h2>
 * becomes
 *   <div class="heading level-h2">
 *     <span id="old-pricing" class="alias-anchor"></span>      ← one per `aliases: { old-pricing: pricing-models }`
 *     <h2 id="pricing-models">Pricing models</h2>
 *     <span class="heading-tools" data-pagefind-ignore>
 *       <a class="heading-anchor" href="#pricing-models"><span aria-hidden="true">#</span><span class="sr-only">Link to section: Pricing models</span></a>
 *       <button type="button" class="copy-link" data-anchor="pricing-models" aria-label="Copy link to section: Pricing models"></button>
 *     </span>
 *   </div>
 *
 * The tools come after the heading, not inside it, so the heading's accessible name stays clean.
 */
import type { Root, Element, ElementContent } from 'hast';
import type { VFile } from 'vfile';
import { squash, textOf } from '../utils/text';
import type { ContentRulesOptions } from './remark-content-rules';

const el = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
	type: 'element',
	tagName,
	properties,
	children,
});
const text = (value: string): ElementContent => ({ type: 'text', value });

export function rehypeHeadingLinks(options: Pick<ContentRulesOptions, 'include' | 'displayPath' | 'report'>) {
	return (tree: Root, file: VFile) => {
		if (!file.path || !options.include(file.path)) return;
		const frontmatter = (file.data as { astro?: { frontmatter?: { aliases?: Record<string, string> } } }).astro?.frontmatter;
		const aliases = Object.entries(frontmatter?.aliases ?? {});

		const ids = new Set<string>();
		tree.children.forEach((node) => {
			if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) ids.add(String(node.properties.id));
		});
		for (const [from, to] of aliases) {
			const problem = !ids.has(to)
				? `The alias "${from}: ${to}" points at #${to}, but no heading in this chapter has that anchor.`
				: ids.has(from)
					? `The alias "${from}: ${to}" reuses #${from}, which is still the anchor of a heading here.`
					: undefined;
			if (problem) {
				options.report(
					{ file: options.displayPath(file.path), line: undefined, message: problem, fix: 'Point the alias at an existing heading anchor, or remove it from `aliases:`.' },
					file,
				);
			}
		}

		tree.children = tree.children.map((node) => {
			if (node.type !== 'element' || (node.tagName !== 'h2' && node.tagName !== 'h3')) return node;
			const id = String(node.properties.id);
			const title = squash(textOf(node));
			const aliasSpans = aliases
				.filter(([from, to]) => to === id && !ids.has(from))
				.map(([from]) => el('span', { id: from, className: ['alias-anchor'] }));
			return el('div', { className: ['heading', `level-${node.tagName}`] }, [
				...aliasSpans,
				node,
				el('span', { className: ['heading-tools'], dataPagefindIgnore: '' }, [
					el('a', { className: ['heading-anchor'], href: `#${id}` }, [
						el('span', { ariaHidden: 'true' }, [text('#')]),
						el('span', { className: ['sr-only'] }, [text(`Link to section: ${title}`)]),
					]),
					el('button', { type: 'button', className: ['copy-link'], dataAnchor: id, ariaLabel: `Copy link to section: ${title}` }),
				]),
			]);
		});
	};
}
