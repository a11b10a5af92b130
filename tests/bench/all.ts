/**
 * `npm run bench`: runs every benchmark and writes BENCHMARKS.md (machine, versions, date, figures,
 * targets). `--skip-scale` reuses the last scale figures in .bench/scale.json (the scale run takes
 * several minutes); `--pages 100,1000` changes the scale sizes; `--report-only` rewrites
 * BENCHMARKS.md from the figures of the last run (.bench/*.json) without measuring again.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, release } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumPath } from '../support/chromium.mjs';
import type { ScaleResult } from './scale';
import type { VocabularyProfile } from './vocabulary';

const ROOT = resolve(import.meta.dirname, '../..');
const BENCH = join(ROOT, '.bench');
const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
mkdirSync(BENCH, { recursive: true });

const node = (script: string, extra: string[] = []) => spawnSync(process.execPath, [join(ROOT, 'node_modules/vite-node/vite-node.mjs'), script, '--', ...extra], { cwd: ROOT, stdio: 'inherit' });
const version = (pkg: string) => (JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }).version;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
const s = (ms: number) => (ms / 1000).toFixed(1);
const pass = (ok: boolean) => (ok ? '✅' : '❌ missed');

const reportOnly = args.includes('--report-only');

// 1. The real handbook, built from a cold cache three times.
const buildTimes: number[] = reportOnly ? (JSON.parse(readFileSync(join(BENCH, 'build.json'), 'utf8')) as { ms: number[] }).ms : [];
if (!reportOnly) console.log('▶ Building the handbook three times (cold cache)…');
for (let i = 0; i < 3 && !reportOnly; i++) {
	const out = join(BENCH, `real-${i}`, 'dist');
	rmSync(join(BENCH, `real-${i}`), { recursive: true, force: true });
	const started = performance.now();
	execFileSync(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], { cwd: ROOT, env: { ...process.env, OUT_DIR: out }, stdio: 'ignore' });
	buildTimes.push(performance.now() - started);
	rmSync(join(BENCH, `real-${i}`), { recursive: true, force: true });
	rmSync(`${out}-cache`, { recursive: true, force: true });
}

if (!reportOnly) writeFileSync(join(BENCH, 'build.json'), `${JSON.stringify({ ms: buildTimes })}\n`);

// 2–4. Page weight, search, scale (each writes its JSON).
if (!reportOnly) {
	console.log('▶ Page weight…');
	node('tests/bench/weight.ts', ['--build', '--json', join(BENCH, 'weight.json')]);
	console.log('▶ Search…');
	node('tests/bench/search.ts', ['--json', join(BENCH, 'search.json')]);
}
if (!reportOnly && (!args.includes('--skip-scale') || !existsSync(join(BENCH, 'scale.json')))) {
	console.log('▶ Scale (several minutes)…');
	// The 1,000- and 3,000-chapter builds carry targets (the second as a ratio to the first) and vary
	// from run to run on these VMs (one 3,000-chapter build took 119 s where the next took 102): each
	// is built three times and the median reported (every run is listed).
	node('tests/bench/scale.ts', ['--pages', option('--pages') ?? '100,1000,3000', '--repeat', '1000:3,3000:3', '--term', 'PSA,patch management', '--json', join(BENCH, 'scale.json')]);
}

interface WeightPage {
	path: string;
	html: number;
	css: number;
	js: number;
	images: number;
	total: number;
	otherOrigins: string[];
	lighthouse?: { performance: number; accessibility: number; bestPractices: number };
}
const weight = JSON.parse(readFileSync(join(BENCH, 'weight.json'), 'utf8')) as { pages: WeightPage[] };
const search = JSON.parse(readFileSync(join(BENCH, 'search.json'), 'utf8')) as {
	queries: number;
	hit1: number;
	hit3: number;
	mrr5: number;
	medianApiMs: number;
	coldSearchKB: number;
	coldRequests: number;
	medianPaintMs: number;
	scored: Array<{ q: string; rank: number; shown: Array<{ title: string }> }>;
};
const scale = JSON.parse(readFileSync(join(BENCH, 'scale.json'), 'utf8')) as { date: string; reference?: VocabularyProfile; results: ScaleResult[] };

let chromium = 'Playwright’s Chromium';
try {
	chromium = execFileSync(chromiumPath() ?? 'chromium', ['--version'], { encoding: 'utf8' }).trim();
} catch {
	/* keep the default label */
}

