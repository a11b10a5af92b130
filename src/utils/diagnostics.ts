/**
 * Content problems found while building, collected so that one build reports all of them.
 *
 * Each diagnostic names the file (relative to the project), the line where it is known, what is
 * wrong and how to fix it: the three things a content writer needs to act without asking.
 */

export interface Diagnostic {
	/** Path relative to the project root, e.g. `content/chapters/msp-toolbox.mdx`. */
	file: string;
	/** 1-based line in `file`, when known. */
	line?: number | undefined;
	/** What is wrong, in a writer's words. */
	message: string;
	/** How to fix it. */
	fix: string;
}

/** `file:line` (or just `file`). */
export function location(d: Pick<Diagnostic, 'file' | 'line'>): string {
	return d.line ? `${d.file}:${d.line}` : d.file;
}

/** One diagnostic as two lines: where and what, then how to fix it. */
export function formatDiagnostic(d: Diagnostic): string {
	return `${location(d)}  ${d.message}\n    Fix: ${d.fix}`;
}

/** All diagnostics of a build, sorted by file and line, under a count. */
export function formatDiagnostics(list: readonly Diagnostic[]): string {
	const sorted = [...list].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
	);
	const noun = sorted.length === 1 ? 'problem' : 'problems';
	return `${sorted.length} content ${noun} found:\n\n${sorted.map(formatDiagnostic).join('\n\n')}\n`;
}

/** Error thrown at the end of a build that found problems; its message lists every one. */
export class ContentError extends Error {
	readonly diagnostics: readonly Diagnostic[];
	constructor(diagnostics: readonly Diagnostic[]) {
		super(formatDiagnostics(diagnostics));
		this.name = 'ContentError';
		this.diagnostics = diagnostics;
	}
}

/** A collector shared by the Markdown plugins and the build hook of one process. */
export class DiagnosticLog {
	#items = new Map<string, Diagnostic>();

	/** Records a problem; the same problem reported twice (a re-render) is kept once. */
	add(d: Diagnostic): void {
		this.#items.set(`${location(d)}\u0000${d.message}`, d);
	}


	list(): Diagnostic[] {
		return [...this.#items.values()];
	}

}
