/**
 * Resolves handbook links against the section manifest (`sections.json`) and builds the Slack
 * preview for them. Pure functions: no I/O, so the rules are unit-tested without Slack.
 */
import type { ManifestPage, ManifestSection, SectionManifest } from '../utils/manifest';
import { SITE_NAME } from '../utils/meta';

export type { ManifestPage, ManifestSection, SectionManifest };

/** What a handbook link points at: one section of a chapter, or a whole chapter. */
export type ResolvedLink =
	{ kind: 'section'; page: ManifestPage; section: ManifestSection } | { kind: 'page'; page: ManifestPage };

/** A Block Kit block as sent in `chat.unfurl` (only the kinds the preview uses). */
export type UnfurlBlock =
	| { type: 'section'; text: { type: 'mrkdwn'; text: string } }
	| { type: 'context'; elements: { type: 'mrkdwn'; text: string }[] };

/** Longest summary shown in a preview, in characters (before mrkdwn escaping). */
export const SUMMARY_MAX = 300;

/** Resolves `url` to the chapter or section it opens, or `undefined` when it is not a handbook page. */
export function resolveLink(url: string, manifest: SectionManifest): ResolvedLink | undefined {
	const link = parseUrl(url);
	const site = parseUrl(manifest.site);
	// Protocol is not compared: an http:// link to the handbook's host still opens the handbook.
	if (!link || !site || link.host !== site.host) return undefined;

	const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
	const path = link.pathname === base.slice(0, -1) ? base : link.pathname;
	if (!path.startsWith(base)) return undefined;
	const segments = decodeSegments(path.slice(base.length));
	if (!segments) return undefined;
	// `/<chapter>/index.html` is the same page as `/<chapter>/` in the directory build.
	if (segments.at(-1) === 'index.html') segments.pop();

	if (segments.length === 1) {
		const page = findPage(manifest, segments[0]!);
		if (!page) return undefined;
		const anchor = decode(link.hash.slice(1));
		if (!anchor) return { kind: 'page', page };
		const section = findSection(page, anchor);
		// The chapter still opens for an anchor it no longer has, so the preview shows the chapter.
		return section ? { kind: 'section', page, section } : { kind: 'page', page };
	}

	if (segments.length === 3 && segments[0] === 's') {
		// Share pages exist only for current slugs and anchors (and aliases); anything else is a 404.
		const page = manifest.pages.find((p) => p.slug === segments[1]);
		const section = page && findSection(page, segments[2]!);
		return page && section ? { kind: 'section', page, section } : undefined;
	}

	return undefined;
}

/** The Block Kit preview of a resolved link: title as a link, chapter and site, then the summary. */
export function unfurlBlocks(resolved: ResolvedLink): UnfurlBlock[] {
	const { page } = resolved;
	const { title, url, summary, context } =
		resolved.kind === 'section'
			? { ...resolved.section, context: `${page.title} · ${SITE_NAME}` }
			: { ...page, context: SITE_NAME };
	const blocks: UnfurlBlock[] = [
		{ type: 'section', text: { type: 'mrkdwn', text: `*<${escapeLinkUrl(url)}|${escapeMrkdwn(title)}>*` } },
		{ type: 'context', elements: [{ type: 'mrkdwn', text: escapeMrkdwn(context) }] },
	];
	const text = truncate(summary.trim(), SUMMARY_MAX);
	if (text) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: escapeMrkdwn(text) } });
	return blocks;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts `text` to at most `max` characters at a word boundary, ending with an ellipsis. */
export function truncate(text: string, max: number): string {
	const chars = [...text];
	if (chars.length <= max) return text;
	const cut = chars.slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	// A very long word would leave almost nothing; cut mid-word instead.
	const head = space > max / 2 ? cut.slice(0, space) : cut;
	return `${head.replace(/[\s.,;:–—-]+$/, '')}…`;
}

function parseUrl(value: string): URL | undefined {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

function decode(value: string): string | undefined {
	try {
		return decodeURIComponent(value);
	} catch {
		return undefined;
	}
}

function decodeSegments(path: string): string[] | undefined {
	const segments = path.split('/').filter(Boolean).map(decode);
	return segments.every((s) => s !== undefined) ? (segments as string[]) : undefined;
}

function findPage(manifest: SectionManifest, segment: string): ManifestPage | undefined {
	return (
		manifest.pages.find((page) => page.slug === segment) ??
		manifest.pages.find((page) => page.redirectFrom.some((old) => old.replace(/^\/+|\/+$/g, '') === segment))
	);
}

function findSection(page: ManifestPage, anchor: string): ManifestSection | undefined {
	// A current id wins over an alias of the same name; alias chains (a → b → c) are followed.
	const seen = new Set<string>();
	let id: string | undefined = anchor;
	while (id !== undefined && !seen.has(id)) {
		const found = page.sections.find((section) => section.id === id);
		if (found) return found;
		seen.add(id);
		id = Object.hasOwn(page.aliases, id) ? page.aliases[id] : undefined;
	}
	return undefined;
}

function escapeLinkUrl(url: string): string {
	// `|` and `>` would end the `<url|text>` link early; `&` is entity-escaped as everywhere in mrkdwn.
	return url.replace(/&/g, '&amp;').replace(/</g, '%3C').replace(/>/g, '%3E').replace(/\|/g, '%7C');
}
