import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STORED_MARK, markStored } from './stored-mark';

/** The one script of app.html, run against a given localStorage: the classes it sets on <html>. */
function appScript(stored: Map<string, string>): string[] {
	const html = readFileSync(new URL('../../app.html', import.meta.url), 'utf8');
	const source = html.match(/<script>([^<]+)<\/script>/)![1]!;
	const classes: string[] = [];
	const localStorage = { getItem: (key: string) => stored.get(key) ?? null };
	const document = {
		documentElement: { classList: { add: (name: string) => classes.push(name) } }
	};
	new Function('localStorage', 'document', source)(localStorage, document);
	return classes;
}

afterEach(() => vi.unstubAllGlobals());

describe('the first-visit mark', () => {
	it('app.html marks a first visit when nothing is stored, and not after markStored', () => {
		const stored = new Map<string, string>();
		expect(appScript(stored)).toEqual(['first-visit']);
		vi.stubGlobal('localStorage', {
			setItem: (key: string, value: string) => stored.set(key, value)
		});
		markStored();
		expect(stored.get(STORED_MARK)).toBe('1');
		expect(appScript(stored)).toEqual([]);
	});

	it('does not throw where the browser refuses storage, so the database still opens', () => {
		vi.stubGlobal('localStorage', {
			setItem: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
		});
		expect(() => markStored()).not.toThrow();
	});
});
