import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createManifestSource, parseManifest, ManifestError } from '../../../src/slack/manifest-source';
import { fixtureManifest } from '../../fixtures/slack/manifest';

function recorder() {
	const lines: { level: 'info' | 'warn'; message: string }[] = [];
	return {
		lines,
		warnings: () => lines.filter((line) => line.level === 'warn').map((line) => line.message),
		logger: {
			info: (...m: unknown[]) => lines.push({ level: 'info', message: m.join(' ') }),
			warn: (...m: unknown[]) => lines.push({ level: 'warn', message: m.join(' ') }),
		},
	};
}

function titled(title: string) {
	const manifest = fixtureManifest();
	manifest.pages[0]!.title = title;
	return JSON.stringify(manifest);
}

describe('parseManifest', () => {
	it('accepts a version 1 manifest', () => {
		expect(parseManifest(fixtureManifest())).toEqual(fixtureManifest());
	});

	it('names the field that is wrong', () => {
		const broken = JSON.parse(JSON.stringify(fixtureManifest())) as {
			pages: { sections: { title: unknown }[] }[];
		};
		broken.pages[0]!.sections[1]!.title = 42;
		expect(() => parseManifest(broken)).toThrow(
			new ManifestError('pages[0].sections[1].title must be a string.'),
		);
	});

	it('rejects other versions, a missing site and non-objects', () => {
		expect(() => parseManifest({ ...fixtureManifest(), version: 2 })).toThrow(
			/version 2; this service reads version 1/,
		);
		expect(() => parseManifest({ ...fixtureManifest(), site: '/handbook/' })).toThrow(
			/not an absolute http\(s\) URL/,
		);
		expect(() => parseManifest([])).toThrow(/sections.json must be an object/);
		expect(() => parseManifest({ ...fixtureManifest(), pages: {} })).toThrow(/pages must be an array/);
	});

	it('checks section depth, aliases and redirectFrom', () => {
		const at = (change: (page: Record<string, unknown>) => void) => {
			const manifest = JSON.parse(JSON.stringify(fixtureManifest()));
			change(manifest.pages[1]);
			return () => parseManifest(manifest);
		};
		expect(at((page) => ((page.sections as { depth: number }[])[0]!.depth = 4))).toThrow(
			'pages[1].sections[0].depth must be 2 or 3.',
		);
		expect(at((page) => (page.aliases = { old: 3 }))).toThrow('pages[1].aliases.old must be a string.');
		expect(at((page) => (page.redirectFrom = '/old/'))).toThrow('pages[1].redirectFrom must be an array.');
	});
});

describe('file manifest source', () => {
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'handbook-manifest-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});

	it('loads the file and picks up every rewrite at once, even one of the same size', async () => {
		const path = join(dir, 'rewrite.json');
		await writeFile(path, titled('Title A'));
		const log = recorder();
		const source = createManifestSource(path, { logger: log.logger });
		expect((await source.get())?.pages[0]?.title).toBe('Title A');
		await writeFile(path, titled('Title B'));
		expect((await source.get())?.pages[0]?.title).toBe('Title B');
		await writeFile(path, titled('Title C'));
		expect((await source.get())?.pages[0]?.title).toBe('Title C');
		expect(log.warnings()).toEqual([]);
	});

	it('picks up a file replaced by rename, as deploys do', async () => {
		const path = join(dir, 'renamed.json');
		await writeFile(path, titled('Before'));
		const source = createManifestSource(path, { logger: recorder().logger });
		expect((await source.get())?.pages[0]?.title).toBe('Before');
		await writeFile(`${path}.tmp`, titled('After'));
		await rename(`${path}.tmp`, path);
		expect((await source.get())?.pages[0]?.title).toBe('After');
	});

	it('keeps the last good manifest on a broken update and warns once', async () => {
		const path = join(dir, 'broken.json');
		await writeFile(path, titled('Good'));
		const log = recorder();
		const source = createManifestSource(path, { logger: log.logger });
		await source.get();
		await writeFile(path, JSON.stringify({ ...fixtureManifest(), version: 2 }));
		expect((await source.get())?.pages[0]?.title).toBe('Good');
		expect((await source.get())?.pages[0]?.title).toBe('Good');
		await rm(path);
		expect((await source.get())?.pages[0]?.title).toBe('Good');
		expect(log.warnings()).toEqual([
			expect.stringMatching(
				/version 2; this service reads version 1\. Keeping the last good sections\.json\.$/,
			),
			expect.stringMatching(/cannot read .*broken\.json.*ENOENT.*Keeping the last good/),
		]);
		await writeFile(path, titled('Fixed'));
		expect((await source.get())?.pages[0]?.title).toBe('Fixed');
	});

	it('returns undefined until a missing file appears', async () => {
		const path = join(dir, 'later.json');
		const log = recorder();
		const source = createManifestSource(path, { logger: log.logger });
		expect(await source.get()).toBeUndefined();
		expect(await source.get()).toBeUndefined();
		expect(log.warnings()).toEqual([
			expect.stringMatching(/later\.json.*ENOENT.*No link previews until it loads\.$/),
		]);
		await writeFile(path, titled('Late'));
		expect((await source.get())?.pages[0]?.title).toBe('Late');
	});

	it('shares one read between concurrent callers', async () => {
		const path = join(dir, 'concurrent.json');
		await writeFile(path, titled('Once'));
		const log = recorder();
		const source = createManifestSource(path, { logger: log.logger });
		const results = await Promise.all([source.get(), source.get(), source.get()]);
		expect(new Set(results).size).toBe(1);
		expect(log.lines.filter((line) => line.message.startsWith('Loaded'))).toHaveLength(1);
	});
});

