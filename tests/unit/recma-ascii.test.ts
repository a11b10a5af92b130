import { describe, expect, it } from 'vitest';
import { compile, run } from '@mdx-js/mdx';
import { recmaAscii } from '../../src/integrations/recma-ascii';

const SOURCE = [
	'export const meta = { title: "The client’s “first” week — 😀" };',
	'export const note = `Template: café ${1 + 1} naïve`;',
	'',
	'# It’s “curly” — and…',
	'',
	'<abbr title="Résumé ✓">CV</abbr> costs 5 €, and ünïcödé text stays the same.',
].join('\n');

/** A JSX runtime that returns plain objects, so two compiled modules can be compared by value. */
const runtime = {
	Fragment: 'Fragment',
	jsx: (type: unknown, props: unknown) => ({ type, props }),
	jsxs: (type: unknown, props: unknown) => ({ type, props }),
};

async function evaluate(code: string) {
	const module = await run(code, { ...runtime, baseUrl: import.meta.url });
	return { content: module.default({}), meta: module.meta, note: module.note };
}

describe('recmaAscii', () => {
	it('compiles MDX to ASCII-only code with the same string values', async () => {
		const plain = String(await compile(SOURCE, { outputFormat: 'function-body' }));
		const ascii = String(await compile(SOURCE, { outputFormat: 'function-body', recmaPlugins: [recmaAscii] }));
		expect(plain).toMatch(/[^\x00-\x7f]/);
		expect(ascii).not.toMatch(/[^\x00-\x7f]/);
		expect(await evaluate(ascii)).toEqual(await evaluate(plain));
	});
});
