import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';

test.beforeEach(async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
});

test('dark mode passes axe on home, the review page, an exam result and a call debrief', async ({
	page
}) => {
	await page.goto('/');
	await waitForProfile(page);
	await expectNoAxeViolations(page, 'home (dark)');

	await page.goto('/review');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoAxeViolations(page, 'review (dark)');

	await page.goto('/exams/pcs');
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page.locator('#question-number')).toBeVisible();
	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await expect(page.getByTestId('score')).toBeVisible();
	await expectNoAxeViolations(page, 'exam result (dark)');

	await page.goto('/calls/wrong-number');
	await page.getByRole('button', { name: 'Start the call' }).click();
	await page.getByRole('button', { name: 'Place call' }).click();
	for (let turn = 0; turn < 8; turn++) {
		await expect(page.locator('.choices button').first()).toBeVisible();
		await page.keyboard.press('1');
		await expect(page.getByRole('list', { name: 'Transcript' }).locator('li.you')).toHaveCount(
			turn + 1
		);
	}
	await page.getByRole('textbox', { name: 'Account note' }).fill('Wrong number, Luis Ortega.');
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();
	await expect(page.getByTestId('call-verdict')).toBeVisible();
	await expectNoAxeViolations(page, 'call debrief (dark)');
});
