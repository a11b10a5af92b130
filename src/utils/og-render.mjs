// @ts-check
/**
 * Draws a link-preview card (1200×630 PNG) with satori and resvg, using the bundled Inter font.
 * Plain JavaScript so that the build can also run it in a worker thread (src/integrations/og-worker.mjs);
 * typed through src/utils/og-image.ts.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { encodePng } from './png.mjs';

/** Bump when the card design or encoding changes, so cached cards are redrawn. */
const DESIGN_VERSION = 2;

/** @param {string} type @param {Record<string, unknown>} style @param {unknown} [children] */
const h = (type, style, children) => ({ type, props: { style, children } });

/** @type {Promise<Array<{ name: string; data: Buffer; weight: 400 | 700 }>> | undefined} */
let fonts;
function loadFonts() {
	const require = createRequire(import.meta.url);
	/** @param {number} weight */
	const file = (weight) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
	return (fonts ??= Promise.all([
		readFile(file(400)).then((data) => ({ name: 'Inter', data, weight: /** @type {const} */ (400) })),
		readFile(file(700)).then((data) => ({ name: 'Inter', data, weight: /** @type {const} */ (700) })),
	]));
}

/** A stable key for a card's input (and design), e.g. for a file cache. @param {{ eyebrow: string; title: string; description: string }} input */
export function cardKey({ eyebrow, title, description }) {
	return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, eyebrow, title, description])).digest('hex').slice(0, 32);
}

/** The card as a PNG buffer. @param {{ eyebrow: string; title: string; description: string }} input @returns {Promise<Buffer>} */
export async function renderCard({ eyebrow, title, description }) {
	const tree = h(
		'div',
		{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#12161d', color: '#e6e9ef', fontFamily: 'Inter', borderTop: '12px solid #4d8ef7' },
		[
			h('div', { display: 'flex', fontSize: 28, color: '#8cb8ff' }, `MSP Onboarding Handbook · ${eyebrow}`),
			h('div', { display: 'flex', fontSize: title.length > 48 ? 60 : 72, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, title),
			h('div', { display: 'flex', fontSize: 30, lineHeight: 1.35, color: '#aab3c2' }, description),
		],
	);
	// Loaded on first use: the build draws cards in a worker thread, and satori's layout engine
	// (16 MB of WebAssembly memory) need not sit in the main process that only copies them.
	const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
	const svg = await satori(/** @type {any} */ (tree), { width: 1200, height: 630, fonts: await loadFonts() });
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render();
	// resvg's pixels are premultiplied, which equals straight RGBA here: the background is opaque.
	return encodePng(image.pixels, image.width, image.height);
}
