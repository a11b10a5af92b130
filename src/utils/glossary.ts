/**
 * Reads `glossary.yaml`: parses it with line numbers, validates every entry with the schema and
 * reports duplicates, so that a mistake names the file, the line and the entry.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq } from 'yaml';
import { glossaryEntrySchema, SEE_PATTERN, type GlossaryEntry } from '../schemas/glossary';
import type { Diagnostic } from './diagnostics';

export interface GlossaryFile {
	entries: GlossaryEntry[];
	/** Line of each entry's `id:` (1-based), for messages. */
	lines: Map<string, number>;
	diagnostics: Diagnostic[];
}

/** Parses glossary YAML text. `file` is the path used in messages. */
export function parseGlossary(text: string, file: string): GlossaryFile {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter });
	const diagnostics: Diagnostic[] = [];
	const entries: GlossaryEntry[] = [];
	const lines = new Map<string, number>();
	const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);

	for (const error of doc.errors) {
		diagnostics.push({
			file,
			line: error.linePos?.[0]?.line,
			message: `The glossary is not valid YAML: ${error.message.split('\n')[0]}`,
			fix: 'Check the indentation and quoting on that line; every entry starts with "- id:".',
		});
	}
	if (doc.errors.length) return { entries, lines, diagnostics };
	if (!isSeq(doc.contents)) {
		diagnostics.push({ file, line: 1, message: 'The glossary must be a YAML list of entries.', fix: 'Start each entry with "- id: …".' });
		return { entries, lines, diagnostics };
	}

	const seen = new Map<string, number | undefined>();
	for (const item of doc.contents.items) {
		const line = lineAt(isMap(item) ? item.range?.[0] : undefined);
		const raw: unknown = (item as { toJSON(): unknown }).toJSON();
		const result = glossaryEntrySchema.safeParse(raw);
		const rawId = (raw as { id?: unknown })?.id;
		const label = typeof rawId === 'string' ? `"${rawId}"` : 'without an id';
		if (!result.success) {
			for (const issue of result.error.issues) {
				const field = issue.path.join('.') || 'entry';
				diagnostics.push({
					file,
					line,
					message: `Glossary entry ${label}: \`${field}\` ${issue.message === 'Required' ? 'is missing.' : `is not valid: ${issue.message}`}`,
					fix: issue.message === 'Required' ? `Add \`${field}:\` to the entry.` : issue.message,
				});
			}
			continue;
		}
		const entry = result.data;
		const first = seen.get(entry.id);
		if (seen.has(entry.id)) {
			diagnostics.push({
				file,
				line,
				message: `Glossary id "${entry.id}" is used twice (first on line ${first ?? '?'}).`,
				fix: 'Merge the two entries or give one of them another id.',
			});
			continue;
		}
		seen.set(entry.id, line);
		if (line) lines.set(entry.id, line);
		entries.push(entry);
	}
	return { entries, lines, diagnostics };
}

const cache = new Map<string, { text: string; parsed: GlossaryFile }>();

/** Reads and parses the glossary at `path`; re-parses only when the file's text changed. */
export function readGlossary(path: string, displayPath: string): GlossaryFile {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return {
			entries: [],
			lines: new Map(),
			diagnostics: [{ file: displayPath, message: 'The glossary file is missing.', fix: `Create ${displayPath} (a YAML list of entries).` }],
		};
	}
	const hit = cache.get(path);
	if (hit?.text === text) return hit.parsed;
	const parsed = parseGlossary(text, displayPath);
	cache.set(path, { text, parsed });
	return parsed;
}

/** Splits `chapter#anchor` into its parts. */
export function parseSee(see: string): { chapter: string; anchor: string } {
	const match = SEE_PATTERN.exec(see);
	if (!match) throw new Error(`Invalid see reference "${see}"`);
	return { chapter: match[1]!, anchor: match[2]! };
}

/** Sorts entries A–Z by term (case-insensitive, numbers first) and groups them by first letter. */
export function groupByLetter(entries: readonly GlossaryEntry[]): Array<{ letter: string; entries: GlossaryEntry[] }> {
	const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base', numeric: true }));
	const groups = new Map<string, GlossaryEntry[]>();
	for (const entry of sorted) {
		const first = entry.term[0]!.toUpperCase();
		const letter = /[A-Z]/.test(first) ? first : '#';
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return [...groups].map(([letter, list]) => ({ letter, entries: list }));
}
