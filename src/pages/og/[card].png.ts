// Link-preview cards: one per chapter, plus `handbook.png` for the other pages.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getChapters } from '~/content';
import { chapterCard, HANDBOOK_CARD, type CardInput } from '~/utils/og-image';
import { cardPng } from '~/utils/og-cache';

export const getStaticPaths = (async () => {
	const chapters = await getChapters();
	return [{ params: { card: 'handbook' }, props: HANDBOOK_CARD }, ...chapters.map((c) => ({ params: { card: c.slug }, props: chapterCard(c) }))];
}) satisfies GetStaticPaths;

export const GET: APIRoute<CardInput> = async ({ props }) =>
	new Response(new Uint8Array(await cardPng(props)), { headers: { 'Content-Type': 'image/png' } });
