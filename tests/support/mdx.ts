/**
 * Compiles MDX the way the site does (remark-gfm, the handbook's plugins, Astro's heading ids) but
 * in memory, so unit tests can look at the tree, the sections and the reported problems quickly.
 */
import { compile, run } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import { remarkContentRules } from '../../src/integrations/remark-content-rules';
import { rehypeSections } from '../../src/integrations/rehype-sections';
import { rehypeHeadingLinks } from '../../src/integrations/rehype-heading-links';
import { rehypeInternalLinks } from '../../src/integrations/rehype-internal-links';
import { rehypeTables } from '../../src/integrations/rehype-tables';
import { sectionsOf, type Section } from '../../src/utils/sections';
import type { Diagnostic } from '../../src/utils/diagnostics';

export interface Compiled {
	code: string;
	sections: Section[];
	diagnostics: Diagnostic[];
}

/** Compiles `source` as if it were `content/chapters/<name>.mdx`. */
export async function compileChapter(
	source: string,
	{ name = 'test', glossaryIds = ['psa', 'rmm'], base = '/', frontmatter = {} as Record<string, unknown> } = {},
): Promise<Compiled> {
	const diagnostics: Diagnostic[] = [];
	const shared = {
		include: () => true,
		displayPath: () => `content/chapters/${name}.mdx`,
		report: (d: Diagnostic) => diagnostics.push(d),
	};
	const file = new VFile({ path: `/project/content/chapters/${name}.mdx`, value: source });
	file.data = { astro: { frontmatter: { ...frontmatter } } };
	const result = await compile(file, {
		remarkPlugins: [remarkGfm, [remarkContentRules, { ...shared, glossaryIds: () => new Set(glossaryIds) }]],
		rehypePlugins: [
			rehypeHeadingIds,
			[rehypeSections, shared],
			[rehypeHeadingLinks, shared],
			[rehypeInternalLinks, { base, include: shared.include }],
			[rehypeTables, shared],
		],
		jsx: true,
	});
	const data = result.data as { astro?: { frontmatter?: Record<string, unknown> } };
	return { code: String(result), sections: sectionsOf(data.astro?.frontmatter ?? {}), diagnostics };
}

/** A JSX runtime that returns plain objects, so two compiled modules can be compared by value. */
const plainRuntime = {
	Fragment: 'Fragment',
	jsx: (type: unknown, props: unknown) => ({ type, props }),
	jsxs: (type: unknown, props: unknown) => ({ type, props }),
};

/**
 * Runs a module compiled with `@mdx-js/mdx` (`outputFormat: 'function-body'`) and returns its
 * exports by value: functions (the content, `getHeadings`) are called, so two compiles of one
 * source can be compared with `toEqual`.
 */
export async function evaluateCompiled(code: string): Promise<Record<string, unknown>> {
	const exports = await run(code, { ...plainRuntime, baseUrl: import.meta.url });
	return Object.fromEntries(Object.entries(exports).map(([name, value]) => [name, typeof value === 'function' ? (value as (props: object) => unknown)({}) : value]));
}
