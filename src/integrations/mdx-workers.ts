/**
 * Compiles chapters in worker threads during `astro build`.
 *
 * Vite runs every plugin's `transform` in one thread, so a large handbook spends most of its build
 * compiling MDX (parse, remark, rehype, recma) one chapter after another on one core while the
 * others idle. This Vite plugin hands the `.mdx` chapters that `@astrojs/mdx`'s transform would
 * compile to a pool of workers instead (`mdx-worker.ts`), each running that same transform with the
 * same settings; the module Vite receives is the same, byte for byte (a unit test compares builds).
 * Content problems found by the plugins in a worker come back with the result and go to the same
 * report as in-thread problems.
 *
 * Used for builds only (`astro dev` compiles on demand), and by default only for handbooks large
 * enough to repay starting the workers (`AUTO_MIN_CHAPTERS`); `MDX_WORKERS` overrides it. If the
 * workers cannot start, the build falls back to compiling in Vite's thread and says so.
 */
import type { AstroConfig } from 'astro';
import type { Plugin, TransformResult } from 'vite';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { markdownConfig } from './markdown-plugins';
import type { Diagnostic } from '../utils/diagnostics';

/**
 * Below this many chapters, workers are not started: bundling the worker script and loading the
 * compiler in a thread costs about half a second, which the real handbook (8 chapters) does not win
 * back; at 1,000 the worker takes about 25 s of compiling off Vite's thread. The cut-off between
 * is a judgement, not a measurement.
 */
export const AUTO_MIN_CHAPTERS = 64;

/** What a worker needs to build the same compiler as the main thread (plain data only). */
export interface MdxWorkerData {
	root: string;
	contentDir: string;
	basePath: string;
	/** Astro's resolved `markdown` settings without the plugin lists (the worker adds its own). */
	markdown: Record<string, unknown>;
	/** `srcDir` as a file URL. */
	srcDir: string;
	headingIdCompat: boolean;
}
export interface CompileJob {
	job: number;
	code: string;
	id: string;
}
export interface CompileReply {
	job: number;
	result?: TransformResult;
	error?: { name: string; message: string; stack?: string; loc?: unknown };
	diagnostics: Diagnostic[];
}

export interface MdxWorkersOptions {
	root: string;
	contentDir: string;
	basePath: string;
	/** A number of workers, or 'auto' (see AUTO_MIN_CHAPTERS). */
	workers: number | 'auto';
	/** Where to write the bundled worker script (Astro's cacheDir). */
	cacheDir: () => string;
	/** Astro's resolved config (known from `astro:config:done`). */
	astroConfig: () => AstroConfig | undefined;
	/** Receives content problems found in workers. */
	report: (diagnostic: Diagnostic) => void;
	/** Progress and fallback messages. */
	log: (message: string) => void;
}

/**
 * Most workers `auto` starts, and the chapters each one must have to be worth starting. Vite's
 * thread mostly waits while the chapters compile, so a worker per core pays once there is enough
 * to compile: on 2 cores, two workers took the Vite build at 1,000 chapters from ~24.5 to ~21 s,
 * while at 100 chapters they were no faster than one and held 100–160 MB more. More than two have
 * not been measured against the memory budget (a number in MDX_WORKERS can go higher); the 250 in
 * between is a judgement.
 */
export const AUTO_MAX_WORKERS = 2;
export const AUTO_CHAPTERS_PER_WORKER = 250;

