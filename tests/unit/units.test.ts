/** Small pure modules: glossary parsing, the anchors lock, search results, meta tags and URLs. */
import { describe, expect, it } from 'vitest';
import { parseGlossary, groupByLetter, parseSee } from '../../src/utils/glossary';
import { checkLock, mergeLock, publishedAnchors, unlockedAnchors, type AnchorsLock } from '../../src/utils/anchors-lock';
import { scanHtml } from '../../src/utils/html-scan';
import type { SiteIndex } from '../../src/utils/link-check';
import { FIRST_BATCH, groupByChapter, moreToLoad, pickSections, withHighlight, type PagefindResultData } from '../../src/utils/search-results';
import { highlightTerms } from '../../src/utils/highlight-terms';
import { searchRecordMode } from '../../src/utils/search-config';
import { scoreQuery, summarise } from '../../src/utils/search-score';
import { glossaryRecord, chapterRecord } from '../../src/utils/search-records';
import { pageMeta } from '../../src/utils/meta';
import { absoluteUrl, directoryPath, withBase } from '../../src/utils/urls';
import { buildManifest } from '../../src/utils/manifest';
import { formatDiagnostics } from '../../src/utils/diagnostics';
import { closest } from '../../src/utils/closest';

describe('parseGlossary', () => {
	it('reads entries and remembers their lines', () => {
		const { entries, lines, diagnostics } = parseGlossary('- id: psa\n  term: PSA\n  definition: Runs the MSP.\n  see: a#b\n\n- id: rmm\n  term: RMM\n  definition: Watches machines.\n  see: a#c\n', 'g.yaml');
		expect(diagnostics).toEqual([]);
		expect(entries.map((e) => e.id)).toEqual(['psa', 'rmm']);
		expect(lines.get('rmm')).toBe(6);
	});

	it('reports a duplicate id, a missing field and bad YAML with their lines', () => {
		const text = '- id: psa\n  term: PSA\n  definition: A.\n  see: a#b\n- id: psa\n  term: PSA\n  definition: B.\n  see: a#b\n- id: mdf\n  term: MDF\n  see: a#b\n';
		expect(parseGlossary(text, 'g.yaml').diagnostics.map((d) => [d.line, d.message])).toEqual([
			[5, 'Glossary id "psa" is used twice (first on line 1).'],
			[9, 'Glossary entry "mdf": `definition` is missing.'],
		]);
		const broken = parseGlossary('- id: psa\n  term: [unclosed\n', 'g.yaml').diagnostics;
		expect(broken[0]).toMatchObject({ file: 'g.yaml', line: expect.any(Number), message: expect.stringContaining('not valid YAML') });
	});

	it('groups entries A–Z with numbers first', () => {
		const entry = (term: string) => ({ id: term.toLowerCase(), term, definition: 'd', see: 'a#b', aliases: [], formerIds: [] });
		expect(groupByLetter([entry('RMM'), entry('7C'), entry('psa'), entry('PaaS')]).map((g) => [g.letter, g.entries.map((e) => e.term)])).toEqual([
			['#', ['7C']],
			['P', ['PaaS', 'psa']],
			['R', ['RMM']],
		]);
		expect(parseSee('msp-toolbox#psa')).toEqual({ chapter: 'msp-toolbox', anchor: 'psa' });
	});
});

describe('the anchors lock', () => {
	const index = (pages: Record<string, string>): SiteIndex => ({
		siteUrl: 'https://x.example',
		base: '/',
		pages: new Map(Object.entries(pages).map(([path, html]) => [path, scanHtml(html, path)])),
		files: new Set(),
	});
	const source = () => ({ file: 'content/chapters/c.mdx', kind: 'chapter' as const, hasAliases: false });
	const lock: AnchorsLock = { version: 1, pages: { '/c/': ['old', 'kept'] } };

	it('lists published pages and heading anchors, not share pages or redirects', () => {
		const site = index({ '/c/': '<h2 id="kept">K</h2><h3 id="new">N</h3>', '/s/c/kept/': '<h2 id="z">Z</h2>', '/old/': '<meta http-equiv="refresh" content="0; url=/c/">' });
		expect(publishedAnchors(site.pages.values())).toEqual({ '/c/': ['kept', 'new'] });
		expect(unlockedAnchors(lock, publishedAnchors(site.pages.values()))).toEqual(['/c/#new']);
		expect(mergeLock(lock, publishedAnchors(site.pages.values())).pages['/c/']).toEqual(['kept', 'new', 'old']);
	});

	it('names the chapter, the lost anchor and the frontmatter line that would redirect it', () => {
		const problems = checkLock(lock, index({ '/c/': '<h2 id="kept">K</h2><h2 id="renamed">R</h2>' }), source, 'content/anchors.lock.json');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toBe('The section #old on /c/ is gone, so links to /c/#old would break.');
		expect(problems[0]!.fix).toContain('aliases:\n        old: renamed');
	});

	it('accepts an anchor kept alive by an alias element, and a page moved with a redirect', () => {
		expect(checkLock(lock, index({ '/c/': '<span id="old"></span><h2 id="kept">K</h2>' }), source, 'l')).toEqual([]);
		const moved = index({ '/c/': '<meta http-equiv="refresh" content="0; url=/d/">', '/d/': '<span id="old"></span><h2 id="kept">K</h2>' });
		expect(checkLock(lock, moved, source, 'l')).toEqual([]);
	});

	it('asks for redirectFrom when a page disappears', () => {
		const problems = checkLock(lock, index({ '/d/': '<h2 id="kept">K</h2>' }), (p) => ({ file: `content/chapters${p.slice(0, -1)}.mdx`, kind: 'chapter' }), 'l');
		expect(problems[0]!.fix).toContain('redirectFrom: [/c/]');
		expect(problems[0]!.fix).toContain('content/chapters/d.mdx');
	});
});

