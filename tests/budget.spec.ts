import type { Page } from '@playwright/test';
import { fetchedByPage, precacheSize } from '../bench/sizes.mjs';
import { expect, test } from './fixtures';

// Each test leaves a page alone for five seconds; on a busy machine the loads around that take long.
test.slow();

// Budgets on what the browser fetches, not on timings: the bytes a page loads are the same on a
// busy machine, so these hold in every test run. Timings are measured by `npm run bench` only.

const MODULE = '/learn/law/call-frequency';
const MODULE_JS_KB = 43;

/** Every file fetched, largest first, so a failure says where the weight went. */
function listing(files: { kind: string; url: string; gzip: number }[]) {
	return files
		.filter((f) => f.kind === 'js')
		.sort((a, b) => b.gzip - a.gzip)
		.map((f) => `${(f.gzip / 1024).toFixed(1)} KB ${new URL(f.url).pathname}`)
		.join('\n');
}

/** Sum of layout shifts not caused by the learner, since the page started loading. */
async function layoutShift(page: Page) {
	return page.evaluate(
		() =>
			new Promise<number>((resolve) => {
				let total = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as unknown as {
						value: number;
						hadRecentInput: boolean;
					}[])
						if (!e.hadRecentInput) total += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
				setTimeout(() => resolve(total), 100);
			})
	);
}

test(`a module page left alone for five seconds fetches at most ${MODULE_JS_KB} KB of JavaScript (gzip), whatever library it is`, async ({
	page
}) => {
	const { js, files } = await fetchedByPage(page, MODULE);
	expect(files.filter((f) => f.status >= 400)).toEqual([]);
	expect(files.filter((f) => f.kind === 'js').length).toBeGreaterThan(3);
	expect(js / 1024, listing(files)).toBeLessThanOrEqual(MODULE_JS_KB);
	// The page works without the database library: it knows there is no progress yet.
	await expect(page.getByTestId('module-status')).toHaveText('Not started');
});

test('a returning learner sees their progress without the page loading the database library', async ({
	page,
	context
}) => {
	await page.goto(MODULE);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
	await page.close();

	const again = await context.newPage();
	const { js, files } = await fetchedByPage(again, MODULE);
	expect(js / 1024, listing(files)).toBeLessThanOrEqual(MODULE_JS_KB);
	await expect(again.getByTestId('module-status')).toHaveText('✓ Completed');
	await expect(again.locator('#profile-switcher option:checked')).toHaveText('Learner');
	// The status and the profile switcher fill space kept for them: nothing moves.
	expect(await layoutShift(again)).toBeLessThan(0.01);
	// The first touch opens the database, and saving works.
	await again.getByRole('button', { name: 'Completed ✓ (undo)' }).click();
	await expect(again.getByTestId('module-status')).toHaveText('In progress');
});

test('the precache downloads at most 3 MB', () => {
	expect(precacheSize('build').download / 1024 / 1024).toBeLessThanOrEqual(3);
});
