// The section manifest (`/sections.json`, version 1): every page and h2/h3 section with absolute
// URLs and summaries, for tools outside the site such as the Slack unfurl service (src/slack/).
import type { APIRoute } from 'astro';
import { getChapters, renderChapter, settings } from '~/content';
import { buildManifest } from '~/utils/manifest';

export const GET: APIRoute = async () => {
	const chapters = await Promise.all((await getChapters()).map((chapter) => renderChapter(chapter)));
	const manifest = buildManifest(chapters, settings.siteUrl, import.meta.env.BASE_URL);
	return new Response(`${JSON.stringify(manifest, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
