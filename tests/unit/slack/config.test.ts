import { describe, it, expect } from 'vitest';
import { ConfigError, readConfig } from '../../../src/slack/config';

const complete = {
	SLACK_SIGNING_SECRET: 'secret',
	SLACK_BOT_TOKEN: 'xoxb-1-2-3',
	HANDBOOK_URL: 'https://wiki.example.com/handbook/',
	SECTIONS_JSON: '/srv/handbook/sections.json',
};

describe('readConfig', () => {
	it('reads the required settings and defaults PORT to 3000', () => {
		const config = readConfig(complete);
		expect(config).toMatchObject({
			signingSecret: 'secret',
			botToken: 'xoxb-1-2-3',
			sectionsJson: '/srv/handbook/sections.json',
			port: 3000,
			slackApiUrl: undefined,
		});
		expect(config.handbookUrl.host).toBe('wiki.example.com');
	});

	it('names every missing variable and what it is for', () => {
		let error: unknown;
		try {
			readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', HANDBOOK_URL: '  ' });
		} catch (caught) {
			error = caught;
		}
		expect(error).toBeInstanceOf(ConfigError);
		const message = (error as Error).message;
		expect(message).toMatch(
			/SLACK_SIGNING_SECRET is not set: the Signing Secret .* verify that requests come from Slack/,
		);
		expect(message).toMatch(/HANDBOOK_URL is not set: the handbook's public address/);
		expect(message).toMatch(/SECTIONS_JSON is not set: .* file path or an http\(s\) URL/);
		expect(message).not.toMatch(/SLACK_BOT_TOKEN/);
	});

	it('reports unusable values together with missing ones', () => {
		expect(() =>
			readConfig({
				...complete,
				SECTIONS_JSON: '',
				SLACK_BOT_TOKEN: 'xapp-1',
				HANDBOOK_URL: 'wiki',
				PORT: 'http',
			}),
		).toThrow(
			/SECTIONS_JSON is not set[\s\S]*SLACK_BOT_TOKEN must be the bot token[\s\S]*HANDBOOK_URL "wiki"[\s\S]*PORT "http"/,
		);
		expect(() => readConfig({ ...complete, PORT: '70000' })).toThrow(/PORT "70000"/);
		expect(() => readConfig({ ...complete, SLACK_API_URL: 'localhost:9000' })).toThrow(/SLACK_API_URL/);
	});

	it('reads PORT and SLACK_API_URL, giving the API URL its trailing slash', () => {
		expect(
			readConfig({ ...complete, PORT: '8080', SLACK_API_URL: 'http://127.0.0.1:9000/api' }),
		).toMatchObject({
			port: 8080,
			slackApiUrl: 'http://127.0.0.1:9000/api/',
		});
	});
});
