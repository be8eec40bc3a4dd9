import { expect, test } from '@playwright/test';
import { fetchedByPage, precacheSize } from '../bench/sizes.mjs';

// Budgets on bytes, not on timings: the bytes a build holds are the same on a busy machine, so
// these hold in every test run. Timings are measured by `npm run bench` only.

test('the service worker downloads at most 3 MB (gzip) when the app is installed', () => {
	expect(precacheSize('build').download / 1024 / 1024).toBeLessThanOrEqual(3);
});

/**
 * What a module page fetches in a fresh browser, left alone for five seconds: every script that
 * arrives, from whatever file or library, gzip. The Svelte and SvelteKit runtimes alone are about
 * 34 KB; the rest is the layout and the page. The database library (31 KB) must not load until the
 * learner touches the page, and this fails if it, or anything else of that size, starts to. The
 * target is issue 18's; README's performance section says where the bytes go.
 */
const MODULE_PAGE_JS_KB = 43;

for (const path of ['/learn/law/call-frequency', '/learn/negotiation/payment-plans-settlements'])
	test(`${path}, left alone for five seconds, fetches at most ${MODULE_PAGE_JS_KB} KB of JavaScript (gzip)`, async ({
		page
	}) => {
		// Each test's page is a fresh browser context: nothing cached, nothing stored.
		const { js, files } = await fetchedByPage(page, path);
		const list = files
			.filter((f) => f.kind === 'js')
			.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${new URL(f.url).pathname}`);
		expect(files.every((f) => f.status === 200)).toBe(true);
		expect(js / 1024, `scripts fetched:\n${list.join('\n')}`).toBeLessThanOrEqual(
			MODULE_PAGE_JS_KB
		);
	});
