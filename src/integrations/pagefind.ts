/**
 * Builds the search index with Pagefind's Node API once the site is written, from the records of
 * `utils/search-records.ts` (chapter sections and glossary entries). Any error Pagefind reports
 * fails the build with Pagefind's own message.
 */
import * as pagefind from 'pagefind';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { SearchRecord } from '../utils/search-records';
import { INDEX_CHUNK_SIZE } from '../utils/search-config';

export interface IndexStats {
	/** Records in the index: chapter pages plus glossary entries. */
	indexed: number;
	/** Glossary records among them. */
	glossary: number;
	ms: number;
}

function fail(step: string, errors: readonly string[]): never {
	throw new Error(`Pagefind could not ${step}:\n${errors.join('\n')}`);
}

/** Records in flight to the Pagefind service at once (more only holds memory, for no speed-up). */
const SEND_WINDOW = 64;

export interface SearchIndexJob {
	/** Adds `records` (`glossary` of them glossary entries), writes `dir/pagefind/` and stops Pagefind. */
	finish(records: readonly SearchRecord[], glossary: number): Promise<IndexStats>;
	/** Stops Pagefind without writing (the build failed). */
	cancel(): Promise<void>;
}

/**
 * Starts Pagefind on the site in `dir`. With `chapterPages`, Pagefind at once reads every chapter
 * page from disk as one record, in its own process, while the build goes on (the site checks);
 * `finish` then adds the other records and writes the bundle.
 */
export async function startSearchIndex(dir: string, chapterPages = false): Promise<SearchIndexJob> {
	const started = performance.now();
	// Smaller word-index chunks mean a search downloads less (see INDEX_CHUNK_SIZE). Pagefind reads
	// this from the environment of the indexing process it starts.
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index || errors.length) {
		await pagefind.close();
		fail('start', errors);
	}
	// Chapters live at /<slug>/index.html and carry data-pagefind-body; nothing else at that depth
	// does, and deeper pages (share pages) are not read at all.
	const chapters = chapterPages ? index.addDirectory({ path: dir, glob: '*/index.html' }) : undefined;
	// Until `finish` awaits it, a failure is only recorded (and reported there).
	void chapters?.catch(() => {});
	return {
		async finish(records, glossary) {
			try {
				const added = await chapters;
				if (added?.errors.length) fail('index the chapter pages', added.errors);
				// Records go to the service concurrently, at most SEND_WINDOW at a time, in a fixed order.
				let next = 0;
				const send = async () => {
					while (next < records.length) {
						const record = records[next++]!;
						const result = await index.addHTMLFile({ url: record.url, content: record.html });
						if (result.errors.length) fail(`index ${record.url}`, result.errors);
					}
				};
				await Promise.all(Array.from({ length: Math.min(SEND_WINDOW, records.length) }, send));
				const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
				if (written.errors.length) fail('write the index', written.errors);
				const entry = JSON.parse(await readFile(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
				const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
				return { indexed, glossary, ms: Math.round(performance.now() - started) };
			} finally {
				await pagefind.close();
			}
		},
		async cancel() {
			await chapters?.catch(() => {});
			await pagefind.close();
		},
	};
}