describe('search results', () => {
	const sub = (title: string, url: string, locations: number, anchor = true) => ({ title, url, excerpt: '', locations: Array(locations).fill(0), ...(anchor ? { anchor: { element: 'h2', id: 'x' } } : {}) });
	const result = (meta: Record<string, string>, url: string): PagefindResultData => ({ url, excerpt: `<mark>${meta.title}</mark>`, meta, sub_results: [] });

	it('picks the three sections with the most matches, leaving out the page itself, ties in page order', () => {
		const picked = pickSections({ sub_results: [sub('Page', '/p/', 9, false), sub('A', '/p/#a', 1), sub('B', '/p/#b', 3), sub('C', '/p/#c', 1), sub('D', '/p/#d', 2)] }, 3);
		expect(picked.map((s) => s.title)).toEqual(['B', 'D', 'A']);
	});

	it('loads more results for a section index, and stops after the first ones for a whole-chapter index', () => {
		const sectionRecord = { meta: { title: 'Pricing', chapter: 'How MSPs make money' } };
		const chapterRecord = { meta: { title: 'How MSPs make money' } };
		expect(FIRST_BATCH).toBeLessThan(8);
		expect(moreToLoad(Array(FIRST_BATCH).fill(sectionRecord), 8)).toBe(8 - FIRST_BATCH);
		expect(moreToLoad([sectionRecord], 8)).toBe(7); // the engine's slice stops at the last result
		expect(moreToLoad([chapterRecord, { meta: { title: 'PSA', chapter: 'Glossary', see: '/t/#psa' } }, chapterRecord], 8)).toBe(0);
		expect(moreToLoad(Array(8).fill(sectionRecord), 8)).toBe(0);
	});

	it('groups sections by chapter in rank order and sends glossary entries to their section', () => {
		const groups = groupByChapter(
			[
				result({ title: 'PSA — Professional services automation', chapter: 'Glossary', see: '/msp-toolbox/#psa', section: 'PSA · The MSP toolbox' }, '/handbook/glossary/#psa'),
				result({ title: 'PSA', chapter: 'The MSP toolbox' }, '/handbook/msp-toolbox/#psa'),
				result({ title: 'RMM versus PSA', chapter: 'The MSP toolbox' }, '/handbook/msp-toolbox/#rmm-versus-psa'),
				result({ title: 'Core platforms', chapter: 'What MSPs are' }, '/handbook/what/#core'),
			],
			'/handbook/',
		);
		expect(groups.map((g) => [g.chapter, g.sections.map((s) => s.url)])).toEqual([
			['Glossary', ['/handbook/msp-toolbox/#psa']],
			['The MSP toolbox', ['/handbook/msp-toolbox/#rmm-versus-psa']],
			['What MSPs are', ['/handbook/what/#core']],
		]);
		expect(groups[0]!.sections[0]!.leadsTo).toBe('PSA · The MSP toolbox');
	});

	it('shows a whole-chapter result (large handbooks) as its chapter with its best sections', () => {
		const chapter: PagefindResultData = {
			url: '/c/',
			excerpt: '',
			meta: { title: 'The MSP toolbox' },
			sub_results: [sub('The MSP toolbox', '/c/', 5, false), sub('PSA', '/c/#psa', 4), sub('RMM', '/c/#rmm', 1)],
		};
		expect(groupByChapter([chapter]).map((g) => [g.chapter, g.sections.map((s) => s.url)])).toEqual([['The MSP toolbox', ['/c/#psa', '/c/#rmm']]]);
		expect(searchRecordMode(250)).toBe('sections');
		expect(searchRecordMode(19_000)).toBe('chapters');
	});

	it('carries the searched words to the landing page', () => {
		expect(withHighlight('/a/#b', 'OML 3', 'highlight')).toBe('/a/?highlight=OML%203#b');
		expect(highlightTerms('  OML 3, "co-selling" ')).toEqual(['oml', 'co-selling']);
	});

	it('scores a query the benchmark’s way', () => {
		const results = [result({ title: 'Intro' }, '/a/'), result({ title: 'MDF — Market development funds' }, '/g/#mdf')];
		const scored = scoreQuery('MDF', 'Market Development Funds?|\\bMDFs?\\b', results);
		expect(scored.rank).toBe(2);
		expect(summarise([scored, { ...scored, rank: 1 }, { ...scored, rank: 0 }])).toEqual({ hit1: 1, hit3: 2, mrr5: 0.5, total: 3 });
	});

	it('builds search records: a glossary card keeps its own URL and links to its section', () => {
		const record = glossaryRecord({ id: 'sla', term: 'SLA', expansion: 'Service-level agreement', definition: 'A contract.', see: 'a#b', aliases: ['service level agreement'], formerIds: [] }, '/a/#b', 'B · A');
		expect(record.url).toBe('/glossary/#sla');
		expect(record.html).toContain('data-pagefind-meta="see[content]" content="/a/#b"');
		expect(record.html).toContain('Also: SLAs, service level agreement.');
		expect(chapterRecord('/a/', { anchor: 'b', title: 'B', chapter: 'A', html: '<p>x</p>' }).url).toBe('/a/#b');
	});
});

