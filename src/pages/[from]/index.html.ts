// Old chapter URLs listed in a chapter's `redirectFrom` send readers (and their #anchors) to it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters, settings } from '~/content';
import { redirectResponse } from '~/utils/redirect-page';
import { chapterPath, ogImagePath, withBase } from '~/utils/urls';

// A type alias, not an interface, so that it is assignable to getStaticPaths' props record.
type Props = {
	chapter: { slug: string; title: string; description: string };
};

export const getStaticPaths = (async () => {
	const chapters = await getChapters();
	const taken = new Set(chapters.map((c) => c.slug));
	return chapters.flatMap((chapter) =>
		chapter.entry.data.redirectFrom
			.map((old) => old.replace(/^\/|\/$/g, ''))
			.filter((old) => !taken.has(old))
			.map((old) => ({ params: { from: old }, props: { chapter: { slug: chapter.slug, title: chapter.title, description: chapter.description } } satisfies Props })),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = ({ props: { chapter } }) =>
	redirectResponse(
		{
			title: chapter.title,
			description: chapter.description,
			path: chapterPath(chapter.slug),
			image: ogImagePath(chapter.slug),
			imageAlt: chapter.title,
			to: withBase(import.meta.env.BASE_URL, chapterPath(chapter.slug)),
			label: chapter.title,
		},
		settings.siteUrl,
		import.meta.env.BASE_URL,
	);
