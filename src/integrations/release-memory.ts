/**
 * A full garbage collection on demand, at the build's phase boundaries.
 *
 * V8 sizes the heap from the largest live set it has seen: after the Vite build (~0.9 GB live at
 * 1,000 chapters) it lets garbage grow to ~2 GB before it collects again, although rendering and
 * the checks keep only ~0.2 GB alive. Collecting when a phase's data has just become garbage
 * gives that memory back to the system, above all before Pagefind's indexing process (~0.6 GB at
 * 1,000 chapters) starts beside this one. One collection takes a few hundred milliseconds.
 */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

let gc: (() => void) | null | undefined;

/**
 * Runs a full garbage collection; returns false where Node offers none (nothing happens then).
 * `passes`: 2 (the default) also lets V8 return the pages the first pass emptied.
 */
export function collectGarbage(passes: 1 | 2 = 2): boolean {
	if (gc === undefined) {
		gc = (globalThis as { gc?: () => void }).gc ?? null;
		if (!gc) {
			// Node's documented `--expose-gc`, switched on just long enough to fetch the function
			// from a fresh context (so no other context gains a global `gc`).
			try {
				setFlagsFromString('--expose-gc');
				gc = runInNewContext('gc') as () => void;
			} catch {
				gc = null;
			} finally {
				setFlagsFromString('--no-expose-gc');
			}
		}
	}
	// The second collection finishes sweeping the first one's pages, so that V8 can return them.
	gc?.();
	if (passes === 2) gc?.();
	return gc !== null;
}

/**
 * Holds the server build's heap near its live size. V8 lets garbage grow with the heap (by up to
 * half as much again at ~0.7 GB live), and Rollup allocates a lot of short-lived data while it
 * renders a thousand chunks at the end of the build, when the heap is at its largest: at 1,000
 * chapters the heap went from 0.59 to 0.96 GB, of which only 0.11 GB stayed alive. This plugin
 * measures the heap at Rollup's hooks (each parsed module, each rendered chunk, the finished bundle)
 * and collects whenever it has grown by `budget` bytes since the last collection: about seven
 * collections of ~0.3 s at 1,000 chapters, which took the build's largest process from about 1.3 GB
 * to about 1.2 GB.
 */
export function releaseMemoryPlugin({ budget = 128 * 2 ** 20 } = {}): Plugin {
	let ssr = false;
	let limit = 0;
	const check = () => {
		const used = getHeapStatistics().used_heap_size;
		if (used < limit) return;
		collectGarbage(1);
		limit = getHeapStatistics().used_heap_size + budget;
	};
	return {
		name: 'handbook:release-memory',
		apply: 'build',
		configResolved(config) {
			ssr = Boolean(config.build.ssr);
		},
		buildStart() {
			limit = getHeapStatistics().used_heap_size + budget;
		},
		moduleParsed() {
			if (ssr) check();
		},
		// Every module is in: what only the transforms needed is garbage now.
		buildEnd() {
			if (!ssr) return;
			collectGarbage(1);
			limit = getHeapStatistics().used_heap_size + budget;
		},
		renderChunk() {
			if (ssr) check();
			return null;
		},
		generateBundle() {
			if (ssr) check();
		},
		writeBundle() {
			if (ssr) check();
		},
	};
}
