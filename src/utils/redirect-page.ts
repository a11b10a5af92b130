/**
 * The HTML of a redirect page: the page's preview tags (so chat tools unfurl it with the target's
 * own title and summary), then an immediate move to the target — `<meta http-equiv="refresh">`,
 * `location.replace` (which keeps a #hash), and a visible link should both fail. Used for section
 * share pages (/s/<chapter>/<anchor>/) and old chapter URLs; written as plain strings because a
 * handbook of thousands of chapters has tens of thousands of these pages.
 */
import { headTagsHtml, pageMeta, type PageMetaInput } from './meta';
import { redirectPagePolicy } from './csp';
import { REDIRECT } from '../scripts/inline';
import { escapeHtml as escape } from './escape-html';


export interface RedirectPageInput extends PageMetaInput {
	/** Destination, with the base path (e.g. `/handbook/msp-toolbox/#rmm`). */
	to: string;
	/** Text of the visible link. */
	label: string;
}

/** The whole document. */
export function redirectPageHtml(input: RedirectPageInput, siteUrl: string, base: string): string {
	const meta = pageMeta(input, siteUrl, base);
	const tags =
		headTagsHtml(meta) +
		`<meta http-equiv="content-security-policy" content="${escape(redirectPagePolicy())}">` +
		`<meta http-equiv="refresh" content="0; url=${escape(input.to)}">`;
	return (
		`<!doctype html><html lang="en"><head>${tags}</head>` +
		`<body><p>Opening <a id="target" href="${escape(input.to)}">${escape(input.label)}</a>…</p><script>${REDIRECT}</script></body></html>\n`
	);
}

/** A static endpoint's response for a redirect page. */
export function redirectResponse(input: RedirectPageInput, siteUrl: string, base: string): Response {
	return new Response(redirectPageHtml(input, siteUrl, base), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
