/**
 * Content loader for the glossary: one YAML file, one entry per term.
 *
 * Astro's `file()` loader only logs a warning for a YAML error or a duplicate id and carries on with
 * an empty or partial glossary; this loader fails the build instead, naming the line.
 */
import { relative } from 'node:path';
import type { Loader } from 'astro/loaders';
import { readGlossary } from '../utils/glossary';
import { ContentError } from '../utils/diagnostics';

/** Loads `path` (absolute) into the collection. `root` makes paths in messages relative. */
export function glossaryLoader(path: string, root: string): Loader {
	const displayPath = relative(root, path);
	return {
		name: 'handbook-glossary',
		load: async ({ store, parseData, generateDigest, watcher }) => {
			const sync = async () => {
				const { entries, diagnostics } = readGlossary(path, displayPath);
				if (diagnostics.length) throw new ContentError(diagnostics);
				store.clear();
				for (const entry of entries) {
					const data = await parseData({ id: entry.id, data: entry, filePath: path });
					store.set({ id: entry.id, data, digest: generateDigest(data), filePath: displayPath });
				}
			};
			await sync();
			watcher?.add(path);
			watcher?.on('change', (changed) => {
				if (changed === path) sync().catch((error: Error) => console.error(error.message));
			});
		},
	};
}
