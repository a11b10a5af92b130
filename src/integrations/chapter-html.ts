/**
 * Keeps the chapters' text out of Rollup during `astro build`.
 *
 * A compiled chapter holds its text as HTML strings, gathered into one constant by
 * `recma-chapter-html.ts`. Rollup keeps every module's code, the value and the raw text of each
 * string literal in its syntax tree, and the rendered chunk, until the server bundle is written:
 * at 1,000 chapters that was about 250 MB of the build's peak, and time spent parsing and
 * rendering text no JavaScript tool needs to look at. This Vite plugin takes that one string out
 * of each chapter's module as soon as it is compiled, and the module reads it back when it runs:
 *
 *     import { chapterHtml } from 'virtual:handbook/chapter-html';
 *     const __handbookHtml = chapterHtml("content/chapters/psa.mdx");
 *
 * The strings of every chapter go into one file that Rollup emits beside the server chunks
 * (`CHAPTER_HTML_FILE`, found from the chunk with `import.meta.ROLLUP_FILE_URL_…`); it is read
 * once, when the first chapter renders. The file is the server build's, like its chunks, and
 * the integration deletes it once the pages are written. The pages are the same, byte for byte.
 *
 * A chapter's module holds a view of its strings, not the strings: a module is never unloaded,
 * and the text of every chapter (~65 MB at 1,000 chapters) would otherwise stay in memory beside
 * Pagefind for the rest of the build. `releaseChapterHtml()` drops it once the pages are written.
 *
 * Server build only: the dev server compiles chapters on demand and keeps the constant inline.
 */
import type { Plugin } from 'vite';
import { relative } from 'node:path';
import { HTML_TABLE } from './recma-chapter-html';

/** Where the chapters' strings are written in the server build's output (deleted after rendering). */
export const CHAPTER_HTML_FILE = '.chapter-html.json';

const MODULE = 'virtual:handbook/chapter-html';
const RESOLVED = `\0${MODULE}`;
const DECLARATION = `const ${HTML_TABLE} = JSON.parse(`;
/** Where the server build's module puts its release function (the bundle runs in this process). */
const RELEASE = Symbol.for('handbook:chapter-html:release');

/**
 * Lets the chapters' text be collected: every page is written, so no chapter reads it again. A
 * no-op when no chapter was rendered (a dev server, a build that failed before rendering).
 */
export function releaseChapterHtml(): void {
	const release = (globalThis as { [RELEASE]?: () => void })[RELEASE];
	delete (globalThis as { [RELEASE]?: () => void })[RELEASE];
	release?.();
}

/**
 * Cuts the HTML table out of a compiled module: the module with `read` in its place, and the
 * table as JSON text. Undefined if the module has no table.
 */
export function takeHtmlTable(code: string, read: string): { code: string; json: string } | undefined {
	const start = code.indexOf(DECLARATION);
	if (start === -1) return undefined;
	const open = start + DECLARATION.length;
	if (code[open] !== '"') throw new Error(`The ${HTML_TABLE} constant is not JSON.parse("…") of one string literal.`);
	// The literal ends at the first quote not escaped by an odd run of backslashes.
	let close = open;
	for (;;) {
		close = code.indexOf('"', close + 1);
		if (close === -1) throw new Error(`The string of the ${HTML_TABLE} constant is not closed.`);
		let slashes = 0;
		while (code[close - 1 - slashes] === '\\') slashes++;
		if (slashes % 2 === 0) break;
	}
	const end = code.indexOf(';', close);
	if (end === -1 || code.slice(close + 1, end).trim() !== ')') throw new Error(`The ${HTML_TABLE} constant is not JSON.parse("…") of one string literal.`);
	// recma-static-json writes the literal with JSON.stringify, and recma-ascii keeps it JSON (\u escapes).
	const json = JSON.parse(code.slice(open, close + 1)) as unknown;
	if (typeof json !== 'string') throw new Error(`The ${HTML_TABLE} constant is not JSON.parse of a string.`);
	return { code: `${code.slice(0, start)}const ${HTML_TABLE} = ${read};${code.slice(end + 1)}`, json };
}

export interface ChapterHtmlOptions {
	root: string;
	/** The compiled chapters to take the text out of (module ids). */
	include: (id: string) => boolean;
}

export function chapterHtml({ root, include }: ChapterHtmlOptions): Plugin {
	let ssr = false;
	/** Each chapter's table as JSON text, by the chapter's path from the project root. */
	const tables = new Map<string, string>();
	let file: string | undefined;
	return {
		name: 'handbook:chapter-html',
		apply: 'build',
		// After @astrojs/mdx has compiled the chapter and added its exports.
		enforce: 'post',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		buildStart() {
			tables.clear();
			file = undefined;
		},
		resolveId(id) {
			return ssr && id === MODULE ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			if (!file) this.error('No chapter was compiled before its HTML was imported.');
			return [
				`import { readFileSync } from 'node:fs';`,
				`let tables;`,
				`let released = false;`,
				`globalThis[Symbol.for(${JSON.stringify(RELEASE.description)})] = () => { tables = undefined; released = true; };`,
				`function table(chapter) {`,
				`\tif (released) throw new Error(\`\${chapter} was rendered after the build released the chapters' HTML.\`);`,
				`\ttables ??= JSON.parse(readFileSync(new URL(import.meta.ROLLUP_FILE_URL_${file}), 'utf8'));`,
				`\tconst strings = tables[chapter];`,
				`\tif (!strings) throw new Error(\`The build wrote no HTML for \${chapter} into ${CHAPTER_HTML_FILE}.\`);`,
				`\treturn strings;`,
				`}`,
				`// The chapter reads its strings by index; the view keeps none of them alive.`,
				`export function chapterHtml(chapter) {`,
				`\ttable(chapter);`,
				`\treturn new Proxy([], { get: (_, index) => table(chapter)[index] });`,
				`}`,
			].join('\n');
		},
		transform(code, id) {
			if (!ssr || !include(id)) return undefined;
			const chapter = relative(root, id).split('\\').join('/');
			const taken = takeHtmlTable(code, `__handbookChapterHtml(${JSON.stringify(chapter)})`);
			if (!taken) return undefined;
			file ??= this.emitFile({ type: 'asset', fileName: CHAPTER_HTML_FILE });
			tables.set(chapter, taken.json);
			return { code: `import { chapterHtml as __handbookChapterHtml } from '${MODULE}';\n${taken.code}`, map: null };
		},
		buildEnd(error) {
			if (file && !error) this.setAssetSource(file, `{${Array.from(tables, ([chapter, table]) => `${JSON.stringify(chapter)}:${table}`).join(',')}}`);
			tables.clear();
		},
	};
}
