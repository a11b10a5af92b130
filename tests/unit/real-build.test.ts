/**
 * The real handbook: it builds without a warning about unprotected anchors (the committed
 * anchors lock is current), and two builds of the same commit produce byte-identical output.
 * No file carries a build date: chapter dates come from git history, and Pagefind's index has
 * no timestamp.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildFixture, ROOT } from '../support/build-fixture';

/** Files allowed to differ between two builds (none today). */
export const DATED_FILES: readonly string[] = [];

function fingerprint(dir: string): Map<string, string> {
	const files = new Map<string, string>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		files.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
	}
	return files;
}

describe('the build', () => {
	it('is clean, has a current anchors lock, and is deterministic: two builds are byte-identical', async () => {
		const [first, second] = [await buildFixture(join(ROOT, 'content')), await buildFixture(join(ROOT, 'content'))];
		expect(first.code, first.output).toBe(0);
		expect(second.code, second.output).toBe(0);
		expect(first.output, 'run `npm run anchors:update` and commit content/anchors.lock.json').not.toMatch(/not in .*anchors\.lock\.json yet/);
		expect(first.output).not.toMatch(/\[WARN\]/);
		const [a, b] = [fingerprint(first.outDir), fingerprint(second.outDir)];
		expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
		const differing = [...a].filter(([file, hash]) => b.get(file) !== hash && !DATED_FILES.includes(file)).map(([file]) => file);
		expect(differing).toEqual([]);
		expect(a.size).toBeGreaterThan(100);
	});
});
