import {
	bankByStem,
	expect,
	expectNoAxeViolations,
	rightOnScreen,
	rowsOf,
	test,
	waitForProfile
} from './fixtures';

test('review like Anki: intervals on the grades, keys, undo, forecast and a daily new-card limit', async ({
	page
}) => {
	// One long walk through the screen with three axe runs: more than a short test's time.
	const stems = await bankByStem(page);
	// Three questions missed in tutor mode become three new review cards.
	await page.goto('/exams/pcs');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Practice in tutor mode' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	for (let i = 0; i < 3; i++) {
		// Read the screen only once the next question is there: read during the move, the stem and
		// options of the question just left named a position that could be the new one's answer.
		await expect(page.locator('#question-number')).toContainText(`Question ${i + 1} of `);
		const right = await rightOnScreen(page, stems, '[data-testid="stem"]');
		await page
			.locator('.options label')
			.nth((right + 1) % 4)
			.click();
		await expect(page.locator('.feedback')).toContainText('Not quite');
		if (i < 2) await page.keyboard.press('n');
	}
	await expect.poll(async () => (await rowsOf(page, 'reviewCards')).length).toBe(3);

	await page.goto('/review');
	const status = page.getByRole('status').first();
	await expect(status).toContainText('3 due now');
	// Nothing to undo before a grade in this session; keys do nothing before the answer shows.
	const undo = page.getByRole('button', { name: 'Undo the last grade' });
	await expect(undo).toHaveCount(0);
	await page.keyboard.press('3');
	await expect(page.getByRole('button', { name: /^Good/ })).toHaveCount(0);

	// Pick the right answer with the keyboard (Space on its option), then Space checks it.
	const right = await rightOnScreen(page, stems, '#review-stem');
	const stemBefore = (await page.locator('#review-stem').textContent())!.trim();
	await page.locator('.options input[type="radio"]').nth(right).focus();
	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: /^Check my answer/ })).toBeVisible();
	await expect(page.locator('.verdict', { hasText: 'Correct.' })).toHaveCount(0);
	await page.keyboard.press('Space');
	await expect(page.locator('.verdict', { hasText: 'Correct.' })).toBeVisible();

	// Each grade button names its grade first, then when the card comes back.
	const label = /^(Again|Hard|Good|Easy) · \d+(\.\d)?(m|h|d|mo|y)$/;
	const grades = page.locator('.grades button');
	await expect(grades).toHaveCount(4);
	const names = await grades.allTextContents();
	expect(names.map((n) => n.trim().split(' · ')[0])).toEqual(['Again', 'Hard', 'Good', 'Easy']);
	for (const name of ['Again', 'Hard', 'Good', 'Easy']) {
		const button = page.getByRole('button', { name: new RegExp(`^${name} · `) });
		await expect(button).toHaveAccessibleName(label);
	}
	await expect(page.getByRole('button', { name: /^Good · / })).toHaveAttribute(
		'aria-keyshortcuts',
		'3'
	);
	await expect(page.locator('.grades kbd')).toHaveText(['1', '2', '3', '4']);
	await expectNoAxeViolations(page, 'review answer shown');
	const cardsBefore = await rowsOf(page, 'reviewCards');

	// Key 3 grades Good: the count drops and the grade is stored.
	await page.keyboard.press('3');
	await expect(status).toContainText('2 due now · 1 reviewed this session');
	const log = await rowsOf(page, 'reviewLog');
	const reviews = log.filter((e) => e.context === 'review');
	expect(reviews.map((e) => e.grade)).toEqual([3]);
	expect(await page.locator('#review-stem').textContent()).not.toBe(stemBefore);

	// Undo takes back exactly that grade: the card and the log are as before.
	await undo.click();
	await expect(status).toContainText('3 due now');
	await expect(status).toContainText('The last grade was undone');
	await expect(undo).toHaveCount(0);
	expect(await rowsOf(page, 'reviewLog')).toEqual(log.filter((e) => e.context !== 'review'));
	const byId = (rows: Record<string, unknown>[]) =>
		[...rows].sort((a, b) => String(a.questionId).localeCompare(String(b.questionId)));
	expect(byId(await rowsOf(page, 'reviewCards'))).toEqual(byId(cardsBefore));

	// The forecast lists each day with its count; all three cards are due today.
	const week = page.getByTestId('forecast-7');
	await expect(week.locator('tbody tr')).toHaveCount(7);
	await expect(week.locator('tbody tr').first()).toHaveText(/Today\s*3/);
	await expect(week.locator('caption')).toHaveText('Due in the next 7 days: 3 cards');
	await page.getByText('Due in the next 30 days: 3 cards').click();
	await expect(page.getByTestId('forecast-30').locator('tbody tr')).toHaveCount(30);
	await expect(page.getByTestId('retention')).toContainText('not enough reviews yet');

	// A bad limit is refused in plain words and changes nothing; typing digits in the field grades nothing.
	const limit = page.getByLabel('New cards a day');
	await expect(limit).toHaveValue('20');
	await limit.fill('');
	await limit.pressSequentially('2.5');
	await page.getByRole('button', { name: 'Save the limit' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Enter a whole number from 0 to 999 for new cards a day.'
	);
	await expect(status).toContainText('3 due now');
	expect((await rowsOf(page, 'reviewLog')).filter((e) => e.context === 'review')).toEqual([]);
	expect((await rowsOf(page, 'settings')).filter((s) => s.key === 'newCardsPerDay')).toEqual([]);
	await expectNoAxeViolations(page, 'review limit refused');

	// A limit of 1: two new cards wait for tomorrow, and the limit is kept.
	await limit.fill('1');
	await limit.press('Enter');
	await expect(status).toContainText('1 due now · 2 new cards wait for tomorrow (limit 1 a day)');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect((await rowsOf(page, 'settings')).filter((s) => s.key === 'newCardsPerDay')).toEqual([
		expect.objectContaining({ value: 1 })
	]);
	await page.reload();
	await expect(page.getByRole('status').first()).toContainText(
		'1 due now · 2 new cards wait for tomorrow'
	);
	await expect(page.getByLabel('New cards a day')).toHaveValue('1');
	await expectNoAxeViolations(page, 'review with cards held back');
});
