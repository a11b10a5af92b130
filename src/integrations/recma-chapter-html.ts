/**
 * Gathers the HTML strings of a compiled chapter into one constant at the top of its module:
 *
 *     const __handbookHtml = JSON.parse("[\"<p>…</p>\", …]");
 *
 * and makes each `set:html` value read its entry (`__handbookHtml[3]`). Those strings are the
 * static parts of the chapter that `@astrojs/mdx`'s `optimize` compiles to HTML: nearly all of
 * its text. The module means the same as before; what changes is that the text is now one string
 * in one known place, which the build moves out of the module altogether (`chapter-html.ts`), so
 * Rollup does not parse, model and render a thousand chapters' text.
 */
import type { Program } from 'estree';
import { hasIdentifier, jsonParse, type Node } from './recma-static-json';

/** The constant's name; a module that already uses it is left as it is. */
export const HTML_TABLE = '__handbookHtml';

/** Replaces each `"set:html": "…"` property value under `node` with a read of the table. */
function gather(node: Node, table: Map<string, number>): void {
	if (node.type === 'Property' && !node.computed && node.kind === 'init') {
		const key = node.key as Node;
		const value = node.value as Node;
		if (key.type === 'Literal' && key.value === 'set:html' && value.type === 'Literal' && typeof value.value === 'string') {
			let index = table.get(value.value);
			if (index === undefined) table.set(value.value, (index = table.size));
			node.value = {
				type: 'MemberExpression',
				computed: true,
				optional: false,
				object: { type: 'Identifier', name: HTML_TABLE },
				property: { type: 'Literal', value: index, raw: String(index) },
			};
			return;
		}
	}
	for (const key of Object.keys(node)) {
		if (key === 'position' || key === 'loc' || key === 'range') continue;
		const child = node[key];
		for (const item of Array.isArray(child) ? child : [child]) if (item && typeof item === 'object') gather(item as Node, table);
	}
}

export function recmaChapterHtml() {
	return (tree: Program) => {
		const program = tree as unknown as Node;
		if (hasIdentifier(program, 'JSON', true) || hasIdentifier(program, HTML_TABLE)) return;
		const table = new Map<string, number>();
		gather(program, table);
		if (!table.size) return;
		const body = program.body as Node[];
		let at = 0;
		while (body[at]?.type === 'ImportDeclaration') at++;
		body.splice(at, 0, {
			type: 'VariableDeclaration',
			kind: 'const',
			declarations: [{ type: 'VariableDeclarator', id: { type: 'Identifier', name: HTML_TABLE }, init: jsonParse([...table.keys()]) }],
		});
	};
}
