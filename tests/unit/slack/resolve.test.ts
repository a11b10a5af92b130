import { describe, it, expect } from 'vitest';
import { escapeMrkdwn, resolveLink, truncate, unfurlBlocks, SUMMARY_MAX } from '../../../src/slack/resolve';
import type { ResolvedLink } from '../../../src/slack/resolve';
import { fixtureManifest } from '../../fixtures/slack/manifest';

const manifest = fixtureManifest('https://wiki.example.com/handbook/');
const SITE = 'https://wiki.example.com/handbook';
const PSA = 'professional-services-automation-psa';
const RMM = 'remote-monitoring-and-management-rmm';

/** `slug` or `slug#id` of what a URL resolves to, for compact assertions. */
function target(url: string, against = manifest): string | undefined {
	const resolved = resolveLink(url, against);
	if (!resolved) return undefined;
	return resolved.kind === 'section' ? `${resolved.page.slug}#${resolved.section.id}` : resolved.page.slug;
}

describe('resolveLink: chapter and section URLs', () => {
	it('resolves a chapter URL, with or without trailing slash', () => {
		expect(target(`${SITE}/msp-toolbox/`)).toBe('msp-toolbox');
		expect(target(`${SITE}/msp-toolbox`)).toBe('msp-toolbox');
		expect(target(`${SITE}/msp-toolbox/index.html`)).toBe('msp-toolbox');
	});

	it('resolves a section anchor on the chapter URL', () => {
		expect(target(`${SITE}/msp-toolbox/#${PSA}`)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`${SITE}/msp-toolbox#${RMM}`)).toBe(`msp-toolbox#${RMM}`);
	});

	it('returns the section and its page', () => {
		const resolved = resolveLink(`${SITE}/msp-toolbox/#${PSA}`, manifest);
		expect(resolved?.kind).toBe('section');
		expect(resolved?.page.title).toBe('The MSP toolbox');
		expect(resolved?.kind === 'section' && resolved.section.title).toBe(
			'Professional services automation (PSA)',
		);
	});

	it('treats an empty anchor as the chapter', () => {
		expect(target(`${SITE}/msp-toolbox/#`)).toBe('msp-toolbox');
	});

	it('ignores query strings', () => {
		expect(target(`${SITE}/msp-toolbox/?highlight=psa`)).toBe('msp-toolbox');
		expect(target(`${SITE}/msp-toolbox/?highlight=x#${PSA}`)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`${SITE}/s/msp-toolbox/${PSA}/?utm_source=slack`)).toBe(`msp-toolbox#${PSA}`);
	});

	it('decodes URL-encoded anchors and path segments', () => {
		expect(target(`${SITE}/msp-toolbox/#caf%C3%A9-tools`)).toBe('msp-toolbox#café-tools');
		expect(target(`${SITE}/msp-toolbox/#café-tools`)).toBe('msp-toolbox#café-tools');
		expect(target(`${SITE}/msp-%74oolbox/#%70sa`)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`${SITE}/s/msp-toolbox/caf%C3%A9-tools/`)).toBe('msp-toolbox#café-tools');
	});

	it('returns undefined for malformed percent-encoding', () => {
		expect(target(`${SITE}/msp-toolbox%E0%A4%A/`)).toBeUndefined();
		expect(target(`${SITE}/msp-toolbox/#%E0%A4%A`)).toBe('msp-toolbox');
	});

	it('falls back to the chapter for an anchor the chapter does not have', () => {
		// The link still opens the chapter (the browser just does not scroll), so that is the preview.
		expect(resolveLink(`${SITE}/msp-toolbox/#no-such-section`, manifest)).toMatchObject({
			kind: 'page',
			page: { slug: 'msp-toolbox' },
		});
	});

	it('returns undefined for an unknown chapter', () => {
		expect(target(`${SITE}/no-such-chapter/`)).toBeUndefined();
		expect(target(`${SITE}/no-such-chapter/#${PSA}`)).toBeUndefined();
	});

	it('returns undefined for pages that are not chapters', () => {
		expect(target(`${SITE}/`)).toBeUndefined();
		expect(target(SITE)).toBeUndefined();
		expect(target(`${SITE}/glossary/#psa`)).toBeUndefined();
		expect(target(`${SITE}/msp-toolbox/extra/`)).toBeUndefined();
		expect(target(`${SITE}/og/msp-toolbox.png`)).toBeUndefined();
	});
});

