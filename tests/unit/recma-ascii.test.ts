import { describe, expect, it } from 'vitest';
import { compile } from '@mdx-js/mdx';
import { evaluateCompiled as evaluate } from '../support/mdx';
import { recmaAscii } from '../../src/integrations/recma-ascii';

const SOURCE = [
	'export const meta = { title: "The client’s “first” week — 😀" };',
	'export const note = `Template: café ${1 + 1} naïve`;',
	'',
	'# It’s “curly” — and…',
	'',
	'<abbr title="Résumé ✓">CV</abbr> costs 5 €, and ünïcödé text stays the same.',
].join('\n');

describe('recmaAscii', () => {
	it('compiles MDX to ASCII-only code with the same string values', async () => {
		const plain = String(await compile(SOURCE, { outputFormat: 'function-body' }));
		const ascii = String(await compile(SOURCE, { outputFormat: 'function-body', recmaPlugins: [recmaAscii] }));
		expect(plain).toMatch(/[^\x00-\x7f]/);
		expect(ascii).not.toMatch(/[^\x00-\x7f]/);
		expect(await evaluate(ascii)).toEqual(await evaluate(plain));
	});
});
