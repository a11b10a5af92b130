/**
 * Frontmatter of a chapter (`content/chapters/<slug>.mdx`).
 *
 * Messages are written for content writers: Astro prints them with the file name and the field.
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../utils/slug';

/** Longest description: it is shown on cards, in `<meta name="description">` and in link previews. */
export const DESCRIPTION_MAX = 160;

/**
 * A field that must be present, with a writer-friendly message when it is missing. (Astro's own
 * error map replaces zod's `required_error`, but keeps the message of a custom issue.)
 */
export const required = <T extends z.ZodTypeAny>(message: string, schema: T) =>
	z
		.unknown()
		.refine((value) => value !== undefined && value !== null, { message })
		.pipe(schema);

const anchor = z
	.string()
	.regex(SLUG_PATTERN, 'Anchors are lowercase words joined by hyphens, e.g. "pricing-models".');

export const chapterSchema = z.object({
	/** The chapter's title, shown as its `<h1>`, in navigation and in link previews. */
	title: required(
		'Missing. Every chapter needs a `title:` line in its frontmatter, e.g. `title: How MSPs make money`.',
		z
			.string()
			.trim()
			.min(1, 'The title is empty. Write the chapter title after `title:`.')
			.max(90, 'Keep the title under 90 characters so it fits navigation and previews.'),
	),
	/** What the chapter gives the reader; at most 160 characters. */
	description: required(
		`Missing. Every chapter needs a \`description:\`: one sentence, at most ${DESCRIPTION_MAX} characters, saying what the reader gets.`,
		z
			.string()
			.trim()
			.min(1, 'The description is empty. Say in one sentence what the reader gets from the chapter.')
			.max(
				DESCRIPTION_MAX,
				`The description is longer than ${DESCRIPTION_MAX} characters. Shorten it: it is shown on cards and in link previews, which cut it off.`,
			),
	),
	/** Position in the learning path; unique across chapters. */
	order: required(
		'Missing. Every chapter needs an `order:` number, its place in the learning path, e.g. `order: 3`.',
		z.number().int('`order` must be a whole number, e.g. `order: 3`.').positive('`order` must be 1 or more.'),
	),
	/**
	 * Renamed sections: `old-anchor: new-anchor`. Old links keep landing on the new heading.
	 * @default {}
	 */
	aliases: z.record(anchor, anchor).default({}),
	/**
	 * Old URLs of this chapter, e.g. `[/old-slug/]`, which then redirect here.
	 * @default []
	 */
	redirectFrom: z
		.array(
			z
				.string()
				.regex(/^\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/, 'Write old chapter URLs as "/old-slug/" (slashes on both ends).'),
		)
		.default([]),
});

export type ChapterData = z.infer<typeof chapterSchema>;
