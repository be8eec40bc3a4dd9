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

/** The pages in groups of nine: one short test per group and width, far inside the time limit. */
const GROUPS = Array.from({ length: Math.ceil(PATHS.length / 9) }, (_, i) =>
	PATHS.slice(i * 9, i * 9 + 9)
);

/** Each width, and at 320 px also the largest step of the text-size control. */
const SCREENS = [
	{ name: '320 px with the largest text', width: 320, height: 640, textScale: '1.5' },
	{ name: '320 px', width: 320, height: 800 },
	{ name: '390 px', width: 390, height: 800 },
	{ name: '1366 px', width: 1366, height: 900 }
];

for (const screen of SCREENS) {
	GROUPS.forEach((paths, i) => {
		test(`no page scrolls sideways at ${screen.name} (pages ${i + 1} of ${GROUPS.length})`, async ({
			page
		}) => {
			await page.setViewportSize({ width: screen.width, height: screen.height });
			for (const path of paths) {
				await page.goto(path);
				await page.waitForLoadState('networkidle');
				if (screen.textScale)
					await page.evaluate(
						(scale) => document.documentElement.style.setProperty('--text-scale', scale),
						screen.textScale
					);
				expect.soft(await sideways(page), path).toBe('fits');
			}
		});
	});
}

for (const width of [320, 390, 1366]) {
	test(`a call's dialer, a call in progress and a timed exam fit at ${width} px`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: width === 1366 ? 900 : 800 });
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
