/**
 * Astro's SmartyPants step (straight quotes → curly, `--` → em dash, `...` → …), with the same
 * output as `remark-smartypants` (which Astro runs when `markdown.smartypants` is on) but without
 * its cost on text that has nothing to change.
 *
 * remark-smartypants parses the text twice with retext (a full natural-language tree of every word):
 * once for the whole chapter (quotes), then once per text node (dashes, ellipses, backticks). Most
 * text nodes contain none of those characters, and that second pass was ~40% of MDX compile time at
 * 1,000 chapters. Here each retext pass runs only when its input contains a character it can change,
 * so the result is identical, node for node.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);

/** Characters the quotes pass changes. */
const QUOTES = /["']/;
/** What the second pass changes: `--`, ``` `` ```, `''`, and three dots (spaced or not). */
const DASHES_ELLIPSES_BACKTICKS = /--|``|''|\.\s*\.\s*\./;

type AnyNode = { type: string; value?: unknown; name?: unknown };
const isLiteral = (node: AnyNode): node is AnyNode & { value: string } => typeof node.value === 'string';

export function remarkSmartypantsFast() {
	const quotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });
	const rest = retext().use(smartypants, { quotes: false });
	return (tree: Root) => {
		let allText = '';
		const nodes: AnyNode[] = [];
		visit(tree, (node: AnyNode, _index, parent: AnyNode | undefined) => {
			const included =
				parent &&
				(parent.type !== 'mdxJsxTextElement' || (typeof parent.name === 'string' && !IGNORED_HTML_ELEMENTS.has(parent.name))) &&
				VISITED_NODES.has(node.type) &&
				(isLiteral(node) || BLOCK_NODES.has(node.type));
			if (!included) return;
			if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			else allText += ' ';
			nodes.push(node);
		});
		if (QUOTES.test(allText)) allText = quotes.processSync(allText).toString();
		let start = 0;
		for (const node of nodes) {
			if (isLiteral(node)) {
				const end = start + node.value.length;
				if (node.type === 'text') {
					const text = allText.slice(start, end);
					node.value = DASHES_ELLIPSES_BACKTICKS.test(text) ? rest.processSync(text).toString() : text;
				}
				start = end;
			} else start += 1;
		}
	};
}
