/**
 * `sections.json`: the handbook's pages and sections as data, with absolute URLs, for tools that
 * cannot read the site itself (the Slack unfurl service). Version 1; see README "Section manifest".
 */
import { absoluteUrl, chapterPath, sharePath } from './urls';
import type { Section } from './sections';

export interface ManifestSection {
	/** Anchor id. */
	id: string;
	/** Heading text. */
	title: string;
	/** 2 or 3. */
	depth: 2 | 3;
	/** Absolute URL of the section (`…/chapter/#id`). */
	url: string;
	/** Absolute URL of its share page (`…/s/chapter/id/`). */
	shareUrl: string;
	/** First one or two sentences, plain text, at most 300 characters. */
	summary: string;
}

export interface ManifestPage {
	/** Chapter slug. */
	slug: string;
	/** Chapter title. */
	title: string;
	/** Absolute URL of the chapter. */
	url: string;
	/** The chapter's description. */
	summary: string;
	sections: ManifestSection[];
	/** Old anchors that now point at a section: `{ "old-id": "new-id" }`. */
	aliases: Record<string, string>;
	/** Old chapter paths that redirect here, e.g. `["/old-slug/"]`. */
	redirectFrom: string[];
}

export interface SectionManifest {
	version: 1;
	/** Absolute URL of the handbook's home page. */
	site: string;
	pages: ManifestPage[];
}

interface ManifestChapter {
	slug: string;
	title: string;
	description: string;
	sections: Section[];
	entry: { data: { aliases: Record<string, string>; redirectFrom: string[] } };
}

/** Builds the manifest for `chapters` under `siteUrl` + `base`. */
export function buildManifest(chapters: readonly ManifestChapter[], siteUrl: string, base: string): SectionManifest {
	const url = (path: string) => absoluteUrl(siteUrl, base, path);
	return {
		version: 1,
		site: url('/'),
		pages: chapters.map((chapter) => ({
			slug: chapter.slug,
			title: chapter.title,
			url: url(chapterPath(chapter.slug)),
			summary: chapter.description,
			sections: chapter.sections.map((section) => ({
				id: section.id,
				title: section.title,
				depth: section.depth,
				url: url(`${chapterPath(chapter.slug)}#${section.id}`),
				shareUrl: url(sharePath(chapter.slug, section.id)),
				summary: section.summary,
			})),
			aliases: chapter.entry.data.aliases,
			redirectFrom: chapter.entry.data.redirectFrom,
		})),
	};
}
