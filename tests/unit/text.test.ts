import { describe, expect, it } from 'vitest';
import { firstSentences, readingMinutes } from '../../src/utils/text';
import { tocTree } from '../../src/utils/sections';
import { sidebarWindow } from '../../src/utils/navigation';
import { parseGitLog } from '../../src/utils/git-dates';

describe('firstSentences', () => {
	it('keeps whole sentences that fit', () => {
		expect(firstSentences('MSPs bill monthly. Most use tiers. Some charge per device.', 40)).toBe('MSPs bill monthly. Most use tiers.');
	});

	it('stops at two sentences by default', () => {
		expect(firstSentences('One. Two. Three.', 300)).toBe('One. Two.');
	});

	it('does not split after abbreviations followed by lowercase words', () => {
		expect(firstSentences('Tools such as e.g. PSA platforms help. Next one.', 300, 1)).toBe('Tools such as e.g. PSA platforms help.');
	});

	it('cuts a single long sentence at a word boundary with an ellipsis', () => {
		const cut = firstSentences('word '.repeat(100), 50);
		expect(cut.length).toBeLessThanOrEqual(50);
		expect(cut.endsWith('…')).toBe(true);
	});
});

describe('readingMinutes', () => {
	it('counts prose words at 220 a minute, ignoring frontmatter and tags', () => {
		const body = `---\ntitle: x\n---\n\n${'word '.repeat(440)}<Term id="psa">PSA</Term>`;
		expect(readingMinutes(body)).toBe(2);
	});

	it('is at least one minute', () => {
		expect(readingMinutes('Short.')).toBe(1);
	});
});

describe('tocTree', () => {
	it('nests h3 sections under the preceding h2', () => {
		const s = (id: string, depth: 2 | 3) => ({ id, depth, title: id, summary: '' });
		const tree = tocTree([s('a', 2), s('a1', 3), s('a2', 3), s('b', 2)]);
		expect(tree.map((t) => [t.id, t.children.map((c) => c.id)])).toEqual([['a', ['a1', 'a2']], ['b', []]]);
	});
});

describe('sidebarWindow', () => {
	const chapters = Array.from({ length: 100 }, (_, i) => ({ slug: `c${i}`, title: `C${i}`, number: i + 1 }));

	it('lists every chapter of a small handbook', () => {
		expect(sidebarWindow(chapters.slice(0, 8), 'c3').items).toHaveLength(8);
	});

	it('lists a fixed window around the current chapter of a large one', () => {
		const window = sidebarWindow(chapters, 'c50');
		expect(window.items).toHaveLength(21);
		expect(window.items.map((c) => c.slug)).toContain('c50');
		expect(window.hiddenBefore + window.items.length + window.hiddenAfter).toBe(100);
	});

	it('keeps the window inside the list at both ends', () => {
		expect(sidebarWindow(chapters, 'c0').items[0]!.slug).toBe('c0');
		expect(sidebarWindow(chapters, 'c99').items.at(-1)!.slug).toBe('c99');
	});
});

describe('parseGitLog', () => {
	it('keeps the newest date of each file', () => {
		const log = '\u00002026-11-20T10:00:00+00:00\n\ncontent/chapters/a.mdx\n\n\u00002026-10-01T10:00:00+00:00\n\ncontent/chapters/a.mdx\ncontent/chapters/b.mdx\n';
		const dates = parseGitLog(log, '/repo');
		expect(dates.get('/repo/content/chapters/a.mdx')).toBe('2026-11-20T10:00:00+00:00');
		expect(dates.get('/repo/content/chapters/b.mdx')).toBe('2026-10-01T10:00:00+00:00');
	});
});

describe('firstSentences and lowercase continuations', () => {
	it('does not split before a lowercase word', () => {
		expect(firstSentences('Version 2. then more text. Next.', 300, 1)).toBe('Version 2. then more text.');
	});
});
