/**
 * Reads one built HTML page in a single streaming pass and records what the site checks need:
 * element ids, links, loaded resources, images without alt text, and whether it is a redirect.
 *
 * A scan keeps no part of the page's HTML: V8 makes a substring a view that keeps its whole source
 * string alive, so every string a scan stores is copied out (`own`). Scans of every page of a
 * 1,000-chapter site otherwise held all 19,000 pages' HTML, about 210 MB, through the build's end.
 */
import { Parser } from 'htmlparser2';

export interface PageScan {
	/** Site path without the base, e.g. `/msp-toolbox/`. */
	path: string;
	/** Every `id` on the page, with how often it occurs. */
	ids: Map<string, number>;
	/** Ids of h2–h6 headings, in order: the page's public anchors. */
	headingIds: string[];
	/** Text of each h2–h6 heading with an id. */
	headingTitles: Map<string, string>;
	/** Text of the page's first h1. */
	title: string;
	/** Links the reader can follow or tools read (a/area href, canonical, og:url, og:image). */
	links: Array<{ url: string; tag: string }>;
	/** URLs the browser loads by itself (scripts, styles, images, frames, fonts, CSS url()). */
	resources: Array<{ url: string; tag: string }>;
	/** `src` of images without alt text (missing or empty: the site has no decorative images). */
	imagesWithoutAlt: string[];
	/** Links that open a new tab or window. */
	newTabLinks: string[];
	/** Target of a `<meta http-equiv="refresh">`, if the page is a redirect. */
	redirectTo?: string;
	/** The page's chapter slug (`data-chapter-slug` on its article), if it is a chapter. */
	chapter?: string;
	/** A chapter's searchable parts: its introduction and each h2/h3 section (`searchPartHtml` cuts their HTML). */
	searchParts?: SearchPart[];
}

/** One searchable piece of a chapter: the introduction (`anchor` '') or a section. */
export interface SearchPart {
	anchor: string;
	/** Section title (the chapter title for the introduction). */
	title: string;
	/** The chapter's title. */
	chapter: string;
	/** Where the part's HTML lies in the page as built: [start, end) offsets, in order. */
	ranges: Array<[number, number]>;
}

/** The HTML of `part`, cut from `html`, the page it was scanned from. */
export function searchPartHtml(html: string, part: SearchPart): string {
	return part.ranges.map(([start, end]) => html.slice(start, end)).join('');
}

/**
 * A copy of `value` that does not keep the string it was cut from alive. (Flattening the
 * concatenation copies the characters; strings under 13 characters are never views.)
 */
function own(value: string): string {
	return value.length < 13 ? value : (' ' + value).slice(1);
}

const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;
const LOADING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon|mask-icon)\b/i;
const SRC_TAGS = new Set(['img', 'script', 'iframe', 'source', 'video', 'audio', 'track', 'embed', 'input', 'frame']);