/** How many workers to start for `chapters` chapters on a machine with `cores` cores. */
export function workerCount(setting: number | 'auto', chapters: number, cores = availableParallelism()): number {
	if (setting !== 'auto') return setting;
	if (chapters < AUTO_MIN_CHAPTERS) return 0;
	return Math.max(1, Math.min(cores, AUTO_MAX_WORKERS, Math.ceil(chapters / AUTO_CHAPTERS_PER_WORKER)));
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function countChapters(dir: string): number {
	try {
		return readdirSync(dir).filter((name) => name.endsWith('.mdx')).length;
	} catch {
		return 0;
	}
}

/**
 * The worker's settings, or why workers cannot reproduce the in-thread compile (another
 * integration added Markdown plugins, or a setting is not plain data).
 */
export function workerData({ root, contentDir, basePath }: Pick<MdxWorkersOptions, 'root' | 'contentDir' | 'basePath'>, config: AstroConfig): MdxWorkerData | string {
	const ours = markdownConfig({ root, contentDir, basePath, report: () => {} });
	const { remarkPlugins, rehypePlugins, ...rest } = config.markdown;
	if (remarkPlugins.length !== ours.remarkPlugins.length || rehypePlugins.length !== ours.rehypePlugins.length) {
		return 'another integration adds Markdown plugins';
	}
	const data = { root, contentDir, basePath, markdown: rest, srcDir: config.srcDir.href, headingIdCompat: config.experimental.headingIdCompat };
	try {
		return structuredClone(data);
	} catch {
		return 'a Markdown setting is not plain data';
	}
}

/** Rejects the jobs still queued when the build stops early (another chapter failed). */
class PoolClosedError extends Error {}

interface Slot {
	worker: Worker;
	/** Jobs sent and not answered yet. */
	pending: number;
}

class Pool {
	#workers: Slot[] = [];
	#jobs = new Map<number, { resolve: (reply: CompileReply) => void; reject: (error: Error) => void; worker: Worker }>();
	#next = 0;
	#closed = false;
	#retiring = false;

	constructor(script: string, count: number, data: MdxWorkerData) {
		this.size = count;
		for (let i = 0; i < count; i++) {
			// A young generation of 64 MB lets most of a chapter's syntax trees die young: ~25% less CPU.
			const worker = new Worker(script, { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
			const slot: Slot = { worker, pending: 0 };
			worker.on('message', (reply: CompileReply | { ready: true }) => {
				if (!('job' in reply)) return;
				const job = this.#jobs.get(reply.job);
				if (!job) return;
				this.#jobs.delete(reply.job);
				slot.pending--;
				job.resolve(reply);
				if (this.#retiring && !slot.pending) void worker.terminate();
			});
			const fail = (error: Error) => {
				for (const [id, job] of this.#jobs) {
					if (job.worker !== worker) continue;
					this.#jobs.delete(id);
					job.reject(this.#closed ? new PoolClosedError('The build stopped.') : error);
				}
				this.#workers = this.#workers.filter((w) => w !== slot);
			};
			worker.on('error', fail);
			worker.on('exit', (code) => fail(new Error(`An MDX worker stopped (exit code ${code}).`)));
			this.#workers.push(slot);
		}
	}

	/** Compiles one file on the least busy worker. */
	run(code: string, id: string): Promise<CompileReply> {
		const slot = this.#workers.reduce<Slot | undefined>((best, w) => (!best || w.pending < best.pending ? w : best), undefined);
		if (!slot) return Promise.reject(new Error('No MDX worker is running.'));
		const job = this.#next++;
		slot.pending++;
		return new Promise((resolve, reject) => {
			this.#jobs.set(job, { resolve, reject, worker: slot.worker });
			slot.worker.postMessage({ job, code, id } satisfies CompileJob);
		});
	}

	/** Workers started. */
	readonly size: number;

	/**
	 * No more jobs are coming: each worker stops as soon as it has answered its last one, which
	 * gives its heap back before Rollup's own heap is at its largest, at the end of the build.
	 * A job sent later finds no worker (the caller compiles it in its own thread).
	 */
	retire(): void {
		this.#retiring = true;
		for (const slot of this.#workers) if (!slot.pending) void slot.worker.terminate();
	}

	async close(): Promise<void> {
		this.#closed = true;
		const workers = this.#workers.map((w) => w.worker);
		this.#workers = [];
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
}

/** The worker script, bundled from TypeScript into `dir`. */
async function bundleWorker(dir: string): Promise<string> {
	const outfile = join(dir, 'mdx-worker.mjs');
	await esbuild({
		entryPoints: [fileURLToPath(new URL('./mdx-worker.ts', import.meta.url))],
		outfile,
		bundle: true,
		packages: 'external',
		platform: 'node',
		format: 'esm',
		target: 'node20',
		logLevel: 'silent',
	});
	return outfile;
}

export function mdxWorkers(options: MdxWorkersOptions): Plugin {
	const chaptersDir = join(options.contentDir, 'chapters') + sep;
	let pool: Promise<Pool | undefined> | undefined;
	let compiled = 0;
	let started = 0;
	/**
	 * Chapters sent to the workers when the server build starts, with the source they were compiled
	 * from: Rollup reaches the chapters only after the pages and the site's own modules (3–4 s at
	 * 1,000 chapters), and the workers need not wait for it. A chapter whose source Rollup hands over
	 * differently is compiled again from what Rollup gives.
	 */
	const ahead = new Map<string, { code: string; reply: Promise<CompileReply> }>();
	let usedAhead = 0;
	let compileAhead: (() => Promise<void>) | undefined;
	return {
		name: 'handbook:mdx-workers',
		apply: 'build',
		configResolved(config) {
			compileAhead = undefined;
			const count = workerCount(options.workers, countChapters(chaptersDir));
			const compiler = config.plugins.find((plugin) => plugin.name === '@mdx-js/rollup');
			const inThread = compiler?.transform;
			if (!count || !compiler || typeof inThread !== 'function') return;
			const astroConfig = options.astroConfig();
			const data = astroConfig ? workerData(options, astroConfig) : 'Astro’s config is not resolved yet';
			if (typeof data === 'string') {
				options.log(`Compiling chapters in one thread: ${data}.`);
				return;
			}
			const startPool = async () => {
				try {
					started = performance.now();
					return new Pool(await bundleWorker(options.cacheDir()), count, data);
				} catch (error) {
					options.log(`Compiling chapters in one thread: the MDX workers did not start (${(error as Error).message}).`);
					return undefined;
				}
			};
			if (config.build.ssr) {
				compileAhead = async () => {
					const workers = await (pool ??= startPool());
					if (!workers) return;
					for (const name of readdirSync(chaptersDir).filter((file) => file.endsWith('.mdx')).sort()) {
						const id = join(chaptersDir, name);
						const code = readFileSync(id, 'utf8');
						const reply = workers.run(code, id);
						reply.catch(() => {}); // used (and its failure reported) only if Rollup asks for the chapter
						ahead.set(id, { code, reply });
					}
					workers.retire();
				};
			}
			compiler.transform = async function (this: unknown, code: string, id: string, ...rest: unknown[]) {
				const fallback = () => (inThread as (...args: unknown[]) => Promise<TransformResult>).call(this, code, id, ...rest);
				if (!id.endsWith('.mdx') || !id.startsWith(chaptersDir)) return fallback();
				const workers = await (pool ??= startPool());
				if (!workers) return fallback();
				const early = ahead.get(id);
				ahead.delete(id);
				const compiledAhead = early?.code === code ? early.reply : undefined;
				if (compiledAhead) usedAhead++;
				let reply: CompileReply;
				try {
					reply = await (compiledAhead ?? workers.run(code, id));
				} catch (error) {
					if (error instanceof PoolClosedError) throw error;
					options.log(`Compiling ${id} in Vite's thread: ${(error as Error).message}`);
					return fallback();
				}
				for (const d of reply.diagnostics) options.report(d);
				if (reply.error) throw Object.assign(new Error(reply.error.message), reply.error);
				compiled++;
				return reply.result;
			};
		},
		buildStart() {
			void compileAhead?.();
		},
		async buildEnd(error) {
			ahead.clear();
			const workers = await pool;
			pool = undefined;
			if (!workers) return;
			await workers.close();
			if (!error) options.log(`Compiled ${plural(compiled, 'chapter')} in ${plural(workers.size, 'worker thread')} (${usedAhead} ahead of Rollup; ${Math.round(performance.now() - started)} ms).`);
		},
	};
}
