/**
 * Writes every string in a compiled MDX module with escapes (`\u2019`) for the characters beyond
 * ASCII, so the module's code is plain ASCII.
 *
 * V8 stores a string with one byte per character only while every character fits in Latin-1; one
 * curly quote from SmartyPants makes the whole module two bytes per character, in every copy Vite
 * and Rollup keep of it during the build and in the module source Node keeps while pages render.
 * The strings' values, and so the pages, are unchanged.
 */
import type { Program } from 'estree';

const NON_ASCII = /[^\x00-\x7f]/g;
const NON_ASCII_TEST = /[^\x00-\x7f]/;
const escape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

type Node = { type?: unknown; [key: string]: unknown };

/** Escapes the strings under `node`; `tagged`: inside a tagged template, whose raw text the tag may read. */
function walk(node: Node, tagged = false): void {
	if (node.type === 'Literal' && typeof node.value === 'string') {
		const raw = typeof node.raw === 'string' ? node.raw : JSON.stringify(node.value);
		if (NON_ASCII_TEST.test(raw)) node.raw = JSON.stringify(node.value).replace(NON_ASCII, escape);
		return;
	}
	if (node.type === 'TemplateElement') {
		// An untagged template only uses the cooked value, which the escapes keep.
		if (!tagged) (node.value as { raw: string }).raw = (node.value as { raw: string }).raw.replace(NON_ASCII, escape);
		return;
	}
	for (const key of Object.keys(node)) {
		if (key === 'position' || key === 'loc' || key === 'range') continue;
		const child = node[key];
		const childTagged = node.type === 'TaggedTemplateExpression' ? key === 'quasi' : tagged && node.type === 'TemplateLiteral';
		for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object') walk(item as Node, childTagged);
	}
}

export function recmaAscii() {
	return (tree: Program) => walk(tree as unknown as Node, false);
}
