/**
 * Astro's SmartyPants step (straight quotes → curly, `--` → em dash, `...` → …), with the same
 * output as `remark-smartypants` (which Astro runs when `markdown.smartypants` is on) but without
 * most of its cost.
 *
 * remark-smartypants parses the text twice with retext (a full natural-language tree of every word):
 * once for the whole chapter (quotes), then once per text node (dashes, ellipses, backticks).
 *
 * Second pass: most text nodes contain none of those characters, so retext runs only on a node that
 * contains one (it changes nothing else).
 *
 * Quotes pass: nearly every chapter has an apostrophe or a quotation, so it parsed every chapter.
 * retext-smartypants decides each lone `'`/`"` from its neighbours in parse-latin's tree: the previous
 * sibling's type (or none), the next sibling's type and text, the type of the one after. For the
 * quotes prose is made of, the characters either side fix those, whatever the rest of the text:
 *
 * - Followed by white space or the end, not doubled (`''` is one token retext leaves alone): closing.
 *   The next sibling is white space or nothing, which leaves only retext's "closing" branches.
 * - After a letter or digit, not followed by a quote (`don't`, `MSP's`, `pay".`): closing. The previous
 *   sibling is the word (or, inside a merged word like `don't`, the text) ending in that letter, as
 *   parse-latin never starts a sentence or word between a word and the quote after it; the next
 *   sibling does not start with a quote, so the "nested quotes" branch can't apply.
 * - After white space, the start, or `(`/`[`/`{`, before a word (` "We`, `("we`): opening. The previous
 *   sibling is that white space or bracket, or nothing (a sentence's leading space is moved out of
 *   it); the next is the word. Left to retext: a decade (`'80s` closes, but only if nothing is merged
 *   into the word) and a lone `'s` (closes at a sentence's start).
 *
 * When every quote of a chapter matches one of those they are replaced directly; otherwise (a quote
 * after or before other punctuation, doubled, next to a non-Latin letter) the unchanged text goes
 * through retext exactly as before. Letters and digits are Latin ones that parse-latin tokenises as
 * word characters; tests/unit/smartypants.test.ts checks that against its own expressions, and the
 * output against remark-smartypants.
 */
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const VISITED_NODES = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);
const BLOCK_NODES = new Set(['paragraph', 'heading', 'tableCell']);

/** Characters the quotes pass changes. */
const QUOTES = /["']/g;
/** What the second pass changes: `--`, ``` `` ```, `''`, and three dots (spaced or not). */
const DASHES_ELLIPSES_BACKTICKS = /--|``|''|\.\s*\.\s*\./;
/** parse-latin's white space (its `whiteSpace` expression). */
export const WHITE_SPACE = /[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
/** Letters and digits that parse-latin tokenises as word characters: ASCII, Latin-1, Latin Extended-A/B. */
export const WORD = /[0-9A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
const OPENING_BRACKETS = new Set(['(', '[', '{']);

/**
 * What retext-smartypants turns the quote at `text[i]` into, when the characters around it decide it
 * (see the header comment); `undefined` when only the whole parse can.
 */
function curlQuote(text: string, i: number): string | undefined {
	const quote = text.charAt(i);
	const [open, close] = quote === '"' ? ['“', '”'] : ['‘', '’'];
	const previous = text.charAt(i - 1); // '' at the start
	const next = text.charAt(i + 1); // '' at the end
	if (previous === quote) return undefined; // `''` or `""`: one token, not a quote to retext
	if (next === '' || WHITE_SPACE.test(next)) return close;
	if (next === '"' || next === "'") return undefined;
	if (WORD.test(previous)) return close;
	const afterSpace = previous === '' || WHITE_SPACE.test(previous);
	if (!WORD.test(next) || !(afterSpace || OPENING_BRACKETS.has(previous))) return undefined;
	let end = i + 1;
	while (WORD.test(text.charAt(end))) end++;
	const word = text.slice(i + 1, end);
	// The next sibling's text is `word`, then the rest of its token and whatever parse-latin merges into
	// it (all outside WORD); so it is a decade, or `s`, only if `word` is and nothing follows it.
	if (/^\d\ds$/.test(word)) return end === text.length || WHITE_SPACE.test(text.charAt(end)) ? close : undefined;
	if (afterSpace && quote === "'" && word === 's') return undefined;
	return open;
}

/** `text` with every quote curled, or `undefined` if one of them needs retext's whole parse. */
export function curlQuotes(text: string): string | undefined {
	let out = '';
	let from = 0;
	for (const match of text.matchAll(QUOTES)) {
		const curled = curlQuote(text, match.index);
		if (curled === undefined) return undefined;
		out += text.slice(from, match.index) + curled;
		from = match.index + 1;
	}
	return out + text.slice(from);
}

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
		allText = curlQuotes(allText) ?? quotes.processSync(allText).toString();
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
