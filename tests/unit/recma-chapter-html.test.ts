import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { evaluateCompiled as evaluate } from '../support/mdx';
import { HTML_TABLE, recmaChapterHtml } from '../../src/integrations/recma-chapter-html';
import { recmaStaticJson } from '../../src/integrations/recma-static-json';
import { recmaAscii } from '../../src/integrations/recma-ascii';
import { CHAPTER_HTML_FILE, chapterHtml, releaseChapterHtml, takeHtmlTable } from '../../src/integrations/chapter-html';
import { build as viteBuild } from 'vite';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/build-fixture';
import { pathToFileURL } from 'node:url';

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

describe('chapterHtml (the Vite plugin)', () => {
	it('moves a chapter\'s strings into one file, reads them back when the chapter runs, and lets the build release them', async () => {
		// Inside the project, where the test runner loads modules from.
		mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
		const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/chapter-html-'));
		try {
			const strings = ['<p>Say "hi" \u2014 café</p>', '<p>Two</p>'];
			writeFileSync(join(dir, 'chapter.js'), `const ${HTML_TABLE} = JSON.parse(${JSON.stringify(JSON.stringify(strings))});\nexport const html = (i) => ${HTML_TABLE}[i];\n`);
			writeFileSync(join(dir, 'entry.js'), `export { html } from './chapter.js';\n`);
			await viteBuild({
				root: dir,
				configFile: false,
				logLevel: 'silent',
				plugins: [chapterHtml({ root: dir, include: (id) => id.endsWith('/chapter.js') })],
				// As Astro's server build does, which emits the file with its chunks.
				build: { ssr: join(dir, 'entry.js'), ssrEmitAssets: true, outDir: join(dir, 'out'), rollupOptions: { output: { entryFileNames: 'entry.mjs' } } },
			});
			// The strings left the module for the file beside it.
			expect(readFileSync(join(dir, 'out/entry.mjs'), 'utf8')).not.toContain('<p>Two</p>');
			expect(JSON.parse(readFileSync(join(dir, 'out', CHAPTER_HTML_FILE), 'utf8'))).toEqual({ 'chapter.js': strings });

			const chapter = (await import(pathToFileURL(join(dir, 'out/entry.mjs')).href)) as { html: (i: number) => string };
			expect([chapter.html(0), chapter.html(1)]).toEqual(strings);
			// Once released, the strings are gone: a chapter rendering after that is a bug, said as such.
			releaseChapterHtml();
			expect(() => chapter.html(0)).toThrow(/chapter\.js was rendered after the build released the chapters' HTML/);
			// Releasing again (another build in this process, or none rendered) does nothing.
			expect(() => releaseChapterHtml()).not.toThrow();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
