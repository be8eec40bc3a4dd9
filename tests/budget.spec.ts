import { test, expect } from '@playwright/test';
import { firstLoad, precacheSize } from '../bench/sizes.mjs';

// Sizes of the build are deterministic, so their budgets hold in every test run; timings are
// measured by `npm run bench` only.
test('a module page loads at most 50 KB of JavaScript (gzip) on first visit', () => {
	const { js } = firstLoad('build', 'learn/law/call-frequency.html');
	expect(js / 1024).toBeLessThanOrEqual(50);
});

test('the precache downloads at most 3 MB', () => {
	expect(precacheSize('build').download / 1024 / 1024).toBeLessThanOrEqual(3);
});
