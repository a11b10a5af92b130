/**
 * Glossary entries as search records of their own, so that "PSA" finds the definition as a result
 * rather than one line in a long glossary page. Each record is a tiny HTML document handed to
 * Pagefind with the URL of the entry's anchor on `/glossary/`.
 */
import type { GlossaryEntry } from '../schemas/glossary';

/** Filter value the glossary records carry (the chapter filter's "Glossary" option). */
export const GLOSSARY_FILTER = 'Glossary';

const escape = (text: string) =>
	text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Title of a glossary result: the term and, for acronyms, what it stands for. */
export function glossaryTitle(entry: Pick<GlossaryEntry, 'term' | 'expansion'>): string {
	return entry.expansion ? `${entry.term} — ${entry.expansion}` : entry.term;
}

/** The HTML Pagefind indexes for one entry. `seeTitle` names the section that explains it. */
export function glossaryRecordHtml(entry: GlossaryEntry, seeTitle: string): string {
	const aliases = entry.aliases.length ? `<p>Also called: ${entry.aliases.map(escape).join(', ')}.</p>` : '';
	return (
		`<!doctype html><html lang="en"><head><title>${escape(glossaryTitle(entry))}</title></head><body>` +
		`<main data-pagefind-body data-pagefind-filter="chapter:${GLOSSARY_FILTER}">` +
		`<h1>${escape(glossaryTitle(entry))}</h1>` +
		`<p>${escape(entry.definition)}</p>${aliases}` +
		`<p data-pagefind-ignore>Explained in: ${escape(seeTitle)}</p>` +
		`</main></body></html>`
	);
}
