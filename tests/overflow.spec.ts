import type { Page } from '@playwright/test';
import { expect, test, waitForProfile } from './fixtures';

/** Every top-level route and a sample of each dynamic one. */
const PATHS = [
	'/',
	'/about',
	'/aids',
	'/aids/disclosure-card',
	'/calls',
	'/calls/third-party-employer',
	'/calls/audit',
	'/calls/audit/hostile-threatening',
	'/drills',
	'/drills/call-now',
	'/drills/credit-reporting',
	'/drills/limited-content',
	'/drills/next-call',
	'/exams',
	'/exams/pcs',
	'/exams/custom',
	'/glossary',
	'/learn',
	'/learn/law',
	'/learn/law/communications-time-place-manner',
	'/learn/healthcare/codes-claim-forms',
	'/learn/billing/tracking-collections-spreadsheets',
	'/learn/commercial/credit-terms-applications',
	'/offline',
	'/plan',
	'/plan/build',
	'/progress',
	'/progress/report',
	'/question?id=accounts-receivable-aging-1',
	'/review',
	'/rules',
	'/search?q=time-barred',
	'/team'
];

/** How far the page reaches past the right edge, and the widest elements that do it. */
const sideways = (page: Page) =>
	page.evaluate(() => {
		const over = document.documentElement.scrollWidth - innerWidth;
		const culprits = [...document.querySelectorAll('body *')]
			.filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
			.slice(0, 3)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		return over > 0 ? `${over}px past the edge: ${culprits.join(', ')}` : 'fits';
	});

test('no page scrolls sideways at 320 px with the largest text', async ({ page }) => {
	test.slow();
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of PATHS) {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		// The largest step of the text-size control.
		await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.5'));
		expect.soft(await sideways(page), path).toBe('fits');
	}
});

for (const width of [320, 390, 1366]) {
	test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
		test.slow(); // some thirty pages on a shared machine
		await page.setViewportSize({ width, height: width === 1366 ? 900 : 800 });
		for (const path of PATHS) {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			expect.soft(await sideways(page), path).toBe('fits');
		}
		// The screens built in the browser: a call's dialer, and an exam in progress.
		await page.goto('/calls/third-party-employer');
		await waitForProfile(page);
		await page.getByRole('button', { name: 'Start the call' }).click();
		await expect(page.getByRole('button', { name: 'Place call' })).toBeVisible();
		expect(await sideways(page), 'dialer').toBe('fits');
		await page.getByRole('button', { name: 'Place call' }).click();
		await expect(page.getByTestId('their-line')).toBeVisible();
		expect(await sideways(page), 'call in progress').toBe('fits');
		await page.goto('/exams/pcs');
		await page.getByRole('button', { name: 'Start timed exam' }).click();
		await expect(page.locator('#question-number')).toBeVisible();
		expect(await sideways(page), 'timed exam').toBe('fits');
	});
}