describe('URL manifest source', () => {
	/** A fake `fetch` answering from `responses` in turn and recording request headers. */
	function fakeFetch(responses: (() => Response)[]) {
		const requests: Headers[] = [];
		const fetch = (async (_url: string | URL | Request, init?: RequestInit) => {
			requests.push(new Headers(init?.headers));
			const next = responses.shift();
			if (!next) throw new Error('no more responses');
			return next();
		}) as typeof globalThis.fetch;
		return { fetch, requests };
	}
	const json =
		(body: string, headers: Record<string, string> = {}) =>
		() =>
			new Response(body, { headers: { 'content-type': 'application/json', ...headers } });

	it('re-fetches after the TTL, with a conditional request, and keeps the copy on 304', async () => {
		let now = 1_000_000;
		const { fetch, requests } = fakeFetch([
			json(titled('First'), { etag: '"v1"' }),
			() => new Response(null, { status: 304 }),
			json(titled('Second'), { etag: '"v2"' }),
		]);
		const source = createManifestSource('https://wiki.example.com/handbook/sections.json', {
			fetch,
			now: () => now,
			ttlMs: 60_000,
			logger: recorder().logger,
		});
		expect((await source.get())?.pages[0]?.title).toBe('First');
		now += 59_000;
		expect((await source.get())?.pages[0]?.title).toBe('First');
		expect(requests).toHaveLength(1);
		now += 2_000;
		expect((await source.get())?.pages[0]?.title).toBe('First');
		expect(requests[1]?.get('if-none-match')).toBe('"v1"');
		now += 61_000;
		expect((await source.get())?.pages[0]?.title).toBe('Second');
		expect(requests).toHaveLength(3);
	});

	it('keeps the last good copy when the server fails or serves a broken or HTML file', async () => {
		let now = 0;
		const log = recorder();
		const { fetch } = fakeFetch([
			json(titled('Good')),
			() => new Response('oops', { status: 502, statusText: 'Bad Gateway' }),
			json('{"version": 1'),
			() => new Response('<html>Sign in</html>', { headers: { 'content-type': 'text/html' } }),
			() => {
				throw new TypeError('fetch failed');
			},
		]);
		const source = createManifestSource('https://wiki.example.com/sections.json', {
			fetch,
			now: () => now,
			ttlMs: 10,
			logger: log.logger,
		});
		for (let i = 0; i < 5; i++) {
			expect((await source.get())?.pages[0]?.title).toBe('Good');
			now += 11;
		}
		expect(log.warnings()).toEqual([
			expect.stringContaining('HTTP 502 Bad Gateway'),
			expect.stringContaining('not valid JSON'),
			expect.stringContaining('got an HTML page'),
			expect.stringContaining('fetch failed'),
		]);
		expect(log.warnings().every((warning) => warning.endsWith('Keeping the last good sections.json.'))).toBe(
			true,
		);
	});

	it('retries soon while it has no copy at all', async () => {
		let now = 0;
		const { fetch, requests } = fakeFetch([() => new Response('', { status: 503 }), json(titled('Up'))]);
		const source = createManifestSource('http://intranet/sections.json', {
			fetch,
			now: () => now,
			retryMs: 5_000,
			logger: recorder().logger,
		});
		expect(await source.get()).toBeUndefined();
		now += 1_000;
		expect(await source.get()).toBeUndefined();
		expect(requests).toHaveLength(1);
		now += 5_000;
		expect((await source.get())?.pages[0]?.title).toBe('Up');
	});
});