describe('resolveLink: share URLs', () => {
	it('resolves /s/<chapter>/<anchor>/ with or without trailing slash', () => {
		expect(target(`${SITE}/s/msp-toolbox/${PSA}/`)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`${SITE}/s/msp-toolbox/${PSA}`)).toBe(`msp-toolbox#${PSA}`);
	});

	it('resolves an aliased anchor in a share URL to its new section', () => {
		expect(target(`${SITE}/s/msp-toolbox/psa/`)).toBe(`msp-toolbox#${PSA}`);
	});

	it('returns undefined for share URLs the site does not serve', () => {
		expect(target(`${SITE}/s/msp-toolbox/no-such-section/`)).toBeUndefined();
		expect(target(`${SITE}/s/no-such-chapter/${PSA}/`)).toBeUndefined();
		expect(target(`${SITE}/s/msp-toolbox/`)).toBeUndefined();
		// Share pages are only built for current chapter slugs, not for redirectFrom paths.
		expect(target(`${SITE}/s/tools/${PSA}/`)).toBeUndefined();
	});
});

describe('resolveLink: aliases and old chapter paths', () => {
	it('resolves an aliased old anchor on the chapter URL to its new section', () => {
		expect(target(`${SITE}/msp-toolbox/#psa`)).toBe(`msp-toolbox#${PSA}`);
	});

	it('follows alias chains', () => {
		expect(target(`${SITE}/msp-toolbox/#rmm`)).toBe(`msp-toolbox#${RMM}`);
	});

	it('prefers a current anchor over an alias of the same name', () => {
		const shadowed = fixtureManifest();
		shadowed.pages[0]!.aliases[PSA] = RMM;
		expect(target(`${SITE}/msp-toolbox/#${PSA}`, shadowed)).toBe(`msp-toolbox#${PSA}`);
	});

	it('survives an alias loop', () => {
		const looped = fixtureManifest();
		looped.pages[0]!.aliases = { a: 'b', b: 'a' };
		expect(target(`${SITE}/msp-toolbox/#a`, looped)).toBe('msp-toolbox');
	});

	it('does not treat inherited object keys as aliases', () => {
		expect(target(`${SITE}/msp-toolbox/#constructor`)).toBe('msp-toolbox');
		expect(target(`${SITE}/s/msp-toolbox/toString/`)).toBeUndefined();
	});

	it('resolves an old chapter path from redirectFrom, with or without anchor', () => {
		expect(target(`${SITE}/tools/`)).toBe('msp-toolbox');
		expect(target(`${SITE}/tools`)).toBe('msp-toolbox');
		expect(target(`${SITE}/tools/#${RMM}`)).toBe(`msp-toolbox#${RMM}`);
		expect(target(`${SITE}/tools/#psa`)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`${SITE}/money/?highlight=x#pricing-models`)).toBe('how-msps-make-money#pricing-models');
		expect(target(`${SITE}/revenue/`)).toBe('how-msps-make-money');
	});
});

describe('resolveLink: other sites', () => {
	it('returns undefined for another host or port', () => {
		expect(target(`https://evil.example.com/handbook/msp-toolbox/#${PSA}`)).toBeUndefined();
		expect(target(`https://example.com/handbook/msp-toolbox/`)).toBeUndefined();
		expect(target(`https://wiki.example.com:8443/handbook/msp-toolbox/`)).toBeUndefined();
	});

	it('returns undefined outside the base path', () => {
		expect(target(`https://wiki.example.com/msp-toolbox/#${PSA}`)).toBeUndefined();
		expect(target(`https://wiki.example.com/handbookx/msp-toolbox/`)).toBeUndefined();
		expect(target(`https://wiki.example.com/other/handbook/msp-toolbox/`)).toBeUndefined();
	});

	it('ignores host case and the protocol', () => {
		expect(target(`https://WIKI.Example.com/handbook/msp-toolbox/`)).toBe('msp-toolbox');
		expect(target(`http://wiki.example.com/handbook/msp-toolbox/#${PSA}`)).toBe(`msp-toolbox#${PSA}`);
	});

	it('returns undefined for text that is not an http(s) URL', () => {
		expect(target('not a url')).toBeUndefined();
		expect(target('/handbook/msp-toolbox/')).toBeUndefined();
		expect(target('mailto:help@wiki.example.com')).toBeUndefined();
		expect(target('ftp://wiki.example.com/handbook/msp-toolbox/')).toBeUndefined();
	});

	it('works for a site at the root of its host', () => {
		const root = fixtureManifest('https://handbook.example.com/');
		expect(target(`https://handbook.example.com/msp-toolbox/#${PSA}`, root)).toBe(`msp-toolbox#${PSA}`);
		expect(target(`https://handbook.example.com/s/msp-toolbox/psa`, root)).toBe(`msp-toolbox#${PSA}`);
		expect(target('https://handbook.example.com/tools/', root)).toBe('msp-toolbox');
		expect(target('https://handbook.example.com/', root)).toBeUndefined();
	});

	it('accepts a manifest site written without a trailing slash', () => {
		const bare = { ...manifest, site: 'https://wiki.example.com/handbook' };
		expect(target(`${SITE}/msp-toolbox/#${PSA}`, bare)).toBe(`msp-toolbox#${PSA}`);
	});
});

