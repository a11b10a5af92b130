/**
 * Draws every link-preview card in a worker thread while Vite compiles the chapters, so that the
 * /og/ route only copies finished PNGs. Cards depend on frontmatter alone (title, description, place
 * in the learning path), which is known before the compile starts. Cards are cached by content
 * hash in Astro's cacheDir, so unchanged cards are not redrawn by later builds either.
 */
import { Worker } from 'node:worker_threads';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CARD_CACHE, type CardCache } from '../utils/og-cache';
import { cardKey, chapterCard, HANDBOOK_CARD, type CardInput } from '../utils/og-image';

/** Card inputs of every chapter in `chaptersDir`, numbered as getChapters() numbers them. */
export function chapterCards(chaptersDir: string): CardInput[] {
	const chapters: Array<{ title: string; description: string; order: number }> = [];
	for (const name of readdirSync(chaptersDir)) {
		if (!name.endsWith('.mdx')) continue;
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(chaptersDir, name), 'utf8'));
		try {
			const data = match ? parse(match[1]!) : undefined;
			if (typeof data?.title === 'string' && typeof data.description === 'string' && typeof data.order === 'number') {
				chapters.push({ title: data.title.trim(), description: data.description.trim(), order: data.order });
			}
		} catch {
			/* invalid frontmatter: the content schema reports it; the route draws whatever is valid */
		}
	}
	return chapters.sort((a, b) => a.order - b.order).map((chapter, index) => chapterCard({ ...chapter, number: index + 1 }));
}

/** Starts drawing all cards into `dir`; the /og/ route waits for it through CARD_CACHE. */
export function startCardPrerender(chaptersDir: string, dir: string, log: (message: string) => void): void {
	const inputs = [HANDBOOK_CARD, ...chapterCards(chaptersDir)];
	const started = performance.now();
	const worker = new Worker(new URL('./og-worker.mjs', import.meta.url), { workerData: { dir, inputs } });
	const ready = new Promise<void>((done) => {
		worker.once('message', ({ drawn }: { drawn: number }) => log(`Drew ${drawn} of ${inputs.length} link-preview cards in ${Math.round(performance.now() - started)} ms (in a worker thread).`));
		worker.once('error', (error) => {
			log(`Link-preview cards will be drawn during page generation: ${error.message}`);
			done();
		});
		worker.once('exit', () => done());
	});
	(globalThis as { [CARD_CACHE]?: CardCache })[CARD_CACHE] = { dir, ready };
	// Keep the cache to the current cards.
	void ready.then(() => {
		const keep = new Set(inputs.map((input) => `${cardKey(input)}.png`));
		try {
			for (const name of readdirSync(dir)) if (name.endsWith('.png') && !keep.has(name)) rmSync(join(dir, name), { force: true });
		} catch {
			/* nothing cached */
		}
	});
}
