/** In `astro dev`, search uses the last build's index, or answers with a clear "build first". */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pagefindDevServer } from '../../src/integrations/pagefind-dev';

type Handler = (req: { url: string }, res: FakeResponse, next: () => void) => void;
interface FakeResponse {
	statusCode: number;
	headers: Record<string, string>;
	body?: string;
	setHeader(name: string, value: string): void;
	end(body?: string | Buffer): void;
}

function serve(outDir: string, url: string): Promise<FakeResponse | 'next'> {
	let handler: Handler | undefined;
	const plugin = pagefindDevServer({ basePath: '/handbook/', outDir });
	(plugin.configureServer as (server: unknown) => void)({ middlewares: { use: (h: Handler) => (handler = h) } });
	return new Promise((done) => {
		const res: FakeResponse = {
			statusCode: 200,
			headers: {},
			setHeader(name, value) {
				this.headers[name] = value;
			},
			end(body) {
				this.body = String(body ?? '');
				done(this);
			},
		};
		handler!({ url }, res, () => done('next'));
	});
}

describe('the dev server’s search index', () => {
	const outDir = mkdtempSync(join(tmpdir(), 'pagefind-dev-'));

	it('says to run a build when there is no index yet', async () => {
		const res = await serve(outDir, '/handbook/pagefind/pagefind.js');
		expect(res).toMatchObject({ statusCode: 404, body: expect.stringContaining('npm run build') });
	});

	it('serves the last build’s index under the base path', async () => {
		mkdirSync(join(outDir, 'pagefind'));
		writeFileSync(join(outDir, 'pagefind/pagefind.js'), 'export {}');
		const res = await serve(outDir, '/handbook/pagefind/pagefind.js?v=1');
		expect(res).toMatchObject({ statusCode: 200, body: 'export {}', headers: { 'Content-Type': 'text/javascript' } });
	});

	it('leaves every other request to Astro, and never serves files outside the index', async () => {
		expect(await serve(outDir, '/handbook/msp-toolbox/')).toBe('next');
		expect(await serve(outDir, '/handbook/pagefind/../../etc/passwd')).toBe('next');
	});
});
