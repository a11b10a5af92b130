/**
 * Builds the search index with Pagefind's Node API once the site is written:
 * chapter pages from disk (only their `data-pagefind-body`), plus one record per glossary entry.
 * Any error Pagefind reports fails the build with Pagefind's own message.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';

export interface SearchRecord {
	/** Site path of the record, without the base, e.g. `/glossary/#psa`. */
	url: string;
	/** Full HTML document to index. */
	html: string;
}

export interface IndexStats {
	/** Records in the index: chapter pages plus glossary entries. */
	indexed: number;
	/** Glossary records among them. */
	records: number;
	ms: number;
}

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Indexes the built site in `dir` and writes `dir/pagefind/`. */
export async function buildSearchIndex(dir: string, records: readonly SearchRecord[]): Promise<IndexStats> {
	const started = performance.now();
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index || errors.length) fail('start', errors);
		// Chapters live at /<slug>/index.html; share pages (/s/…) and other deep pages carry no
		// data-pagefind-body, so the glob skips reading them at all.
		const added = await index.addDirectory({ path: dir, glob: '*/index.html' });
		if (added.errors.length) fail('index the built pages', added.errors);
		for (const record of records) {
			const result = await index.addHTMLFile({ url: record.url, content: record.html });
			if (result.errors.length) fail(`index ${record.url}`, result.errors);
		}
		const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
		if (written.errors.length) fail('write the index', written.errors);
		const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
		return { indexed, records: records.length, ms: Math.round(performance.now() - started) };
	} finally {
		await pagefind.close();
	}
}
