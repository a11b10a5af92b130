/**
 * The relevance rule of `../shared/search-queries.json`: a query is answered at rank k when the k-th
 * page result's title, or one of the three sections shown under it, matches `expect`.
 */
import { pickSections, type PagefindResultData } from './search-results';

export interface ScoredQuery {
	q: string;
	expect: string;
	/** 1-based rank of the first matching result within the top 5, or 0. */
	rank: number;
	/** What each of the top results showed: its title and its three sections. */
	shown: Array<{ title: string; sections: string[] }>;
}

/** Scores one query from the data of its top results (in rank order). */
export function scoreQuery(q: string, expect: string, results: readonly PagefindResultData[]): ScoredQuery {
	const pattern = new RegExp(expect, 'i');
	const shown = results.slice(0, 5).map((result) => ({
		title: result.meta.title ?? result.url,
		sections: pickSections(result, 3).map((s) => s.title),
	}));
	const index = shown.findIndex((r) => pattern.test(r.title) || r.sections.some((s) => pattern.test(s)));
	return { q, expect, rank: index + 1, shown };
}

/** hit@1, hit@3 (counts) and MRR@5 over scored queries. */
export function summarise(scored: readonly ScoredQuery[]): { hit1: number; hit3: number; mrr5: number; total: number } {
	const hit1 = scored.filter((s) => s.rank === 1).length;
	const hit3 = scored.filter((s) => s.rank >= 1 && s.rank <= 3).length;
	const mrr5 = scored.reduce((sum, s) => sum + (s.rank ? 1 / s.rank : 0), 0) / Math.max(1, scored.length);
	return { hit1, hit3, mrr5, total: scored.length };
}
