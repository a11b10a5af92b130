/** The real handbook content: glossary integrity and the shape every chapter must have. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGlossary, parseSee } from '../../src/utils/glossary';
import { compileChapter, type Compiled } from '../support/mdx';
import { ROOT } from '../support/build-fixture';

const chaptersDir = join(ROOT, 'content/chapters');
const files = readdirSync(chaptersDir).filter((f) => f.endsWith('.mdx'));
const sources = new Map(files.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(chaptersDir, f), 'utf8')]));
const glossary = readGlossary(join(ROOT, 'content/glossary.yaml'), 'content/glossary.yaml');
const ids = glossary.entries.map((e) => e.id);
const compiled = new Map<string, Compiled>();

beforeAll(async () => {
	for (const [slug, source] of sources) {
		const body = source.replace(/^---[\s\S]*?---/, (fm) => '\n'.repeat(fm.split('\n').length - 1));
		compiled.set(slug, await compileChapter(body, { name: slug, glossaryIds: ids }));
	}
});

describe('glossary', () => {
	it('parses without problems and has at least 40 entries', () => {
		expect(glossary.diagnostics).toEqual([]);
		expect(glossary.entries.length).toBeGreaterThanOrEqual(40);
	});

	it('has unique ids', () => {
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('covers the acronyms staff look up', () => {
		for (const id of ['psa', 'rmm', 'mdf', 'oml', 'vcio', 'vciso', 'sla', 'mrr', 'bcdr', 'noc', 'qbr', 'mssp', 'asp', 'smb', 'byod', 'mdm', 'crm', 'kpi', 'roi', 'itcq', '7c', 'co-op-funds', 'co-selling', 'break-fix']) {
			expect(ids, id).toContain(id);
		}
	});

	it('points every `see` at a heading that exists', () => {
		for (const entry of glossary.entries) {
			const { chapter, anchor } = parseSee(entry.see);
			expect(sources.has(chapter), `${entry.id}: chapter ${chapter}`).toBe(true);
			expect(compiled.get(chapter)!.sections.map((s) => s.id), `${entry.id}: ${entry.see}`).toContain(anchor);
		}
	});
});

describe.each([...sources.keys()])('chapter %s', (slug) => {
	it('compiles without content problems (every <Term> id exists, headings are in order, no empty sections)', () => {
		expect(compiled.get(slug)!.diagnostics).toEqual([]);
	});

	it('opens with objectives and ends with key takeaways and a knowledge check of 3–5 questions', () => {
		const source = sources.get(slug)!;
		expect(source).toMatch(/<Objectives>/);
		const sections = compiled.get(slug)!.sections.map((s) => s.title);
		expect(sections.slice(-2)).toEqual(['Key takeaways', 'Check your understanding']);
		const check = source.slice(source.indexOf('<KnowledgeCheck>'));
		const questions = check.match(/<Question q=/g)?.length ?? 0;
		expect(questions).toBeGreaterThanOrEqual(3);
		expect(questions).toBeLessThanOrEqual(5);
	});

	it('compares things in at least one table', () => {
		expect(sources.get(slug)!).toMatch(/^\|.+\|\s*\n\|\s*:?-{3,}/m);
	});
});
