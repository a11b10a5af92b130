/**
 * Broken content never ships: each fixture under tests/fixtures/ holds one kind of mistake, and a
 * real build of it must fail with a message that names the file, the line where it is known, what
 * is wrong and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/build-fixture';

const f = (name: string) => `tests/fixtures/${name}`;

/** Builds the fixture and returns its output, asserting that the build failed. */
async function failingBuild(name: string): Promise<string> {
	const build = await buildFixture(name);
	expect(build.code, build.output).not.toBe(0);
	return build.output;
}

describe('content that fails the build, with a clear message', () => {
	it('1a. frontmatter without a title', async () => {
		const out = await failingBuild('missing-title');
		expect(out).toContain(`${f('missing-title')}/chapters/untitled.mdx`);
		expect(out).toContain('title: Missing. Every chapter needs a `title:` line in its frontmatter');
	});

	it('1b. a 200-character description (over 160)', async () => {
		const out = await failingBuild('long-description');
		expect(out).toContain(`${f('long-description')}/chapters/wordy.mdx`);
		expect(out).toContain('description: The description is longer than 160 characters. Shorten it');
	});

	it('1c. two chapters with the same order', async () => {
		const out = await failingBuild('duplicate-order');
		expect(out).toContain(`${f('duplicate-order')}/chapters/first-steps.mdx and ${f('duplicate-order')}/chapters/second.mdx both have order: 1. Give each chapter its own order number.`);
	});

	it('2. a link to a page that does not exist', async () => {
		const out = await failingBuild('broken-link');
		expect(out).toContain(`${f('broken-link')}/chapters/links.mdx:11  The link /pricing-models/ points at the page /pricing-models/, which does not exist.`);
		expect(out).toMatch(/Fix: Link to an existing chapter|Fix: Did you mean/);
	});

	it('3. links to #anchors that do not exist, on the same page and on another page', async () => {
		const out = await failingBuild('broken-anchor');
		const file = `${f('broken-anchor')}/chapters/anchors.mdx:11`;
		expect(out).toContain(`${file}  The link #no-such-section points at #no-such-section, but this page has no heading with that anchor.`);
		expect(out).toContain('Fix: Use one of the anchors on this page: #where-to-look.');
		expect(out).toContain(`${file}  The link /first-steps/#remote-monitoring points at #remote-monitoring, but /first-steps/ has no heading with that anchor.`);
		expect(out).toContain('Fix: Use one of the anchors on /first-steps/: #remote-monitoring-and-management-rmm, #patch-management, #second-section.');
	});

	it('4. two headings in one page with the same id', async () => {
		const out = await failingBuild('duplicate-heading');
		expect(out).toContain(`${f('duplicate-heading')}/chapters/twice.mdx:13  Two headings are both called "Pricing", so they would share the anchor #pricing.`);
		expect(out).toContain('Fix: Give each heading its own wording');
	});

	it('5. a <Term> with an unknown id', async () => {
		const out = await failingBuild('unknown-term');
		expect(out).toContain(`${f('unknown-term')}/chapters/terms.mdx:11  Unknown glossary id "pas" in <Term id="pas">.`);
		expect(out).toContain(`Fix: Add an entry with id: pas to ${f('unknown-term')}/glossary.yaml.`);
	});

	it('5b. the same, when chapters compile in worker threads (large handbooks)', async () => {
		const build = await buildFixture('unknown-term', { MDX_WORKERS: '1' });
		expect(build.code, build.output).not.toBe(0);
		expect(build.output).toContain('Compiled 2 chapters in 1 worker thread (');
		expect(build.output).toContain(`${f('unknown-term')}/chapters/terms.mdx:11  Unknown glossary id "pas" in <Term id="pas">.`);
		expect(build.output).toContain(`Fix: Add an entry with id: pas to ${f('unknown-term')}/glossary.yaml.`);
	});

	it.each([['0', "Vite's thread"], ['1', 'a worker thread']])('5c. MDX that does not parse (MDX_WORKERS=%s: compiled in %s)', async (workers) => {
		const build = await buildFixture('mdx-syntax', { MDX_WORKERS: workers });
		expect(build.code, build.output).not.toBe(0);
		expect(build.output).toContain('Unexpected end of file in expression, expected a corresponding closing brace for `{`');
		expect(build.output).toContain(`${f('mdx-syntax')}/chapters/first-steps.mdx:23:36`);
		expect(build.output).not.toContain('MDX worker stopped');
	});

	it('6. a glossary `see` that points nowhere', async () => {
		const out = await failingBuild('bad-see');
		expect(out).toContain(`${f('bad-see')}/glossary.yaml:7  Glossary entry "psa" has see: first-steps#professional-services-automation, but chapter "first-steps" has no heading #professional-services-automation.`);
		expect(out).toContain('Fix: Point see: at one of that chapter\'s headings, e.g. first-steps#');
	});

	it('7. an image without alt text', async () => {
		const out = await failingBuild('image-no-alt');
		expect(out).toContain(`${f('image-no-alt')}/chapters/pictures.mdx:11  The image "/favicon.svg" has no alt text.`);
		expect(out).toContain('Fix: Describe what the image shows');
	});

	it('8. resources loaded from other origins (img, srcset, iframe, stylesheet, CSS url()), while outside links are fine', async () => {
		const out = await failingBuild('external-resource');
		const file = `${f('external-resource')}/chapters/outside.mdx`;
		expect(out).toContain(`${file}:11  <img> loads https://cdn.example.com/chart.png from another origin (https://cdn.example.com).`);
		expect(out).toContain(`${file}:13  <img[srcset]> loads https://cdn.example.com/chart@2x.png from another origin`);
		expect(out).toContain(`${file}:15  <iframe> loads https://video.example.com/embed/1 from another origin`);
		expect(out).toContain(`${file}:17  <link[rel=stylesheet]> loads https://fonts.example.com/font.css from another origin`);
		expect(out).toContain(`${file}:19  <div[style]> loads https://cdn.example.com/bg.png from another origin`);
		expect(out).toContain('Fix: Serve the file from this site (put it under public/)');
		expect(out).not.toContain('www.example.com');
		expect(out).toContain('5 content problems found');
	});

	it('9. a heading level that skips (h2 → h4)', async () => {
		const out = await failingBuild('heading-skip');
		expect(out).toContain(`${f('heading-skip')}/chapters/skips.mdx:13  Heading level jumps from h2 to h4 at "Details".`);
		expect(out).toContain('Fix: Use ### for this heading');
	});

	it('10a. an empty chapter', async () => {
		const out = await failingBuild('empty-chapter');
		expect(out).toContain(`${f('empty-chapter')}/chapters/empty.mdx  The chapter has no content.`);
	});

	it('10b. an empty section', async () => {
		const out = await failingBuild('empty-section');
		expect(out).toContain(`${f('empty-section')}/chapters/gaps.mdx:9  The section "Planned section" is empty.`);
		expect(out).toContain('Fix: Write at least a sentence under the heading, or remove the heading.');
	});

	it('11. a chapter file whose name is not a valid slug', async () => {
		const out = await failingBuild('bad-filename');
		expect(out).toContain('Chapter file "My Chapter.mdx" has a name that cannot be a URL. Rename it to "my-chapter.mdx"');
	});

	it('12. a raw <script> in chapter content', async () => {
		const out = await failingBuild('raw-script');
		expect(out).toContain(`${f('raw-script')}/chapters/scripted.mdx:11  Chapters cannot contain <script> elements.`);
	});
});

describe('the anchors lock', () => {
	it('fails when a locked heading disappears, naming the chapter, the anchor and the frontmatter line that would redirect it', async () => {
		const out = await failingBuild('lock-removed');
		expect(out).toContain(`${f('lock-removed')}/chapters/first-steps.mdx  The section #monitoring-tools on /first-steps/ is gone, so links to /first-steps/#monitoring-tools would break.`);
		expect(out).toMatch(/aliases:\n\s+monitoring-tools: <new-anchor>/);
	});

	it('passes when the same removal is covered by an alias', async () => {
		const build = await buildFixture('lock-alias');
		expect(build.code, build.output).toBe(0);
	});

	it('passes when a renamed chapter lists its old URL in redirectFrom', async () => {
		const build = await buildFixture('lock-redirect');
		expect(build.code, build.output).toBe(0);
	});
});
