import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import svelteConfig from '../../../svelte.config.js';
import { parseHeadersFile, parsePolicy, siteHeaders } from './headers-file';

const headers = siteHeaders();
const quoted = (source: string) =>
	['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic'].includes(source)
		? `'${source}'`
		: source;

describe('the headers a host sends (static/_headers)', () => {
	it('forbids framing, sniffing and referrers', () => {
		expect(headers['X-Content-Type-Options']).toBe('nosniff');
		expect(headers['Referrer-Policy']).toBe('no-referrer');
		expect(parsePolicy(headers['Content-Security-Policy']!).get('frame-ancestors')).toEqual([
			"'none'"
		]);
	});

	it('repeats the page policy from svelte.config.js, with script hashes left to each page', () => {
		const page = svelteConfig.kit!.csp!.directives as Record<string, string[]>;
		const header = parsePolicy(headers['Content-Security-Policy']!);
		const expected = new Map(
			Object.entries(page).map(([name, sources]) => [
				name,
				sources.filter((s) => !s.startsWith('sha256-')).map(quoted)
			])
		);
		// Script hashes (app.html's script's, and the one SvelteKit adds for each page's own inline
		// script) are in each page's <meta> policy, where the header says 'unsafe-inline'.
		expected.set('script-src', [...expected.get('script-src')!, "'unsafe-inline'"]);
		expected.set('frame-ancestors', ["'none'"]);
		expect(Object.fromEntries(header)).toEqual(Object.fromEntries(expected));
	});

	it('matches the nginx example in the README', () => {
		const readme = readFileSync('README.md', 'utf8');
		const nginx = readme.match(/```nginx\n([\s\S]*?)```/)?.[1] ?? '';
		const sent = Object.fromEntries(
			[...nginx.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]])
		);
		expect(sent).toEqual(headers);
	});
});

describe('parseHeadersFile', () => {
	it('reads rules, skips comments and refuses a line that is not a header', () => {
		expect(parseHeadersFile('# note\n/*\n  A: 1\n  B: x: y\n\n/static/*\n  C: 2\n')).toEqual([
			{ path: '/*', headers: { A: '1', B: 'x: y' } },
			{ path: '/static/*', headers: { C: '2' } }
		]);
		expect(() => parseHeadersFile('/*\n  nonsense')).toThrow(/not "Name: value"/);
	});
});
