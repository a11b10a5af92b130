/**
 * Card PNGs for the /og/ route, from the card cache the build fills ahead of time (see
 * src/integrations/og-prerender.ts): the route waits for that work, then reads the file. A card the
 * cache lacks (or `astro dev`, where nothing is prerendered) is drawn here and stored.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardKey, renderCard, type CardInput } from './og-image';

export interface CardCache {
	/** Folder of `<key>.png` files. */
	dir: string;
	/** Settles when the prerender worker has finished (or failed). */
	ready: Promise<unknown>;
}

/** Shared between the build integration and the route, which run in the same process. */
export const CARD_CACHE = Symbol.for('handbook.og-card-cache');

export async function cardPng(input: CardInput): Promise<Buffer> {
	const cache = (globalThis as { [CARD_CACHE]?: CardCache })[CARD_CACHE];
	if (!cache) return renderCard(input);
	await cache.ready;
	const file = join(cache.dir, `${cardKey(input)}.png`);
	try {
		return readFileSync(file);
	} catch {
		const png = await renderCard(input);
		mkdirSync(cache.dir, { recursive: true });
		writeFileSync(file, png);
		return png;
	}
}
