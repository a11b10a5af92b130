/**
 * The one place pages query content. Each query runs once per build and is memoised, so that a
 * thousand pages do not re-read and re-sort the collection a thousand times.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { readingMinutes } from './utils/text';
import { sectionsOf, type Section } from './utils/sections';
import { lastModifiedDates } from './utils/git-dates';
import { readSettings } from './settings';
import type { GlossaryEntry } from './schemas/glossary';

export type ChapterEntry = CollectionEntry<'chapters'>;

export interface Chapter {
	/** URL slug (the file name). */
	slug: string;
	title: string;
	description: string;
	order: number;
	/** Position in the learning path, from 1. */
	number: number;
	minutes: number;
	/** Project-relative source path, e.g. `content/chapters/msp-toolbox.mdx`. */
	file: string;
	/** ISO date of the last change (git history, else the file's date). */
	updated: string;
	entry: ChapterEntry;
}

/** Paths a chapter slug cannot take: they belong to other pages. */
const RESERVED = new Set(['s', 'og', 'glossary', 'search', 'pagefind', '_astro', '404']);

let chapters: Promise<Chapter[]> | undefined;

/** Every chapter in learning-path order; fails on a duplicate `order` or a reserved slug. */
export function getChapters(): Promise<Chapter[]> {
	return (chapters ??= loadChapters());
}

async function loadChapters(): Promise<Chapter[]> {
	const root = process.cwd();
	// In file-name order, so that messages and numbering never depend on the file system.
	const entries = (await getCollection('chapters')).sort((a, b) => a.id.localeCompare(b.id));
	const files = entries.map((entry) => entry.filePath ?? `${entry.id}.mdx`);
	const dates = lastModifiedDates(files.map((file) => `${root}/${file}`));
	const problems: string[] = [];
	const byOrder = new Map<number, ChapterEntry>();
	for (const entry of entries) {
		const other = byOrder.get(entry.data.order);
		if (other) {
			problems.push(
				`${other.filePath} and ${entry.filePath} both have order: ${entry.data.order}. Give each chapter its own order number.`,
			);
		}
		byOrder.set(entry.data.order, entry);
		if (RESERVED.has(entry.id)) {
			problems.push(`${entry.filePath}: the name "${entry.id}" is reserved for another page. Rename the file.`);
		}
	}
	if (problems.length) {
		throw new AstroError('Chapters clash with each other.', problems.join('\n'));
	}
	return entries
		.sort((a, b) => a.data.order - b.data.order)
		.map((entry, index) => {
			const file = relative(root, `${root}/${entry.filePath}`);
			return {
				slug: entry.id,
				title: entry.data.title,
				description: entry.data.description,
				order: entry.data.order,
				number: index + 1,
				minutes: readingMinutes(readFileSync(`${root}/${file}`, 'utf8')),
				file,
				updated: dates.get(`${root}/${file}`) ?? new Date(0).toISOString(),
				entry,
			};
		});
}

export interface RenderedChapter extends Chapter {
	Content: Awaited<ReturnType<typeof render>>['Content'];
	sections: Section[];
}

const rendered = new Map<string, Promise<RenderedChapter>>();

/** A chapter with its compiled body and sections (memoised per chapter). */
export function renderChapter(chapter: Chapter): Promise<RenderedChapter> {
	let hit = rendered.get(chapter.slug);
	if (!hit) {
		hit = render(chapter.entry).then(({ Content, remarkPluginFrontmatter }) => ({
			...chapter,
			Content,
			sections: sectionsOf(remarkPluginFrontmatter ?? {}),
		}));
		rendered.set(chapter.slug, hit);
	}
	return hit;
}

/** Previous and next chapters in the learning path. */
export async function neighbours(slug: string): Promise<{ prev?: Chapter; next?: Chapter }> {
	const list = await getChapters();
	const index = list.findIndex((chapter) => chapter.slug === slug);
	return { prev: list[index - 1], next: list[index + 1] };
}

let glossary: Promise<GlossaryEntry[]> | undefined;

/** Every glossary entry, as validated by the collection schema. */
export function getGlossary(): Promise<GlossaryEntry[]> {
	return (glossary ??= getCollection('glossary').then((entries) => entries.map((entry) => entry.data)));
}

/** Settings for pages (edit links, site URL). */
export const settings = readSettings();
