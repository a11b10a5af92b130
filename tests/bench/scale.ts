/**
 * Scale benchmark: how the build, the output and a cold search grow with the number of chapters.
 *
 *   npm run bench:scale -- --pages 100,1000,3000 [--json bench-scale.json] [--keep] [--seed 1]
 *                          [--term "patch management,PSA"] [--no-search] [--cpu-prof] [--repeat 1000:3]
 *
 * For each size it generates a synthetic handbook (tests/bench/generate-corpus.ts) into a temporary
 * content folder outside content/, runs a real `astro build` with CONTENT_DIR/OUT_DIR pointing at it
 * (OUT_DIR lies in .bench/, inside the project, because Astro moves an outDir outside the project
 * through a shared temporary folder), and measures:
 *
 * - build: wall time of `node node_modules/astro/astro.js build`, from spawn to exit;
 * - peak memory: the largest sum of VmRSS over the build's whole process tree (Astro's node process
 *   plus the Pagefind binary it spawns), sampled from /proc every 50 ms; and, where /usr/bin/time
 *   exists, its exact %M (the peak RSS of the largest single process, from the kernel);
 * - the build's own log lines: "Checked … in N ms." (site checks), "Search index: … in N ms."
 *   (Pagefind), the page-generation time, and per-route totals of the "(+N ms)" page timings;
 * - dist/ and dist/pagefind/ sizes: bytes of all files, recursively;
 * - a cold search: dist/ served by tests/bench/serve.ts with gzip (as a production server would;
 *   Pagefind's chunks are already gzip-compressed and sent as they are), a fresh headless Chromium
 *   context opens the home page, presses "/" and types the term as a reader would, until the
 *   results are painted; every response after the key press is counted (gzip size, as
 *   bench:search counts, and the bytes the server actually sent).
 *
 * - the generated prose's vocabulary next to the real chapters' (tests/bench/vocabulary.ts): a cold
 *   search's index chunks grow with how often the corpus uses the query's words.
 *
 * Prints a table and the growth ratios between consecutive sizes; `--json` writes all figures.
 * `--repeat 1000:3` builds a size three times and keeps the median build. Temporary folders are
 * removed at the end unless `--keep`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { generateCorpus, isEntry, readFlags, type CorpusSummary } from './generate-corpus';
import { serveStatic } from './serve';
import { launchChromium, typeSearch } from './browser';
import { proseWords, vocabularyProfile, type VocabularyProfile } from './vocabulary';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME_BIN = '/usr/bin/time';

export interface BuildFigures {
	code: number;
	wallMs: number;
	/** Peak of the summed VmRSS of the build's process tree, sampled every 50 ms. */
	peakTreeRssBytes: number;
	/** /usr/bin/time %M: peak RSS of the largest single process in the tree (exact), if available. */
	peakMaxProcessRssBytes?: number;
	/** /usr/bin/time %U + %S: CPU time of the whole tree (less sensitive than wall time to a busy machine), if available. */
	cpuMs?: number;
	/** From the build log. */
	checksMs?: number;
	pagefindMs?: number;
	/** "generating static routes … ✓ Completed in": rendering every page and endpoint. */
	renderMs?: number;
	/** "Building static entrypoints … ✓ Completed in": the Vite server build (MDX compile). */
	viteMs?: number;
	/** "[content] Syncing/Synced" and "[types] Generated" phases. */
	typesMs?: number;
	/** Sum of "(+N ms)" page timings per route file, e.g. { 'src/pages/og/[card].png.ts': 12000 }. */
	routeMs: Record<string, { pages: number; ms: number }>;
	pagesBuilt?: number;
	/** Wall time and peak tree RSS per build phase, as seen from outside (log arrival times). */
	phases: Array<{ phase: string; ms: number; peakRssBytes: number }>;
}

export interface SearchFigures {
	term: string;
	/** Chapters (groups) listed in the search dialog. */
	results: number;
	/** From the last keystroke to the results painted (the UI's debounce included). */
	totalMs: number;
	/** Typing the term, 40 ms per key (faster than the debounce, so one search runs). */
	typingMs: number;
	requests: number;
	/** Sum of the gzip size (zlib) of every response body fetched for the search: the same measure as bench:search. */
	gzipBytes: number;
	/** Body bytes the server sent (gzip on for text types; Pagefind's chunks are already compressed). */
	transferredBytes: number;
	/** The same responses uncompressed (file sizes). */
	rawBytes: number;
	/** gzip bytes by kind of file (pf_index, pf_fragment, wasm, pagefind.js, …). */
	byKind: Record<string, { requests: number; bytes: number }>;
}

