/**
 * What the search index holds: one record per chapter section (and one for each chapter's
 * introduction), plus one per glossary entry. Records the size of a section keep the data a search
 * downloads small (a result's fragment is its section, not the whole chapter) and let ranking
 * compare like with like: "PSA" finds the PSA section first, not the longest chapter that mentions it.
 *
 * Each record is a small HTML document handed to Pagefind, so its own rules still apply inside:
 * heading weights, `data-pagefind-ignore`, `data-pagefind-index-attrs` on <abbr> expansions.
 */
import type { GlossaryEntry } from '../schemas/glossary';
import type { SearchPart } from './html-scan';
import { escapeHtml as escape } from './escape-html';

/** Filter value the glossary records carry (the chapter filter's "Glossary" option). */
export const GLOSSARY_FILTER = 'Glossary';

export interface SearchRecord {
	/** Site path of the record, without the base, e.g. `/msp-toolbox/#professional-services-automation-psa`. */
	url: string;
	/** Full HTML document to index. */
	html: string;
}


/** A record document: its metadata, the chapter as filter, then the body. */
function recordHtml(meta: Record<string, string>, chapter: string, body: string): string {
	const fields = Object.entries({ ...meta, chapter })
		.map(([key, value]) => `<meta data-pagefind-meta="${key}[content]" content="${escape(value)}">`)
		.join('');
	return (
		`<!doctype html><html lang="en"><head><title>${escape(meta.title ?? chapter)}</title></head><body><main data-pagefind-body>` +
		`${fields}<meta data-pagefind-filter="chapter[content]" content="${escape(chapter)}">` +
		`${body}</main></body></html>`
	);
}

/** Title of a glossary result: the term and, for acronyms, what it stands for. */
export function glossaryTitle(entry: Pick<GlossaryEntry, 'term' | 'expansion'>): string {
	return entry.expansion ? `${entry.term} — ${entry.expansion}` : entry.term;
}

/**
 * The record of one glossary entry: a definition card. Its `see` metadata (the site path of the
 * section explaining the term) is where the search UI links it, so the first result for an acronym
 * shows what it means and lands on its section; the record's own URL is the glossary entry.
 * The `term` metadata (term, expansion, aliases) lets ranking put definitions first when a query
 * names a term (see `metaWeights` in search-config.ts). The definition counts half: a definition
 * that merely mentions another term ("ROI: what an MDF campaign returned") should rank below the
 * sections about that term (benchmark: unchanged 30/30; "MDF" then lists the MDF sections right
 * after its definition instead of five other glossary entries).
 */
export function glossaryRecord(entry: GlossaryEntry, seePath: string, seeTitle: string): SearchRecord {
	// Acronyms are also written in the plural ("SLAs", "MSPs"); saying so helps the definition rank.
	const plural = entry.expansion && /^[A-Za-z0-9]+$/.test(entry.term) ? [`${entry.term}s`] : [];
	const alsoCalled = [...plural, ...entry.aliases];
	const aliases = alsoCalled.length ? `<p>Also: ${alsoCalled.map(escape).join(', ')}.</p>` : '';
	const title = glossaryTitle(entry);
	const term = [entry.term, entry.expansion, ...entry.aliases].filter(Boolean).join(' · ');
	return {
		url: `/glossary/#${entry.id}`,
		html: recordHtml(
			{ title, term, see: seePath, section: seeTitle },
			GLOSSARY_FILTER,
			`<h1>${escape(title)}</h1><p data-pagefind-weight="0.5">${escape(entry.definition)}</p>${aliases}`,
		),
	};
}

/** The record of one part of a chapter at site path `path`, with the part's HTML (see `searchPartHtml`). */
export function chapterRecord(path: string, part: Omit<SearchPart, 'ranges'> & { html: string }): SearchRecord {
	return { url: part.anchor ? `${path}#${part.anchor}` : path, html: recordHtml({ title: part.title }, part.chapter, part.html) };
}
