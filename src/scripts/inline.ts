/**
 * The few scripts that must run inline, before the page paints. Kept as strings here so the same
 * text is rendered into pages and hashed into the Content-Security-Policy (no 'unsafe-inline').
 */
import { createHash } from 'node:crypto';

/** Applies the stored theme before first paint (no flash) and marks that JavaScript runs. */
export const THEME_INIT = `(function(){var d=document.documentElement;d.dataset.js="";try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")d.dataset.theme=t}catch(e){}})()`;

/** Sends the reader on from a share or redirect page to the link's target, keeping any #hash. */
export const REDIRECT = `(function(){var a=document.getElementById("target");if(a)location.replace(a.hash?a.href:a.href+location.hash)})()`;

/** CSP source expressions for the inline scripts above. */
export function cspScriptHashes(): `sha256-${string}`[] {
	return [THEME_INIT, REDIRECT].map(
		(source) => `sha256-${createHash('sha256').update(source).digest('base64')}` as const,
	);
}
