/**
 * Where the unfurl service gets `sections.json`: a file (re-read when it changes on disk) or an
 * http(s) URL (re-fetched after a short TTL). A broken or unreachable update never replaces the
 * last good manifest, so a bad deploy degrades to slightly stale previews instead of none.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ManifestPage, ManifestSection, SectionManifest } from '../utils/manifest';

/** The logging the source needs; Bolt's logger and `console` both fit. */
export interface ManifestLogger {
	info(...message: unknown[]): void;
	warn(...message: unknown[]): void;
}

/** Options of {@link createManifestSource}. */
export interface ManifestSourceOptions {
	/** How long a fetched manifest is used before it is fetched again. @default 60_000 */
	ttlMs?: number;
	/** How long to wait before retrying a URL while no good copy exists yet. @default 5_000 */
	retryMs?: number;
	/** Time limit of one fetch. @default 5_000 */
	timeoutMs?: number;
	/** @default console */
	logger?: ManifestLogger;
	/** For tests. @default globalThis.fetch */
	fetch?: typeof fetch;
	/** For tests. @default Date.now */
	now?: () => number;
}

/** A manifest that stays current: `get()` returns the newest good copy, loading it when needed. */
export interface ManifestSource {
	/** The file path or URL it reads. */
	readonly location: string;
	/** The current manifest, or `undefined` while no good copy has ever been loaded. */
	get(): Promise<SectionManifest | undefined>;
}

/** A `sections.json` that does not have the version 1 shape; the message names the bad field. */
export class ManifestError extends Error {}

/** Creates the source for `location`: an http(s) URL, otherwise a file path. */
export function createManifestSource(location: string, options: ManifestSourceOptions = {}): ManifestSource {
	return /^https?:\/\//i.test(location) ? urlSource(location, options) : fileSource(location, options);
}

/** Checks that `data` is a version 1 section manifest and returns it typed; throws {@link ManifestError}. */
export function parseManifest(data: unknown): SectionManifest {
	const root = object(data, 'sections.json');
	if (root.version !== 1) {
		throw new ManifestError(
			`sections.json has version ${JSON.stringify(root.version)}; this service reads version 1.`,
		);
	}
	const site = string(root.site, 'site');
	if (!/^https?:\/\/[^/]/i.test(site) || !URL.canParse(site))
		throw new ManifestError(`site "${site}" is not an absolute http(s) URL.`);
	if (!Array.isArray(root.pages)) throw new ManifestError('pages must be an array.');
	return { version: 1, site, pages: root.pages.map((page, i) => parsePage(page, `pages[${i}]`)) };
}

function parsePage(data: unknown, at: string): ManifestPage {
	const page = object(data, at);
	if (!Array.isArray(page.sections)) throw new ManifestError(`${at}.sections must be an array.`);
	if (!Array.isArray(page.redirectFrom)) throw new ManifestError(`${at}.redirectFrom must be an array.`);
	const aliases = object(page.aliases, `${at}.aliases`);
	return {
		slug: string(page.slug, `${at}.slug`),
		title: string(page.title, `${at}.title`),
		url: string(page.url, `${at}.url`),
		summary: string(page.summary, `${at}.summary`),
		sections: page.sections.map((section, i) => parseSection(section, `${at}.sections[${i}]`)),
		aliases: Object.fromEntries(
			Object.entries(aliases).map(([from, to]) => [from, string(to, `${at}.aliases.${from}`)]),
		),
		redirectFrom: page.redirectFrom.map((path, i) => string(path, `${at}.redirectFrom[${i}]`)),
	};
}

function parseSection(data: unknown, at: string): ManifestSection {
	const section = object(data, at);
	if (section.depth !== 2 && section.depth !== 3) throw new ManifestError(`${at}.depth must be 2 or 3.`);
	return {
		id: string(section.id, `${at}.id`),
		title: string(section.title, `${at}.title`),
		depth: section.depth,
		url: string(section.url, `${at}.url`),
		shareUrl: string(section.shareUrl, `${at}.shareUrl`),
		summary: string(section.summary, `${at}.summary`),
	};
}

function object(value: unknown, at: string): Record<string, unknown> {
	if (typeof value !== 'object' || value === null || Array.isArray(value))
		throw new ManifestError(`${at} must be an object.`);
	return value as Record<string, unknown>;
}

function string(value: unknown, at: string): string {
	if (typeof value !== 'string') throw new ManifestError(`${at} must be a string.`);
	return value;
}

function parseText(text: string): SectionManifest {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		throw new ManifestError(`sections.json is not valid JSON (${(error as Error).message}).`);
	}
	return parseManifest(data);
}

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function unusable(problem: string, current: SectionManifest | undefined): string {
	const outcome = current ? 'Keeping the last good sections.json.' : 'No link previews until it loads.';
	return `Unusable manifest: ${problem.replace(/\.$/, '')}. ${outcome}`;
}

