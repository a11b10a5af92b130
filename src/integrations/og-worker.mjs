// Worker thread: draws link-preview cards into the card cache (skipping cards already there).
import { workerData, parentPort } from 'node:worker_threads';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { setPriority } from 'node:os';
import { runInNewContext } from 'node:vm';
import { cardKey, renderCard } from '../utils/og-render.mjs';

// Cards are needed only when the pages are rendered, while the chapters' compile (the MDX workers)
// is the build's critical path, so this thread takes only the spare CPU. On Linux a thread's
// priority is its own (elsewhere it would be the whole build's). At 1,000 chapters the Vite build
// then took 24.7 s instead of 26.3 s; with two MDX workers the cards finish by the end of the Vite
// build, before the pages that show them render.
if (process.platform === 'linux') {
	try {
		setPriority(19);
	} catch {
		/* not permitted: draw at normal priority */
	}
}

// Each card leaves ~6 MB outside the JS heap (the pixel copy and the PNG rows), freed only when V8
// collects their (tiny) JS wrappers. This thread allocates too little to ever trigger a GC, so it
// collects every few cards itself; otherwise 1,000 cards would hold 6 GB. Every 8 cards keeps that
// near 50 MB for ~10 ms of collection.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');

const { dir, inputs } = workerData;
mkdirSync(dir, { recursive: true });
let drawn = 0;
for (const input of inputs) {
	const file = join(dir, `${cardKey(input)}.png`);
	if (existsSync(file)) continue;
	writeFileSync(file, await renderCard(input));
	if (++drawn % 8 === 0) {
		gc();
		await new Promise((resolve) => setImmediate(resolve));
	}
}
parentPort?.postMessage({ drawn });
