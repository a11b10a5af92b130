import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkSmartypants from 'remark-smartypants';
import { retext } from 'retext';
import smartypants from 'retext-smartypants';
import type { Root } from 'mdast';
import { WHITE_SPACE, WORD, curlQuotes, remarkSmartypantsFast } from '../../src/integrations/remark-smartypants-fast';

const parser = unified().use(remarkParse).use(remarkMdx);
const originalProcessor = unified().use(remarkSmartypants);
const original = (tree: Root) => void originalProcessor.runSync(tree);
const fast = remarkSmartypantsFast();
const retextQuotes = retext().use(smartypants, { ellipses: false, dashes: false, backticks: false });

/** Every text value of the document after `transform`, in order. */
function texts(markdown: string, transform: (tree: Root) => void): string[] {
	const tree = parser.parse(markdown);
	transform(tree);
	const out: string[] = [];
	const walk = (node: { value?: unknown; children?: unknown[] }) => {
		if (typeof node.value === 'string') out.push(node.value);
		for (const child of node.children ?? []) walk(child as typeof node);
	};
	walk(tree);
	return out;
}

/** Prose whose quotes are all curled without retext's parse. */
const DECIDED = [
	"MSP's tools don't bill. The vendors' margins aren't set.",
	'He said "pay as you go" and left.',
	'"We bill monthly," a partner said. "We always have."',
	'Tiers ("we call them plans") are common.',
	"Rock from the '80s and the '90s today.",
	"Café's menu, naïve users' 'quoted' words.",
	'Ends with a quote."',
];

/** Prose with a quote the characters around it don't decide: retext parses it, as before. */
const UNDECIDED = [
	'He said, "\'Quoted\' words in a larger quote."',
	'End of sentence."Next one starts right after.',
	"Plural possessive 's on its own.",
	"Decades: the '80s-style, the '90s.",
	'A dash-"quoted" word.',
	"Two apostrophes '' make a closing quote.",
	'"...and then" it ended.',
	"Greek λόγος's apostrophe.",
];

/** Quotes across inline nodes, in code, and at the start of blocks. */
const MARKDOWN = [
	'A "quoted *emphasis*" and [a "link"](/x) and `"code"` here.',
	'# "Heading" quote\n\n"Paragraph" start\n\n| a | b |\n| - | - |\n| "cell" | it\'s |',
	'- "item" one\n- it\'s two\n\n> "quoted" block',
	'<span>"jsx"</span> and <style>{"x"}</style> text\'s',
];

describe('remarkSmartypantsFast', () => {
	it.each([...DECIDED, ...UNDECIDED, ...MARKDOWN])('matches remark-smartypants on %j', (markdown) => {
		expect(texts(markdown, fast)).toEqual(texts(markdown, original));
	});

	it('curls the quotes of ordinary prose without parsing it', () => {
		for (const markdown of DECIDED) expect(curlQuotes(` ${markdown}`), markdown).toBeDefined();
		for (const markdown of UNDECIDED) expect(curlQuotes(` ${markdown}`), markdown).toBeUndefined();
	});

	it('curls apostrophes, openings and closings the way retext does', () => {
		expect(curlQuotes(` "We don't," she said ("it's '80s tech").`)).toBe(` “We don’t,” she said (“it’s ’80s tech”).`);
	});

	it('agrees with retext on every quote it decides, in random text', () => {
		let seed = 1;
		const random = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000;
		const pieces = ['a', 's', 'We', 'don', '80s', '8', 'etc', 'é', 'λ', ' ', ' ', '\n', '\n\n', "'", "'", '"', '"', '.', ',', '!', '(', ')', '-', '&', '/', '’', '…'];
		let decided = 0;
		for (let n = 0; n < 2000; n++) {
			let text = '';
			for (let length = 1 + Math.floor(random() * 20); length > 0; length--) text += pieces[Math.floor(random() * pieces.length)];
			const curled = curlQuotes(text);
			if (curled === undefined) continue;
			decided++;
			expect(curled, text).toBe(retextQuotes.processSync(text).toString());
		}
		expect(decided).toBeGreaterThan(200);
	});

	it("classifies characters as parse-latin does: WHITE_SPACE is its white space, WORD only its word characters", async () => {
		// parse-latin exports only its parser; its expressions are read from the file.
		const expressionsUrl = new URL('../../node_modules/parse-latin/lib/expressions.js', import.meta.url).href;
		const latin = (await import(/* @vite-ignore */ expressionsUrl)) as Record<'whiteSpace' | 'punctuation' | 'word', RegExp>;
		for (let code = 0; code < 0x10000; code++) {
			const char = String.fromCharCode(code);
			expect(WHITE_SPACE.test(char), `U+${code.toString(16)}`).toBe(latin.whiteSpace.test(char));
			if (WORD.test(char)) expect(!latin.whiteSpace.test(char) && !latin.punctuation.test(char) && latin.word.test(char), `U+${code.toString(16)}`).toBe(true);
		}
	});
});
