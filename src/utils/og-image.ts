/**
 * Link-preview images (1200×630 PNG; Slack and Teams do not show SVG), drawn from chapter data
 * with satori (layout and text to SVG paths, using the bundled Inter font) and resvg (SVG to PNG).
 * No system fonts are read, so the same input gives the same bytes on every machine.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface CardInput {
	/** Small line at the top, e.g. "Chapter 5". */
	eyebrow: string;
	title: string;
	description: string;
}

interface Node {
	type: string;
	props: Record<string, unknown>;
}
const h = (type: string, style: Record<string, unknown>, children?: string | Node | Node[]): Node => ({
	type,
	props: { style, children },
});

let fonts: Promise<Array<{ name: string; data: Buffer; weight: 400 | 700 }>> | undefined;
function loadFonts() {
	const require = createRequire(import.meta.url);
	const file = (weight: number) => require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`);
	return (fonts ??= Promise.all([
		readFile(file(400)).then((data) => ({ name: 'Inter', data, weight: 400 as const })),
		readFile(file(700)).then((data) => ({ name: 'Inter', data, weight: 700 as const })),
	]));
}

/** The card as a PNG buffer. */
export async function renderCard({ eyebrow, title, description }: CardInput): Promise<Buffer> {
	const tree = h(
		'div',
		{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#12161d', color: '#e6e9ef', fontFamily: 'Inter', borderTop: '12px solid #4d8ef7' },
		[
			h('div', { display: 'flex', fontSize: 28, color: '#8cb8ff' }, `MSP Onboarding Handbook · ${eyebrow}`),
			h('div', { display: 'flex', fontSize: title.length > 48 ? 60 : 72, fontWeight: 700, lineHeight: 1.12, letterSpacing: -1 }, title),
			h('div', { display: 'flex', fontSize: 30, lineHeight: 1.35, color: '#aab3c2' }, description),
		],
	);
	const svg = await satori(tree as Parameters<typeof satori>[0], { width: 1200, height: 630, fonts: await loadFonts() });
	return new Resvg(svg, { fitTo: { mode: 'width', value: 1200 }, font: { loadSystemFonts: false } }).render().asPng();
}