const at = (pages: number) => scale.results.find((r) => r.pages === pages);
const [r1000, r3000] = [at(1000), at(3000)];
// A size built several times reports the median of each figure over its builds (its time is the
// median build's; its memory is the median peak, which may come from another build).
const treePeak = (r: ScaleResult) => (r.runs ? median(r.runs.map((run) => run.peakTreeRssBytes)) : r.build.peakTreeRssBytes);
const processPeak = (r: ScaleResult) => (r.runs?.every((run) => run.peakMaxProcessRssBytes) ? median(r.runs.map((run) => run.peakMaxProcessRssBytes!)) : r.build.peakMaxProcessRssBytes);
const peakTree1000 = r1000 ? treePeak(r1000) : 0;
const peakMax1000 = r1000 ? processPeak(r1000) : undefined;
const searchKb = (r: ScaleResult | undefined, term: string) => r?.searches?.find((x) => x.term === term)?.gzipBytes;
/**
 * What the cold-search figures at scale rest on: how the generated chapters' vocabulary compares with
 * the real chapters' (a query's index chunks grow with how often the corpus uses its words).
 */
function vocabularyParagraph(generated: VocabularyProfile, real: VocabularyProfile): string {
	const pct = (share: number | undefined) => `${((share ?? 0) * 100).toFixed(2)}%`;
	const stems = Object.keys(real.stems);
	const compared = stems.map((stem) => `"${stem}…" ${pct(generated.stems[stem])} of the words against ${pct(real.stems[stem])}`);
	const lessVaried = (generated.distinctPer10k ?? 0) < (real.distinctPer10k ?? 0) && generated.top100Share > real.top100Share;
	const rarer = stems.filter((stem) => (generated.stems[stem] ?? 0) < (real.stems[stem] ?? 0));
	return [
		`These chunks grow with how often the corpus uses the query's words, so the benchmark compares the generated prose with the handbook's own chapters (\`tests/bench/vocabulary.ts\`): ${generated.distinctPer10k ?? '–'} distinct words in every 10,000 against ${real.distinctPer10k ?? '–'} in ours, the 100 most frequent words ${pct(generated.top100Share)} of all words against ${pct(real.top100Share)}, ${compared.join(', ')}.`,
		lessVaried ? ' The generated chapters are less varied than ours, so a common word\'s chunk is, if anything, larger than in a real handbook of the same size.' : '',
		...rarer.map((stem) => ` "${stem}…" is rarer in them than in ours: at our rate its chunk would be about ${((real.stems[stem] ?? 0) / Math.max(generated.stems[stem] ?? 0, 1e-9)).toFixed(1)} times larger.`),
	].join('');
}

