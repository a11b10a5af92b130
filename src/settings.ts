/**
 * Build settings read from the environment, validated once.
 *
 * Used by `astro.config.mjs` (site, base, outDir), by `content.config.ts` (where content lives)
 * and by the build integration. Everything here is plain data so it can be unit tested.
 */
import { isAbsolute, resolve } from 'node:path';

export interface HandbookSettings {
	/** Public origin of the site, without a trailing slash. @default 'http://localhost:4321' */
	siteUrl: string;
	/** Base path the site is served under, with leading and trailing slash. @default '/' */
	basePath: string;
	/** Absolute path of the folder holding `chapters/`, `glossary.yaml` and `anchors.lock.json`. @default '<root>/content' */
	contentDir: string;
	/** Absolute path of the build output. @default '<root>/dist' */
	outDir: string;
	/** Prefix for "Edit this page" links; the chapter's repo path is appended. Unset hides the link. */
	editUrlBase: string | undefined;
	/** When true, the build rewrites the anchors lock instead of checking it (`npm run anchors:update`). */
	updateAnchors: boolean;
	/**
	 * Worker threads that compile chapters during a build (`MDX_WORKERS`): a number (0 compiles in
	 * Vite's own thread), or `auto` — one from 64 chapters, two (on two or more cores) above 250.
	 * @default 'auto'
	 */
	mdxWorkers: number | 'auto';
}

/** Error thrown for a setting that cannot be used; the message says which variable and how to fix it. */
export class SettingsError extends Error {}

/** Normalises a base path to `/`, `/handbook/`, … */
export function normaliseBasePath(value: string): string {
	const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
	if (trimmed && !/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed)) {
		throw new SettingsError(
			`BASE_PATH "${value}" is not a URL path. Use something like "/" or "/handbook/".`,
		);
	}
	return trimmed ? `/${trimmed}/` : '/';
}

/** Validates `SITE_URL` and returns its origin (scheme, host, port) without a trailing slash. */
export function normaliseSiteUrl(value: string): string {
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new SettingsError(
			`SITE_URL "${value}" is not an absolute URL. Use the public origin, e.g. "https://handbook.example.com".`,
		);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new SettingsError(`SITE_URL "${value}" must start with http:// or https://.`);
	}
	if (url.pathname !== '/' || url.search || url.hash) {
		throw new SettingsError(
			`SITE_URL "${value}" must be an origin only; put the path in BASE_PATH (e.g. BASE_PATH=${url.pathname}).`,
		);
	}
	return url.origin;
}

/** Validates `MDX_WORKERS`: unset or `auto`, or a whole number from 0 to 64. */
export function normaliseWorkers(value: string | undefined): number | 'auto' {
	const trimmed = value?.trim() ?? '';
	if (trimmed === '' || trimmed === 'auto') return 'auto';
	if (/^\d+$/.test(trimmed) && Number(trimmed) <= 64) return Number(trimmed);
	throw new SettingsError(`MDX_WORKERS "${value}" is not a number of threads. Use "auto", "0" (compile in Vite's thread) or e.g. "2".`);
}

/** Reads the handbook settings from `env`, resolving paths against `root`. */
export function readSettings(
	env: Record<string, string | undefined> = process.env,
	root: string = process.cwd(),
): HandbookSettings {
	const dir = (value: string | undefined, fallback: string) =>
		value ? (isAbsolute(value) ? value : resolve(root, value)) : resolve(root, fallback);
	return {
		siteUrl: normaliseSiteUrl(env.SITE_URL || 'http://localhost:4321'),
		basePath: normaliseBasePath(env.BASE_PATH || '/'),
		contentDir: dir(env.CONTENT_DIR, 'content'),
		outDir: dir(env.OUT_DIR, 'dist'),
		editUrlBase: env.EDIT_URL_BASE || undefined,
		updateAnchors: env.ANCHORS_UPDATE === '1' || env.ANCHORS_UPDATE === 'true',
		mdxWorkers: normaliseWorkers(env.MDX_WORKERS),
	};
}
