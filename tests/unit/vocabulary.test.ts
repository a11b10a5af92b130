/** The scale benchmark's vocabulary profile: what counts as prose, and the measures it reports. */
import { describe, expect, it } from 'vitest';
import { proseWords, roughStem, vocabularyProfile } from '../bench/vocabulary';

describe('proseWords', () => {
	it('keeps the words a reader sees, lower-cased, and drops frontmatter, tags, link targets and table rules', () => {
		const mdx = [
			'---',
			'title: "Hidden title"',
			'order: 3',
			'---',
			'',
			'The <Term id="psa">PSA</Term> runs the [service desk](/msp-toolbox/#psa-tools).',
			'',
			'| Tier | Price |',
			'| --- | :---: |',
			"| Gold | 40 dollars |",
			'',
			"It's the MSP’s hub.",
		].join('\n');
		expect(proseWords(mdx)).toEqual(['the', 'psa', 'runs', 'the', 'service', 'desk', 'tier', 'price', 'gold', '40', 'dollars', "it's", 'the', 'msp’s', 'hub']);
	});
});

describe('roughStem', () => {
	it('groups a query word with its inflections, as Pagefind’s stemmer does for common suffixes', () => {
		expect(roughStem('management')).toBe('manag');
		expect(roughStem('Managers')).toBe('manag');
		expect(roughStem('managed')).toBe('manag');
		expect(roughStem('patch')).toBe('patch');
		expect(roughStem('PSA')).toBe('psa');
		// Never shorter than three letters: a short word stays whole.
		expect(roughStem('uses')).toBe('uses');
	});
});

describe('vocabularyProfile', () => {
	it('measures distinct words per 10,000, the top-100 share without function words, and the query stems’ shares', () => {
		// 20,000 words: two 10,000-word stretches with 5,000 and 2 distinct words.
		const first = Array.from({ length: 10_000 }, (_, i) => `w${i % 5000}`);
		const second = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'the' : 'management'));
		const profile = vocabularyProfile([...first, ...second], ['patch management']);
		expect(profile.words).toBe(20_000);
		expect(profile.distinctPer10k).toBe(Math.round((5000 + 2) / 2));
		// "management" (5,000) plus 99 words of 2 each; "the" is a function word and not counted.
		expect(profile.top100Share).toBeCloseTo((5000 + 99 * 2) / 20_000);
		expect(profile.stems).toEqual({ patch: 0, manag: 5000 / 20_000 });
	});

	it('leaves distinct words per 10,000 undefined for a shorter text, and handles no words', () => {
		expect(vocabularyProfile(['one', 'two']).distinctPer10k).toBeUndefined();
		expect(vocabularyProfile([], ['PSA'])).toEqual({ words: 0, distinctPer10k: undefined, top100Share: 0, stems: { psa: 0 } });
	});
});
