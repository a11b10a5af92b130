// Link-preview cards: one per chapter, plus `handbook.png` for the other pages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '~/content';
import { renderCard, type CardInput } from '~/utils/og-image';

export const getStaticPaths = (async () => {
	const chapters = await getChapters();
	return [
		{ params: { card: 'handbook' }, props: { eyebrow: 'Internal', title: 'MSP Onboarding Handbook', description: 'How managed service providers work: a learning path for new hires.' } },
		...chapters.map((c) => ({ params: { card: c.slug }, props: { eyebrow: `Chapter ${c.number}`, title: c.title, description: c.description } })),
	];
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardInput> = async ({ props }) =>
	new Response(new Uint8Array(await renderCard(props)), { headers: { 'Content-Type': 'image/png' } });
