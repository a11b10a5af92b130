/**
 * The Content-Security-Policy, in one place: Astro's `experimental.csp` adds it (with hashes of the
 * scripts and styles it renders) to every page it renders, and the redirect pages written by
 * endpoints (redirect-page.ts) carry the same policy.
 */
import { cspScriptHashes } from '../scripts/inline';

/** Directives other than script-src and style-src (which Astro computes per page). */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	// Pagefind searches in the page's own thread (search-config.ts): no page starts a worker.
	"worker-src 'none'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Script sources besides hashes: the site itself, and Pagefind compiling its WebAssembly. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The policy of a page with no styles whose only inline script is one of `inline.ts`. */
export function redirectPagePolicy(): string {
	const hashes = cspScriptHashes().map((hash) => `'${hash}'`);
	return `${CSP_DIRECTIVES.join(';')}; script-src ${[...SCRIPT_RESOURCES, ...hashes].join(' ')}; style-src 'self';`;
}
