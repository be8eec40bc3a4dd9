import { expect, test } from './fixtures';

test('at phone width the navigation and a module page fit without sideways scrolling', async ({
	page
}) => {
	await page.goto('/learn/law/communications-time-place-manner');
	await expect(
		page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exams' })
	).toBeVisible();
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});

test.describe('a 320 px phone at the largest text size', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	const sideways = (page: import('@playwright/test').Page) =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);

	test('the exam, results, module and progress pages do not scroll sideways', async ({ page }) => {
		await page.goto('/exams/pcs');
		await page.getByRole('button', { name: 'Start timed exam' }).click();
		await expect(page).toHaveURL(/\/exams\/take\?session=/);
		const larger = page.getByRole('button', { name: /larger text/ });
		while (await larger.isEnabled()) await larger.click();
		await expect(page.locator('#question-number')).toBeVisible();
		expect(await sideways(page), 'timed exam').toBeLessThanOrEqual(0);

		await page.getByRole('button', { name: 'Review and submit' }).first().click();
		await page.getByRole('button', { name: 'Submit exam' }).click();
		await expect(page).toHaveURL(/\/exams\/results\?session=/);
		await expect(page.getByTestId('score')).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1.5/);
		expect(await sideways(page), 'results').toBeLessThanOrEqual(0);

		for (const path of ['/learn/law/call-frequency', '/progress', '/plan', '/exams/pcs']) {
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('style', /--text-scale: 1.5/);
			expect(await sideways(page), path).toBeLessThanOrEqual(0);
		}
	});
});