describe('URLs and meta tags', () => {
	it('adds the base path and directory slashes', () => {
		expect(directoryPath('/glossary')).toBe('/glossary/');
		expect(directoryPath('/og/a.png')).toBe('/og/a.png');
		expect(withBase('/handbook/', '/glossary#psa')).toBe('/handbook/glossary/#psa');
		expect(absoluteUrl('https://w.example', '/handbook/', '/s/a/b/')).toBe('https://w.example/handbook/s/a/b/');
	});

	it('gives every page absolute canonical, Open Graph and Twitter tags', () => {
		const meta = pageMeta({ title: 'Pricing models — How MSPs make money', description: 'D', path: '/s/x/y/', image: '/og/x.png', imageAlt: 'Chapter 3', type: 'article' }, 'https://w.example', '/handbook/');
		expect(meta.title).toBe('Pricing models — How MSPs make money — MSP Onboarding Handbook');
		expect(meta.canonical).toBe('https://w.example/handbook/s/x/y/');
		expect(Object.fromEntries(meta.og.map((t) => [t.property, t.content]))).toMatchObject({
			'og:type': 'article',
			'og:url': 'https://w.example/handbook/s/x/y/',
			'og:image': 'https://w.example/handbook/og/x.png',
			'og:image:width': '1200',
			'og:image:height': '630',
		});
		expect(meta.twitter[0]).toEqual({ name: 'twitter:card', content: 'summary_large_image' });
	});

	it('writes the section manifest with absolute and share URLs', () => {
		const manifest = buildManifest(
			[{ slug: 'c', title: 'C', description: 'D', sections: [{ id: 'a', depth: 2, title: 'A', summary: 'S.' }], entry: { data: { aliases: { old: 'a' }, redirectFrom: [] } } }],
			'https://w.example',
			'/h/',
		);
		expect(manifest).toEqual({
			version: 1,
			site: 'https://w.example/h/',
			pages: [{ slug: 'c', title: 'C', url: 'https://w.example/h/c/', summary: 'D', aliases: { old: 'a' }, redirectFrom: [], sections: [{ id: 'a', title: 'A', depth: 2, url: 'https://w.example/h/c/#a', shareUrl: 'https://w.example/h/s/c/a/', summary: 'S.' }] }],
		});
	});
});

describe('messages', () => {
	it('lists every problem, sorted by file and line, each with its fix', () => {
		const text = formatDiagnostics([
			{ file: 'b.mdx', line: 3, message: 'Second.', fix: 'Do B.' },
			{ file: 'a.mdx', line: 9, message: 'First.', fix: 'Do A.' },
		]);
		expect(text).toBe('2 content problems found:\n\na.mdx:9  First.\n    Fix: Do A.\n\nb.mdx:3  Second.\n    Fix: Do B.\n');
	});

	it('suggests the nearest known name for a typo, and nothing for a stranger', () => {
		expect(closest('pas', ['psa', 'rmm', 'mdf'])).toBe('psa');
		expect(closest('zzzzzz', ['psa', 'rmm'])).toBeUndefined();
	});
});
