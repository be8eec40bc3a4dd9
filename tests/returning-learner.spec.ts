import type { Page, Response } from '@playwright/test';
import { expect, layoutShift, test } from './fixtures';

// Page weight and the precache size are budgets of `npm run bench`; this file checks the behavior
// that keeps a module page and the exams list light: the database library loads on the learner's
// first touch.

const MODULE = '/learn/law/call-frequency';

/** Collects the scripts a page receives, to tell whether the database library was among them. */
function scriptsOf(page: Page) {
	const bodies: Promise<string>[] = [];
	page.on('response', (response: Response) => {
		if (response.request().resourceType() === 'script')
			bodies.push(response.text().catch(() => ''));
	});
	return {
		/** Whether any script received so far is the Dexie database library. */
		loadedDatabase: async () => (await Promise.all(bodies)).some((b) => b.includes('Dexie')),
		count: () => bodies.length
	};
}

test('a returning learner sees their progress before the database library loads, and it loads on the first touch', async ({
	page,
	context
}) => {
	await page.goto(MODULE);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
	await page.close();

	const again = await context.newPage();
	const scripts = scriptsOf(again);
	await again.goto(MODULE);
	await expect(again.getByTestId('module-status')).toHaveText('✓ Completed');
	await expect(again.locator('#profile-switcher option:checked')).toHaveText('Learner');
	await again.waitForLoadState('networkidle');
	expect(scripts.count()).toBeGreaterThan(0);
	expect(await scripts.loadedDatabase()).toBe(false);
	// The status and the profile switcher fill space kept for them: nothing moves.
	expect(await layoutShift(again)).toBeLessThan(0.01);

	// The first touch opens the database, and saving works.
	await again.getByRole('button', { name: 'Completed ✓ (undo)' }).click();
	await expect(again.getByTestId('module-status')).toHaveText('In progress');
	expect(await scripts.loadedDatabase()).toBe(true);
});

test('a first visit to the exams page fetches no database code until the learner moves, then saves the exam date', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await page.goto('/exams');
	await expect(page.getByRole('heading', { name: 'Practice exams' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	// Longer than the idle wait (two seconds at most) after which a returning learner's page opens it.
	await page.waitForTimeout(2_500);
	expect(await scripts.loadedDatabase()).toBe(false);
	const date = page.getByLabel('Date of your real exam (optional)');
	await expect(date).toBeDisabled();
	await expect(page.getByTestId('due-count')).toHaveText('…');

	// The first move opens the database: the count and the date field come alive, and a date saves.
	await date.hover();
	await expect(page.getByTestId('due-count')).toHaveText('0');
	expect(await scripts.loadedDatabase()).toBe(true);
	await date.fill('2027-03-15');
	await expect(page.getByRole('status').filter({ hasText: 'Exam date saved.' })).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Date of your real exam (optional)')).toHaveValue('2027-03-15');
});