/** One build of a size measured several times (`--repeat`). */
export interface BuildRun {
	wallMs: number;
	cpuMs?: number;
	peakTreeRssBytes: number;
	peakMaxProcessRssBytes?: number;
}

export interface ScaleResult {
	pages: number;
	corpus: Omit<CorpusSummary, 'slugs' | 'dir'>;
	/** The build (the median by wall time when the size was built several times). */
	build: BuildFigures;
	/** Every build of this size, in order, when it was built more than once. */
	runs?: BuildRun[];
	distBytes: number;
	distFiles: number;
	pagefindBytes: number;
	pagefindFiles: number;
	/** How varied the generated prose is, with the search terms' stems (compare with the real chapters'). */
	vocabulary?: VocabularyProfile;
	/** The first term's cold search (the table's figures). */
	search?: SearchFigures;
	/** Every term's cold search (`--term a,b`), each in a fresh browser context. */
	searches?: SearchFigures[];
}

// ---------------------------------------------------------------------------------------------

/** Bytes and count of all files under `dir`, recursively. */
export function folderSize(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** The vocabulary profile of every chapter in `chaptersDir` (MDX files, in name order), for `terms`. */
export function chaptersVocabulary(chaptersDir: string, terms: readonly string[]): VocabularyProfile {
	const files = readdirSync(chaptersDir)
		.filter((name) => /\.mdx?$/.test(name))
		.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
	return vocabularyProfile(
		files.flatMap((name) => proseWords(readFileSync(join(chaptersDir, name), 'utf8'))),
		terms,
	);
}

/** Sum of VmRSS (bytes) of `pid` and all its descendants, read from /proc. */
function treeRss(pid: number): number {
	let total = 0;
	const stack = [pid];
	const seen = new Set<number>();
	while (stack.length) {
		const current = stack.pop()!;
		if (seen.has(current)) continue;
		seen.add(current);
		try {
			const status = readFileSync(`/proc/${current}/status`, 'utf8');
			const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
			if (kb) total += Number(kb) * 1024;
			for (const task of readdirSync(`/proc/${current}/task`)) {
				const children = readFileSync(`/proc/${current}/task/${task}/children`, 'utf8').trim();
				if (children) for (const child of children.split(/\s+/)) stack.push(Number(child));
			}
		} catch {
			/* the process exited meanwhile */
		}
	}
	return total;
}

const LOG_PATTERNS = {
	checks: /\[handbook\] Checked .* in (\d+) ms\./,
	pagefind: /\[handbook\] Search index: .* in (\d+) ms\./,
	built: /\[build\] (\d+) page\(s\) built in ([\d.]+)s/,
};

/** Reads phase timings and per-route page timings from an `astro build` log. */
export function parseBuildLog(log: string): Omit<BuildFigures, 'code' | 'wallMs' | 'peakTreeRssBytes' | 'peakMaxProcessRssBytes' | 'cpuMs' | 'phases'> {
	const out: ReturnType<typeof parseBuildLog> = { routeMs: {} };
	const checks = LOG_PATTERNS.checks.exec(log);
	if (checks) out.checksMs = Number(checks[1]);
	const pagefind = LOG_PATTERNS.pagefind.exec(log);
	if (pagefind) out.pagefindMs = Number(pagefind[1]);
	const built = LOG_PATTERNS.built.exec(log);
	if (built) out.pagesBuilt = Number(built[1]);
	let phase = '';
	let route = '';
	for (const line of log.split('\n')) {
		if (line.includes('Building static entrypoints')) phase = 'vite';
		else if (line.includes('generating static routes')) phase = 'render';
		const completed = /✓ Completed in ([\d.]+)(ms|s)\./.exec(line);
		if (completed) {
			const ms = Number(completed[1]) * (completed[2] === 's' ? 1000 : 1);
			if (phase === 'vite' && out.viteMs === undefined) out.viteMs = ms;
			if (phase === 'render' && out.renderMs === undefined) out.renderMs = ms;
		}
		const types = /\[types\] Generated ([\d.]+)(ms|s)/.exec(line);
		if (types) out.typesMs = Number(types[1]) * (types[2] === 's' ? 1000 : 1);
		const header = /[▶λ] (src\/pages\/\S+)/.exec(line);
		if (header) route = header[1]!;
		const page = /[├└]─ \S+ \(\+(\d+(?:\.\d+)?)(ms|s)\)/.exec(line);
		if (page && route) {
			const ms = Number(page[1]) * (page[2] === 's' ? 1000 : 1);
			const slot = (out.routeMs[route] ??= { pages: 0, ms: 0 });
			slot.pages++;
			slot.ms += ms;
		}
	}
	return out;
}

/** Runs `astro build` for a content folder; returns figures and the full log. */
export async function measureBuild(contentDir: string, outDir: string, options: { cpuProf?: string } = {}): Promise<BuildFigures & { log: string }> {
	const useTime = existsSync(TIME_BIN);
	const timeFile = join(tmpdir(), `handbook-scale-time-${process.pid}-${Date.now()}.txt`);
	const node = [...(options.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`] : []), join(ROOT, 'node_modules/astro/astro.js'), 'build'];
	const [command, args] = useTime ? [TIME_BIN, ['-f', '%M %U %S', '-o', timeFile, process.execPath, ...node]] : [process.execPath, node];
	const started = performance.now();
	const child = spawn(command, args, {
		cwd: ROOT,
		env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
	});
	let log = '';
	// Phase boundaries: when the log line that starts each phase arrives.
	const markers: Array<{ phase: string; pattern: RegExp }> = [
		{ phase: 'vite server build (MDX compile, bundle)', pattern: /Building static entrypoints/ },
		{ phase: 'render pages and endpoints', pattern: /generating static routes/ },
		{ phase: 'build:done (site checks, Pagefind)', pattern: /✓ Completed in/ },
	];
	const boundaries: Array<{ phase: string; at: number }> = [{ phase: 'start-up, content sync, types', at: 0 }];
	let scanFrom = 0;
	const onData = (chunk: Buffer) => {
		log += chunk;
		// Look for the next marker in the text after the previous one (only new text is scanned).
		for (let next = markers[boundaries.length - 1]; next; next = markers[boundaries.length - 1]) {
			const match = next.pattern.exec(log.slice(scanFrom));
			if (!match) {
				scanFrom = Math.max(scanFrom, log.length - 200);
				break;
			}
			scanFrom += match.index + match[0].length;
			boundaries.push({ phase: next.phase, at: performance.now() - started });
		}
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	let peak = 0;
	const samples: Array<{ at: number; rss: number }> = [];
	const sample = () => {
		const rss = treeRss(child.pid!);
		samples.push({ at: performance.now() - started, rss });
		peak = Math.max(peak, rss);
	};
	const timer = setInterval(sample, 50);
	const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? 1)));
	const wallMs = performance.now() - started;
	clearInterval(timer);
	const phases = boundaries.map(({ phase, at }, i) => {
		const end = boundaries[i + 1]?.at ?? wallMs;
		const inPhase = samples.filter((s) => s.at >= at && s.at < end);
		return { phase, ms: Math.round(end - at), peakRssBytes: Math.max(0, ...inPhase.map((s) => s.rss)) };
	});
	let peakMaxProcessRssBytes: number | undefined;
	let cpuMs: number | undefined;
	if (useTime && existsSync(timeFile)) {
		// "Command exited with non-zero status N" may come first; the figures are on the last line.
		const [kb, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
		if (Number.isFinite(kb)) peakMaxProcessRssBytes = kb! * 1024;
		if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = Math.round((user! + system!) * 1000);
		rmSync(timeFile, { force: true });
	}
	log = log.replace(/\x1b\[[0-9;]*m/g, '');
	return { code, wallMs, peakTreeRssBytes: peak, peakMaxProcessRssBytes, cpuMs, phases, ...parseBuildLog(log), log };
}

/**
 * A cold search the way a reader makes one, in a fresh browser context against the built site in
 * `distDir`: open the home page, press "/", type `term`, wait until the results are painted and the
 * network is idle. Counts every response after the key press (the search code, Pagefind, its index
 * chunks and the results' fragments), as bench:search does for the real handbook.
 */
export async function measureSearch(browser: Browser, distDir: string, term: string): Promise<SearchFigures> {
	const server = await serveStatic({ dir: distDir, base: '/', gzip: true });
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(server.url, { waitUntil: 'load' });
		await page.waitForLoadState('networkidle');
		server.log.length = 0;
		const { typingMs, paintMs } = await typeSearch(page, term);
		const timings = { results: await page.locator('.search-hit').count(), typingMs, totalMs: paintMs };
		const byKind: SearchFigures['byKind'] = {};
		for (const response of server.log) {
			const name = response.path.split('?')[0]!;
			const kind = /\.(pf_\w+)$/.exec(name)?.[1] ?? (name.endsWith('.pagefind') ? 'wasm' : name.split('/').pop()!);
			const slot = (byKind[kind] ??= { requests: 0, bytes: 0 });
			slot.requests++;
			slot.bytes += response.gzipBytes;
		}
		return {
			term,
			...timings,
			requests: server.log.length,
			gzipBytes: server.log.reduce((sum, r) => sum + r.gzipBytes, 0),
			transferredBytes: server.log.reduce((sum, r) => sum + r.bytes, 0),
			rawBytes: server.log.reduce((sum, r) => sum + r.rawBytes, 0),
			byKind,
		};
	} finally {
		await context.close();
		await server.close();
	}
}

// ---------------------------------------------------------------------------------------------

const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024 / 1024).toFixed(1));
const kb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1024).toFixed(0));
const sec = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const num = (n: number | undefined) => (n === undefined ? '–' : String(Math.round(n)));

function printTable(results: ScaleResult[], reference: VocabularyProfile): void {
	const rows: string[][] = [
		['pages', 'build s', 'cpu s', 'peak tree RSS MiB', 'max proc RSS MiB', 'vite s', 'render s', 'checks ms', 'pagefind ms', 'dist MiB', 'files', 'pagefind MiB', 'search ms', 'search KB', 'reqs'],
		...results.map((r) => [
			String(r.pages),
			sec(r.build.wallMs),
			sec(r.build.cpuMs),
			mb(r.build.peakTreeRssBytes),
			mb(r.build.peakMaxProcessRssBytes),
			sec(r.build.viteMs),
			sec(r.build.renderMs),
			num(r.build.checksMs),
			num(r.build.pagefindMs),
			mb(r.distBytes),
			String(r.distFiles),
			mb(r.pagefindBytes),
			num(r.search?.totalMs),
			kb(r.search?.gzipBytes),
			r.search ? String(r.search.requests) : '–',
		]),
	];
	const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
	const line = (row: string[]) => `| ${row.map((cell, i) => cell.padStart(widths[i]!)).join(' | ')} |`;
	console.log(line(rows[0]!));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const row of rows.slice(1)) console.log(line(row));

	if (results.length > 1) {
		console.log('\nGrowth between sizes (ratio of the larger to the smaller):');
		const ratio = (a: number | undefined, b: number | undefined) => (a && b ? (b / a).toFixed(2) : '–');
		for (let i = 1; i < results.length; i++) {
			const [a, b] = [results[i - 1]!, results[i]!];
			console.log(
				`  ${a.pages} → ${b.pages} pages (×${(b.pages / a.pages).toFixed(2)}): build time ×${ratio(a.build.wallMs, b.build.wallMs)} (CPU ×${ratio(a.build.cpuMs, b.build.cpuMs)}), ` +
					`peak RSS ×${ratio(a.build.peakTreeRssBytes, b.build.peakTreeRssBytes)}, dist size ×${ratio(a.distBytes, b.distBytes)}, ` +
					`pagefind size ×${ratio(a.pagefindBytes, b.pagefindBytes)}, search gzip bytes ×${ratio(a.search?.gzipBytes, b.search?.gzipBytes)}`,
			);
		}
	}
	console.log('\nTime per route (sum of the build log\'s per-page "+N ms"):');
	for (const r of results) {
		const routes = Object.entries(r.build.routeMs).sort(([, x], [, y]) => y.ms - x.ms);
		console.log(`  ${r.pages} pages: ${routes.map(([route, { pages, ms }]) => `${route.replace('src/pages/', '')} ${pages}× ${sec(ms)} s`).join(', ')}`);
	}
	console.log('\nPhases (wall time from log arrival; peak tree RSS in the phase):');
	for (const r of results) {
		console.log(`  ${r.pages} pages: ${r.build.phases.map((p) => `${p.phase} ${sec(p.ms)} s / ${mb(p.peakRssBytes)} MiB`).join('; ')}`);
	}
	const pct = (share: number) => `${(share * 100).toFixed(2)}%`;
	const describe = (v: VocabularyProfile) =>
		`${v.distinctPer10k ?? '–'} distinct words per 10,000, top 100 words ${pct(v.top100Share)} of all, ${Object.entries(v.stems).map(([stem, share]) => `"${stem}…" ${pct(share)}`).join(', ')}`;
	console.log(`\nVocabulary (prose words; function words left out of the top 100):\n  the handbook's own chapters: ${describe(reference)}`);
	for (const r of results) if (r.vocabulary) console.log(`  ${r.pages} generated chapters: ${describe(r.vocabulary)}`);
	const memory = existsSync(TIME_BIN)
		? 'peak tree RSS = summed VmRSS of the build process tree sampled from /proc every 50 ms; max proc RSS = /usr/bin/time %M (largest single process, exact)'
		: 'peak tree RSS = summed VmRSS of the build process tree sampled from /proc every 50 ms (/usr/bin/time not found)';
	console.log(`\nMemory: ${memory}.`);
	console.log('Search: in headless Chromium, press "/" on the home page and type the term (40 ms per key), until the results are painted; KB = sum of the zlib gzip size of every response after the key press (as bench:search counts; the bytes actually sent with gzip-on-text serving are in the JSON).');
	for (const r of results) {
		for (const s of r.searches ?? []) {
			console.log(`  ${r.pages} pages, "${s.term}" (${s.results} results, ${num(s.totalMs)} ms, ${kb(s.gzipBytes)} KB gzip): ${Object.entries(s.byKind).map(([kind, { requests, bytes }]) => `${kind} ${requests}× ${kb(bytes)} KB`).join(', ')}`);
		}
	}
}

async function main(): Promise<void> {
	const flags = readFlags(process.argv.slice(2));
	const sizes = (flags.get('pages') ?? '100')
		.split(',')
		.map((value) => Number(value.trim()))
		.filter((n) => Number.isInteger(n) && n > 0);
	if (!sizes.length) throw new Error('Give --pages as a number or a comma-separated list, e.g. --pages 100,1000,3000');
	const seed = flags.get('seed') ?? 1;
	const terms = (flags.get('term') ?? 'patch management,PSA').split(',').map((t) => t.trim()).filter(Boolean);
	const term = terms[0]!;
	// `--repeat 1000:3`: build these sizes several times and keep the median (wall time varies by a
	// few seconds from run to run on these VMs).
	const repeats = new Map((flags.get('repeat') ?? '').split(',').filter(Boolean).map((pair) => pair.split(':').map(Number) as [number, number]));
	const keep = flags.has('keep');
	const search = !flags.has('no-search');
	const cpuProf = flags.has('cpu-prof');

	const browser = search ? await launchChromium() : undefined;
	const results: ScaleResult[] = [];
	// What the generated prose is compared with: the real handbook's chapters.
	const reference = chaptersVocabulary(join(ROOT, 'content/chapters'), terms);
	// Folders are removed when every size is measured, not between sizes: on ext4 without a journal
	// (these VMs) each file created in the minutes after many deletions skips over the deleted inodes,
	// which made the next build's 18,000 share pages take 10–20 s instead of 1.
	const cleanUp: string[] = [];
	try {
		for (const pages of sizes) {
			const tmp = mkdtempSync(join(tmpdir(), 'handbook-scale-'));
			const contentDir = join(tmp, 'corpus');
			const work = join(ROOT, '.bench', `scale-${pages}-${process.pid}`);
			const runs = Math.max(1, repeats.get(pages) ?? 1);
			const outDirs = Array.from({ length: runs }, (_, run) => join(work, runs > 1 ? `dist-${run + 1}` : 'dist'));
			rmSync(work, { recursive: true, force: true });
			mkdirSync(work, { recursive: true });
			try {
				const started = performance.now();
				const { slugs: _slugs, dir: _dir, ...corpus } = generateCorpus({ dir: contentDir, pages, seed });
				console.log(`\n▶ ${pages} pages: generated ${corpus.words.toLocaleString('en')} words in ${Math.round(performance.now() - started)} ms; building${runs > 1 ? ` ${runs} times` : ''}…`);
				const builds: Array<BuildFigures & { outDir: string }> = [];
				for (const [run, outDir] of outDirs.entries()) {
					const profileDir = cpuProf ? join(work, runs > 1 ? `profile-${run + 1}` : 'profile') : undefined;
					const { log, ...build } = await measureBuild(contentDir, outDir, { cpuProf: profileDir });
					const logFile = join(work, runs > 1 ? `build-${run + 1}.log` : 'build.log');
					writeFileSync(logFile, log);
					if (build.code !== 0 || /content problems?/i.test(log)) {
						console.error(log.split('\n').filter((l) => !/[├└]─/.test(l)).slice(-60).join('\n'));
						throw new Error(`The build of ${pages} pages failed (exit code ${build.code}); log in ${relative(ROOT, logFile)}.`);
					}
					if (runs > 1) console.log(`  run ${run + 1}: ${sec(build.wallMs)} s, CPU ${sec(build.cpuMs)} s, peak RSS ${mb(build.peakTreeRssBytes)} MiB (largest process ${mb(build.peakMaxProcessRssBytes)} MiB)`);
					builds.push({ ...build, outDir });
				}
				const { outDir, ...build } = [...builds].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((builds.length - 1) / 2)]!;
				const dist = folderSize(outDir);
				const pagefind = folderSize(join(outDir, 'pagefind'));
				const result: ScaleResult = { pages, corpus, build, distBytes: dist.bytes, distFiles: dist.files, pagefindBytes: pagefind.bytes, pagefindFiles: pagefind.files };
				result.vocabulary = chaptersVocabulary(join(contentDir, 'chapters'), terms);
				if (runs > 1) result.runs = builds.map(({ wallMs, cpuMs, peakTreeRssBytes, peakMaxProcessRssBytes }) => ({ wallMs, cpuMs, peakTreeRssBytes, peakMaxProcessRssBytes }));
				if (browser) {
					result.searches = [];
					for (const t of terms) result.searches.push(await measureSearch(browser, outDir, t));
					result.search = result.searches[0];
				}
				console.log(
					`  build ${sec(build.wallMs)} s${runs > 1 ? ` (median of ${runs})` : ''}, peak RSS ${mb(build.peakTreeRssBytes)} MiB, dist ${mb(dist.bytes)} MiB, pagefind ${mb(pagefind.bytes)} MiB` +
						(result.search ? `, search "${term}" ${num(result.search.totalMs)} ms / ${kb(result.search.gzipBytes)} KB gzip (${result.search.results} chapters listed)` : ''),
				);
				if (cpuProf) console.log(`  CPU profiles in ${relative(ROOT, work)}/profile*/`);
				results.push(result);
			} finally {
				if (!keep) cleanUp.push(tmp, ...(cpuProf ? outDirs : [work]));
				else console.log(`  kept ${contentDir} and ${relative(ROOT, work)}/`);
				cleanUp.push(...outDirs.map((dir) => `${dir}-cache`));
			}
		}
	} finally {
		await browser?.close();
		for (const dir of cleanUp) rmSync(dir, { recursive: true, force: true });
	}

	console.log('');
	printTable(results, reference);
	const jsonPath = flags.get('json');
	if (jsonPath) {
		const report = {
			date: new Date().toISOString(),
			node: process.version,
			cpus: (await import('node:os')).cpus().length,
			seed,
			terms,
			memoryMethod: existsSync(TIME_BIN) ? 'proc-tree-sampled+usr-bin-time' : 'proc-tree-sampled',
			searchBytesMethod: 'gzipBytes: zlib gzip size of each fetched body (as bench:search); transferredBytes: bytes sent by serve.ts with gzip on for text types',
			/** The real handbook's chapters, to compare with each result's `vocabulary`. */
			reference,
			results,
		};
		writeFileSync(resolve(jsonPath), `${JSON.stringify(report, null, '\t')}\n`);
		console.log(`\nWrote ${jsonPath}.`);
	}
}

if (isEntry(import.meta.filename)) {
	await main().catch((error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exitCode = 1;
	});
}
