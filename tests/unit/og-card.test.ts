/**
 * Link-preview cards: the layout (pure, with a fake font whose every character is `size / 2` wide)
 * and one real card drawn with the bundled font.
 */
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, layoutCard, renderCard, wrapText } from '../../src/utils/og-render.mjs';

type Font = { size: number; letterSpacing: number };
const fakeFont = (text: string, font: Font) => ({ width: text.length * (font.size / 2 + font.letterSpacing), ascent: font.size * 0.8, descent: font.size * 0.2 });

describe('wrapText', () => {
	const widthOf = (text: string) => text.length * 10;
	it('breaks at spaces so that no line is wider than the box', () => {
		expect(wrapText('one two three four five', 100, widthOf)).toEqual(['one two', 'three four', 'five']);
	});
	it('keeps a word longer than the box on a line of its own, and ignores extra spaces', () => {
		expect(wrapText('  a  supercalifragilistic b ', 100, widthOf)).toEqual(['a', 'supercalifragilistic', 'b']);
	});
});

describe('layoutCard', () => {
	const input = { eyebrow: 'Chapter 4', title: 'Who MSPs serve', description: 'Small and mid-sized businesses, by industry and size, and what each of them buys from an MSP.' };
	const lines = layoutCard(input, fakeFont);

	it('puts the eyebrow at the top, the description at the bottom and the title between', () => {
		expect(lines.map((l) => l.text)).toEqual([
			'MSP Onboarding Handbook · Chapter 4',
			'Who MSPs serve',
			// 1,056 px at 15 px a character: 70 characters a line.
			'Small and mid-sized businesses, by industry and size, and what each of',
			'them buys from an MSP.',
		]);
		const [eyebrow, title, first, last] = lines;
		// Eyebrow: its line box (ascent + descent = 28 px) starts below the border and the padding.
		expect(eyebrow!.baseline).toBeCloseTo(12 + 64 + 28 * 0.8);
		// Description: two 40.5 px lines ending at the bottom padding, baselines centred in them.
		expect(last!.baseline).toBeCloseTo(CARD_HEIGHT - 64 - 40.5 + (40.5 - 30) / 2 + 30 * 0.8);
		expect(last!.baseline - first!.baseline).toBeCloseTo(40.5);
		// Title: equal space above and below its 72 × 1.12 px line box.
		const titleTop = title!.baseline - ((72 * 1.12 - 72) / 2 + 72 * 0.8);
		const above = titleTop - (12 + 64 + 28);
		const below = CARD_HEIGHT - 64 - 2 * 40.5 - (titleTop + 72 * 1.12);
		expect(above).toBeCloseTo(below);
		expect(lines.every((l) => l.x === 72)).toBe(true);
	});

	it('draws long titles smaller and tighter', () => {
		const long = layoutCard({ ...input, title: 'A title that is much longer than forty-eight characters in all' }, fakeFont);
		expect(long.find((l) => l.font.weight === 700)!.font).toEqual({ weight: 700, size: 60, letterSpacing: -1 });
		expect(lines.find((l) => l.font.weight === 700)!.font.size).toBe(72);
	});
});

describe('renderCard', () => {
	it('draws a 1200×630 PNG in the card colours, with text where the layout puts it', async () => {
		const png = await renderCard({ eyebrow: 'Chapter 1', title: 'MSP basics', description: 'What a managed service provider is.' });
		const image = await loadImage(png);
		expect([image.width, image.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
		const ctx = createCanvas(CARD_WIDTH, CARD_HEIGHT).getContext('2d');
		ctx.drawImage(image, 0, 0);
		const pixel = (x: number, y: number) => [...ctx.getImageData(x, y, 1, 1).data];
		expect(pixel(600, 4)).toEqual([0x4d, 0x8e, 0xf7, 255]); // top border
		expect(pixel(8, 600)).toEqual([0x12, 0x16, 0x1d, 255]); // background
		// Some pixels of the title's row are (nearly) the title colour.
		const row = ctx.getImageData(72, 300, 500, 30).data;
		let bright = 0;
		for (let i = 0; i < row.length; i += 4) if (row[i]! > 200) bright++;
		expect(bright).toBeGreaterThan(500);
	});

	it('draws the same card whatever was drawn before it (the canvas is reused)', async () => {
		const card = { eyebrow: 'Chapter 2', title: 'Operational maturity', description: 'Five levels, from reactive to innovating.' };
		const first = await renderCard(card);
		await renderCard({ eyebrow: 'Internal', title: 'A much longer title that wraps onto a second line of the card', description: 'Something else entirely, long enough to wrap as well.' });
		expect(Buffer.compare(await renderCard(card), first)).toBe(0);
	});

	it('gives a new cache key when any text changes', () => {
		const a = { eyebrow: 'Chapter 1', title: 'T', description: 'D' };
		expect(cardKey(a)).toBe(cardKey({ ...a }));
		expect(new Set([cardKey(a), cardKey({ ...a, eyebrow: 'Chapter 2' }), cardKey({ ...a, title: 'U' }), cardKey({ ...a, description: 'E' })]).size).toBe(4);
	});
});
