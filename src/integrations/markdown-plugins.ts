/**
 * The handbook's Markdown pipeline: the remark and rehype plugins every chapter is compiled with,
 * and the options of `@astrojs/mdx`. One definition, used by the Astro config (through the
 * handbook integration) and by the MDX compile workers (`mdx-worker.ts`), so both compile a
 * chapter the same way.
 */
import type { AstroUserConfig } from 'astro';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { join, relative, sep } from 'node:path';
import type { VFile } from 'vfile';
import { remarkContentRules, type ContentRulesOptions } from './remark-content-rules';
import { rehypeSections } from './rehype-sections';
import { rehypeHeadingLinks } from './rehype-heading-links';
import { rehypeInternalLinks } from './rehype-internal-links';
import { rehypeTables } from './rehype-tables';
import { remarkSmartypantsFast } from './remark-smartypants-fast';
import { recmaAscii } from './recma-ascii';
import { recmaStaticJson } from './recma-static-json';
import { recmaChapterHtml } from './recma-chapter-html';
import { readGlossary } from '../utils/glossary';
import type { Diagnostic } from '../utils/diagnostics';

/**
 * Options of the `@astrojs/mdx` integration (astro.config.mjs passes them to `mdx()`): static
 * parts compiled to HTML strings and gathered into one constant (recma-chapter-html.ts), large
 * constants written as JSON (recma-static-json.ts) and strings in ASCII (recma-ascii.ts), which
 * keeps a large handbook's build small in memory.
 */
export const MDX_OPTIONS = { optimize: true, recmaPlugins: [recmaChapterHtml, recmaStaticJson, recmaAscii] };

export interface MarkdownPluginsOptions {
	/** Project root, for the paths in messages. */
	root: string;
	/** Folder holding `chapters/` and `glossary.yaml`. */
	contentDir: string;
	/** Base path the site is served under (`/`, `/handbook/`). */
	basePath: string;
	/** Receives every content problem found while compiling. */
	report: (diagnostic: Diagnostic, file: VFile) => void;
}

type AstroMarkdown = NonNullable<AstroUserConfig['markdown']>;
export type MarkdownConfig = Required<Pick<AstroMarkdown, 'gfm' | 'smartypants' | 'remarkPlugins' | 'rehypePlugins'>>;

/** Astro `markdown` settings: remark-gfm and SmartyPants run as our plugins, so Astro's are off. */
export function markdownConfig({ root, contentDir, basePath, report }: MarkdownPluginsOptions): MarkdownConfig {
	const chaptersDir = join(contentDir, 'chapters') + sep;
	const glossaryPath = join(contentDir, 'glossary.yaml');
	const glossaryFile = relative(root, glossaryPath);
	// The set of ids of each parsed glossary (readGlossary re-parses only when the file changed).
	const idSets = new WeakMap<object, ReadonlySet<string>>();
	const glossaryIds = () => {
		const parsed = readGlossary(glossaryPath, glossaryFile);
		let ids = idSets.get(parsed);
		if (!ids) idSets.set(parsed, (ids = new Set(parsed.entries.map((e) => e.id))));
		return ids;
	};
	const shared: Pick<ContentRulesOptions, 'include' | 'displayPath' | 'report'> = {
		include: (path) => path.startsWith(chaptersDir),
		displayPath: (path) => relative(root, path),
		report,
	};
	return {
		gfm: false, // remark-gfm is configured below, so it runs once
		smartypants: false, // the same output from remarkSmartypantsFast below, ~15× cheaper
		remarkPlugins: [
			remarkSmartypantsFast, // first, where Astro ran its own SmartyPants
			[remarkGfm, { singleTilde: false }],
			[remarkContentRules, { ...shared, glossaryFile, glossaryIds }],
		],
		rehypePlugins: [
			rehypeHeadingIds,
			[rehypeSections, shared],
			[rehypeHeadingLinks, shared],
			[rehypeInternalLinks, { base: basePath, include: shared.include }],
			[rehypeTables, shared],
		],
	};
}
