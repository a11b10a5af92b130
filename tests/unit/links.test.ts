import { describe, expect, it } from 'vitest';
import { scanHtml, searchPartHtml, srcsetUrls, cssUrls } from '../../src/utils/html-scan';
import { checkSite, findLine, resolveUrl, type SiteIndex } from '../../src/utils/link-check';

const site = (pages: Record<string, string>, files: string[] = []): SiteIndex => ({
	siteUrl: 'https://wiki.example.com',
	base: '/handbook/',
	pages: new Map(Object.entries(pages).map(([path, html]) => [path, scanHtml(html, path)])),
	files: new Set(files),
});

describe('resolveUrl', () => {
	const at = { siteUrl: 'https://wiki.example.com', base: '/handbook/' };
	it.each([
		['/handbook/msp-toolbox/#psa', { kind: 'internal', path: '/msp-toolbox/', hash: 'psa' }],
		['#psa', { kind: 'internal', path: '/glossary/', hash: 'psa' }],
		['../msp-toolbox/', { kind: 'internal', path: '/msp-toolbox/', hash: '' }],
		['https://wiki.example.com/handbook/og/x.png', { kind: 'internal', path: '/og/x.png', hash: '' }],
		['/msp-toolbox/', { kind: 'outside-base', pathname: '/msp-toolbox/' }],
		['https://cdn.example.net/a.js', { kind: 'external', origin: 'https://cdn.example.net' }],
		['//cdn.example.net/a.js', { kind: 'external', origin: 'https://cdn.example.net' }],
		['mailto:help@example.com', { kind: 'inline' }],
		['data:image/svg+xml,<svg/>', { kind: 'inline' }],
	])('%s', (url, expected) => {
		expect(resolveUrl(url, '/glossary/', at)).toEqual(expected);
	});
});

describe('scanHtml', () => {
	it('finds ids, heading anchors, links, loaded resources and images without alt text', () => {
		const page = scanHtml(
			`<html><head><link rel="stylesheet" href="/a.css"><link rel="canonical" href="https://x/"><style>.a{background:url("/bg.png")}</style></head>
			<body><h1>Title</h1><h2 id="one">One <abbr>X</abbr></h2><p id="p">Text <a href="#one">link</a> <a href="https://e.com" target="_blank">out</a></p>
			<img src="/i.png"><img src="/j.png" alt="J" srcset="/j2.png 2x, /j3.png 3x"><div style="background-image:url(/s.png)"></div>
			<script src="/x.js"></script><iframe src="/f.html"></iframe><meta http-equiv="refresh" content="0; url=/there/"></body></html>`,
			'/page/',
		);
		expect([...page.ids.keys()]).toEqual(['one', 'p']);
		expect(page.headingIds).toEqual(['one']);
		expect(page.headingTitles.get('one')).toBe('One X');
		expect(page.title).toBe('Title');
		expect(page.links.map((l) => l.url)).toEqual(['https://x/', '#one', 'https://e.com']);
		expect(page.resources.map((r) => r.url).sort()).toEqual(['/a.css', '/bg.png', '/f.html', '/i.png', '/j.png', '/j2.png', '/j3.png', '/s.png', '/x.js'].sort());
		expect(page.imagesWithoutAlt).toEqual(['/i.png']);
		expect(page.newTabLinks).toEqual(['https://e.com']);
		expect(page.redirectTo).toBe('/there/');
	});

	it('cuts a chapter into its introduction and sections for search', () => {
		const html =
			`<article data-chapter-slug="c" data-chapter-title="Chapter"><header class="chapter-header"><h1>Chapter</h1><p>Lead.</p></header>
			<details class="toc">toc</details><div class="prose"><p>Intro.</p>
			<div class="heading level-h2"><h2 id="a">A</h2></div><p>Alpha.</p>
			<div class="heading level-h3"><h3 id="b">B</h3></div><p>Beta.</p></div></article>`;
		const page = scanHtml(html, '/c/');
		const parts = page.searchParts?.map((part) => searchPartHtml(html, part));
		expect(page.searchParts?.map((p) => [p.anchor, p.title])).toEqual([['', 'Chapter'], ['a', 'A'], ['b', 'B']]);
		expect(parts?.[0]).toMatch(/<h1>Chapter<\/h1>.*Lead\..*Intro\./s);
		expect(parts?.[0]).not.toContain('toc');
		expect(parts?.[1]).toMatch(/^<div class="heading level-h2">.*Alpha\.<\/p>\s*$/s);
		expect(parts?.[2]).toMatch(/Beta\.<\/p>$/);
	});

	it('reads srcset and CSS url() values', () => {
		expect(srcsetUrls('/a.png 1x, /b.png 2x')).toEqual(['/a.png', '/b.png']);
		expect(cssUrls(`@import "x.css"; a{b:url( '/c.png' )} d{e:url(#frag)}`)).toEqual(['x.css', '/c.png']);
	});
});

describe('checkSite', () => {
	it('accepts a consistent site', () => {
		const problems = checkSite(
			site({ '/': '<a href="/handbook/a/#x">a</a>', '/a/': '<h2 id="x">X</h2><img src="/handbook/i.png" alt="I">' }, ['/i.png']),
		);
		expect(problems).toEqual([]);
	});

	it('reports each kind of problem once, on the page where it is', () => {
		const problems = checkSite(
			site({
				'/': '<a href="/handbook/missing/">m</a><a href="/handbook/a/#nope">n</a><a href="/handbook/a">slash</a><a href="/a/">base</a>',
				'/a/': '<h2 id="x">X</h2><h3 id="x">Again</h3><script src="https://cdn.example.net/t.js"></script><img src="/handbook/gone.png" alt="G">',
			}),
		);
		expect(problems.map((p) => `${p.page} ${p.message}`)).toEqual([
			'/ The link /handbook/missing/ points at the page /missing/, which does not exist.',
			'/ The link /handbook/a/#nope points at #nope, but /a/ has no heading with that anchor.',
			'/ The link /handbook/a lacks its trailing slash.',
			"/ The link /a/ points outside the site's base path /handbook/.",
			'/a/ The id "x" is used 2 times on this page, so #x links are ambiguous.',
			'/a/ <script> loads https://cdn.example.net/t.js from another origin (https://cdn.example.net).',
			'/a/ <img> loads /handbook/gone.png, which is not in the build.',
		]);
	});

	it('follows a redirect page to check an anchor on its target', () => {
		const problems = checkSite(
			site({
				'/': '<a href="/handbook/old/#x">ok</a><a href="/handbook/old/#y">bad</a>',
				'/old/': '<meta http-equiv="refresh" content="0; url=/handbook/new/">',
				'/new/': '<h2 id="x">X</h2>',
			}),
		);
		expect(problems.map((p) => p.subject)).toEqual(['/handbook/old/#y']);
	});
});

describe('findLine', () => {
	it('finds the first line that contains a needle, trying needles in order', () => {
		const source = 'a\nsee [x](/b/#c)\n/b/#c again';
		expect(findLine(source, ['(/b/#c)', '/b/#c'])).toBe(2);
		expect(findLine(source, ['nothing'])).toBeUndefined();
	});
});
