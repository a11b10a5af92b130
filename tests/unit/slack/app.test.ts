import { describe, it, expect, beforeAll, afterAll, beforeEach } from 'vitest';
import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createUnfurlApp, type UnfurlApp } from '../../../src/slack/app';
import { LogLevel } from '@slack/bolt';
import { fixtureManifest } from '../../fixtures/slack/manifest';

const SECRET = 'test-signing-secret';
const SITE = 'https://handbook.example.com/handbook/';
const PSA = 'professional-services-automation-psa';
const PSA_URL = `${SITE}msp-toolbox/#${PSA}`;

interface SlackCall {
	method: string;
	authorization: string | undefined;
	body: Record<string, unknown>;
}

/**
 * A stand-in for slack.com/api: records every call and answers `{ ok: true }`, or Slack's error
 * for a link it cannot unfurl when the channel is `CFAIL`.
 */
function fakeSlackApi(calls: SlackCall[]): Server {
	return createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			let body: Record<string, unknown>;
			if ((req.headers['content-type'] ?? '').includes('application/json')) {
				body = JSON.parse(raw) as Record<string, unknown>;
			} else {
				// The Web API client sends forms with object arguments JSON-encoded.
				body = Object.fromEntries(
					[...new URLSearchParams(raw)].map(([key, value]) => [
						key,
						/^[[{]/.test(value) ? JSON.parse(value) : value,
					]),
				);
			}
			allMethods.add((req.url ?? '').replace(/^\/api\//, ''));
			calls.push({
				method: (req.url ?? '').replace(/^\/api\//, ''),
				authorization: req.headers.authorization,
				body,
			});
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(
				JSON.stringify(body.channel === 'CFAIL' ? { ok: false, error: 'cannot_unfurl_url' } : { ok: true }),
			);
		});
	});
}

function listen(server: Server): Promise<number> {
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
	);
}

function sign(body: string, timestamp: number, secret = SECRET): string {
	return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

const logs: { level: string; message: string }[] = [];
const logger = {
	debug: (...m: unknown[]) => logs.push({ level: 'debug', message: m.join(' ') }),
	info: (...m: unknown[]) => logs.push({ level: 'info', message: m.join(' ') }),
	warn: (...m: unknown[]) => logs.push({ level: 'warn', message: m.join(' ') }),
	error: (...m: unknown[]) => logs.push({ level: 'error', message: m.join(' ') }),
	setLevel: () => {},
	getLevel: () => LogLevel.DEBUG,
	setName: () => {},
};

let dir: string;
let manifestPath: string;
let api: Server;
let service: UnfurlApp;
let eventsUrl: string;
const calls: SlackCall[] = [];
const allMethods = new Set<string>();

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'handbook-unfurl-'));
	manifestPath = join(dir, 'sections.json');
	await writeFile(manifestPath, JSON.stringify(fixtureManifest(SITE)));
	api = fakeSlackApi(calls);
	const apiPort = await listen(api);
	service = createUnfurlApp(
		{
			signingSecret: SECRET,
			botToken: 'xoxb-test-token',
			handbookUrl: new URL(SITE),
			sectionsJson: manifestPath,
			slackApiUrl: `http://127.0.0.1:${apiPort}/api/`,
		},
		// Slack gets its HTTP answer only after the listener finished, so once `send` resolves every
		// chat.unfurl call the event caused has been recorded: "no call" needs no waiting.
		{ processBeforeResponse: true, logger },
	);
	const address = await service.start({ port: 0, host: '127.0.0.1' });
	eventsUrl = `http://127.0.0.1:${address.port}/slack/events`;
});

afterAll(async () => {
	await service?.stop();
	await new Promise((resolve) => api?.close(resolve));
	if (dir) await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
	calls.length = 0;
	logs.length = 0;
});

/** Posts `payload` to the app the way Slack does, signed unless told otherwise. */
async function send(
	payload: unknown,
	{
		timestamp = Math.floor(Date.now() / 1000),
		secret = SECRET,
	}: { timestamp?: number; secret?: string } = {},
): Promise<Response> {
	const body = JSON.stringify(payload);
	return fetch(eventsUrl, {
		method: 'POST',
		headers: {
			'content-type': 'application/json',
			'x-slack-request-timestamp': String(timestamp),
			'x-slack-signature': sign(body, timestamp, secret),
		},
		body,
	});
}

