/**
 * Search benchmark: `npm run bench:search [-- --queries PATH] [--json OUT] [--build]`
 *
 * Serves the built site (building it first if there is none, or with --build), then in Chromium:
 * 1. runs every query of the query file through the Pagefind API with the options the UI uses and
 *    scores it with the file's rule (hit@1, hit@3, MRR@5);
 * 2. opens search the way a reader does (press "/", type) on a fresh page and measures everything
 *    fetched from opening search to the first results painted (gzip bytes), and
 * 3. the time from the last keystroke to results painted, debounce included (median of 5 queries).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { serveStatic } from './serve';
import { launchChromium, typeSearch } from './browser';
import { PAGEFIND_OPTIONS } from '../../src/utils/search-config';
import { scoreQuery, summarise, type ScoredQuery } from '../../src/utils/search-score';
import type { PagefindResultData } from '../../src/utils/search-results';

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
	const index = args.indexOf(name);
	return index >= 0 ? args[index + 1] : undefined;
};
const queriesFile = resolve(option('--queries') ?? join(ROOT, '../shared/search-queries.json'));
// --ranking '{"termSaturation":1}' tries other ranking weights (to gather evidence before changing
// PAGEFIND_OPTIONS); the default is exactly what the UI uses.
const ranking = option('--ranking');
const searchOptions = ranking ? { ...PAGEFIND_OPTIONS, ranking: { ...PAGEFIND_OPTIONS.ranking, ...JSON.parse(ranking) } } : PAGEFIND_OPTIONS;
const dist = resolve(option('--dist') ?? join(ROOT, 'dist'));

if (args.includes('--build') || !existsSync(join(dist, 'pagefind/pagefind.js'))) {
	console.log('Building the site…');
	execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
}

const { queries } = JSON.parse(readFileSync(queriesFile, 'utf8')) as { queries: Array<{ q: string; expect: string }> };
const server = await serveStatic(dist, '/');
const browser = await launchChromium();

/**
 * Runs in the page: loads Pagefind once with the UI's options, searches, loads the top 5 results.
 * Kept as source text so the TypeScript runner does not rewrite its dynamic import().
 */
const SEARCH_IN_PAGE = `async ({ q, options }) => {
	window.__pf ??= import('/pagefind/pagefind.js').then(async (pf) => {
		await pf.options({ ...options, baseUrl: '/' });
		await pf.init();
		return pf;
	});
	const pf = await window.__pf;
	const search = await pf.search(q);
	return Promise.all(search.results.slice(0, 5).map((r) => r.data()));
}`;

/** Top-5 results' data for a query, through the same API and options as the search UI. */
function topResults(page: Page, q: string): Promise<PagefindResultData[]> {
	return page.evaluate(`(${SEARCH_IN_PAGE})(${JSON.stringify({ q, options: searchOptions })})`) as Promise<PagefindResultData[]>;
}

try {
	// 1. Relevance.
	const page = await browser.newPage();
	await page.goto(server.url);
	const scored: ScoredQuery[] = [];
	const apiTimes: number[] = [];
	for (const { q, expect } of queries) {
		const started = performance.now();
		const results = await topResults(page, q);
		apiTimes.push(performance.now() - started);
		scored.push(scoreQuery(q, expect, results));
	}
	await page.close();

	if (args.includes('--relevance-only')) {
		const summary = summarise(scored);
		console.log(`hit@1 ${summary.hit1}/${summary.total} · hit@3 ${summary.hit3}/${summary.total} · MRR@5 ${summary.mrr5.toFixed(3)} · misses: ${scored.filter((s) => s.rank !== 1).map((s) => `${s.q}(${s.rank || '-'})`).join(', ')}`);
		process.exit(0);
	}

	// 2. Cold search through the UI: bytes from pressing "/" to the first results painted.
	const context = await browser.newContext();
	const cold = await context.newPage();
	await cold.goto(server.url, { waitUntil: 'networkidle' });
	let coldBytes = 0;
	let coldRequests = 0;
	const files: Array<[string, number]> = [];
	const count = async (response: import('@playwright/test').Response) => {
		const body = await response.body().catch(() => Buffer.alloc(0));
		const size = gzipSync(body).length;
		coldBytes += size;
		coldRequests++;
		files.push([new URL(response.url()).pathname, size]);
	};
	cold.on('response', count);
	await typeSearch(cold, 'PSA');
	cold.off('response', count);

	// 3. Keystroke to painted results, warm (median of 5 queries).
	const paintTimes: number[] = [];
	for (const q of ['MDF', 'RMM', 'OML', 'vCIO', 'backup']) {
		await cold.locator('.search-dialog input').fill('');
		const ms = await cold.evaluate(async (q) => {
			const input = document.querySelector<HTMLInputElement>('.search-dialog input')!;
			const results = document.querySelector('.search-dialog .search-results')!;
			results.innerHTML = '';
			const painted = new Promise<number>((done) => {
				new MutationObserver((_, observer) => {
					if (!results.querySelector('.search-hits, .search-empty')) return;
					observer.disconnect();
					requestAnimationFrame(() => setTimeout(() => done(performance.now())));
				}).observe(results, { childList: true, subtree: true });
			});
			input.value = q;
			const typed = performance.now();
			input.dispatchEvent(new Event('input', { bubbles: true }));
			return (await painted) - typed;
		}, q);
		paintTimes.push(ms);
	}
	await context.close();

	const summary = summarise(scored);
	const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
	console.log('\nquery                          rank  top result → its three sections');
	for (const s of scored) {
		const top = s.shown[0];
		console.log(`${s.q.padEnd(30)} ${String(s.rank || '-').padStart(4)}  ${top ? `${top.title}${top.sections.length ? ` → ${top.sections.join(' | ')}` : ''}` : '(no results)'}`);
		if (s.rank !== 1 && args.includes('--verbose')) for (const r of s.shown.slice(1)) console.log(`${''.padEnd(36)}${r.title}`);
	}
	const figures = {
		queries: summary.total,
		hit1: summary.hit1,
		hit3: summary.hit3,
		mrr5: Number(summary.mrr5.toFixed(3)),
		medianApiMs: Math.round(median(apiTimes)),
		coldSearchKB: Number((coldBytes / 1024).toFixed(1)),
		coldRequests,
		medianPaintMs: Math.round(median(paintTimes)),
	};
	console.log(`\nhit@1 ${figures.hit1}/${figures.queries} · hit@3 ${figures.hit3}/${figures.queries} · MRR@5 ${figures.mrr5}`);
	console.log(`median query time (API, 5 results' data): ${figures.medianApiMs} ms`);
	console.log(`cold search (press / … results painted): ${figures.coldSearchKB} KB gzip in ${coldRequests} requests`);
	for (const [path, size] of files.sort((a, b) => b[1] - a[1])) console.log(`    ${(size / 1024).toFixed(1).padStart(6)} KB  ${path}`);
	console.log(`last keystroke → results painted (median of 5, debounce included): ${figures.medianPaintMs} ms`);
	const json = option('--json');
	if (json) writeFileSync(json, `${JSON.stringify({ ...figures, scored }, null, 2)}\n`);
} finally {
	await browser.close();
	await server.close();
}
