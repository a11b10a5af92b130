/**
 * Last-changed dates of content files: one `git log` for all of them (not one per file), with the
 * file's modification time for files git does not know.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Parses `git log --format=%x00%cI --name-only` output into file → newest commit date.
 * Paths are resolved against `top` (the repository root). Output is newest-first.
 */
export function parseGitLog(output: string, top: string): Map<string, string> {
	const dates = new Map<string, string>();
	let current = '';
	for (const line of output.split('\n')) {
		if (line.startsWith('\u0000')) current = line.slice(1).trim();
		else if (line.trim() && current) {
			const path = resolve(top, line.trim());
			if (!dates.has(path)) dates.set(path, current);
		}
	}
	return dates;
}

/** Newest commit date (ISO 8601) of each of `files` (absolute paths), else its mtime. */
export function lastModifiedDates(files: readonly string[]): Map<string, string> {
	const dates = new Map<string, string>();
	if (!files.length) return dates;
	let fromGit = new Map<string, string>();
	try {
		const cwd = dirname(files[0]!);
		const top = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		const log = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', cwd], {
			cwd,
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore'],
			maxBuffer: 64 * 1024 * 1024,
		});
		fromGit = parseGitLog(log, top);
	} catch {
		// Not a git checkout (or no git): fall back to file dates below.
	}
	for (const file of files) {
		const date = fromGit.get(file);
		if (date) dates.set(file, new Date(date).toISOString());
		else {
			try {
				dates.set(file, statSync(file).mtime.toISOString());
			} catch {
				/* missing file: no date */
			}
		}
	}
	return dates;
}
