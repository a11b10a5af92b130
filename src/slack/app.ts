/**
 * The Slack app: answers `link_shared` events for handbook links with `chat.unfurl` previews.
 *
 * Bolt's HTTP receiver verifies request signatures (rejecting stale timestamps) and answers
 * Slack's `url_verification` challenge; this file only adds the `link_shared` listener.
 */
import type { AddressInfo, ListenOptions } from 'node:net';
import type { Server } from 'node:http';
import type { Logger, types, webApi } from '@slack/bolt';
import { App, HTTPReceiver, LogLevel } from '@slack/bolt';
import type { UnfurlConfig } from './config';
import { createManifestSource, type ManifestSource } from './manifest-source';
import { resolveLink, unfurlBlocks } from './resolve';
import type { SectionManifest } from '../utils/manifest';

/** The Bolt app instance type. */
export type BoltApp = InstanceType<typeof App>;

/** What {@link createUnfurlApp} needs from the configuration (see `config.ts`). */
export type UnfurlAppConfig = Pick<
	UnfurlConfig,
	'signingSecret' | 'botToken' | 'handbookUrl' | 'sectionsJson'
> &
	Partial<Pick<UnfurlConfig, 'port' | 'slackApiUrl'>>;

/** Options of {@link createUnfurlApp} that are not deployment settings. */
export interface UnfurlAppOptions {
	/** Where the manifest comes from. @default createManifestSource(config.sectionsJson) */
	manifest?: ManifestSource;
	/** @default Bolt's console logger */
	logger?: Logger;
	/** @default LogLevel.INFO */
	logLevel?: (typeof LogLevel)[keyof typeof LogLevel];
	/**
	 * Answer Slack's HTTP request only once the previews are sent. Tests use it to know an event is
	 * fully handled; in production Slack wants its answer within 3 s, so it stays off. @default false
	 */
	processBeforeResponse?: boolean;
}

/** A running (or startable) unfurl service. */
export interface UnfurlApp {
	app: BoltApp;
	manifest: ManifestSource;
	/** Starts listening (default: `config.port`, else 3000) and returns the bound address. */
	start(listen?: number | ListenOptions): Promise<AddressInfo>;
	/** Stops listening. */
	stop(): Promise<void>;
}

type Unfurls = Extract<webApi.ChatUnfurlArguments, { unfurls: unknown }>['unfurls'];
type UnfurlSource = Extract<webApi.ChatUnfurlArguments, { source: unknown }>['source'];

/** Creates the Bolt app that previews handbook links shared in Slack. */
export function createUnfurlApp(config: UnfurlAppConfig, options: UnfurlAppOptions = {}): UnfurlApp {
	const receiver = new HTTPReceiver({
		signingSecret: config.signingSecret,
		processBeforeResponse: options.processBeforeResponse ?? false,
		...(options.logger && { logger: options.logger }),
		logLevel: options.logLevel ?? LogLevel.INFO,
	});
	const app = new App({
		receiver,
		// A fixed token instead of `token`: Bolt would call auth.test in the constructor, and a
		// rejected token would then crash the process with an unhandled rejection.
		authorize: async () => ({ botToken: config.botToken }),
		...(options.logger && { logger: options.logger }),
		logLevel: options.logLevel ?? LogLevel.INFO,
		clientOptions: {
			...(config.slackApiUrl && { slackApiUrl: config.slackApiUrl }),
			// A preview that turns up many minutes after the message is noise, so give up early.
			retryConfig: { retries: 2, maxTimeout: 5_000 },
		},
	});
	const manifest = options.manifest ?? createManifestSource(config.sectionsJson, { logger: app.logger });
	const handbookHost = config.handbookUrl.host;
	const warnedSites = new Set<string>();

	function checkSite(current: SectionManifest): void {
		const site = new URL(current.site);
		const expected = config.handbookUrl;
		const path = (url: URL) => url.pathname.replace(/\/?$/, '/');
		const matches = site.host === expected.host && path(site) === path(expected);
		if (matches || warnedSites.has(current.site)) return;
		warnedSites.add(current.site);
		app.logger.warn(
			`sections.json describes a site at ${current.site}, but HANDBOOK_URL is ${expected.href}. ` +
				'Links are matched against the site in sections.json: build the handbook with SITE_URL ' +
				'(and BASE_PATH) set to its public address.',
		);
	}

	async function previews(links: types.LinkSharedEvent['links']): Promise<Unfurls> {
		const unfurls: Unfurls = {};
		// Slack HTML-escapes `&`, `<` and `>` in shared URLs; the key must stay as Slack sent it.
		const candidates = links
			.map((link) => ({
				key: link.url,
				url: link.url.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'),
			}))
			.filter(({ url }) => URL.canParse(url) && new URL(url).host === handbookHost);
		if (candidates.length === 0) return unfurls;
		const current = await manifest.get();
		if (!current) {
			app.logger.warn(
				`No section manifest loaded yet from ${manifest.location}; cannot preview handbook links.`,
			);
			return unfurls;
		}
		checkSite(current);
		for (const { key, url } of candidates) {
			const resolved = resolveLink(url, current);
			if (resolved) unfurls[key] = { blocks: unfurlBlocks(resolved) };
		}
		return unfurls;
	}

	app.event('link_shared', async ({ event, client, logger }) => {
		try {
			const unfurls = await previews(event.links);
			const count = Object.keys(unfurls).length;
			if (count === 0) return;
			// Composer previews (before the message is sent) are addressed by unfurl_id and source.
			const composer =
				event.unfurl_id && event.source
					? { unfurl_id: event.unfurl_id, source: event.source as UnfurlSource }
					: {};
			await client.chat.unfurl({ channel: event.channel, ts: event.message_ts, ...composer, unfurls });
			logger.debug(`Unfurled ${count} handbook link(s) in ${event.channel}.`);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			logger.error(`Could not unfurl handbook links in ${event.channel}: ${reason}`);
		}
	});

	return {
		app,
		manifest,
		async start(listen = config.port ?? 3000) {
			const server = (await app.start(listen)) as Server;
			return server.address() as AddressInfo;
		},
		async stop() {
			await app.stop();
		},
	};
}
