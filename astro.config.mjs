// @ts-check
import { defineConfig } from 'astro/config';
import { resolve } from 'node:path';
import mdx from '@astrojs/mdx';
import handbook from './src/integrations/handbook.ts';
import { MDX_OPTIONS } from './src/integrations/markdown-plugins.ts';
import { readSettings } from './src/settings.ts';
import { cspScriptHashes } from './src/scripts/inline.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES } from './src/utils/csp.ts';

const settings = readSettings();

export default defineConfig({
	site: settings.siteUrl,
	base: settings.basePath,
	outDir: settings.outDir,
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'always' },
	// Builds into another folder (fixtures, benchmarks, the /handbook/ test build) keep their own
	// cache, so they never share Astro's content store with the main build.
	cacheDir: settings.outDir === resolve('dist') ? './node_modules/.astro' : `${settings.outDir}-cache`,
	devToolbar: { enabled: false },
	prefetch: false,
	integrations: [handbook(settings), mdx(MDX_OPTIONS)],
	experimental: {
		csp: {
			directives: [...CSP_DIRECTIVES],
			scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: cspScriptHashes() },
		},
	},
});
