/**
 * The `<head>` metadata of a page: what link previews (Slack, Teams, mail) and browsers read.
 */
import { absoluteUrl } from './urls';
import { escapeHtml as escape } from './escape-html';

export const SITE_NAME = 'MSP Onboarding Handbook';

export interface PageMetaInput {
	/** Page title without the site name; omit for the home page. */
	title?: string | undefined;
	description: string;
	/** Root-relative path of the page, e.g. `/msp-toolbox/`. */
	path: string;
	/** Root-relative path of the 1200×630 preview image. */
	image: string;
	/** Alt text of the preview image. */
	imageAlt: string;
	/** `article` for chapters and sections, `website` otherwise. @default 'website' */
	type?: 'article' | 'website';
}

export interface PageMeta {
	title: string;
	description: string;
	canonical: string;
	og: Array<{ property: string; content: string }>;
	twitter: Array<{ name: string; content: string }>;
}

/** Every meta value of a page, with absolute URLs under `siteUrl` + `base`. */
export function pageMeta(input: PageMetaInput, siteUrl: string, base: string): PageMeta {
	const title = input.title ? `${input.title} — ${SITE_NAME}` : SITE_NAME;
	const canonical = absoluteUrl(siteUrl, base, input.path);
	const image = absoluteUrl(siteUrl, base, input.image);
	const ogTitle = input.title ?? SITE_NAME;
	return {
		title,
		description: input.description,
		canonical,
		og: [
			{ property: 'og:type', content: input.type ?? 'website' },
			{ property: 'og:site_name', content: SITE_NAME },
			{ property: 'og:title', content: ogTitle },
			{ property: 'og:description', content: input.description },
			{ property: 'og:url', content: canonical },
			{ property: 'og:image', content: image },
			{ property: 'og:image:type', content: 'image/png' },
			{ property: 'og:image:width', content: '1200' },
			{ property: 'og:image:height', content: '630' },
			{ property: 'og:image:alt', content: input.imageAlt },
		],
		twitter: [
			{ name: 'twitter:card', content: 'summary_large_image' },
			{ name: 'twitter:title', content: ogTitle },
			{ name: 'twitter:description', content: input.description },
			{ name: 'twitter:image', content: image },
			{ name: 'twitter:image:alt', content: input.imageAlt },
		],
	};
}

/** The `<head>` tags every page carries (charset to Twitter card), as HTML. */
export function headTagsHtml(meta: PageMeta): string {
	return [
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${escape(meta.title)}</title>`,
		`<meta name="description" content="${escape(meta.description)}">`,
		'<meta name="robots" content="noindex, nofollow">',
		'<meta name="referrer" content="same-origin">',
		`<link rel="canonical" href="${escape(meta.canonical)}">`,
		...meta.og.map((tag) => `<meta property="${tag.property}" content="${escape(tag.content)}">`),
		...meta.twitter.map((tag) => `<meta name="${tag.name}" content="${escape(tag.content)}">`),
	].join('');
}
