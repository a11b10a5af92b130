/** Real builds of small fixture sites: the schema, the search index and the build's own checks. */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../support/build-fixture';

describe('a valid fixture site', () => {
	it('builds, and the Pagefind integration writes an index of its chapters and glossary', async () => {
		const build = await buildFixture('minimal');
		expect(build.output).not.toMatch(/problem/);
		expect(build.code).toBe(0);
		const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		// Each chapter's introduction and h2/h3 sections (4 + 2) and the glossary entry; home, glossary,
		// search and share pages are not indexed as pages.
		expect(entry.languages.en.page_count).toBe(7);
		expect(existsSync(join(build.outDir, 'pagefind/pagefind.js'))).toBe(true);
		expect(build.output).toMatch(/Search index: 6 chapter sections and 1 glossary entries/);
	});
});

describe('frontmatter that breaks the schema fails the build, naming the file and the field', () => {
	it('rejects a chapter without a title', async () => {
		const build = await buildFixture('missing-title');
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('tests/fixtures/missing-title/chapters/untitled.mdx');
		expect(build.output).toContain('title: Missing. Every chapter needs a `title:` line');
	});

	it('rejects a 200-character description', async () => {
		const build = await buildFixture('long-description');
		expect(build.code).not.toBe(0);
		expect(build.output).toContain('tests/fixtures/long-description/chapters/wordy.mdx');
		expect(build.output).toContain('description: The description is longer than 160 characters. Shorten it');
	});
});
