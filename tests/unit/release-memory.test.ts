import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { getHeapStatistics } from 'node:v8';
import type { Plugin } from 'vite';
import { collectGarbage, releaseMemoryPlugin } from '../../src/integrations/release-memory';

describe('collectGarbage', () => {
	it('collects without --expose-gc, and exposes no global gc to other contexts', () => {
		const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
		expect(collectGarbage()).toBe(true);
		expect(collectGarbage()).toBe(true);
		expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(exposed);
		expect(runInNewContext('typeof gc')).toBe(exposed ? 'function' : 'undefined');
	});
});

describe('releaseMemoryPlugin', () => {
	const MB = 2 ** 20;
	const used = () => getHeapStatistics().used_heap_size;
	// Calls a hook the way Vite would (these hooks use no plugin context).
	const call = (plugin: Plugin, hook: 'configResolved' | 'buildStart' | 'moduleParsed' | 'renderChunk', ...args: unknown[]) =>
		(plugin[hook] as unknown as (...a: unknown[]) => unknown).call({}, ...args);
	/** Allocates about `mb` MB that is garbage as soon as this returns (1 MB arrays: V8 puts them straight in the old generation). */
	const litter = (mb: number) => {
		const junk: number[][] = [];
		for (let i = 0; i < mb; i++) junk.push(new Array<number>(MB / 8).fill(i + 0.5));
		return junk.length;
	};

	it('collects in the server build once the heap has grown by the budget, and not before', () => {
		const plugin = releaseMemoryPlugin({ budget: 64 * MB });
		call(plugin, 'configResolved', { build: { ssr: true } });
		collectGarbage();
		call(plugin, 'buildStart');
		litter(16);
		const small = used();
		call(plugin, 'moduleParsed', {});
		expect(used()).toBeGreaterThan(small - 8 * MB); // under the budget: nothing collected
		litter(96);
		const big = used();
		call(plugin, 'renderChunk', '', {});
		expect(used()).toBeLessThan(big - 64 * MB); // the garbage is gone
	});

	it('leaves the client build alone', () => {
		const plugin = releaseMemoryPlugin({ budget: 1 * MB });
		call(plugin, 'configResolved', { build: { ssr: false } });
		call(plugin, 'buildStart');
		litter(32);
		const before = used();
		call(plugin, 'moduleParsed', {});
		expect(used()).toBeGreaterThan(before - 8 * MB);
	});
});
