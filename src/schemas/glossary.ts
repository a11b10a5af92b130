/**
 * One glossary entry (`content/glossary.yaml` is a list of these).
 */
import { z } from 'astro/zod';
import { SLUG_PATTERN } from '../utils/slug';

/** `chapter-slug#anchor`: the section that explains a term. */
export const SEE_PATTERN = /^([a-z0-9]+(?:-[a-z0-9]+)*)#([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export const glossaryEntrySchema = z.object({
	/** Anchor on `/glossary/` and the id used by `<Term id="…">`, e.g. `psa`. */
	id: z.string().regex(SLUG_PATTERN, 'Glossary ids are lowercase words joined by hyphens, e.g. "co-op-funds".'),
	/** The term as readers write it, e.g. `PSA` or `Co-selling`. */
	term: z.string().trim().min(1, 'Write the term after `term:`.'),
	/** What an acronym stands for, e.g. `Professional services automation`. */
	expansion: z.string().trim().min(1).optional(),
	/** One or two sentences in plain words. */
	definition: z
		.string()
		.trim()
		.min(1, 'Write a one- or two-sentence `definition:`.')
		.max(400, 'Keep the definition to one or two sentences (under 400 characters); the chapter explains the rest.'),
	/** The chapter section that explains the term, as `chapter-slug#anchor`. */
	see: z
		.string()
		.regex(SEE_PATTERN, 'Write `see:` as chapter-slug#anchor, e.g. "msp-toolbox#professional-services-automation-psa".'),
	/**
	 * Other names people search for, e.g. `[PSA tool]`.
	 * @default []
	 */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/**
	 * Ids this entry had before, so that old `/glossary/#old-id` links keep working.
	 * @default []
	 */
	formerIds: z.array(z.string().regex(SLUG_PATTERN)).default([]),
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
