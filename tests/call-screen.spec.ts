import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';

test.use({ viewport: { width: 1366, height: 900 } });

const transcript = (page: Page) => page.getByRole('list', { name: 'Transcript' }).locator('li');

/** Every choice (or field and button) of the current turn lies inside the window, unscrolled. */
async function expectChoicesInView(page: Page) {
	const choices = page.locator('.turn').locator('button, input, textarea');
	await expect(choices.first()).toBeVisible();
	for (const box of await choices.evaluateAll((els) =>
		els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
	)) {
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.bottom).toBeLessThanOrEqual(900);
	}
	expect(await page.evaluate(() => scrollY)).toBe(0);
}

test('the transcript names who actually speaks, and the choices stay in view on a desktop', async ({
	page
}) => {
	await page.goto('/calls/cooperative-right-party');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await page.getByRole('button', { name: 'Place call' }).click();

	// Nobody has said who they are yet.
	await expect(page.getByTestId('their-line')).toContainText('Woman who answers');
	await expectChoicesInView(page);
	await page.getByRole('button', { name: /May I speak with Denise Okafor/ }).click();

	// The sister answers, then hands over the phone.
	await expect(page.getByTestId('their-line')).toContainText('Tamika (her sister), then Denise');
	await expect(transcript(page)).toHaveText([
		/^Woman who answers\s+Hello\?/,
		/^You\s+Hi, this is Jordan calling/
	]);
	await expectChoicesInView(page);

	// Answer at each turn with the first choice until the call is long, then check the latest
	// line is still in the transcript's view and the choices in the window's.
	for (let turn = 0; turn < 4; turn++) {
		const before = await transcript(page).count();
		const typed = page.locator('#typed-line');
		await expect(page.locator('.choices button, #typed-line').first()).toBeVisible();
		if (await typed.isVisible()) {
			await typed.fill(
				'My name is Jordan with Apex Recovery Services. This is an attempt to collect a debt by a debt collector, and any information obtained will be used for that purpose.'
			);
			await page.getByRole('button', { name: 'Say it' }).click();
		} else await page.keyboard.press('1');
		await expect(transcript(page)).toHaveCount(before + 2);
	}
	const labels = await page.locator('[role=region] .who').allTextContents();
	expect(labels).toContain('Denise');
	expect(labels.filter((l) => l === 'You')).toHaveLength(5);
	await expect(transcript(page).last()).toBeInViewport();
	await expectChoicesInView(page);
	await expectNoAxeViolations(page, 'call in progress');
});

test('the transcript stays in view while the account note is written', async ({ page }) => {
	await page.goto('/calls/wrong-number');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await page.getByRole('button', { name: 'Place call' }).click();
	const note = page.getByRole('textbox', { name: 'Account note' });
	// A caller who always says the first thing on offer ends the call in eight turns.
	for (let turn = 0; turn < 8; turn++) {
		await expect(page.locator('.choices button').first()).toBeVisible();
		await page.keyboard.press('1');
		await expect(transcript(page).filter({ hasText: /^You/ })).toHaveCount(turn + 1);
	}
	await expect(note).toBeVisible();
	await note.fill('Reached Luis Ortega, wrong number');
	// All eight exchanges and the closing line, next to the note.
	await expect(transcript(page)).toHaveCount(17);
	// Before anyone says who they are, the man who answers is not named.
	await expect(transcript(page).first()).toHaveText(/^Man who answers\s+Hello\?/);
	await expect(transcript(page).nth(1)).toHaveText(/^You/);
	await expect(page.getByTestId('their-line')).toContainText('Yep. Bye.');
	await expect(page.getByTestId('their-line')).toBeInViewport();
	await expect(note).toBeInViewport();
	await expect(note).toHaveValue('Reached Luis Ortega, wrong number');
	await expectNoAxeViolations(page, 'account note');
});
