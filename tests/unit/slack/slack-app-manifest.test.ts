import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const manifest = parse(readFileSync(new URL('../../../slack-app.yml', import.meta.url), 'utf8'));

describe('slack-app.yml', () => {
	it('asks only for the link scopes and the link_shared event', () => {
		expect(manifest._metadata.major_version).toBe(1);
		expect(manifest.oauth_config.scopes).toEqual({ bot: ['links:read', 'links:write'] });
		expect(manifest.settings.event_subscriptions.bot_events).toEqual(['link_shared']);
		expect(manifest.settings.socket_mode_enabled).toBe(false);
	});

	it('points Slack at the service and the handbook domain (placeholders)', () => {
		expect(manifest.settings.event_subscriptions.request_url).toBe(
			'https://handbook-unfurl.example.com/slack/events',
		);
		expect(manifest.features.unfurl_domains).toEqual(['handbook.example.com']);
	});

	it('is named "Handbook previews"', () => {
		expect(manifest.display_information.name).toBe('Handbook previews');
		expect(manifest.features.bot_user.display_name).toBe('Handbook previews');
	});
});
