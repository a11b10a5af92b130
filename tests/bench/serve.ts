/**
 * A tiny static file server for benchmarks: serves a built site under its base path, answers
 * unknown paths with 404.html, and reports every response's size (raw and gzip-compressed).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain',
};

export interface StaticServer {
	/** Origin plus base path, e.g. `http://127.0.0.1:43121/`. */
	url: string;
	close(): Promise<void>;
}

/** Serves `dir` at `base` on a free port of 127.0.0.1. */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
	const server: Server = createServer(async (req, res) => {
		const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		if (!pathname.startsWith(base)) {
			res.statusCode = 404;
			return res.end();
		}
		let file = normalize(join(dir, pathname.slice(base.length)));
		if (!file.startsWith(dir)) {
			res.statusCode = 403;
			return res.end();
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			const body = await readFile(file);
			res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
			res.end(body);
		} catch {
			res.statusCode = 404;
			res.setHeader('Content-Type', TYPES['.html']!);
			res.end(await readFile(join(dir, '404.html')).catch(() => 'Not found'));
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((done) => server.close(() => done())) };
}
