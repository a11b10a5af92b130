// Share pages: /s/<chapter>/<anchor>/ unfurls with the section's own title and summary, then sends
// the reader on to /<chapter>/#<anchor>. Old (aliased) anchors get a page too, so shared links last.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, renderChapter, settings } from '~/content';
import { redirectResponse } from '~/utils/redirect-page';
import { firstSentences } from '~/utils/text';
import { chapterPath, ogImagePath, sharePath, withBase } from '~/utils/urls';
import type { Section } from '~/utils/sections';

// A type alias, not an interface, so that it is assignable to getStaticPaths' props record.
type Props = {
	chapter: { slug: string; title: string; number: number };
	section: Section;
};

export const getStaticPaths = (async () => {
	const paths = [];
	for (const chapter of await getChapters()) {
		const { sections } = await renderChapter(chapter);
		const aliases = Object.entries(chapter.entry.data.aliases);
		for (const section of sections) {
			const props: Props = { chapter: { slug: chapter.slug, title: chapter.title, number: chapter.number }, section };
			paths.push({ params: { chapter: chapter.slug, anchor: section.id }, props });
			for (const [from, to] of aliases) if (to === section.id) paths.push({ params: { chapter: chapter.slug, anchor: from }, props });
		}
	}
	return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props: { chapter, section }, params }) =>
	redirectResponse(
		{
			title: `${section.title} — ${chapter.title}`,
			description: firstSentences(section.summary, 200),
			path: sharePath(chapter.slug, params.anchor!),
			image: ogImagePath(chapter.slug),
			imageAlt: `Chapter ${chapter.number}: ${chapter.title}`,
			type: 'article',
			to: withBase(import.meta.env.BASE_URL, `${chapterPath(chapter.slug)}#${section.id}`),
			label: `${section.title} (${chapter.title})`,
		},
		settings.siteUrl,
		import.meta.env.BASE_URL,
	);
