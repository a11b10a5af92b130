/**
 * The handbook's Astro integration: wires the Markdown plugins and, after a build, checks the
 * whole site and writes the search index. Logic lives in the modules it calls.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownConfig, type MarkdownPluginsOptions } from './markdown-plugins';
import { mdxWorkers } from './mdx-workers';
import { checkBuiltSite, scanSite } from './site-checks';
import { startSearchIndex, type SearchIndexJob } from './pagefind';
import { readManifest, writeSharePages } from './share-pages';
import { startCardPrerender } from './og-prerender';
import { pagefindDevServer } from './pagefind-dev';
import { collectGarbage, releaseMemoryPlugin } from './release-memory';
import { chapterHtml, CHAPTER_HTML_FILE, releaseChapterHtml } from './chapter-html';
import { ContentError, DiagnosticLog } from '../utils/diagnostics';
import { readGlossary, parseSee } from '../utils/glossary';
import { chapterRecord, glossaryRecord } from '../utils/search-records';
import { searchPartHtml } from '../utils/html-scan';
import { searchRecordMode } from '../utils/search-config';
import type { HandbookSettings } from '../settings';

export default function handbook(settings: HandbookSettings): AstroIntegration {
	const log = new DiagnosticLog();
	const root = process.cwd();
	const glossaryPath = join(settings.contentDir, 'glossary.yaml');
	const chaptersDir = join(settings.contentDir, 'chapters') + sep;
	const glossaryFile = relative(root, glossaryPath);
	const glossary = () => readGlossary(glossaryPath, glossaryFile);

	/**
	 * Scans every built page, runs the site checks (throwing the problems found) and returns the
	 * search records. The scans stay inside this function, so they are garbage before Pagefind runs.
	 */
	const checkBuild = (outDir: string, mode: 'sections' | 'chapters', info: (message: string) => void, warn: (message: string) => void) => {
		const started = performance.now();
		const site = scanSite(outDir, settings);
		const glossaryData = glossary();
		const problems = [...log.list(), ...glossaryData.diagnostics, ...checkBuiltSite(site, { settings, root, glossary: glossaryData, glossaryFile, warn })];
		info(`Checked ${site.pages.size} pages and ${site.files.size} files in ${Math.round(performance.now() - started)} ms.`);
		if (problems.length) throw new ContentError(problems);

		const chapters = [...site.pages.values()].filter((page) => page.searchParts);
		const records =
			mode === 'sections'
				? chapters.flatMap((page) => {
						// Scans keep no HTML: cut the parts from the page as written.
						const html = readFileSync(join(outDir, page.path, 'index.html'), 'utf8');
						return page.searchParts!.map((part) => chapterRecord(page.path, { ...part, html: searchPartHtml(html, part) }));
					})
				: [];
		for (const entry of glossaryData.entries) {
			const { chapter, anchor } = parseSee(entry.see);
			const page = site.pages.get(`/${chapter}/`);
			records.push(glossaryRecord(entry, `/${chapter}/#${anchor}`, `${page?.headingTitles.get(anchor) ?? anchor} · ${page?.title ?? chapter}`));
		}
		return { records, glossaryRecords: glossaryData.entries.length };
	};

	let cacheDir = join(root, 'node_modules/.astro');
	let astroConfig: AstroConfig | undefined;
	/** How the search index is built, decided once the pages are written (and Pagefind, if already started). */
	let indexing: { mode: 'sections' | 'chapters'; job?: SearchIndexJob } | undefined;

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
							releaseMemoryPlugin(),
							// A build only: the chapters' text stays out of Rollup, and large handbooks'
							// chapters compile in worker threads.
							...(command === 'build'
								? [
										chapterHtml({ root, include: (id) => id.startsWith(chaptersDir) && id.endsWith('.mdx') }),
										mdxWorkers({
											...markdown,
											workers: settings.mdxWorkers,
											cacheDir: () => cacheDir,
											astroConfig: () => astroConfig,
											report: (d) => log.add(d),
											log: (message) => logger.info(message),
										}),
									]
								: []),
						],
					},
				});
			},

			// The Vite build's modules, syntax trees and chunks are garbage once it is written.
			'astro:build:ssr': () => {
				collectGarbage();
			},
			// As soon as the pages are written, before Astro deletes its server chunks (on a file system
			// without a journal, ext4 in these VMs, creating files right after many deletions is slow, as
			// each new inode skips over the recently deleted ones): a large handbook's index holds whole
			// chapter pages, which Pagefind starts reading from disk in its own process, while this one
			// writes the share pages and then checks the site.
			'astro:build:generated': async ({ dir, logger }) => {
				// The rendered pages are garbage once written, and so is the chapters' text.
				releaseChapterHtml();
				collectGarbage();
				const outDir = fileURLToPath(dir);
				rmSync(join(outDir, CHAPTER_HTML_FILE), { force: true });
				const manifest = readManifest(outDir);
				const mode = searchRecordMode(manifest.pages.reduce((sum, page) => sum + 1 + page.sections.length, 0));
				indexing = { mode, job: mode === 'chapters' ? await startSearchIndex(outDir, true) : undefined };
				const started = performance.now();
				let shared: number;
				try {
					shared = writeSharePages(outDir, manifest, settings);
				} catch (error) {
					await indexing.job?.cancel();
					throw error;
				}
				logger.info(`Wrote ${shared} section share pages in ${Math.round(performance.now() - started)} ms.`);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const outDir = fileURLToPath(dir);
				const { mode, job } = indexing ?? { mode: 'sections' as const };
				let checked: ReturnType<typeof checkBuild>;
				try {
					checked = checkBuild(outDir, mode, (m) => logger.info(m), (m) => logger.warn(m));
				} catch (error) {
					await job?.cancel();
					throw error;
				}
				// And the page scans, once checked.
				collectGarbage();
				const stats = await (job ?? (await startSearchIndex(outDir))).finish(checked.records, checked.glossaryRecords);
				logger.info(`Search index: ${stats.indexed - stats.glossary} ${mode === 'sections' ? 'chapter sections' : 'chapters'} and ${stats.glossary} glossary entries in ${stats.ms} ms.`);
				indexing = undefined;
			},
		},
	};
}
