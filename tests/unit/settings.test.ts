import { describe, expect, it } from 'vitest';
import { normaliseBasePath, readSettings, SettingsError } from '../../src/settings';
import { AUTO_CHAPTERS_PER_WORKER, AUTO_MAX_WORKERS, AUTO_MIN_CHAPTERS, workerCount } from '../../src/integrations/mdx-workers';

describe('settings', () => {
	it('defaults to a site at http://localhost:4321/ with content in ./content', () => {
		const settings = readSettings({}, '/repo');
		expect(settings).toMatchObject({ siteUrl: 'http://localhost:4321', basePath: '/', contentDir: '/repo/content', outDir: '/repo/dist', updateAnchors: false, mdxWorkers: 'auto' });
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

	it('reads MDX_WORKERS as auto or a number of threads, and explains anything else', () => {
		expect(readSettings({ MDX_WORKERS: 'auto' }).mdxWorkers).toBe('auto');
		expect(readSettings({ MDX_WORKERS: '0' }).mdxWorkers).toBe(0);
		expect(readSettings({ MDX_WORKERS: ' 3 ' }).mdxWorkers).toBe(3);
		expect(() => readSettings({ MDX_WORKERS: 'many' })).toThrow(/MDX_WORKERS "many" is not a number of threads/);
		expect(() => readSettings({ MDX_WORKERS: '-1' })).toThrow(SettingsError);
	});

	it('starts MDX workers on spare cores for large handbooks only, unless told a number', () => {
		expect(workerCount('auto', 8, 2)).toBe(0);
		expect(workerCount('auto', AUTO_MIN_CHAPTERS, 2)).toBe(1);
		expect(workerCount('auto', AUTO_CHAPTERS_PER_WORKER, 2)).toBe(1);
		expect(workerCount('auto', AUTO_CHAPTERS_PER_WORKER + 1, 2)).toBe(2);
		expect(workerCount('auto', 1000, 8)).toBe(AUTO_MAX_WORKERS);
		expect(workerCount('auto', 1000, 1)).toBe(1);
		expect(workerCount(0, 1000, 8)).toBe(0);
		expect(workerCount(2, 8, 2)).toBe(2);
	});
});
