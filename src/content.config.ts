import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join, basename, extname } from 'node:path';
import { chapterSchema } from './schemas/chapter';
import { glossaryEntrySchema } from './schemas/glossary';
import { glossaryLoader } from './loaders/glossary';
import { readSettings } from './settings';
import { isValidSlug, suggestSlug } from './utils/slug';

const { contentDir } = readSettings();

/** Chapters: one MDX file each; the file name is the chapter's URL slug. */
const chapters = defineCollection({
	loader: glob({
		pattern: '*.mdx',
		base: join(contentDir, 'chapters'),
		// The store is bundled into the build as one JS module and kept in memory while pages render;
		// with every chapter's source in it, that is ~12 MB of strings at 1,000 chapters (and ~50 MB
		// while Rollup bundles it). Reading times are counted from the files instead (content.ts).
		retainBody: false,
		generateId: ({ entry }) => {
			const name = basename(entry, extname(entry));
			if (!isValidSlug(name)) {
				throw new Error(
					`Chapter file "${entry}" has a name that cannot be a URL. Rename it to "${suggestSlug(name)}.mdx": ` +
						'lowercase letters, digits and single hyphens only (the file name becomes the chapter URL).',
				);
			}
			return name;
		},
	}),
	schema: chapterSchema,
});

/** Glossary: every term, with the section that explains it. */
const glossary = defineCollection({
	loader: glossaryLoader(join(contentDir, 'glossary.yaml'), process.cwd()),
	schema: glossaryEntrySchema,
});

export const collections = { chapters, glossary };