/** Splits a `srcset` value into its URLs. */
export function srcsetUrls(value: string): string[] {
	return value
		.split(/,\s+/)
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** URLs referenced from CSS text (`url(…)` and `@import`). */
export function cssUrls(css: string): string[] {
	return [...css.matchAll(CSS_URL)].map((m) => (m[2] ?? m[4] ?? '').trim()).filter((url) => url && !url.startsWith('#'));
}

/** Scans the HTML of the page at site path `path`. */
export function scanHtml(html: string, path: string): PageScan {
	const page: PageScan = { path, ids: new Map(), headingIds: [], headingTitles: new Map(), title: '', links: [], resources: [], imagesWithoutAlt: [], newTabLinks: [] };
	let inStyle = false;
	// The heading whose text is being collected: its tag, its id ('' for the h1) and the text so far.
	let heading: { tag: string; id: string; text: string } | undefined;
	let seenH1 = false;
	// Cutting a chapter into search parts: the article's header, the prose column and the heading
	// wrappers directly inside it (their positions in the source), found in this same pass.
	let depth = 0;
	let chapterTitle = '';
	let header: [number, number] | undefined;
	let headerDepth = -1;
	let proseDepth = -1;
	let proseStart = -1;
	let proseEnd = -1;
	const cuts: Array<{ at: number; anchor: string }> = [];
	const resource = (url: string, tag: string) => page.resources.push({ url: own(url), tag: own(tag) });
	const parser = new Parser(
		{
			onopentag(tag, attrs) {
				depth++;
				if (page.chapter) {
					const classes = ` ${attrs.class ?? ''} `;
					if (tag === 'header' && classes.includes(' chapter-header ')) [header, headerDepth] = [[parser.startIndex, -1], depth];
					else if (tag === 'div' && proseDepth < 0 && classes.includes(' prose ')) [proseDepth, proseStart] = [depth, parser.endIndex + 1];
					else if (tag === 'div' && depth === proseDepth + 1 && classes.includes(' heading ')) cuts.push({ at: parser.startIndex, anchor: '' });
				}
				const id = attrs.id ? own(attrs.id) : '';
				if (id) {
					page.ids.set(id, (page.ids.get(id) ?? 0) + 1);
					if (/^h[2-6]$/.test(tag)) {
						page.headingIds.push(id);
						heading = { tag, id, text: '' };
						const cut = cuts.at(-1);
						if (cut && !cut.anchor && (tag === 'h2' || tag === 'h3')) cut.anchor = id;
					}
				}
				if (tag === 'h1' && !seenH1) {
					seenH1 = true;
					heading = { tag, id: '', text: '' };
				}
				if (attrs.style) for (const url of cssUrls(attrs.style)) resource(url, `${tag}[style]`);
				if ((tag === 'a' || tag === 'area') && attrs.href !== undefined) {
					const href = own(attrs.href);
					page.links.push({ url: href, tag });
					if (attrs.target && attrs.target !== '_self') page.newTabLinks.push(href);
				}
				if (SRC_TAGS.has(tag) && attrs.src) resource(attrs.src, tag);
				if ((tag === 'img' || tag === 'source') && attrs.srcset) for (const url of srcsetUrls(attrs.srcset)) resource(url, `${tag}[srcset]`);
				if (tag === 'video' && attrs.poster) resource(attrs.poster, tag);
				if (tag === 'object' && attrs.data) resource(attrs.data, tag);
				if (tag === 'img' && !attrs.alt?.trim()) page.imagesWithoutAlt.push(own(attrs.src ?? '(no src)'));
				if (tag === 'link' && attrs.href) {
					if (LOADING_RELS.test(attrs.rel ?? '')) resource(attrs.href, `link[rel=${attrs.rel}]`);
					else if (/\bcanonical\b/i.test(attrs.rel ?? '')) page.links.push({ url: own(attrs.href), tag: 'link[rel=canonical]' });
				}
				if (tag === 'meta') {
					const property = attrs.property ?? attrs.name;
					if ((property === 'og:url' || property === 'og:image' || property === 'twitter:image') && attrs.content) {
						page.links.push({ url: own(attrs.content), tag: own(`meta[${property}]`) });
					}
					if (attrs['http-equiv']?.toLowerCase() === 'refresh' && attrs.content) {
						const target = /url=(.*)$/i.exec(attrs.content)?.[1]?.trim();
						if (target) page.redirectTo = own(target);
					}
				}
				if (tag === 'article' && attrs['data-chapter-slug']) {
					page.chapter = own(attrs['data-chapter-slug']);
					chapterTitle = own(attrs['data-chapter-title'] ?? '');
				}
				if (tag === 'style') inStyle = true;
			},
			ontext(text) {
				if (heading) heading.text += text;
				if (inStyle) for (const url of cssUrls(text)) resource(url, 'style');
			},
			onclosetag(tag) {
				if (depth === headerDepth && header) [header[1], headerDepth] = [parser.endIndex + 1, -1];
				if (depth === proseDepth) [proseEnd, proseDepth] = [parser.startIndex, -2];
				depth--;
				if (tag === 'style') inStyle = false;
				if (heading?.tag === tag) {
					const text = own(heading.text.replace(/\s+/g, ' ').trim());
					if (heading.id) page.headingTitles.set(heading.id, text);
					else page.title = text;
					heading = undefined;
				}
			},
		},
		{ decodeEntities: true },
	);
	parser.write(html);
	parser.end();
	if (page.chapter && proseStart >= 0 && proseEnd >= 0) {
		const title = (anchor: string) => page.headingTitles.get(anchor) ?? anchor;
		const introEnd = cuts[0]?.at ?? proseEnd;
		page.searchParts = [
			{ anchor: '', title: chapterTitle, chapter: chapterTitle, ranges: [...(header ? [header] : []), [proseStart, introEnd]] },
			...cuts.map((cut, i): SearchPart => ({ anchor: cut.anchor, title: title(cut.anchor), chapter: chapterTitle, ranges: [[cut.at, cuts[i + 1]?.at ?? proseEnd]] })),
		];
	}
	return page;
}
