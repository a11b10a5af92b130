/**
 * Writes the share page of every section — /s/<chapter>/<anchor>/, the link the copy-link button
 * gives — from the section manifest (sections.json) once the site is built. A handbook of a
 * thousand chapters has about eighteen thousand of these tiny redirect pages: written here from a
 * string template they take about a second, where rendering each as an Astro route took fifteen.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { redirectPageHtml } from '../utils/redirect-page';
import { firstSentences } from '../utils/text';
import { ogImagePath, sharePath } from '../utils/urls';
import type { SectionManifest } from '../utils/manifest';
import type { HandbookSettings } from '../settings';

/** The section manifest the build wrote to `outDir/sections.json`. */
export function readManifest(outDir: string): SectionManifest {
	return JSON.parse(readFileSync(join(outDir, 'sections.json'), 'utf8')) as SectionManifest;
}

/** Writes the share pages of `manifest` into `outDir`; returns how many. */
export function writeSharePages(outDir: string, manifest: SectionManifest, settings: Pick<HandbookSettings, 'siteUrl' | 'basePath'>): number {
	let written = 0;
	manifest.pages.forEach((page, index) => {
		const byId = new Map(page.sections.map((section) => [section.id, section]));
		// Anchor → section id; a heading's own anchor wins over an alias that happens to share it.
		const anchors = new Map<string, string>([
			...Object.entries(page.aliases).filter(([, to]) => byId.has(to)),
			...page.sections.map((section): [string, string] => [section.id, section.id]),
		]);
		// One recursive mkdir per chapter, then a plain one per section (a third of the cost each).
		mkdirSync(join(outDir, sharePath(page.slug, '')), { recursive: true });
		for (const [anchor, id] of anchors) {
			const section = byId.get(id)!;
			const path = sharePath(page.slug, anchor);
			const html = redirectPageHtml(
				{
					title: `${section.title} — ${page.title}`,
					description: firstSentences(section.summary, 200),
					path,
					image: ogImagePath(page.slug),
					imageAlt: `Chapter ${index + 1}: ${page.title}`,
					type: 'article',
					to: new URL(section.url).pathname + new URL(section.url).hash,
					label: `${section.title} (${page.title})`,
				},
				settings.siteUrl,
				settings.basePath,
			);
			const dir = join(outDir, path);
			mkdirSync(dir);
			writeFileSync(join(dir, 'index.html'), html);
			written++;
		}
	});
	return written;
}
