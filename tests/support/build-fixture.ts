/**
 * Builds the site from a fixture content folder (`tests/fixtures/<name>/`) with a real
 * `astro build`, into a temporary folder, and returns what a writer would see in the terminal.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface FixtureBuild {
	/** Exit code of `astro build`. */
	code: number;
	/** stdout and stderr, without colours. */
	output: string;
	/** The build's output folder. */
	outDir: string;
}

/** Builds `contentDir` (a fixture name under tests/fixtures, or an absolute path). */
export function buildFixture(contentDir: string, env: Record<string, string> = {}): Promise<FixtureBuild> {
	// Astro builds an outDir outside the project via a shared temporary folder, so fixture builds
	// (which run in parallel) each get their own folder inside the project.
	const scratch = join(ROOT, 'node_modules/.cache/handbook-fixtures');
	mkdirSync(scratch, { recursive: true });
	const outDir = join(mkdtempSync(join(scratch, 'build-')), 'dist');
	const content = contentDir.startsWith('/') ? contentDir : join(ROOT, 'tests/fixtures', contentDir);
	return new Promise((done) => {
		const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/astro.js'), 'build'], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: content, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (code) => done({ code: code ?? 1, output: output.replace(/\x1b\[[0-9;]*m/g, ''), outDir }));
	});
}
