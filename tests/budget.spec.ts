import { expect, test } from '@playwright/test';
import { precacheSize } from '../bench/sizes.mjs';

// Budgets on bytes, not on timings: the bytes a build holds are the same on a busy machine, so
// these hold in every test run. Timings are measured by `npm run bench` only.

test('the service worker downloads at most 3 MB (gzip) when the app is installed', () => {
	expect(precacheSize('build').download / 1024 / 1024).toBeLessThanOrEqual(3);
});
