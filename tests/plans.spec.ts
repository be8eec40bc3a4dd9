import { readFileSync } from 'node:fs';
import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';
import type { Page } from '@playwright/test';

async function buildPlan(page: Page, title: string) {
	await page.goto('/plan/build');
	await waitForProfile(page);
	await page.getByLabel('Title', { exact: true }).first().fill(title);
	await page.getByLabel('Summary').fill('Two weeks for the healthcare desk.');
	await page.getByText('Modules (0 chosen)').first().click();
	await page
		.getByRole('checkbox', { name: 'Call frequency: the 7-in-7 presumption' })
		.first()
		.check();
	await expect(page.getByText('Modules (1 chosen)').first()).toBeVisible();
	await page.getByRole('button', { name: 'Save and use this plan' }).click();
}

const planTitles = (page: Page) =>
	page.getByRole('combobox', { name: 'Plan' }).locator('option').allTextContents();

test('two plans whose titles are in another script are both kept', async ({ page }) => {
	await buildPlan(page, 'План обучения А');
	await expect(page).toHaveURL(/\/plan$/);
	await buildPlan(page, 'План обучения Б');
	await expect(page).toHaveURL(/\/plan$/);
	await expect(page.getByText('План обучения Б').first()).toBeVisible();
	await expect
		.poll(() => planTitles(page))
		.toEqual(expect.arrayContaining(['План обучения А', 'План обучения Б']));
});

test('saving a plan under a title already used asks before replacing it', async ({ page }) => {
	await buildPlan(page, 'Desk plan');
	await expect(page).toHaveURL(/\/plan$/);
	await buildPlan(page, 'Desk plan');
	await expect(
		page.getByRole('heading', { name: 'You already have a plan called “Desk plan”' })
	).toBeVisible();
	await expectNoAxeViolations(page, 'plan clash');
	await page.getByRole('button', { name: 'Keep both' }).click();
	await expect(page).toHaveURL(/\/plan$/);
	// The plan list fills in once the saved plans are read.
	await expect
		.poll(async () => (await planTitles(page)).filter((t) => t === 'Desk plan').length)
		.toBe(2);
});

test('importing a plan file with the id of a saved plan asks first, and Cancel changes nothing', async ({
	page
}) => {
	await buildPlan(page, 'Desk plan');
	await expect(page).toHaveURL(/\/plan$/);
	const file = {
		format: 'collections-academy-plan',
		version: 1,
		plan: {
			id: 'desk-plan',
			title: 'Another desk plan',
			summary: 'From another employer.',
			weeks: [{ week: 1, title: 'Week 1', modules: ['harassment-abuse'], calls: [], exams: [] }]
		}
	};
	await page.locator('#plan-file').setInputFiles({
		name: 'plan.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(file))
	});
	await expect(
		page.getByRole('heading', { name: 'You already have the plan “Desk plan”' })
	).toBeVisible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await page.reload();
	await waitForProfile(page);
	await expect(page.getByRole('combobox', { name: 'Plan' })).toHaveValue('desk-plan');
	expect(await planTitles(page)).toContain('Desk plan');
	expect(await planTitles(page)).not.toContain('Another desk plan');
});

test('the plan builder chooses several items with plain clicks, grouped by track with full titles', async ({
	page
}) => {
	await page.goto('/plan/build');
	await waitForProfile(page);
	await page.getByLabel('Title', { exact: true }).first().fill('Law basics');
	await page.getByLabel('Summary').fill('The first week.');
	await page.getByText('Modules (0 chosen)').first().click();
	const modules = page.getByRole('group', { name: 'Modules' }).first();
	await expect(modules.getByText('Collections law', { exact: true })).toBeVisible();
	await expect(modules.getByText('law', { exact: true })).toHaveCount(0);
	// Two plain clicks keep both: nothing is dropped without Ctrl.
	await modules.getByRole('checkbox', { name: 'Call frequency: the 7-in-7 presumption' }).click();
	await modules.getByRole('checkbox', { name: /^Who is a debt collector\?/ }).click();
	await expect(page.getByText('Modules (2 chosen)').first()).toBeVisible();
	await page.getByText('Calls (0 chosen)').first().click();
	const calls = page.getByRole('group', { name: 'Calls' }).first();
	await expect(calls.getByText(/account · difficulty [123] of 3/).first()).toBeVisible();
	await expectNoAxeViolations(page, 'plan builder with open checklists');
	await page.getByRole('button', { name: 'Save and use this plan' }).click();
	await expect(page).toHaveURL(/\/plan$/);
	await expect(
		page.getByRole('link', { name: 'Call frequency: the 7-in-7 presumption' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: /^Who is a debt collector\?/ })).toBeVisible();
});

test('the plan builder sets the organization, completion rules and separate targets, and previews them', async ({
	page
}) => {
	await page.goto('/plan/build');
	await waitForProfile(page);
	await page.getByLabel('Title', { exact: true }).first().fill('Northwind desk');
	await page.getByLabel('Summary').fill('One week.');
	await page
		.getByLabel('Organization (printed on the certificate, optional)')
		.fill('Northwind Recovery');
	await page.getByText('Modules (0 chosen)').first().click();
	const modules = page.getByRole('group', { name: 'Modules' }).first();
	await modules.getByRole('checkbox', { name: 'Call frequency: the 7-in-7 presumption' }).click();
	await modules.getByRole('checkbox', { name: /^Who is a debt collector\?/ }).click();
	await page.getByLabel('Exam and audit target (%, optional)').fill('85');
	await page.getByLabel('Call score target (optional)').fill('170');
	const preview = page.getByRole('region', { name: 'Preview' });
	await expect(preview).toContainText('Northwind desk · Northwind Recovery');
	await expect(preview).toContainText('every module (2), exam (0) and call (0) in the plan');

	// Only one module required, and a target out of range refused in plain words.
	await page.getByLabel('Require every module, exam and call in the plan').uncheck();
	// The required modules start as everything in the plan, open for unticking.
	await expect(page.getByText('Required modules (2 chosen)')).toBeVisible();
	await page
		.getByRole('group', { name: 'Required modules' })
		.getByRole('checkbox', { name: /^Who is a debt collector\?/ })
		.uncheck();
	await expect(preview).toContainText('1 module, 0 exams and 0 calls chosen');
	await page.getByRole('button', { name: 'Export the plan file' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		"Week 1's call target must be a whole number from 1 to 100, or left empty."
	);
	await page.getByLabel('Call score target (optional)').fill('70');
	await expect(preview).toContainText('exam target 85%; call target 70');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the plan file' }).click();
	const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
	expect(file.plan).toMatchObject({
		organization: 'Northwind Recovery',
		completion: { modules: ['call-frequency'], exams: [], calls: [] },
		weeks: [{ examTarget: 85, callTarget: 70 }]
	});
	expect(file.plan.weeks[0].target).toBeUndefined();
});

test('an employer reaches the team view and the plan builder from home', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'For employers' }).click();
	await expect(page).toHaveURL(/\/team$/);
	await page.getByRole('link', { name: 'Build a training plan' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Build an onboarding plan' })
	).toBeVisible();
});
