// @ts-check
/**
 * Draws a link-preview card (1200×630 PNG) with Skia (@napi-rs/canvas) and the bundled Inter font.
 * Plain JavaScript so that the build can also run it in a worker thread (src/integrations/og-worker.mjs);
 * typed through src/utils/og-image.ts.
 *
 * The design is a column inside the padding: the eyebrow at the top, the description at the bottom
 * and the title centred in the space between (a flex column with `justify-content: space-between`).
 * `layoutCard` places every line (pure, tested with a fake font); `renderCard` paints them.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { encodePng } from './png.mjs';

/** Bump when the card design or encoding changes, so cached cards are redrawn. */
const DESIGN_VERSION = 3;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const BORDER = 12;
const PADDING = { x: 72, y: 64 };
const COLOURS = { background: '#12161d', border: '#4d8ef7', eyebrow: '#8cb8ff', title: '#e6e9ef', description: '#aab3c2' };

/**
 * @typedef {{ eyebrow: string; title: string; description: string }} CardText
 * @typedef {{ weight: 400 | 700; size: number; letterSpacing: number }} CardFont
 * @typedef {{ width: number; ascent: number; descent: number }} TextMetrics
 * @typedef {(text: string, font: CardFont) => TextMetrics} Measure
 * @typedef {{ text: string; x: number; baseline: number; font: CardFont; colour: string }} CardLine
 */

/** The three blocks, top to bottom. @param {CardText} input */
function blocks({ eyebrow, title, description }) {
	const titleSize = title.length > 48 ? 60 : 72;
	return [
		{ text: `MSP Onboarding Handbook · ${eyebrow}`, font: { weight: /** @type {const} */ (400), size: 28, letterSpacing: 0 }, lineHeight: undefined, colour: COLOURS.eyebrow, wrap: false },
		{ text: title, font: { weight: /** @type {const} */ (700), size: titleSize, letterSpacing: -1 }, lineHeight: 1.12, colour: COLOURS.title, wrap: true },
		{ text: description, font: { weight: /** @type {const} */ (400), size: 30, letterSpacing: 0 }, lineHeight: 1.35, colour: COLOURS.description, wrap: true },
	];
}

/**
 * Breaks `text` at spaces into lines no wider than `width` (a word longer than a line keeps its own line).
 * @param {string} text @param {number} width @param {(text: string) => number} widthOf
 */
export function wrapText(text, width, widthOf) {
	/** @type {string[]} */
	const lines = [];
	let line = '';
	for (const word of text.trim().split(/\s+/)) {
		const longer = line ? `${line} ${word}` : word;
		if (line && widthOf(longer) > width) {
			lines.push(line);
			line = word;
		} else {
			line = longer;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Every line of the card with its position. A block's line box is `lineHeight × size` tall (the
 * font's own ascent + descent for the one-line eyebrow), with the text's baseline centred in it as
 * CSS does.
 * @param {CardText} input @param {Measure} measure @returns {CardLine[]}
 */
export function layoutCard(input, measure) {
	const left = PADDING.x;
	const top = BORDER + PADDING.y;
	const bottom = CARD_HEIGHT - PADDING.y;
	const width = CARD_WIDTH - 2 * PADDING.x;
	const laidOut = blocks(input).map((block) => {
		const { ascent, descent } = measure(block.text, block.font);
		const lines = block.wrap ? wrapText(block.text, width, (text) => measure(text, block.font).width) : [block.text.trim()];
		const lineBox = block.lineHeight ? block.lineHeight * block.font.size : ascent + descent;
		return { ...block, lines, lineBox, ascent, descent, height: lines.length * lineBox };
	});
	const gap = (bottom - top - laidOut.reduce((sum, block) => sum + block.height, 0)) / (laidOut.length - 1);
	/** @type {CardLine[]} */
	const out = [];
	let y = top;
	for (const block of laidOut) {
		const offset = (block.lineBox - block.ascent - block.descent) / 2 + block.ascent;
		block.lines.forEach((text, i) => out.push({ text, x: left, baseline: y + i * block.lineBox + offset, font: block.font, colour: block.colour }));
		y += block.height + gap;
	}
	return out;
}

/** @param {CardFont} font */
const cssFont = (font) => `${font.weight} ${font.size}px Inter`;

/** @type {Promise<typeof import('@napi-rs/canvas')> | undefined} */
let skia;
/** The canvas module with Inter registered (once per thread). */
function loadSkia() {
	return (skia ??= import('@napi-rs/canvas').then((module) => {
		const require = createRequire(import.meta.url);
		for (const weight of [400, 700]) {
			const file = require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff2`);
			if (!module.GlobalFonts.registerFromPath(file, 'Inter')) throw new Error(`Could not load the card font ${file}.`);
		}
		return module;
	}));
}

/**
 * The renderer's version: another Skia draws the same card with slightly different pixels, so a
 * cache must not mix them (cards cached by 1.1.1 were served after the pin to 1.0.11).
 */
const RENDERER = `@napi-rs/canvas@${createRequire(import.meta.url)('@napi-rs/canvas/package.json').version}`;

/** A stable key for a card's input, design and renderer, e.g. for a file cache. @param {CardText} input */
export function cardKey({ eyebrow, title, description }) {
	return createHash('sha256').update(JSON.stringify([DESIGN_VERSION, RENDERER, eyebrow, title, description])).digest('hex').slice(0, 32);
}

/** @type {import('@napi-rs/canvas').Canvas | undefined} */
let canvas;

/** The card as a PNG buffer. @param {CardText} input @returns {Promise<Buffer>} */
export async function renderCard(input) {
	// Loaded on first use: the build draws cards in a worker thread, and the main process, which
	// only copies them, need not load Skia.
	const { createCanvas } = await loadSkia();
	// One canvas, cleared for each card: a thousand cards then allocate no new 3 MB surfaces.
	canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
	const ctx = canvas.getContext('2d');
	ctx.reset();
	ctx.fillStyle = COLOURS.background;
	ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
	ctx.fillStyle = COLOURS.border;
	ctx.fillRect(0, 0, CARD_WIDTH, BORDER);
	ctx.textBaseline = 'alphabetic';
	/** @param {CardFont} font */
	const use = (font) => {
		ctx.font = cssFont(font);
		ctx.letterSpacing = `${font.letterSpacing}px`;
	};
	/** @type {Measure} */
	const measure = (text, font) => {
		use(font);
		const metrics = ctx.measureText(text);
		return { width: metrics.width, ascent: metrics.fontBoundingBoxAscent, descent: metrics.fontBoundingBoxDescent };
	};
	for (const line of layoutCard(input, measure)) {
		use(line.font);
		ctx.fillStyle = line.colour;
		ctx.fillText(line.text, line.x, line.baseline);
	}
	// Skia's pixels are premultiplied, which equals straight RGBA here: the background is opaque.
	return encodePng(canvas.data(), CARD_WIDTH, CARD_HEIGHT);
}
