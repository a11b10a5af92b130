/**
 * The handbook's Astro integration: wires the Markdown plugins and, after a build, checks the
 * whole site and writes the search index. Logic lives in the modules it calls.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownConfig, type MarkdownPluginsOptions } from './markdown-plugins';
import { mdxWorkers } from './mdx-workers';
import { checkBuiltSite, scanSite } from './site-checks';
import { buildSearchIndex } from './pagefind';
import { writeSharePages } from './share-pages';
import { startCardPrerender } from './og-prerender';
import { pagefindDevServer } from './pagefind-dev';
import { ContentError, DiagnosticLog } from '../utils/diagnostics';
import { readGlossary, parseSee } from '../utils/glossary';
import { chapterRecord, glossaryRecord } from '../utils/search-records';
import { searchRecordMode } from '../utils/search-config';
import type { HandbookSettings } from '../settings';

export default function handbook(settings: HandbookSettings): AstroIntegration {
	const log = new DiagnosticLog();
	const root = process.cwd();
	const glossaryPath = join(settings.contentDir, 'glossary.yaml');
	const glossaryFile = relative(root, glossaryPath);
	const glossary = () => readGlossary(glossaryPath, glossaryFile);

	let cacheDir = join(root, 'node_modules/.astro');
	let astroConfig: AstroConfig | undefined;

	return {
		name: 'handbook',
		hooks: {
			'astro:config:done': ({ config }) => {
				astroConfig = config;
				cacheDir = fileURLToPath(config.cacheDir);
			},

			// Link-preview cards depend on frontmatter only: draw them on the other core while Vite
			// compiles the chapters; the /og/ route then copies finished PNGs (see og-prerender.ts).
			'astro:build:start': ({ logger }) => {
				startCardPrerender(join(settings.contentDir, 'chapters'), join(cacheDir, 'og-cards'), (message) => logger.info(message));
			},

			'astro:config:setup': ({ command, updateConfig, logger }) => {
				// In `astro dev` a problem stops the page at once (the overlay shows file:line); in a
				// build every problem is collected and reported together at the end.
				const report: MarkdownPluginsOptions['report'] =
					command === 'dev'
						? (d, file) => file.fail(`${d.message} Fix: ${d.fix}`, d.line ? { line: d.line, column: 1 } : undefined)
						: (d) => log.add(d);
				const markdown = { root, contentDir: settings.contentDir, basePath: settings.basePath };
				updateConfig({
					markdown: markdownConfig({ ...markdown, report }),
					vite: {
						plugins: [
							pagefindDevServer(settings),
							// Large handbooks: chapters compile on the other cores (a build only).
							...(command === 'build' ? [
										mdxWorkers({
											...markdown,
											workers: settings.mdxWorkers,
											cacheDir: () => cacheDir,
											astroConfig: () => astroConfig,
											report: (d) => log.add(d),
											log: (message) => logger.info(message),
										}),
									] : []),
						],
					},
				});
			},

			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				let started = performance.now();
				const shared = writeSharePages(outDir, settings);
				logger.info(`Wrote ${shared} section share pages in ${Math.round(performance.now() - started)} ms.`);
				started = performance.now();
				const site = scanSite(outDir, settings);
				const glossaryData = glossary();
				const problems = [
					...log.list(),
					...glossaryData.diagnostics,
					...checkBuiltSite(site, { settings, root, glossary: glossaryData, glossaryFile, warn: (m) => logger.warn(m) }),
				];
				logger.info(`Checked ${site.pages.size} pages and ${site.files.size} files in ${Math.round(performance.now() - started)} ms.`);
				if (problems.length) throw new ContentError(problems);

				const chapters = [...site.pages.values()].filter((page) => page.searchParts);
				const mode = searchRecordMode(chapters.reduce((sum, page) => sum + page.searchParts!.length, 0));
				const records = mode === 'sections' ? chapters.flatMap((page) => page.searchParts!.map((part) => chapterRecord(page.path, part))) : [];
				for (const entry of glossaryData.entries) {
					const { chapter, anchor } = parseSee(entry.see);
					const page = site.pages.get(`/${chapter}/`);
					records.push(glossaryRecord(entry, `/${chapter}/#${anchor}`, `${page?.headingTitles.get(anchor) ?? anchor} · ${page?.title ?? chapter}`));
				}
				const stats = await buildSearchIndex(outDir, records, glossaryData.entries.length, mode === 'chapters');
				logger.info(`Search index: ${stats.indexed - stats.glossary} ${mode === 'sections' ? 'chapter sections' : 'chapters'} and ${stats.glossary} glossary entries in ${stats.ms} ms.`);
			},
		},
	};
}
