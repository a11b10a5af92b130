/**
 * Settings of the Slack unfurl service, read from the environment once at start-up. Every problem
 * is reported in one error so whoever deploys it fixes them all in one go.
 */

/** Settings of the unfurl service. */
export interface UnfurlConfig {
	/** Signing Secret of the Slack app; Bolt checks every request with it. */
	signingSecret: string;
	/** Bot token (`xoxb-…`) used to call `chat.unfurl`. */
	botToken: string;
	/** Public URL of the handbook; only links on its host are previewed. */
	handbookUrl: URL;
	/** Path or http(s) URL of `sections.json`. */
	sectionsJson: string;
	/** Port the service listens on. */
	port: number;
	/** Base URL of the Slack Web API (`…/api/`), for tests; unset means Slack's own. */
	slackApiUrl: string | undefined;
}

/** A missing or unusable environment variable; the message lists every one and what it is for. */
export class ConfigError extends Error {}

const REQUIRED = {
	SLACK_SIGNING_SECRET:
		'the Signing Secret from the Slack app\'s "Basic Information" page, to verify that requests come from Slack',
	SLACK_BOT_TOKEN:
		'the Bot User OAuth Token (xoxb-…) from "OAuth & Permissions", to post the previews with chat.unfurl',
	HANDBOOK_URL:
		"the handbook's public address, e.g. https://handbook.example.com/ (links on its host get previews)",
	SECTIONS_JSON:
		'where to read the section manifest: a file path or an http(s) URL of the built dist/sections.json',
} as const;

/** Reads and checks the service's settings from `env`; throws {@link ConfigError}. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): UnfurlConfig {
	const value = (name: string) => env[name]?.trim() || undefined;
	const problems = Object.entries(REQUIRED)
		.filter(([name]) => !value(name))
		.map(([name, purpose]) => `  ${name} is not set: ${purpose}.`);

	const token = value('SLACK_BOT_TOKEN');
	if (token && !token.startsWith('xoxb-')) {
		problems.push(
			'  SLACK_BOT_TOKEN must be the bot token, which starts with "xoxb-" (see "OAuth & Permissions").',
		);
	}
	const handbook = value('HANDBOOK_URL');
	const handbookUrl = handbook ? httpUrl(handbook) : undefined;
	if (handbook && !handbookUrl) {
		problems.push(
			`  HANDBOOK_URL "${handbook}" is not an absolute http(s) URL, e.g. https://handbook.example.com/.`,
		);
	}
	const portText = value('PORT') ?? '3000';
	const port = Number(portText);
	if (!/^\d+$/.test(portText) || port > 65_535) {
		problems.push(`  PORT "${portText}" is not a port number (0–65535).`);
	}
	const api = value('SLACK_API_URL');
	const apiUrl = api ? httpUrl(api) : undefined;
	if (api && !apiUrl)
		problems.push(`  SLACK_API_URL "${api}" is not an absolute http(s) URL (leave it unset for Slack).`);

	if (problems.length > 0) {
		throw new ConfigError(`The Slack unfurl service cannot start:\n${problems.join('\n')}`);
	}
	return {
		signingSecret: value('SLACK_SIGNING_SECRET')!,
		botToken: token!,
		handbookUrl: handbookUrl!,
		sectionsJson: value('SECTIONS_JSON')!,
		port,
		// The Web API client appends method names to this base, so it must end with a slash.
		slackApiUrl: apiUrl && (apiUrl.href.endsWith('/') ? apiUrl.href : `${apiUrl.href}/`),
	};
}

function httpUrl(value: string): URL | undefined {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}
