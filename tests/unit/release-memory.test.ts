import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { collectGarbage } from '../../src/integrations/release-memory';

describe('collectGarbage', () => {
	it('collects without --expose-gc, and exposes no global gc to other contexts', () => {
		const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
		expect(collectGarbage()).toBe(true);
		expect(collectGarbage()).toBe(true);
		expect(typeof (globalThis as { gc?: unknown }).gc === 'function').toBe(exposed);
		expect(runInNewContext('typeof gc')).toBe(exposed ? 'function' : 'undefined');
	});
});