describe('unfurlBlocks', () => {
	const section = resolveLink(`${SITE}/msp-toolbox/#${PSA}`, manifest)!;

	it('shows the section title as a link, the chapter and site, then the summary', () => {
		expect(unfurlBlocks(section)).toEqual([
			{
				type: 'section',
				text: {
					type: 'mrkdwn',
					text: `*<https://wiki.example.com/handbook/msp-toolbox/#${PSA}|Professional services automation (PSA)>*`,
				},
			},
			{ type: 'context', elements: [{ type: 'mrkdwn', text: 'The MSP toolbox · MSP Onboarding Handbook' }] },
			{
				type: 'section',
				text: {
					type: 'mrkdwn',
					text: 'A PSA runs the business side of an MSP: tickets, time &amp; billing in one place. It is where &lt;every&gt; request starts.',
				},
			},
		]);
	});

	it('links an aliased or shared link to the current section URL', () => {
		const viaShare = resolveLink(`${SITE}/s/msp-toolbox/psa/`, manifest)!;
		expect(unfurlBlocks(viaShare)[0]).toEqual(unfurlBlocks(section)[0]);
	});

	it('previews a chapter with its title, the site name and its description', () => {
		const page = resolveLink(`${SITE}/tools/`, manifest)!;
		expect(unfurlBlocks(page)).toEqual([
			{
				type: 'section',
				text: { type: 'mrkdwn', text: '*<https://wiki.example.com/handbook/msp-toolbox/|The MSP toolbox>*' },
			},
			{ type: 'context', elements: [{ type: 'mrkdwn', text: 'MSP Onboarding Handbook' }] },
			{
				type: 'section',
				text: {
					type: 'mrkdwn',
					text: 'The software an MSP runs on: PSA, RMM, documentation &amp; security tools.',
				},
			},
		]);
	});

	it('escapes titles and keeps control characters out of the link URL', () => {
		const page = structuredClone(manifest.pages[0]!);
		page.title = 'Tools <&> more';
		const resolved: ResolvedLink = {
			kind: 'section',
			page,
			section: { ...page.sections[0]!, title: 'A|B <b>', url: 'https://wiki.example.com/x/?a=1&b=<2>|3' },
		};
		const [title, context] = unfurlBlocks(resolved);
		expect(title).toEqual({
			type: 'section',
			text: { type: 'mrkdwn', text: '*<https://wiki.example.com/x/?a=1&amp;b=%3C2%3E%7C3|A|B &lt;b&gt;>*' },
		});
		expect(context).toEqual({
			type: 'context',
			elements: [{ type: 'mrkdwn', text: 'Tools &lt;&amp;&gt; more · MSP Onboarding Handbook' }],
		});
	});

	it(`cuts summaries to ${SUMMARY_MAX} characters at a word boundary`, () => {
		const long = 'Managed services & more. '.repeat(40);
		const resolved: ResolvedLink = {
			kind: 'section',
			page: manifest.pages[0]!,
			section: { ...manifest.pages[0]!.sections[0]!, summary: long },
		};
		const text = unfurlBlocks(resolved)[2]!;
		expect(text.type).toBe('section');
		const shown = text.type === 'section' ? text.text.text.replace(/&amp;/g, '&') : '';
		expect([...shown].length).toBeLessThanOrEqual(SUMMARY_MAX);
		expect(shown.endsWith('…')).toBe(true);
		expect(long.startsWith(shown.slice(0, -1))).toBe(true);
	});

	it('leaves the summary block out when there is no summary', () => {
		const resolved: ResolvedLink = {
			kind: 'section',
			page: manifest.pages[0]!,
			section: { ...manifest.pages[0]!.sections[0]!, summary: ' ' },
		};
		expect(unfurlBlocks(resolved)).toHaveLength(2);
	});
});

describe('text helpers', () => {
	it('escapes &, < and > for mrkdwn', () => {
		expect(escapeMrkdwn('a & b <c> &amp;')).toBe('a &amp; b &lt;c&gt; &amp;amp;');
	});

	it('truncates only text longer than the limit', () => {
		expect(truncate('short', 10)).toBe('short');
		expect(truncate('one two three four', 12)).toBe('one two…');
		expect(truncate('abcdefghijklmnop', 10)).toBe('abcdefghi…');
		expect([...truncate('é'.repeat(20), 10)]).toHaveLength(10);
	});
});
