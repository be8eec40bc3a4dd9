import { describe, expect, it } from 'vitest';
import { precachedPages, shellFor } from './precache.js';

const prerendered = [
	'/',
	'/__data.json',
	'/learn',
	'/learn/__data.json',
	'/learn/law/call-frequency',
	'/learn/law/call-frequency/__data.json',
	'/calls/wrong-number',
	'/calls/wrong-number/__data.json',
	'/exams/take',
	'/app-shell',
	'/app-shell/2',
	'/app-shell/2/3'
];

describe('what the service worker stores ahead', () => {
	it('keeps the data of a module or a call, not its HTML, and every other page whole', () => {
		const { paths } = precachedPages(prerendered, '');
		expect(paths).not.toContain('/learn/law/call-frequency');
		expect(paths).not.toContain('/calls/wrong-number');
		expect(paths).toContain('/learn/law/call-frequency/__data.json');
		expect(paths).toContain('/calls/wrong-number/__data.json');
		// Top-level pages, pages without data of their own, and the shells stay whole.
		expect(paths).toEqual(expect.arrayContaining(['/', '/learn', '/exams/take', '/app-shell/2/3']));
	});

	it('works the same under a base path', () => {
		const based = prerendered.map((p) => `/lms/course${p === '/' ? '' : p}`);
		const { paths } = precachedPages(based, '/lms/course');
		expect(paths).not.toContain('/lms/course/learn/law/call-frequency');
		expect(paths).toContain('/lms/course/learn');
	});

	it('opens a page with the shell of its own depth, whose links to the code are relative', () => {
		expect(shellFor('/learn/law/call-frequency', '')).toBe('/app-shell/2/3');
		expect(shellFor('/calls/wrong-number', '')).toBe('/app-shell/2');
		expect(shellFor('/lms/course/calls/wrong-number', '/lms/course')).toBe(
			'/lms/course/app-shell/2'
		);
	});
});
