/**
 * A tiny static file server for benchmarks and tests: serves a built site folder under a base path,
 * like the production web server would, and reports every response's size.
 *
 *   const server = await serveStatic('dist', '/');          // or:
 *   const server = await serveStatic({ dir: 'dist', base: '/handbook/', gzip: true });
 *   // … open `${server.url}` in a browser …
 *   server.log;          // every response: path, status, bytes sent, file bytes, gzip size of the file
 *   await server.close();
 *
 *   npx vite-node tests/bench/serve.ts -- --dir dist [--base /handbook/] [--port 4321] [--gzip]
 *
 * - `/base/x/` serves `x/index.html`; `/base/x` redirects to `/base/x/` when `x/` is a folder.
 * - Anything missing gets `404.html` (from the folder root) with status 404.
 * - MIME types cover the site's files, including `.wasm` and Pagefind's `.pf_*` chunks and
 *   `*.pagefind` WebAssembly (both already gzip-compressed by Pagefind: sent as application/octet-stream).
 * - `gzip: true` compresses text-like responses (HTML, CSS, JS, JSON, SVG, XML, raw .wasm) when the
 *   client accepts it, as a production server with `gzip on` would; already-compressed files are sent
 *   as they are. Compressed bodies are cached in memory so compression time does not skew timings.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

export const MIME_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.map': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
	// Pagefind: gzip-compressed index chunks and the gzip-compressed WebAssembly engine.
	'.pagefind': 'application/octet-stream',
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
	'.pf_filter': 'application/octet-stream',
};

/** Content types worth compressing on the fly. */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|manifest\+json|wasm)|image\/svg\+xml)/;

export function mimeType(path: string): string {
	return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

export interface ServeOptions {
	/** Folder to serve (a built site). */
	dir: string;
	/** Base path the site is served under, e.g. `/handbook/`. @default '/' */
	base?: string;
	/** @default 0 (any free port) */
	port?: number;
	/** @default '127.0.0.1' */
	host?: string;
	/** Compress text-like responses for clients that accept gzip. @default false */
	gzip?: boolean;
}

export interface ServedResponse {
	/** Request path as received (with the base). */
	path: string;
	status: number;
	type: string;
	/** Body bytes sent (compressed size when gzipped). */
	bytes: number;
	/** Body bytes before compression (the file size). */
	rawBytes: number;
	/** gzip size (zlib, level 6) of the uncompressed body, whatever was sent: comparable across servers. */
	gzipBytes: number;
	gzipped: boolean;
}

export interface StaticServer {
	/** `http://127.0.0.1:<port><base>` */
	url: string;
	origin: string;
	port: number;
	/** Every response so far; clear it with `log.length = 0`. */
	log: ServedResponse[];
	close(): Promise<void>;
}

function normaliseBase(base: string): string {
	const trimmed = base.replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

async function fileAt(path: string): Promise<'file' | 'dir' | undefined> {
	try {
		const info = await stat(path);
		return info.isFile() ? 'file' : info.isDirectory() ? 'dir' : undefined;
	} catch {
		return undefined;
	}
}

/** Starts the server on a free port of 127.0.0.1 (unless told otherwise); resolves once it listens. */
export async function serveStatic(dirOrOptions: string | ServeOptions, base?: string): Promise<StaticServer> {
	const options: ServeOptions = typeof dirOrOptions === 'string' ? { dir: dirOrOptions, base } : dirOrOptions;
	const root = resolve(options.dir);
	const basePath = normaliseBase(options.base ?? '/');
	const log: ServedResponse[] = [];
	const gzipCache = new Map<string, Buffer>();
	const gzipped = (key: string, body: Buffer) => {
		let out = gzipCache.get(key);
		if (!out) gzipCache.set(key, (out = gzipSync(body, { level: 6 })));
		return out;
	};

	const send = (req: IncomingMessage, res: ServerResponse, status: number, type: string, body: Buffer, key: string) => {
		const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
		const compress = Boolean(options.gzip && acceptsGzip && COMPRESSIBLE.test(type) && body.length > 256);
		const out = compress ? gzipped(key, body) : body;
		const headers: Record<string, string | number> = { 'Content-Type': type, 'Content-Length': out.length, 'Cache-Control': 'no-cache' };
		if (options.gzip) headers.Vary = 'Accept-Encoding';
		if (compress) headers['Content-Encoding'] = 'gzip';
		res.writeHead(status, headers);
		res.end(req.method === 'HEAD' ? undefined : out);
		log.push({ path: req.url ?? '', status, type, bytes: req.method === 'HEAD' ? 0 : out.length, rawBytes: body.length, gzipBytes: gzipped(key, body).length, gzipped: compress });
	};

	const notFound = async (req: IncomingMessage, res: ServerResponse) => {
		const page = join(root, '404.html');
		const body = (await fileAt(page)) === 'file' ? await readFile(page) : Buffer.from('Not found\n');
		send(req, res, 404, (await fileAt(page)) === 'file' ? MIME_TYPES['.html']! : 'text/plain; charset=utf-8', body, page);
	};

	const server = createServer(async (req, res) => {
		try {
			if (req.method !== 'GET' && req.method !== 'HEAD') {
				res.writeHead(405, { Allow: 'GET, HEAD' }).end();
				return;
			}
			const url = new URL(req.url ?? '/', 'http://localhost');
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				return void (await notFound(req, res));
			}
			if (`${pathname}/` === basePath) {
				res.writeHead(301, { Location: basePath }).end();
				return;
			}
			if (!pathname.startsWith(basePath)) return void (await notFound(req, res));
			const relativePath = normalize(pathname.slice(basePath.length));
			const target = join(root, relativePath);
			if (target !== root && !target.startsWith(root + sep)) return void (await notFound(req, res));
			const kind = await fileAt(target);
			if (kind === 'dir') {
				if (!pathname.endsWith('/')) {
					res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				const index = join(target, 'index.html');
				if ((await fileAt(index)) === 'file') return send(req, res, 200, MIME_TYPES['.html']!, await readFile(index), index);
				return void (await notFound(req, res));
			}
			if (kind === 'file') return send(req, res, 200, mimeType(target), await readFile(target), target);
			await notFound(req, res);
		} catch (error) {
			res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(error));
		}
	});

	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
	});
	const { port } = server.address() as AddressInfo;
	const origin = `http://${options.host ?? '127.0.0.1'}:${port}`;
	return {
		url: `${origin}${basePath}`,
		origin,
		port,
		log,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}

// CLI: serve a folder until interrupted. (vite-node drops the script path from process.argv, so
// on Linux the original command line is read from /proc.)
const invoked = (() => {
	try {
		return readFileSync('/proc/self/cmdline', 'utf8').split('\0');
	} catch {
		return process.argv;
	}
})();
if (invoked.some((arg) => arg && !arg.startsWith('-') && resolve(arg) === import.meta.filename)) {
	const args = process.argv.slice(2);
	const flag = (name: string) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? (args[i + 1] && !args[i + 1]!.startsWith('--') ? args[i + 1] : 'true') : undefined;
	};
	const server = await serveStatic({ dir: flag('dir') ?? 'dist', base: flag('base') ?? '/', port: Number(flag('port') ?? 4321), gzip: flag('gzip') === 'true' });
	console.log(`Serving ${resolve(flag('dir') ?? 'dist')} at ${server.url}${flag('gzip') === 'true' ? ' (gzip)' : ''}. Ctrl+C stops.`);
}
