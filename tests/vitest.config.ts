import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	resolve: { alias: { '~': fileURLToPath(new URL('../src', import.meta.url)) } },
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/unit/**/*.test.ts'],
		// Fixture builds run a real `astro build` each: give them time, and one file per core.
		testTimeout: 120_000,
		hookTimeout: 120_000,
		// Fixture builds share Astro's .astro/ folder, so test files run one at a time.
		fileParallelism: false,
	},
});
