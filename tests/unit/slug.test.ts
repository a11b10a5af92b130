import { describe, expect, it } from 'vitest';
import { headingId, isValidSlug, suggestSlug } from '../../src/utils/slug';
import { compileChapter } from '../support/mdx';

describe('headingId', () => {
	const headings = [
		['Professional services automation (PSA)', 'professional-services-automation-psa'],
		['Break/fix versus subscription', 'breakfix-versus-subscription'],
		['MSP 1.0 versus MSP 2.0', 'msp-10-versus-msp-20'],
		['Level 3: Scaling', 'level-3-scaling'],
		['What is a managed service provider (MSP)?', 'what-is-a-managed-service-provider-msp'],
		['Co-op funds and other vendor-specific programs', 'co-op-funds-and-other-vendor-specific-programs'],
	] as const;

	it.each(headings)('gives "%s" the readable id %s', (text, id) => {
		expect(headingId(text)).toBe(id);
	});

	it('gives exactly the ids the pages get from Astro', async () => {
		const source = headings.map(([text]) => `## ${text}\n\nText.\n`).join('\n');
		const { sections } = await compileChapter(source);
		expect(sections.map((s) => s.id)).toEqual(headings.map(([text]) => headingId(text)));
	});
});

describe('chapter slugs', () => {
	it('accepts lowercase words joined by single hyphens', () => {
		expect(isValidSlug('msp-toolbox')).toBe(true);
		expect(isValidSlug('vcio-and-7c')).toBe(true);
	});

	it.each(['My Chapter', 'msp_toolbox', 'msp--toolbox', '-toolbox', 'Toolbox'])('rejects %j', (name) => {
		expect(isValidSlug(name)).toBe(false);
	});

	it('suggests a valid slug for a bad file name', () => {
		expect(suggestSlug('My Chapter (draft)')).toBe('my-chapter-draft');
		expect(suggestSlug('Über_Tools')).toBe('uber-tools');
	});
});
