/**
 * The scale benchmark's generated handbook is a valid site: 20 generated chapters build without a
 * single content problem (links, anchors, glossary, headings, anchors lock), every chapter page is
 * written, and the search index holds them all. Also checks that the generator is deterministic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { buildFixture, type FixtureBuild } from '../support/build-fixture';
import { generateCorpus, type CorpusSummary } from '../bench/generate-corpus';
import { CHAPTER_HTML_FILE } from '../../src/integrations/chapter-html';

const PAGES = 20;

/** Every file under `dir`, as sorted relative paths. */
function listFiles(dir: string): string[] {
	return (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)))
		.sort();
}

describe('the scale benchmark corpus', () => {
	let tmp: string;
	let corpus: CorpusSummary;
	let build: FixtureBuild;

	beforeAll(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'handbook-scale-test-'));
		corpus = generateCorpus({ dir: join(tmp, 'corpus'), pages: PAGES, seed: 'unit' });
		build = await buildFixture(corpus.dir);
	}, 180_000);

	afterAll(() => {
		rmSync(tmp, { recursive: true, force: true });
		if (build) rmSync(join(build.outDir, '..'), { recursive: true, force: true });
	});

	it('is deterministic for a seed', () => {
		const again = generateCorpus({ dir: join(tmp, 'again'), pages: PAGES, seed: 'unit' });
		for (const slug of corpus.slugs) {
			expect(readFileSync(join(again.dir, 'chapters', `${slug}.mdx`), 'utf8')).toBe(readFileSync(join(corpus.dir, 'chapters', `${slug}.mdx`), 'utf8'));
		}
		expect(readFileSync(join(again.dir, 'glossary.yaml'), 'utf8')).toBe(readFileSync(join(corpus.dir, 'glossary.yaml'), 'utf8'));
		const other = generateCorpus({ dir: join(tmp, 'other'), pages: PAGES, seed: 'other' });
		expect(readFileSync(join(other.dir, 'chapters/chapter-1.mdx'), 'utf8')).not.toBe(readFileSync(join(corpus.dir, 'chapters/chapter-1.mdx'), 'utf8'));
	});

	it('writes realistic chapters', () => {
		expect(readdirSync(join(corpus.dir, 'chapters'))).toHaveLength(PAGES);
		expect(corpus.words / PAGES).toBeGreaterThan(1200);
		expect(corpus.words / PAGES).toBeLessThan(2000);
		const mdx = readFileSync(join(corpus.dir, 'chapters/chapter-2.mdx'), 'utf8');
		expect(mdx).toMatch(/^---\ntitle: .+\ndescription: .+\norder: 2\n---\n/);
		expect(mdx).toContain('<Objectives>');
		expect(mdx).toMatch(/<Term id="[a-z0-9-]+">/);
		expect(mdx).toMatch(/\]\(\/chapter-\d+\/#[a-z0-9-]+\)/);
		expect(mdx).toMatch(/^\| .+ \|\n\| --- \|/m);
		expect(mdx).toContain('## Key takeaways');
		expect(mdx).toContain('## Check your understanding\n\n<KnowledgeCheck>');
		// Not one repeated paragraph: most paragraphs are distinct.
		const paragraphs = mdx.split('\n\n').filter((block) => block.length > 200);
		expect(new Set(paragraphs).size).toBe(paragraphs.length);
	});

	it('builds with no content problems', () => {
		expect(build.output).not.toMatch(/content problems?/i);
		expect(build.output).not.toMatch(/not in .*anchors\.lock\.json/);
		expect(build.code, build.output.slice(-3000)).toBe(0);
	});

	it('writes a page for every chapter', () => {
		for (const slug of corpus.slugs) expect(existsSync(join(build.outDir, slug, 'index.html')), slug).toBe(true);
		const page = readFileSync(join(build.outDir, 'chapter-1/index.html'), 'utf8');
		expect(page).toContain('data-pagefind-body');
		expect(page).toContain('id="key-takeaways"');
		// The chapters' text, kept out of Rollup in a file beside the server chunks, is not published.
		expect(existsSync(join(build.outDir, CHAPTER_HTML_FILE))).toBe(false);
	});

	it('builds the same site when chapters compile in worker threads', async () => {
		const threaded = await buildFixture(corpus.dir, { MDX_WORKERS: '2' });
		try {
			expect(threaded.code, threaded.output.slice(-3000)).toBe(0);
			expect(threaded.output).toContain(`Compiled ${PAGES} chapters in 2 worker threads`);
			expect(build.output).not.toContain('worker thread (');
			const files = listFiles(build.outDir);
			expect(listFiles(threaded.outDir)).toEqual(files);
			for (const file of files) expect(readFileSync(join(threaded.outDir, file)).equals(readFileSync(join(build.outDir, file))), file).toBe(true);
		} finally {
			rmSync(join(threaded.outDir, '..'), { recursive: true, force: true });
		}
	}, 180_000);

	it('indexes every chapter section and glossary entry for search', () => {
		// One record per chapter introduction and per h2/h3 section, plus one per glossary entry.
		const records = PAGES + corpus.headings;
		const entry = JSON.parse(readFileSync(join(build.outDir, 'pagefind/pagefind-entry.json'), 'utf8'));
		expect(entry.languages.en.page_count).toBe(records + corpus.glossaryEntries);
		expect(build.output).toContain(`Search index: ${records} chapter sections and ${corpus.glossaryEntries} glossary entries`);
	});
});
