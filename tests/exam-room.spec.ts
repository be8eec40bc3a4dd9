import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';

/** Minutes on the clock, read from "h:mm:ss" or "mm:ss". */
async function minutesOnClock(page: Page): Promise<number> {
	const text = (await page.getByTestId('time-left').textContent()) ?? '';
	const parts = text.split(':').map(Number);
	return parts.length === 3 ? parts[0]! * 60 + parts[1]! : parts[0]!;
}

test('a timed exam asks before the learner leaves it, and home offers to resume it', async ({
	page
}) => {
	await page.goto('/exams/pcs');
	await waitForProfile(page);
	await page.getByRole('radio', { name: /Time and a half \(1\.5×\): 90 minutes/ }).check();
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	const examUrl = page.url();
	// PCS is 60 minutes; time and a half puts 90 on the clock.
	expect(await minutesOnClock(page)).toBeGreaterThanOrEqual(89);

	await page.keyboard.press('b');
	await expect(page.locator('input[name="answer"]').nth(1)).toBeChecked();

	// A link in the site header: the prompt, and staying keeps the exam as it was.
	const prompt = page.getByRole('dialog', { name: 'Leave the exam?' });
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await expect(prompt).toBeVisible();
	await expect(prompt).toContainText(/keeps running while you are away: \d?:?\d\d:\d\d left/);
	await expectNoAxeViolations(page, 'leave-exam prompt');
	await prompt.getByRole('button', { name: 'Stay in the exam' }).click();
	await expect(prompt).toBeHidden();
	expect(page.url()).toBe(examUrl);
	await expect(page.locator('input[name="answer"]').nth(1)).toBeChecked();

	// The back button asks too.
	await page.evaluate(() => history.back());
	await expect(prompt).toBeVisible();
	await prompt.getByRole('button', { name: 'Stay in the exam' }).click();
	await expect(page.locator('#question-number')).toContainText('Question 1 of 50');
	expect(page.url()).toBe(examUrl);

	// Leaving is the learner's choice.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await prompt.getByRole('button', { name: 'Leave' }).click();
	await expect(page).toHaveURL(/\/learn$/);

	// Home shows the exam in progress, with the answers given and the time left, and resumes it.
	await page.getByRole('link', { name: 'Collections Academy' }).first().click();
	const card = page.getByTestId('exam-in-progress');
	await expect(card).toContainText('PCS');
	await expect(card).toContainText('1 of 50 answered');
	await expect(card.getByTestId('exam-time-left')).toHaveText(/^1:2\d:\d\d$|^1:30:00$/);
	await expectNoAxeViolations(page, 'home with an exam in progress');
	await card.getByRole('link', { name: 'Resume exam' }).click();
	await expect(page).toHaveURL(examUrl);
	await expect(page.locator('input[name="answer"]').nth(1)).toBeChecked();

	// The exams page shows it too.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Exams' }).click();
	await page.getByRole('button', { name: 'Leave' }).click();
	await expect(page.getByTestId('exam-in-progress')).toContainText('1 of 50 answered');
});

test('an untimed practice exam has no clock, no leave prompt, and its result says untimed', async ({
	page
}) => {
	await page.goto('/exams/chc-recert');
	await waitForProfile(page);
	await page.getByRole('radio', { name: 'Untimed' }).check();
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	await expect(page.getByText('Untimed', { exact: true })).toBeVisible();
	await expect(page.getByTestId('time-left')).toHaveCount(0);

	// Nothing runs while the learner is away, so leaving does not ask.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await expect(page).toHaveURL(/\/learn$/);
	await page.goto('/exams');
	const card = page.getByTestId('exam-in-progress');
	await expect(card).toContainText('no clock');
	await card.getByRole('link', { name: 'Resume exam' }).click();

	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await expect(page).toHaveURL(/\/exams\/results/);
	await expect(page.getByTestId('time-allowed')).toHaveText('Time allowed: Untimed.');
});
