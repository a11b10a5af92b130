import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { evaluateCompiled as evaluate } from '../support/mdx';
import { HTML_TABLE, recmaChapterHtml } from '../../src/integrations/recma-chapter-html';
import { recmaStaticJson } from '../../src/integrations/recma-static-json';
import { recmaAscii } from '../../src/integrations/recma-ascii';
import { takeHtmlTable } from '../../src/integrations/chapter-html';

// `set:html` props as @astrojs/mdx's `optimize` writes them, with quotes, backslashes and non-ASCII text.
const SOURCE = [
	'export const frontmatter = { title: "T", sections: [{ id: "a", depth: 2 }, { id: "b", depth: 3 }] };',
	'export const parts = [',
	'  { "set:html": "<p>Say \\"hi\\" \\u2014 C:\\\\path\\\\</p>" },',
	'  { "set:html": "<p>Say \\"hi\\" \\u2014 C:\\\\path\\\\</p>" },',
	'  { q: "Why?", "set:html": "<p>Because.</p>" },',
	'  { "set:html": 3 },',
	'];',
	'',
	'# Title',
].join('\n');

const PLUGINS = [recmaChapterHtml, recmaStaticJson, recmaAscii];
const build = (source: string, recmaPlugins: unknown[] = PLUGINS) => compile(source, { outputFormat: 'function-body', recmaPlugins: recmaPlugins as never }).then(String);

describe('recmaChapterHtml', () => {
	it('gathers the set:html strings into one JSON constant, once each, with the same values', async () => {
		const plain = await build(SOURCE, []);
		const gathered = await build(SOURCE);
		expect(gathered).toContain(`const ${HTML_TABLE} = JSON.parse(`);
		expect(gathered).toContain(`"set:html": ${HTML_TABLE}[0]`);
		expect(gathered).toContain(`"set:html": ${HTML_TABLE}[1]`);
		expect(gathered).not.toContain(`${HTML_TABLE}[2]`); // the repeated string is stored once
		expect(gathered).toContain('"set:html": 3'); // not a string: stays
		expect(gathered).not.toContain('Because.</p>",'); // no HTML left in the props
		expect(await evaluate(gathered)).toEqual(await evaluate(plain));
	});

	it('still lets recma-static-json write the frontmatter as JSON', async () => {
		const gathered = await build(SOURCE);
		expect(gathered.match(/JSON\.parse\(/g)).toHaveLength(2); // the table and the frontmatter
		expect(gathered).not.toMatch(/frontmatter = \{/);
	});

	it('leaves a module that has a name of its own or its own JSON alone', async () => {
		const own = `export const ${HTML_TABLE} = 1;\nexport const part = { "set:html": "<p>x</p>" };`;
		expect(await build(own)).not.toContain('JSON.parse(');
		const json = 'export const JSON = { parse: () => 1 };\nexport const part = { "set:html": "<p>x</p>" };';
		expect(await build(json)).not.toContain('JSON.parse(');
	});
});

describe('takeHtmlTable', () => {
	it('cuts the table out of the module and puts the read in its place', async () => {
		const gathered = await build(SOURCE);
		const taken = takeHtmlTable(gathered, 'readTable()');
		expect(taken).toBeDefined();
		const { code, json } = taken!;
		expect(code).toContain(`const ${HTML_TABLE} = readTable();`);
		expect(code).not.toContain('<p>');
		expect(JSON.parse(json)).toEqual(['<p>Say "hi" \u2014 C:\\path\\</p>', '<p>Because.</p>']);
		// The module, reading the table back, has the same values as the one that held it.
		const reading = code.replace('readTable()', `JSON.parse(${JSON.stringify(json)})`);
		expect(await evaluate(reading)).toEqual(await evaluate(gathered));
	});

	it('leaves a module without a table, and refuses one it cannot read', () => {
		expect(takeHtmlTable('export const a = 1;', 'x')).toBeUndefined();
		expect(() => takeHtmlTable(`const ${HTML_TABLE} = JSON.parse(text);`, 'x')).toThrow(/one string literal/);
		expect(() => takeHtmlTable(`const ${HTML_TABLE} = JSON.parse("[\\"a\\"]`, 'x')).toThrow(/one string literal|not closed/);
		expect(() => takeHtmlTable(`const ${HTML_TABLE} = JSON.parse("[1]") + 1;`, 'x')).toThrow(/one string literal/);
	});
});
