/**
 * Link-preview cards are encoded by our own PNG writer: it must round-trip every pixel and be a
 * PNG that other decoders read (Skia decodes it here).
 */
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { encodePng } from '../../src/utils/png.mjs';

describe('encodePng', () => {
	it('writes a PNG whose pixels decode back exactly', async () => {
		const width = 64;
		const height = 40;
		const rgba = Buffer.alloc(width * height * 4);
		for (let i = 0; i < width * height; i++) rgba.set([(i * 7) % 256, (i * 13) % 256, (i * 29) % 256, 255], i * 4);
		const png = encodePng(rgba, width, height);
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
		const image = await loadImage(png);
		expect([image.width, image.height]).toEqual([width, height]);
		const ctx = createCanvas(width, height).getContext('2d');
		ctx.drawImage(image, 0, 0);
		expect(Buffer.compare(Buffer.from(ctx.getImageData(0, 0, width, height).data), rgba)).toBe(0);
	});

	it('refuses pixel data of the wrong size', () => {
		expect(() => encodePng(new Uint8Array(10), 2, 2)).toThrow('Expected 16 bytes of RGBA for 2×2, got 10.');
	});
});
