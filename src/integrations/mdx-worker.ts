/**
 * Worker thread that compiles chapters for `mdx-workers.ts`. It runs `@astrojs/mdx`'s own Vite
 * transform, set up through the integration's public hooks with the handbook's Markdown settings
 * (`markdown-plugins.ts`), so a chapter compiles to exactly the module it would in Vite's thread.
 *
 * Bundled by esbuild at build time (Node 20 cannot load TypeScript); packages stay external.
 */
import { parentPort, workerData } from 'node:worker_threads';
import mdx from '@astrojs/mdx';
import { markdownConfig, MDX_OPTIONS } from './markdown-plugins';
import type { Diagnostic } from '../utils/diagnostics';
import type { CompileJob, CompileReply, MdxWorkerData } from './mdx-workers';

type Transform = (code: string, id: string) => Promise<CompileReply['result']>;
interface MdxVitePlugin {
	name: string;
	configResolved?: (config: { build: { sourcemap: boolean }; plugins: unknown[] }) => void;
	transform?: Transform;
}

const data = workerData as MdxWorkerData;
const port = parentPort!;

/** Problems found in each file being compiled (several may be in flight at once). */
const problems = new Map<string, Diagnostic[]>();
const markdown = {
	...data.markdown,
	...markdownConfig({ root: data.root, contentDir: data.contentDir, basePath: data.basePath, report: (d, file) => problems.get(file.path)?.push(d) }),
};

const logger = {
	info: () => {},
	debug: () => {},
	warn: (message: string) => console.warn(`[mdx-worker] ${message}`),
	error: (message: string) => console.error(`[mdx-worker] ${message}`),
	fork() {
		return logger;
	},
};
const ignore = () => {};
const integration = mdx(MDX_OPTIONS);
let plugins: MdxVitePlugin[] = [];
// The hooks receive only what @astrojs/mdx reads; the casts stand in for Astro's full hook objects.
await integration.hooks['astro:config:setup']?.({
	config: { markdown },
	updateConfig: (update: { vite?: { plugins?: MdxVitePlugin[] } }) => {
		plugins = update.vite?.plugins ?? [];
	},
	addRenderer: ignore,
	addPageExtension: ignore,
	addContentEntryType: ignore,
	logger,
} as never);
await integration.hooks['astro:config:done']?.({
	config: { markdown, srcDir: new URL(data.srcDir), experimental: { headingIdCompat: data.headingIdCompat } },
	logger,
} as never);
const compiler = plugins.find((plugin) => plugin.name === '@mdx-js/rollup');
if (!compiler?.transform) throw new Error('@astrojs/mdx no longer provides the "@mdx-js/rollup" Vite plugin.');
compiler.configResolved?.({ build: { sourcemap: false }, plugins: [] });
const transform = compiler.transform;

async function compile({ job, code, id }: CompileJob): Promise<CompileReply> {
	const found: Diagnostic[] = [];
	problems.set(id, found);
	try {
		return { job, result: await transform(code, id), diagnostics: found };
	} catch (caught) {
		const error = caught as Error & { loc?: unknown };
		return { job, error: { name: error.name, message: error.message, stack: error.stack, loc: error.loc }, diagnostics: found };
	} finally {
		problems.delete(id);
	}
}

// One chapter at a time: the compile is asynchronous, and starting every queued chapter at once
// would keep all their syntax trees alive together (and the garbage collector busy).
const queue: CompileJob[] = [];
let busy = false;
port.on('message', async (job: CompileJob) => {
	queue.push(job);
	if (busy) return;
	busy = true;
	for (let next = queue.shift(); next; next = queue.shift()) port.postMessage(await compile(next));
	busy = false;
});
port.postMessage({ ready: true });
