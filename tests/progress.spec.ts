import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
	expect,
	expectNoAxeViolations,
	luminanceOf,
	markComplete,
	notesBox,
	test,
	waitForProfile
} from './fixtures';

const MODULE = '/learn/law/call-frequency';
const NOTE = 'Day 1 is the day of the conversation.';
/** How many modules a track has, counted from the content, so new modules do not break the test. */
const modulesIn = (track: string) => readdirSync(`content/modules/${track}`).length;

async function studySomething(page: Page) {
	await markComplete(page, MODULE);
	await page.getByRole('textbox', { name: /Private to this profile/ }).fill(NOTE);
	await expect(page.getByText('Saved on this device.')).toBeVisible();
}

async function exportFile(page: Page): Promise<string> {
	await page.goto('/progress');
	await waitForProfile(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export this profile' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^collections-academy-Learner-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByTestId('backup-reminder')).toContainText('today');
	return readFileSync((await file.path())!, 'utf8');
}

test('export a profile, import it into a fresh browser, and find everything back', async ({
	page,
	browser,
	baseURL
}) => {
	await studySomething(page);
	const text = await exportFile(page);

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto('/progress');
	await waitForProfile(other);
	await other.locator('#import-file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(other.getByRole('heading', { name: 'Import “Learner”?' })).toBeVisible();
	// A double click imports once: the choice goes away at the first click.
	await other.getByRole('button', { name: 'Import as a new profile' }).dblclick();
	await expect(
		other.getByRole('status').filter({ hasText: 'Imported “Learner” (as a new profile)' })
	).toBeVisible();

	await other.goto(MODULE);
	await expect(other.getByTestId('module-status')).toHaveText('✓ Completed');
	await expect(await notesBox(other)).toHaveValue(NOTE);
	await fresh.close();
});

/** How many exam sessions and calls each profile holds, read straight from IndexedDB. */
async function recordsByProfile(page: Page) {
	return page.evaluate(
		() =>
			new Promise<Record<string, { exams: number; calls: number; name: string }>>((resolve) => {
				const open = indexedDB.open('collections-academy');
				open.onsuccess = () => {
					const tx = open.result.transaction(['profiles', 'examSessions', 'callRuns']);
					const out: Record<string, { exams: number; calls: number; name: string }> = {};
					const all = (store: string) =>
						new Promise<{ id: string; profileId: string; name: string }[]>((done) => {
							const r = tx.objectStore(store).getAll();
							r.onsuccess = () => done(r.result);
						});
					void Promise.all([all('profiles'), all('examSessions'), all('callRuns')]).then(
						([profiles, exams, calls]) => {
							for (const p of profiles) out[p.id] = { exams: 0, calls: 0, name: p.name };
							for (const e of exams) out[e.profileId]!.exams++;
							for (const c of calls) out[c.profileId]!.calls++;
							open.result.close();
							resolve(out);
						}
					);
				};
			})
	);
}

test('importing your own export as a separate profile leaves the original complete', async ({
	page
}) => {
	await studySomething(page);
	await page.goto('/calls/wrong-number');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByRole('heading', { name: 'Dialer' })).toBeVisible();
	await page.goto('/exams/pcs');
	await page.getByRole('button', { name: /tutor mode/i }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	const before = Object.values(await recordsByProfile(page));
	expect(before).toEqual([{ exams: 1, calls: 1, name: 'Learner' }]);

	const text = await exportFile(page);
	await page.locator('#import-file').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await expect(page.getByText('This profile is already on this device.')).toBeVisible();
	await page.getByRole('button', { name: 'Import as a separate profile' }).click();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: 'Imported “Learner (copy)” (as a separate profile)' })
	).toBeVisible();
	const after = Object.values(await recordsByProfile(page)).sort((a, b) =>
		a.name.localeCompare(b.name)
	);
	expect(after).toEqual([
		{ exams: 1, calls: 1, name: 'Learner' },
		{ exams: 1, calls: 1, name: 'Learner (copy)' }
	]);
	await page.goto(MODULE);
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
});

