/**
 * Entry point of the Slack unfurl service (`npm run slack`): reads the environment, checks the bot
 * token and the manifest, then serves Slack's Events API on PORT.
 */
import { createUnfurlApp } from './app';
import { ConfigError, readConfig, type UnfurlConfig } from './config';

async function main(): Promise<void> {
	let config: UnfurlConfig;
	try {
		config = readConfig(process.env);
	} catch (error) {
		if (!(error instanceof ConfigError)) throw error;
		console.error(error.message);
		process.exit(1);
	}

	const service = createUnfurlApp(config);
	const { app, manifest } = service;

	// Checking the token now turns a copy-paste mistake into a clear start-up error, not silent
	// failures on the first shared link.
	try {
		const auth = await app.client.auth.test({ token: config.botToken });
		app.logger.info(`Slack accepted the bot token: workspace "${auth.team}", bot user @${auth.user}.`);
	} catch (error) {
		const data = (error as { code?: string; data?: { error?: string } }).data;
		if ((error as { code?: string }).code === 'slack_webapi_platform_error') {
			console.error(
				`Slack rejected SLACK_BOT_TOKEN (${data?.error}). Copy the Bot User OAuth Token (xoxb-…) again.`,
			);
			process.exit(1);
		}
		app.logger.warn(`Could not reach Slack to check the bot token: ${(error as Error).message}`);
	}

	const loaded = await manifest.get();
	if (loaded) app.logger.info(`Previewing ${loaded.pages.length} chapters of ${loaded.site}`);
	else app.logger.warn(`No usable sections.json at ${manifest.location} yet; retrying on each shared link.`);

	const address = await service.start(config.port);
	app.logger.info(
		`Handbook previews listening on port ${address.port}. In the Slack app, set Event Subscriptions → ` +
			'Request URL to https://<your-host>/slack/events (an HTTPS address that forwards to this port).',
	);

	const shutdown = (signal: string) => {
		app.logger.info(`${signal} received, stopping.`);
		service.stop().then(
			() => process.exit(0),
			() => process.exit(1),
		);
	};
	process.once('SIGINT', shutdown);
	process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});
