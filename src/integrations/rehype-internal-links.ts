/**
 * Makes links written for a site at `/` work under any base path, with directory URLs.
 *
 *   [PSA](/msp-toolbox/#professional-services-automation-psa)   base "/handbook/"
 *   → <a href="/handbook/msp-toolbox/#professional-services-automation-psa">
 *   [Glossary](/glossary)  → <a href="/handbook/glossary/">
 *
 * Images from public/ (`![Logo](/logo.svg)`) get the base path too. Links to other sites are left
 * as they are, minus any `target`: they open in the same tab.
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { withBase } from '../utils/urls';

export function rehypeInternalLinks(options: { base: string; include: (path: string) => boolean }) {
	return (tree: Root, file: VFile) => {
		if (!file.path || !options.include(file.path)) return;
		visit(tree, 'element', (node) => {
			if (node.tagName === 'img' && typeof node.properties.src === 'string' && /^\/(?!\/)/.test(node.properties.src)) {
				node.properties.src = `${options.base.replace(/\/$/, '')}${node.properties.src}`;
				return;
			}
			if (node.tagName !== 'a') return;
			delete node.properties.target;
			const href = node.properties.href;
			if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
			node.properties.href = withBase(options.base, href);
		});
	};
}
