/**
 * In `astro dev`, serves the search index of the last build (`dist/pagefind/`), so search works
 * while writing. Without a build the files answer 404 and the search UI says to run `npm run build`.
 */
import type { Plugin } from 'vite';
import { readFile } from 'node:fs/promises';
import { join, normalize } from 'node:path';
import type { HandbookSettings } from '../settings';

const TYPES: Record<string, string> = {
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.wasm': 'application/wasm',
	'.css': 'text/css',
};

export function pagefindDevServer(settings: Pick<HandbookSettings, 'basePath' | 'outDir'>): Plugin {
	const prefix = `${settings.basePath}pagefind/`;
	const folder = join(settings.outDir, 'pagefind');
	return {
		name: 'handbook:pagefind-dev',
		apply: 'serve',
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const url = req.url?.split('?')[0] ?? '';
				if (!url.startsWith(prefix)) return next();
				const file = normalize(join(folder, decodeURIComponent(url.slice(prefix.length))));
				if (!file.startsWith(folder)) return next();
				readFile(file).then(
					(body) => {
						res.setHeader('Content-Type', TYPES[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream');
						res.end(body);
					},
					() => {
						res.statusCode = 404;
						res.end('No search index: run `npm run build` once, then reload.');
					},
				);
			});
		},
	};
}
