/**
 * Search settings shared by the search UI, the search page and the relevance benchmark, so that
 * the benchmark measures exactly what readers get.
 */

/** Sections loaded and shown in the search dialog (grouped by chapter). */
export const DIALOG_RESULTS = 8;

/** Sections loaded and shown on the search page. */
export const PAGE_RESULTS = 20;

/**
 * Word-index chunk size (in word locations) for Pagefind, which splits its index into chunks and
 * a search downloads only the chunks its words fall in. Pagefind's default (20,000) gave this
 * handbook two chunks of 25–31 KB; 4,000 keeps each search's chunk to a few KB. Set through
 * Pagefind 1.6's PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE; if a later Pagefind drops it, search still
 * works, only with larger downloads (the search benchmark shows the bytes).
 */
export const INDEX_CHUNK_SIZE = 4000;

/**
 * Most section records before the index switches to one record per chapter (sections then come
 * back as Pagefind's sub-results). Every search downloads Pagefind's metadata, about 6.5 bytes
 * gzip per record: this handbook's ~250 records cost ~2 KB, but 1,000 generated chapters
 * (19,000 sections) cost 127 KB and 3,000 chapters 369 KB, more than the whole search budget.
 * Measured at 3,000 chapters: cold search 470 KB by section, 145 KB by chapter ("PSA").
 */
export const SECTION_RECORDS_MAX = 2500;

/** How the index cuts the handbook into results: by section while that stays small. */
export function searchRecordMode(sectionRecords: number): 'sections' | 'chapters' {
	return sectionRecords <= SECTION_RECORDS_MAX ? 'sections' : 'chapters';
}

/** Milliseconds to wait after the last keystroke before searching. */
export const DEBOUNCE_MS = 60;

/**
 * Options passed to `pagefind.options()`. Ranking values are Pagefind's defaults unless the search
 * benchmark (`npm run bench:search`) showed a better score; each change records its evidence.
 */
export const PAGEFIND_OPTIONS = {
	// Search in the page's own thread, as Pagefind did before 1.5. Its web worker keeps long
	// searches of very large indexes off the main thread, but costs a second script (12.4 KB gzip)
	// on every first search; this handbook's searches take a few milliseconds (bench:search).
	noWorker: true,
	excerptLength: 22,
	ranking: {
		metaWeights: {
			// Pagefind's default for titles.
			title: 5,
			// Glossary terms, expansions and aliases: a query that names a term ranks its definition
			// first. Benchmark evidence (npm run bench:search -- --ranking …): with 0, "MSP" (a word
			// in almost every section) ranks its definition 4th (MRR@5 0.975); 1, 5 and 10 all rank
			// it first with every other query unchanged (MRR@5 1.0). 5 matches the title's weight.
			term: 5,
			// Display-only fields: the chapter's name, and a glossary entry's explaining section. With
			// the default weight (1) a chapter's name boosts all its sections alike (every section of
			// "Vendors, channel programs and MDF" then outranked MDF's own section for "MDF").
			chapter: 0,
			section: 0,
			see: 0,
		},
	},
} as const;
