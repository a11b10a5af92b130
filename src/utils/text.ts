/**
 * Plain text from Markdown/HTML trees and short summaries from it.
 */

interface AnyNode {
	type: string;
	value?: unknown;
	children?: AnyNode[];
	properties?: Record<string, unknown>;
}

/** Concatenated text of a unist node (mdast or hast, MDX nodes included). */
export function textOf(node: AnyNode): string {
	if (typeof node.value === 'string' && node.type !== 'mdxjsEsm' && node.type !== 'mdxFlowExpression') {
		return node.type === 'mdxTextExpression' ? '' : node.value;
	}
	return node.children ? node.children.map(textOf).join('') : '';
}

/** Collapses runs of whitespace and trims. */
export function squash(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/**
 * The first sentences of `text` that fit in `max` characters (at least one sentence, cut at a word
 * boundary with an ellipsis if even the first is too long). `maxSentences` caps the count.
 */
export function firstSentences(text: string, max: number, maxSentences = 2): string {
	const clean = squash(text);
	// A sentence ends at . ! or ? followed by a space and an uppercase letter, digit or quote,
	// but not after a common abbreviation such as "e.g.".
	const sentences = clean.split(/(?<=[.!?])(?<!\b(?:[eE]\.g|[iI]\.e|etc|vs|incl|approx)\.)\s+(?=["“(A-Z0-9])/);
	let out = '';
	for (const sentence of sentences.slice(0, maxSentences)) {
		const next = out ? `${out} ${sentence}` : sentence;
		if (next.length > max) break;
		out = next;
	}
	if (out) return out;
	const cut = clean.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:.-]+$/, '')}…`;
}

/** Reading time in whole minutes (at least 1) for MDX source, at 220 words a minute. */
export function readingMinutes(source: string): number {
	const prose = source
		.replace(/^---[\s\S]*?---/, ' ') // frontmatter
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ') // JSX and HTML tags (their text children stay)
		.replace(/[#>*_`|[\]()-]/g, ' ');
	const words = prose.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
	return Math.max(1, Math.round(words / 220));
}
