/**
 * Link-preview images (1200×630 PNG; Slack and Teams do not show SVG), drawn from chapter data
 * with Skia (@napi-rs/canvas) in the bundled Inter font (Latin), so cards look the same on every
 * machine; only a character outside Inter's Latin set would fall back to the machine's own fonts.
 *
 * The drawing lives in og-render.mjs (plain JS, so a build worker thread can run it too).
 */
import { cardKey as key, renderCard as render } from './og-render.mjs';

// A type alias, not an interface, so that it is assignable to getStaticPaths' props record.
export type CardInput = {
	/** Small line at the top, e.g. "Chapter 5". */
	eyebrow: string;
	title: string;
	description: string;
};

/** The card for pages other than chapters (`/og/handbook.png`). */
export const HANDBOOK_CARD: CardInput = { eyebrow: 'Internal', title: 'MSP Onboarding Handbook', description: 'How managed service providers work: a learning path for new hires.' };

/** The card for chapter number `number`. */
export const chapterCard = (chapter: { number: number; title: string; description: string }): CardInput => ({
	eyebrow: `Chapter ${chapter.number}`,
	title: chapter.title,
	description: chapter.description,
});

/** The card as a PNG buffer. */
export const renderCard: (input: CardInput) => Promise<Buffer> = render;

/** A stable key for a card's input and design (file name in the card cache). */
export const cardKey: (input: CardInput) => string = key;
