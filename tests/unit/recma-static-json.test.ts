import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { evaluateCompiled as evaluate } from '../support/mdx';
import { recmaStaticJson } from '../../src/integrations/recma-static-json';

const SOURCE = [
	'export const frontmatter = { title: "T", order: 3, draft: false, tags: ["a", "b"], sections: [{ id: "x", depth: 2, summary: null }, { "id": "y", depth: 3.5 }] };',
	'export const small = { q: "Why?", "set:html": "<p>Because.</p>" };',
	'export const mixed = { list: [1, 2, { a: 1 }], when: new Date(0), re: /x/ };',
	'export const holes = [[1], [2], [, 3]];',
	'export function getHeadings() { return [{ depth: 2, slug: "a", text: "A" }, { depth: 3, slug: "b", text: "B" }]; }',
	'',
	'# Title',
].join('\n');

describe('recmaStaticJson', () => {
	it('writes large constant literals as JSON.parse, with the same values, and leaves the rest', async () => {
		const plain = String(await compile(SOURCE, { outputFormat: 'function-body' }));
		const json = String(await compile(SOURCE, { outputFormat: 'function-body', recmaPlugins: [recmaStaticJson] }));
		expect(json.match(/JSON\.parse\(/g)).toHaveLength(2); // frontmatter and getHeadings' list
		expect(json).toContain('q: "Why?"'); // one object: stays a literal
		expect(json).toMatch(/list: \[1, 2, \{/); // holds a Date and a RegExp
		expect(json).toMatch(/\[, 3\]/); // an array hole is not JSON
		expect(await evaluate(json)).toEqual(await evaluate(plain));
	});

	it('leaves a module that has its own JSON alone', async () => {
		const source = 'export const JSON = { parse: () => 1 };\nexport const data = [[1], [2], [3]];';
		expect(String(await compile(source, { recmaPlugins: [recmaStaticJson] }))).not.toContain('JSON.parse(');
	});
});