let eventCounter = 0;
/** A `link_shared` event callback for `urls`, as Slack sends it for a posted message. */
function linkShared(urls: string[], extra: Record<string, unknown> = {}) {
	eventCounter += 1;
	return {
		token: 'legacy-verification-token',
		team_id: 'T0001',
		api_app_id: 'A0001',
		type: 'event_callback',
		event_id: `Ev${eventCounter}`,
		event_time: Math.floor(Date.now() / 1000),
		event: {
			type: 'link_shared',
			channel: 'C0001',
			is_bot_user_member: true,
			user: 'U0001',
			message_ts: '1700000000.000100',
			links: urls.map((url) => ({ domain: new URL(url).hostname, url })),
			event_ts: '1700000000.000200',
			...extra,
		},
	};
}

/** The mrkdwn texts of one unfurl, joined, for readable assertions. */
function unfurlText(call: SlackCall | undefined, url: string): string {
	const unfurls = call?.body.unfurls as Record<
		string,
		{ blocks: { text?: { text: string }; elements?: { text: string }[] }[] }
	>;
	const blocks = unfurls?.[url]?.blocks ?? [];
	return blocks.map((block) => block.text?.text ?? block.elements?.map((e) => e.text).join(' ')).join('\n');
}

describe('Slack unfurl app', () => {
	it('answers a link_shared event with exactly one chat.unfurl carrying title and summary', async () => {
		const response = await send(linkShared([PSA_URL]));
		expect(response.status).toBe(200);
		expect(calls).toHaveLength(1);
		const [call] = calls;
		expect(call?.method).toBe('chat.unfurl');
		expect(call?.authorization).toBe('Bearer xoxb-test-token');
		expect(call?.body).toMatchObject({ channel: 'C0001', ts: '1700000000.000100' });
		expect(Object.keys(call?.body.unfurls as object)).toEqual([PSA_URL]);
		const text = unfurlText(call, PSA_URL);
		expect(text).toContain(`<${PSA_URL}|Professional services automation (PSA)>`);
		expect(text).toContain('The MSP toolbox · MSP Onboarding Handbook');
		expect(text).toContain(
			'A PSA runs the business side of an MSP: tickets, time &amp; billing in one place.',
		);
	});

	it('sends all previews of one event in a single call, skipping links it cannot resolve', async () => {
		const share = `${SITE}s/how-msps-make-money/pricing-models/`;
		const unknown = `${SITE}no-such-chapter/`;
		await send(linkShared([PSA_URL, unknown, share, 'https://other.example.org/msp-toolbox/']));
		expect(calls).toHaveLength(1);
		expect(Object.keys(calls[0]?.body.unfurls as object).sort()).toEqual([PSA_URL, share].sort());
		expect(unfurlText(calls[0], share)).toContain('Pricing models');
	});

	it('passes unfurl_id and source through for composer previews', async () => {
		await send(
			linkShared([PSA_URL], {
				channel: 'COMPOSER',
				message_ts: 'U0001-123',
				unfurl_id: 'C0001.123.abc',
				source: 'composer',
			}),
		);
		expect(calls).toHaveLength(1);
		expect(calls[0]?.body).toMatchObject({
			channel: 'COMPOSER',
			ts: 'U0001-123',
			unfurl_id: 'C0001.123.abc',
			source: 'composer',
		});
	});

	it('keys the unfurl by the URL exactly as Slack sent it', async () => {
		const escaped = `${SITE}msp-toolbox/?highlight=psa&amp;x=1#${PSA}`;
		await send(linkShared([escaped]));
		expect(Object.keys(calls[0]?.body.unfurls as object)).toEqual([escaped]);
	});

	it('rejects a bad signature with 401 and makes no call', async () => {
		const response = await send(linkShared([PSA_URL]), { secret: 'not-the-secret' });
		expect(response.status).toBe(401);
		expect(calls).toHaveLength(0);
	});

	it('rejects a stale timestamp with 401 and makes no call', async () => {
		const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
		const response = await send(linkShared([PSA_URL]), { timestamp: sixMinutesAgo });
		expect(response.status).toBe(401);
		expect(calls).toHaveLength(0);
	});

	it('answers the url_verification challenge', async () => {
		const response = await send({
			token: 'legacy',
			challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
			type: 'url_verification',
		});
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({
			challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
		});
		expect(calls).toHaveLength(0);
	});

	it('makes no call for an unknown handbook URL or another domain', async () => {
		const response = await send(
			linkShared([
				`${SITE}no-such-chapter/#x`,
				`${SITE}s/msp-toolbox/gone/`,
				'https://example.org/msp-toolbox/',
			]),
		);
		expect(response.status).toBe(200);
		expect(calls).toHaveLength(0);
		// A good event afterwards is answered, so the empty list above was not a slow server.
		await send(linkShared([PSA_URL]));
		expect(calls.map((call) => Object.keys(call.body.unfurls as object))).toEqual([[PSA_URL]]);
	});

	it('unfurls an aliased old anchor as its new section', async () => {
		const old = `${SITE}msp-toolbox/#psa`;
		await send(linkShared([old]));
		expect(calls).toHaveLength(1);
		expect(unfurlText(calls[0], old)).toContain(`<${PSA_URL}|Professional services automation (PSA)>`);
	});

	it('picks up a manifest rewritten on disk, and keeps the last good one when an update is broken', async () => {
		const updated = fixtureManifest(SITE);
		updated.pages[0]!.sections[0]!.title = 'PSA: the MSP’s system of record';
		await writeFile(manifestPath, JSON.stringify(updated));
		await send(linkShared([PSA_URL]));
		expect(unfurlText(calls[0], PSA_URL)).toContain('|PSA: the MSP’s system of record>');

		await writeFile(manifestPath, '{ "version": 1, "site": ');
		await send(linkShared([PSA_URL]));
		expect(calls).toHaveLength(2);
		expect(unfurlText(calls[1], PSA_URL)).toContain('|PSA: the MSP’s system of record>');
		expect(logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
			expect.stringContaining('Keeping the last good sections.json'),
		]);

		await writeFile(manifestPath, JSON.stringify(fixtureManifest(SITE)));
		await send(linkShared([PSA_URL]));
		expect(unfurlText(calls[2], PSA_URL)).toContain('|Professional services automation (PSA)>');
	});

	it('logs a failed chat.unfurl instead of throwing', async () => {
		const response = await send(linkShared([PSA_URL], { channel: 'CFAIL' }));
		expect(response.status).toBe(200);
		expect(calls).toHaveLength(1);
		expect(logs).toContainEqual({ level: 'error', message: expect.stringContaining('cannot_unfurl_url') });
	});

	it('warns once when sections.json was built for another address than HANDBOOK_URL', async () => {
		const other = createUnfurlApp(
			{
				signingSecret: SECRET,
				botToken: 'xoxb-test',
				handbookUrl: new URL('https://handbook.example.com/'),
				sectionsJson: manifestPath,
			},
			{ processBeforeResponse: true, logger },
		);
		const { port } = await other.start({ port: 0, host: '127.0.0.1' });
		try {
			for (let i = 0; i < 2; i++) {
				const body = JSON.stringify(linkShared(['https://handbook.example.com/msp-toolbox/']));
				const timestamp = Math.floor(Date.now() / 1000);
				const response = await fetch(`http://127.0.0.1:${port}/slack/events`, {
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						'x-slack-request-timestamp': String(timestamp),
						'x-slack-signature': sign(body, timestamp),
					},
					body,
				});
				expect(response.status).toBe(200);
			}
			expect(calls).toHaveLength(0);
			expect(logs.filter((log) => log.level === 'warn').map((log) => log.message)).toEqual([
				expect.stringMatching(
					/describes a site at https:\/\/handbook\.example\.com\/handbook\/, but HANDBOOK_URL is https:\/\/handbook\.example\.com\/\./,
				),
			]);
		} finally {
			await other.stop();
		}
	});

	it('never posts in the channel', () => {
		// Every call any test above caused went through `calls`; only chat.unfurl may appear there.
		expect([...allMethods]).toEqual(['chat.unfurl']);
	});
});