test('a malformed file is refused in plain words and nothing saved is lost', async ({ page }) => {
	await studySomething(page);
	const good = JSON.parse(await exportFile(page));
	const files = [
		{
			text: '{"format": "collections-academy-profile", "version": 1, "pro',
			says: /not readable JSON/
		},
		{ text: JSON.stringify({ ...good, version: 9 }), says: /newer version of Collections Academy/ },
		{
			text: JSON.stringify({
				...good,
				profile: { ...good.profile, name: '<script>alert(1)</script>'.repeat(20) }
			}),
			says: /profile › name is longer than 60 characters/
		}
	];
	for (const f of files) {
		await page.locator('#import-file').setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from(f.text)
		});
		const alert = page.getByRole('alert').filter({ hasText: 'Nothing was changed.' });
		await expect(alert).toContainText(f.says);
	}
	await expectNoAxeViolations(page, 'import refused');
	await page.goto(MODULE);
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
	await expect(await notesBox(page)).toHaveValue(NOTE);
});

test('the team view compares three trainees from their files, offline in the browser', async ({
	page
}) => {
	await studySomething(page);
	const base = JSON.parse(await exportFile(page));
	const trainee = (id: string, name: string, modules: number) => ({
		name: `${name}.json`,
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				...base,
				profile: { ...base.profile, id, name },
				tables: Object.fromEntries(
					Object.entries(base.tables as Record<string, { profileId: string }[]>).map(
						([t, rows]) => [
							t,
							(t === 'moduleProgress' ? rows.slice(0, modules) : rows).map((r) => ({
								...r,
								profileId: id
							}))
						]
					)
				)
			})
		)
	});
	// The supervisor picks the files before the page's scripts have run: the pick still counts.
	let release = () => {};
	const scriptsHeld = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/**', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/team', { waitUntil: 'commit' });
	await page
		.locator('#team-files')
		.setInputFiles([
			trainee('t-ana', 'Ana', 1),
			trainee('t-ben', 'Ben', 0),
			trainee('t-cy', 'Cy', 1)
		]);
	release();
	const rows = page.getByTestId('team-table').locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.first()).toContainText('Ana');
	await page.getByRole('button', { name: /^Trainee/ }).click();
	await expect(rows.first()).toContainText('Cy');
	await page.getByRole('searchbox', { name: 'Filter by name' }).fill('be');
	await expect(rows).toHaveCount(1);
	await expect(rows.first()).toContainText('Ben');
	await expectNoAxeViolations(page, 'team view');
});

test('the dashboard counts a completed module in its track', async ({ page }) => {
	await studySomething(page);
	await page.goto('/progress');
	const table = page.getByRole('table', { name: 'Modules completed per track' });
	await expect(table.getByRole('columnheader', { name: 'Completed' })).toBeVisible();
	await expect(table.getByRole('row', { name: /Collections law/ })).toContainText(
		`(1/${modulesIn('law')})`
	);
	await expect(table.getByRole('row', { name: /Negotiation/ })).toContainText(
		`(0/${modulesIn('negotiation')})`
	);
	await expect(page.getByRole('link', { name: /^(Continue|Start): / })).toBeVisible();
});

test('the plan view marks a task done when its module is completed', async ({ page }) => {
	await page.goto('/plan');
	await waitForProfile(page);
	const task = page.locator('[data-task="module:call-frequency"]');
	await expect(task).toContainText('To do');
	await expect(page.getByTestId('plan-progress')).toContainText('0 of');
	await studySomething(page);
	await page.goto('/plan');
	await expect(task).toContainText('✓ Done');
	await expect(page.getByTestId('plan-progress')).toContainText('1 of');
	await expect(page.getByTestId('plan-progress')).toContainText('week 1 of 12');
	await expectNoAxeViolations(page, 'plan');
});

test('the progress report and certificate say they are a training record', async ({ page }) => {
	await studySomething(page);
	await page.goto('/progress/report');
	await expect(page.getByTestId('report-name')).toHaveText('Learner');
	await expect(page.getByRole('heading', { name: 'Modules completed (1 of' })).toBeVisible();
	await expect(page.getByTestId('report-disclaimer')).toContainText(
		'not an official certification'
	);
	await expectNoAxeViolations(page, 'report');
});

test('the report prints dark on white even with a dark screen preference', async ({ page }) => {
	await studySomething(page);
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/progress/report');
	const disclaimer = page.getByTestId('report-disclaimer');
	await expect(disclaimer).toBeVisible();
	const onScreen = await disclaimer.evaluate((el) => getComputedStyle(el).color);
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const printed = await luminanceOf(disclaimer);
	// On screen the dark palette is in use; on paper the text is dark and the page white.
	expect(onScreen).not.toBe('rgb(0, 0, 0)');
	expect(printed.text).toBeLessThan(0.45);
	expect(printed.page).toBeGreaterThan(0.95);
});