/** How a file looked when it was read; any difference means it may have changed. */
function signature(info: { mtimeNs: bigint; ctimeNs: bigint; size: bigint; ino: bigint }): string {
	return `${info.mtimeNs}:${info.ctimeNs}:${info.size}:${info.ino}`;
}

/**
 * Stat-on-access rather than fs.watch: one stat per Slack event is cheap, needs no watcher to
 * close, and works the same on every platform and for editors or deploys that replace the file.
 */
function fileSource(location: string, options: ManifestSourceOptions): ManifestSource {
	const path = resolve(location);
	const logger = options.logger ?? console;
	const now = options.now ?? Date.now;
	let current: SectionManifest | undefined;
	let seen: string | undefined;
	let text: string | undefined;
	let readAt = 0;
	let pending: Promise<SectionManifest | undefined> | undefined;

	async function refresh(): Promise<SectionManifest | undefined> {
		let sig: string;
		let mtimeMs: number;
		try {
			const info = await stat(path, { bigint: true });
			[sig, mtimeMs] = [signature(info), Number(info.mtimeMs)];
		} catch (error) {
			return failed(`cannot read ${path}: ${describe(error)}`, `missing:${describe(error)}`);
		}
		// A rewrite within the file system's timestamp granularity keeps the same mtime, so a file
		// modified just before it was read is read again until its mtime is safely in the past.
		const racy = readAt - mtimeMs < 2_000;
		if (sig === seen && !racy) return current;
		const started = now();
		let body: string;
		try {
			body = await readFile(path, 'utf8');
		} catch (error) {
			return failed(`cannot read ${path}: ${describe(error)}`, sig);
		}
		readAt = started;
		if (body === text) {
			seen = sig;
			return current;
		}
		try {
			const manifest = parseText(body);
			const changed = current !== undefined;
			[current, seen, text] = [manifest, sig, body];
			logger.info(`${changed ? 'Reloaded' : 'Loaded'} ${path} (${manifest.pages.length} chapters).`);
			return current;
		} catch (error) {
			return failed(`${path}: ${describe(error)}`, sig, body);
		}
	}

	function failed(message: string, sig: string, body?: string): SectionManifest | undefined {
		// Warn once per broken version of the file, not on every event that reads it.
		if (sig !== seen) {
			logger.warn(unusable(message, current));
		}
		[seen, text] = [sig, body];
		return current;
	}

	return {
		location: path,
		get() {
			pending ??= refresh().finally(() => {
				pending = undefined;
			});
			return pending;
		},
	};
}

function urlSource(location: string, options: ManifestSourceOptions): ManifestSource {
	const logger = options.logger ?? console;
	const now = options.now ?? Date.now;
	const doFetch = options.fetch ?? globalThis.fetch;
	const ttlMs = options.ttlMs ?? 60_000;
	const retryMs = options.retryMs ?? 5_000;
	const timeoutMs = options.timeoutMs ?? 5_000;
	let current: SectionManifest | undefined;
	let validators: Record<string, string> = {};
	let nextCheck = 0;
	let lastError: string | undefined;
	let pending: Promise<SectionManifest | undefined> | undefined;

	async function refresh(): Promise<SectionManifest | undefined> {
		try {
			const response = await doFetch(location, {
				headers: validators,
				signal: AbortSignal.timeout(timeoutMs),
			});
			if (response.status === 304 && current) {
				[lastError, nextCheck] = [undefined, now() + ttlMs];
				return current;
			}
			if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
			if (/html/i.test(response.headers.get('content-type') ?? '')) {
				throw new Error(
					'got an HTML page instead of JSON (a sign-in page? the URL must be reachable without signing in)',
				);
			}
			const manifest = parseText(await response.text());
			const etag = response.headers.get('etag');
			const modified = response.headers.get('last-modified');
			// Conditional requests keep the once-a-minute check to a 304 when nothing changed.
			validators = {
				...(etag && { 'if-none-match': etag }),
				...(modified && { 'if-modified-since': modified }),
			};
			if (!current || JSON.stringify(current) !== JSON.stringify(manifest)) {
				logger.info(`${current ? 'Reloaded' : 'Loaded'} ${location} (${manifest.pages.length} chapters).`);
			}
			[current, lastError, nextCheck] = [manifest, undefined, now() + ttlMs];
		} catch (error) {
			const message = describe(error);
			if (message !== lastError) {
				logger.warn(unusable(`cannot load ${location}: ${message}`, current));
			}
			// Without any copy, retry soon; with one, a failing server is not hammered on every event.
			[lastError, nextCheck] = [message, now() + (current ? ttlMs : retryMs)];
		}
		return current;
	}

	return {
		location,
		async get() {
			if (now() < nextCheck) return current;
			pending ??= refresh().finally(() => {
				pending = undefined;
			});
			return pending;
		},
	};
}
