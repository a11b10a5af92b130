/**
 * How varied a handbook's prose is, so the scale benchmark can show how its generated chapters
 * compare with the real ones. Search cost follows word frequencies: Pagefind keeps every occurrence
 * of a stem in one index chunk, so a corpus that repeats a small vocabulary makes each common word's
 * chunk larger than a real handbook of the same size would.
 *
 *   const words = proseWords(readFileSync('content/chapters/msp-toolbox.mdx', 'utf8'));
 *   vocabularyProfile(words, ['patch management']);
 *   // → { words, distinctPer10k, top100Share, stems: { patch: <share of words>, manag: <share> } }
 */

/** Common function words, left out of the "most frequent words" share (they are in every text). */
const STOP_WORDS = new Set(
	'a about after all also an and any are as at be because before but by can do does each for from has have how if in into is it its more most no not of on one or other over so some than that the their them then there these they this those to two up was we what when where which who why will with without would you your'.split(
		' ',
	),
);

const WINDOW = 10_000;

/**
 * The prose words of an MDX chapter, lower-cased, in order: frontmatter, tags and attributes, link
 * targets and table rules left out (they are not text a reader sees).
 */
export function proseWords(mdx: string): string[] {
	const text = mdx
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<[^>]*>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/^\|[\s|:-]+\|$/gm, ' ')
		.toLowerCase();
	return text.match(/[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu) ?? [];
}

/**
 * A rough English stem of one word, only for counting a query word's family (management, manager,
 * managed → "manag"). Pagefind stems with Snowball; this strips the same common suffixes and no more.
 */
export function roughStem(word: string): string {
	const lower = word.toLowerCase();
	const stripped = lower.replace(/(ements?|ers?|ing|ed|es|s|e)$/, '');
	return stripped.length >= 3 ? stripped : lower;
}

export interface VocabularyProfile {
	words: number;
	/** Distinct words in a 10,000-word stretch of text, averaged over consecutive stretches (undefined if shorter). */
	distinctPer10k?: number;
	/** Share of all words taken by the 100 most frequent words that are not function words (0–1). */
	top100Share: number;
	/** For each word of the given terms: the share of all words that start with its rough stem (0–1). */
	stems: Record<string, number>;
}

/** Profiles `words` (from proseWords); `terms` are search queries whose words' frequencies to report. */
export function vocabularyProfile(words: readonly string[], terms: readonly string[] = []): VocabularyProfile {
	let distinct = 0;
	let windows = 0;
	for (let start = 0; start + WINDOW <= words.length; start += WINDOW) {
		distinct += new Set(words.slice(start, start + WINDOW)).size;
		windows++;
	}
	const counts = new Map<string, number>();
	for (const word of words) if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
	const top100 = [...counts.values()]
		.sort((a, b) => b - a)
		.slice(0, 100)
		.reduce((sum, count) => sum + count, 0);
	const stems: Record<string, number> = {};
	for (const stem of terms.flatMap((term) => term.split(/\s+/).filter(Boolean).map(roughStem))) {
		stems[stem] = words.length ? words.filter((word) => word.startsWith(stem)).length / words.length : 0;
	}
	return {
		words: words.length,
		distinctPer10k: windows ? Math.round(distinct / windows) : undefined,
		top100Share: words.length ? top100 / words.length : 0,
		stems,
	};
}