const lines: string[] = [
	'# Benchmarks',
	'',
	`Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (scale figures from ${scale.date.slice(0, 10)}).`,
	'',
	`- Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}`,
	`- Versions: Node ${process.version}, Astro ${version('astro')}, @astrojs/mdx ${version('@astrojs/mdx')}, Pagefind ${version('pagefind')}, Lighthouse ${version('lighthouse')}, ${chromium}`,
	'',
	'## Build of the real handbook',
	'',
	`${s(median(buildTimes))} s (median of three cold builds: ${buildTimes.map(s).join(', ')} s) — target under 6 s: ${pass(median(buildTimes) < 6000)}`,
	'',
	'## Page weight (before any interaction, gzip)',
	'',
	'| page | HTML | CSS | JS | images | total | other origins | Lighthouse perf / a11y / best practices |',
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...weight.pages.map(
		(p) =>
			`| \`${p.path}\` | ${kb(p.html)} KB | ${kb(p.css)} KB | ${kb(p.js)} KB | ${kb(p.images)} KB | **${kb(p.total)} KB** | ${p.otherOrigins.length} | ${p.lighthouse ? `${p.lighthouse.performance} / ${p.lighthouse.accessibility} / ${p.lighthouse.bestPractices}` : '–'} |`,
	),
	'',
	`Budget: at most 32 KB per page, of which JavaScript at most 6 KB; no other origins; Lighthouse 100 — ${pass(weight.pages.every((p) => p.total <= 32 * 1024 && p.js <= 6 * 1024 && !p.otherOrigins.length && (!p.lighthouse || Object.values(p.lighthouse).every((v) => v === 100))))}. (CSS is inlined into the HTML.)`,
	'',
	'## Search',
	'',
	`Relevance on \`../shared/search-queries.json\` (${search.queries} queries): hit@1 **${search.hit1}/${search.queries}**, hit@3 ${search.hit3}/${search.queries}, MRR@5 **${search.mrr5}** — target hit@1 ≥ 29 and MRR@5 ≥ 0.97: ${pass(search.hit1 >= 29 && search.mrr5 >= 0.97)}`,
	'',
	`- Cold search (press "/", type "PSA", first results painted): **${search.coldSearchKB} KB gzip** in ${search.coldRequests} requests — target ≤ 120 KB: ${pass(search.coldSearchKB <= 120)}`,
	`- Last keystroke to results painted, debounce included (median of 5): **${search.medianPaintMs} ms** — target ≤ 120 ms: ${pass(search.medianPaintMs <= 120)}`,
	`- Median query through the API (search + 5 results' data): ${search.medianApiMs} ms`,
	'',
	'<details><summary>Rank of each query</summary>',
	'',
	'| query | rank | first result |',
	'| --- | --- | --- |',
	...search.scored.map((q) => `| ${q.q} | ${q.rank || '–'} | ${q.shown[0]?.title ?? ''} |`),
	'',
	'</details>',
	'',
	'## Scale (generated chapters of ~1,500 words)',
	'',
	'| chapters | build | peak memory (tree / largest process) | Vite compile | page rendering | checks | Pagefind | dist | pagefind/ | cold search "PSA" | "patch management" |',
	'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	...scale.results.map(
		(r) =>
			`| ${r.pages} | ${s(r.build.wallMs)} s | ${mb(treePeak(r))} / ${processPeak(r) ? mb(processPeak(r)!) : '–'} MiB | ${r.build.viteMs ? s(r.build.viteMs) : '–'} s | ${r.build.renderMs ? s(r.build.renderMs) : '–'} s | ${s(r.build.checksMs ?? 0)} s | ${s(r.build.pagefindMs ?? 0)} s | ${mb(r.distBytes)} MiB | ${mb(r.pagefindBytes)} MiB | ${kb(searchKb(r, 'PSA') ?? 0)} KB | ${kb(searchKb(r, 'patch management') ?? 0)} KB |`,
	),
	'',
	'Growth between sizes:',
	'',
	...scale.results.slice(1).map((r, i) => {
		const prev = scale.results[i]!;
		return `- ${prev.pages} → ${r.pages} chapters (×${(r.pages / prev.pages).toFixed(0)}): build time ×${(r.build.wallMs / prev.build.wallMs).toFixed(2)}, dist ×${(r.distBytes / prev.distBytes).toFixed(2)}, pagefind/ ×${(r.pagefindBytes / prev.pagefindBytes).toFixed(2)}, peak memory ×${(treePeak(r) / treePeak(prev)).toFixed(2)}`;
	}),
	'',
	'Targets:',
	'',
	...(r1000
		? [
				`- 1,000 chapters build in under 40 s: ${s(r1000.build.wallMs)} s${r1000.runs ? ` (median of ${r1000.runs.length} builds: ${r1000.runs.map((run) => s(run.wallMs)).join(', ')} s)` : ''} — ${pass(r1000.build.wallMs < 40_000)}`,
				`- Peak memory under 1.2 GB at 1,000 chapters: ${mb(peakTree1000)} MiB for the whole process tree, ${peakMax1000 ? mb(peakMax1000) : '–'} MiB for the largest process${r1000.runs ? ` (median of the ${r1000.runs.length} builds, each tree / largest process: ${r1000.runs.map((run) => `${mb(run.peakTreeRssBytes)} / ${run.peakMaxProcessRssBytes ? mb(run.peakMaxProcessRssBytes) : '–'}`).join(', ')} MiB)` : ''} — ${pass(peakTree1000 < 1.2 * 2 ** 30)} for 1.2 GiB (1,229 MiB); against 1.2 × 10⁹ bytes (1,144 MiB): ${peakTree1000 < 1.2e9 ? 'under it too' : `over it by ${mb(peakTree1000 - 1.2e9)} MiB`}`,
			]
		: []),
	...(r1000 && r3000
		? [
				`- 3,000 chapters in under 3.2 × the 1,000-chapter time: ${s(r3000.build.wallMs)} s${r3000.runs ? ` (median of ${r3000.runs.length} builds: ${r3000.runs.map((run) => s(run.wallMs)).join(', ')} s)` : ''}, ×${(r3000.build.wallMs / r1000.build.wallMs).toFixed(2)} — ${pass(r3000.build.wallMs < 3.2 * r1000.build.wallMs)}`,
			]
		: []),
	...(r3000
		? (['PSA', 'patch management'] as const).map((term) => {
				const bytes = searchKb(r3000, term) ?? Infinity;
				return `- Cold search on 3,000 chapters under 250 KB gzip, "${term}": ${kb(bytes)} KB — ${pass(bytes < 250 * 1024)}`;
			})
		: []),
	'',
	...(r1000 && r1000.build.viteMs
		? [
				`Where the time goes at 1,000 chapters: the Vite build, which compiles every chapter's MDX to a JavaScript module and bundles them, takes ${s(r1000.build.viteMs)} s of ${s(r1000.build.wallMs)} s, and the whole build uses ${r1000.build.cpuMs ? s(r1000.build.cpuMs) : '–'} s of CPU time on 2 cores. Chapters compile in two worker threads (\`MDX_WORKERS\`: one from 64 chapters, two above 250) at about 20 ms each, which is the Vite build's critical path: the workers start on them, read from disk, as soon as the server build starts, 3–4 s before Rollup reaches them, and each worker stops as soon as it has compiled its share, which gives its memory back before Rollup's heap peaks (a second worker used to cost 160 MB at the peak; now about 30–60 MB, for 3–4 s off the Vite build). Link-preview cards are drawn in another worker at low priority, on the CPU the compile leaves (done by the end of the Vite build, before the pages that need them render), and Rollup bundles in the main thread. Then Astro renders the pages on one core, the share pages are written while Pagefind reads the chapter pages in its own process, and the site checks run beside Pagefind. Cut after profiling (\`npm run bench:scale -- --pages 1000 --cpu-prof\`): Astro's SmartyPants pass, which re-parsed every text node, replaced by one with the same output that curls most quotes without a language parser; chapters compiled in a worker, one at a time with a larger young generation; cards drawn with Skia instead of satori + resvg (10 ms a card instead of 16, and without satori's garbage the card worker no longer slows the MDX worker: 1,001 cards took 30 s of a busy build, now about 8 s); share pages written from a template once the pages are (they were 15 s of Astro page rendering), before Astro deletes its server chunks, as creating files soon after many deletions is slow on this file system (ext4 without a journal: 5–20 s instead of 1 for 18,000 pages); large handbooks indexed by chapter. Tried and dropped: compiling a third of the chapters in Vite's thread (no faster), a larger young generation for the MDX worker (no measurable gain), a smaller one or an old-generation cap (10–13 s more CPU). The same build varies by a few seconds from run to run on this VM, hence the median of three.`,
				'',
			]
		: []),
	...(r1000
		? [
				`Where the memory goes at 1,000 chapters (peak of the process tree in each phase): ${r1000.build.phases.map((p) => `${p.phase} ${mb(p.peakRssBytes)} MiB`).join('; ')}. The Vite build held the chapters' text several times over: Rollup keeps each module's code, and the value and raw text of each string literal in its syntax tree, until the server bundle is written, and a compiled chapter is mostly HTML strings. Each chapter's HTML strings are now gathered into one constant as it compiles (\`recma-chapter-html.ts\`) and taken out of the module before Rollup parses it, into one file beside the server chunks that a chapter reads back when its page renders (\`chapter-html.ts\`; the pages are byte-identical): live heap at the end of the server build 588 → 538 MB, largest process about 1.20 → 1.09 GB (from heap snapshots and \`/usr/bin/time\`). What Rollup keeps is now mostly syntax trees and tree-shaking state (about 0.5 GB live). Once the pages are written the chapters' text is dropped as well (a chapter's module holds a view of its strings, not the strings; \`releaseChapterHtml()\`), so the Astro process waiting beside Pagefind's final write, where the tree peaks, holds about 65 MB less live heap (164 → 130 MB after a full collection; its RSS about 580 → 510–540 MiB). V8 let the garbage of rendering 2,000 chunks grow the heap well beyond what stays alive, so the build collects whenever its heap has grown by 128 MB at one of Rollup's hooks (\`release-memory.ts\`). The tree adds two esbuild service processes (Vite's and Astro's own, ~36 MB) to Astro's process, and the peak varies by some 50 MB from build to build. Earlier cuts, after heap snapshots: page scans keep no page's HTML, compiled chapters are ASCII and write their large constants as JSON, the content store keeps no chapter source, the card renderer loads only in its worker, and a full collection runs at each phase boundary, so Pagefind (about 0.6 GB at 1,000 chapters) starts beside a small process. A fixed heap cap (\`--max-old-space-size\`) would make a larger handbook run out of heap, so the build sets none.`,
				'',
			]
		: []),
	...(r3000
		? [
				`What a cold search fetches at 3,000 chapters: a fixed ~${kb((['pagefind.js', 'wasm', 'pf_meta'] as const).reduce((sum, kind) => sum + (r3000.searches?.[0]?.byKind[kind]?.bytes ?? 0), 0))} KB (Pagefind's code, its WebAssembly and the page metadata every search reads), the index chunks of the query's words and the first three chapters' fragments. (The chapter filter's list, 24 KB at this size, loads only when the reader reaches for the filter, and Pagefind's web worker script, 12.4 KB, not at all: search runs in the page's own thread, where it takes a few milliseconds.) A query's chunks hold every occurrence of its words' stems: "PSA" needs ${kb(r3000.searches?.find((x) => x.term === 'PSA')?.byKind.pf_index?.bytes ?? 0)} KB, "patch management" ${kb(r3000.searches?.find((x) => x.term === 'patch management')?.byKind.pf_index?.bytes ?? 0)} KB.`,
				'',
				...(scale.reference && r3000.vocabulary ? [vocabularyParagraph(r3000.vocabulary, scale.reference), ''] : []),
				`Until 2026-11-22 the generator drew every sentence's topic from one list of 55, so every chapter discussed every topic and the stem "manag" was 1.45% of its words (0.57% in ours); "patch management" then needed 250.3 KB at 3,000 chapters. Its chapters now dwell on their own subject and a dozen related topics out of about 150, as real chapters do (\`topic()\` in \`generate-corpus.ts\`). Pagefind has no setting that trims a word's occurrence list, and turning stemming off or indexing less of each chapter would make search worse.`,
				'',
			]
		: []),
	'Memory is the summed RSS of the build process tree (Astro and the Pagefind process it starts), sampled every 50 ms; the largest single process comes from `/usr/bin/time`. Search bytes are the gzip size of every response after pressing "/" on the home page and typing the term (40 ms per key) until the results are painted: the search code, Pagefind, its index chunks and the results\' fragments, as a reader fetches them.',
	'',
];
writeFileSync(join(ROOT, 'BENCHMARKS.md'), `${lines.join('\n')}\n`);
console.log('\nWrote BENCHMARKS.md.');
