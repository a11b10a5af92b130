#!/usr/bin/env node
// Adds lockfile entries for other platforms' optional native packages (macOS, Windows, … builds of
// Pagefind and Rollup) when the npm registry in use lacks their exact versions. Without an entry,
// `npm ci` stops with "Missing: … from lock file"; with one (version, os, cpu, optional) npm skips
// the package on platforms it does not fit, and fetches it normally where it does.
// Run after changing dependencies, if `npm ci` reports such packages: node tests/support/fill-lockfile-platforms.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const view = (spec, fields) => {
	try {
		return JSON.parse(execFileSync('npm', ['view', spec, ...fields, '--json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }) || 'null');
	} catch {
		return null;
	}
};
let added = 0;
for (const meta of Object.values(lock.packages)) {
	for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
		if (name === 'fsevents' || lock.packages[`node_modules/${name}`]) continue;
		const versions = [view(name, ['versions'])].flat().filter(Boolean);
		const info = versions.length ? view(`${name}@${versions.at(-1)}`, ['os', 'cpu', 'libc', 'license']) ?? {} : {};
		lock.packages[`node_modules/${name}`] = { version, ...(info.cpu && { cpu: info.cpu }), ...(info.libc && { libc: info.libc }), ...(info.license && { license: info.license }), optional: true, ...(info.os && { os: info.os }) };
		console.log(`added ${name}@${version} (${[info.os, info.cpu].flat().filter(Boolean).join(' ')})`);
		added++;
	}
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`);
console.log(added ? `Added ${added} entries.` : 'Nothing to add.');
