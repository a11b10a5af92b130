import { describe, expect, it } from 'vitest';
import { normaliseBasePath, readSettings, SettingsError } from '../../src/settings';

describe('settings', () => {
	it('defaults to a site at http://localhost:4321/ with content in ./content', () => {
		const settings = readSettings({}, '/repo');
		expect(settings).toMatchObject({ siteUrl: 'http://localhost:4321', basePath: '/', contentDir: '/repo/content', outDir: '/repo/dist', updateAnchors: false });
	});

	it('reads SITE_URL, BASE_PATH, CONTENT_DIR and EDIT_URL_BASE', () => {
		const settings = readSettings({ SITE_URL: 'https://wiki.example.com/', BASE_PATH: 'handbook', CONTENT_DIR: '/tmp/c', EDIT_URL_BASE: 'https://git.example.com/edit/' }, '/repo');
		expect(settings).toMatchObject({ siteUrl: 'https://wiki.example.com', basePath: '/handbook/', contentDir: '/tmp/c', editUrlBase: 'https://git.example.com/edit/' });
	});

	it.each([['/', '/'], ['/handbook/', '/handbook/'], ['handbook', '/handbook/'], ['/a/b', '/a/b/']])('normalises BASE_PATH %j to %j', (input, output) => {
		expect(normaliseBasePath(input)).toBe(output);
	});

	it('explains a SITE_URL that carries a path', () => {
		expect(() => readSettings({ SITE_URL: 'https://wiki.example.com/handbook' })).toThrow(SettingsError);
		expect(() => readSettings({ SITE_URL: 'https://wiki.example.com/handbook' })).toThrow(/BASE_PATH=\/handbook/);
	});

	it('rejects a SITE_URL that is not a URL', () => {
		expect(() => readSettings({ SITE_URL: 'wiki.example.com' })).toThrow(/not an absolute URL/);
	});
});
