/**
 * Page-weight budget: `npm run bench:weight [-- --json OUT] [--build] [--no-lighthouse]`
 *
 * For the home page and the largest chapter, loads the built site in Chromium and adds up what the
 * browser fetches before any interaction, gzip-compressed, by kind; counts requests to other
 * origins; and runs Lighthouse 12 (mobile preset) for performance, accessibility and best
 * practices. Prints a table and exits non-zero when a budget is exceeded:
 * at most 32 KB per page, of which JavaScript at most 6 KB; no other origins; Lighthouse 100.
 */
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { createServer } from 'node:net';
import lighthouse from 'lighthouse';
import { serveStatic } from './serve';
import { launchChromium } from './browser';
import { chromiumPath, CHROMIUM_ARGS } from '../support/chromium.mjs';
import { chromium } from '@playwright/test';

export const BUDGET = { totalKB: 32, jsKB: 6, otherOrigins: 0, lighthouse: 100 };

const ROOT = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = resolve(option('--dist') ?? join(ROOT, 'dist'));
if (args.includes('--build') || !existsSync(join(dist, 'index.html'))) {
	console.log('Building the site…');
	execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
}

/** The chapter whose built HTML is largest. */
function largestChapter(): string {
	const chapters = readdirSync(dist, { withFileTypes: true })
		.filter((d) => d.isDirectory() && !['s', 'og', 'glossary', 'search', 'pagefind', '_astro'].includes(d.name))
		.filter((d) => existsSync(join(dist, d.name, 'index.html')))
		.map((d) => ({ path: `/${d.name}/`, size: statSync(join(dist, d.name, 'index.html')).size }));
	return chapters.sort((a, b) => b.size - a.size)[0]!.path;
}

const freePort = () =>
	new Promise<number>((done) => {
		const server = createServer().listen(0, () => {
			const { port } = server.address() as { port: number };
			server.close(() => done(port));
		});
	});

interface PageWeight {
	path: string;
	html: number;
	css: number;
	js: number;
	images: number;
	other: number;
	total: number;
	requests: number;
	otherOrigins: string[];
	lighthouse?: { performance: number; accessibility: number; bestPractices: number };
}

const kind = (type: string, url: string) =>
	type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : type === 'image' || /\.(png|svg|ico|webp|jpe?g)$/.test(url) ? 'images' : 'other';

const server = await serveStatic(dist, '/');
const browser = await launchChromium();
const results: PageWeight[] = [];
try {
	for (const path of ['/', largestChapter()]) {
		const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
		const page = await context.newPage();
		const weight: PageWeight = { path, html: 0, css: 0, js: 0, images: 0, other: 0, total: 0, requests: 0, otherOrigins: [] };
		const pending: Promise<void>[] = [];
		page.on('response', (response) => {
			pending.push(
				(async () => {
					const url = new URL(response.url());
					if (url.protocol === 'data:') return;
					if (url.origin !== new URL(server.url).origin) weight.otherOrigins.push(url.href);
					const bytes = gzipSync(await response.body().catch(() => Buffer.alloc(0))).length;
					weight[kind(response.request().resourceType(), url.pathname) as 'html']! += bytes;
					weight.total += bytes;
					weight.requests++;
				})(),
			);
		});
		await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
		await Promise.all(pending);
		await context.close();
		results.push(weight);
	}

	if (!args.includes('--no-lighthouse')) {
		const port = await freePort();
		const executablePath = chromiumPath();
		const lhBrowser = await chromium.launch({
			...(executablePath ? { executablePath } : {}),
			args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
		});
		try {
			for (const weight of results) {
				const run = await lighthouse(new URL(weight.path.slice(1), server.url).href, {
					port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: ['performance', 'accessibility', 'best-practices'],
				});
				const categories = run!.lhr.categories;
				const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
				weight.lighthouse = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices') };
			}
		} finally {
			await lhBrowser.close();
		}
	}
} finally {
	await browser.close();
	await server.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
console.log('\npage                          HTML    CSS     JS   img  other  total KB  requests  other origins  Lighthouse perf/a11y/bp');
const failures: string[] = [];
for (const w of results) {
	const lh = w.lighthouse ? `${w.lighthouse.performance}/${w.lighthouse.accessibility}/${w.lighthouse.bestPractices}` : '-';
	console.log(
		`${w.path.padEnd(28)} ${kb(w.html).padStart(5)} ${kb(w.css).padStart(6)} ${kb(w.js).padStart(6)} ${kb(w.images).padStart(5)} ${kb(w.other).padStart(6)} ${kb(w.total).padStart(9)} ${String(w.requests).padStart(9)} ${String(w.otherOrigins.length).padStart(14)}  ${lh}`,
	);
	if (w.total / 1024 > BUDGET.totalKB) failures.push(`${w.path}: ${kb(w.total)} KB > ${BUDGET.totalKB} KB`);
	if (w.js / 1024 > BUDGET.jsKB) failures.push(`${w.path}: JavaScript ${kb(w.js)} KB > ${BUDGET.jsKB} KB`);
	if (w.otherOrigins.length) failures.push(`${w.path}: requests to other origins: ${w.otherOrigins.join(', ')}`);
	if (w.lighthouse) {
		for (const [name, value] of Object.entries(w.lighthouse)) if (value < BUDGET.lighthouse) failures.push(`${w.path}: Lighthouse ${name} ${value} < ${BUDGET.lighthouse}`);
	}
}
console.log(`\nBudget: ≤ ${BUDGET.totalKB} KB gzip per page, JavaScript ≤ ${BUDGET.jsKB} KB, no other origins, Lighthouse ${BUDGET.lighthouse}.`);
const json = option('--json');
if (json) writeFileSync(json, `${JSON.stringify({ budget: BUDGET, pages: results, failures }, null, 2)}\n`);
if (failures.length) {
	console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log('Within budget.');
