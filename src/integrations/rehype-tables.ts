/**
 * Wraps each table in a focusable, labelled region that scrolls sideways on narrow screens, so a
 * wide comparison never breaks the page layout and can be scrolled from the keyboard.
 *
 *   <table><thead><tr><th>Model</th><th>Charge</th>…
 *   → <div class="table-scroll" role="region" tabindex="0" aria-label="Table: Model, Charge"><table>…</table></div>
 */
import type { Root, Element } from 'hast';
import { squash, textOf } from '../utils/text';

export function rehypeTables(options: { include: (path: string) => boolean }) {
	return (tree: Root, file: { path?: string }) => {
		if (!file.path || !options.include(file.path)) return;
		const wrap = (parent: { children: Root['children'] }) => {
			parent.children = parent.children.map((node) => {
				if (node.type !== 'element') return node;
				if (node.tagName !== 'table') {
					wrap(node as unknown as { children: Root['children'] });
					return node;
				}
				const headers: string[] = [];
				const collect = (el: Element) =>
					el.children.forEach((child) => {
						if (child.type !== 'element') return;
						if (child.tagName === 'th' && headers.length < 3) headers.push(squash(textOf(child)));
						else if (child.tagName === 'thead' || child.tagName === 'tr') collect(child);
					});
				collect(node);
				const label = headers.length ? `Table: ${headers.join(', ')}` : 'Table';
				return {
					type: 'element',
					tagName: 'div',
					properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: label },
					children: [node],
				} satisfies Element;
			});
		};
		wrap(tree);
	};
}
