import {
	becomeTraineeWhoMetThePlan,
	expect,
	expectNoAxeViolations,
	exportProfile,
	importPlan,
	luminanceOf,
	markComplete,
	replaceWith,
	rowsOf,
	test,
	waitForProfile,
	withPassedExamAndCall
} from './fixtures';

test('the certificate is refused with what is missing, then issued once the plan is met', async ({
	page
}) => {
	await page.goto('/progress/report');
	await waitForProfile(page);
	await expect(page.getByTestId('no-certificate')).toContainText(
		'A certificate is issued for completing an onboarding plan from your employer. You have no plan yet'
	);
	await expect(page.getByTestId('certificate')).toHaveCount(0);

	await importPlan(page);
	await markComplete(page, '/learn/law/call-frequency');

	await page.goto('/progress/report');
	await waitForProfile(page);
	const missing = page.getByTestId('missing-items').getByRole('listitem');
	await expect(missing).toHaveCount(2);
	await expect(missing.nth(0)).toContainText('PCS');
	await expect(missing.nth(0)).toContainText('Not taken yet; pass mark 85%');
	await expect(missing.nth(1)).toContainText('Not practiced yet');
	await expect(page.getByTestId('plan-completion')).toContainText('1 of 3 completion rules met');
	await expect(page.getByTestId('plan-week-progress')).toHaveText(
		'1 of 4 plan tasks done (25%); week 1 of 1.'
	);
	await expect(page.getByTestId('certificate')).toHaveCount(0);
	expect(await rowsOf(page, 'certificates')).toEqual([]);
	await expectNoAxeViolations(page, 'certificate refused');

	// The trainee passes the exam and the call (their profile file, with both records added).
	const file = await exportProfile(page);
	withPassedExamAndCall(file);
	await replaceWith(page, file);

	// The profile still has the default name: the name is asked for first.
	await page.goto('/progress/report');
	await waitForProfile(page);
	await expect(page.getByTestId('certificate')).toHaveCount(0);
	await expect(page.getByTestId('no-certificate')).toContainText(
		'You have met every completion rule of “Northwind desk, 2 weeks”'
	);
	await expectNoAxeViolations(page, 'certificate name');
	await page.getByLabel('Your full name').fill('Dana Reyes');
	await page.getByRole('button', { name: 'Issue the certificate' }).click();

	const cert = page.getByTestId('certificate');
	await expect(cert).toBeVisible();
	await expect(page.getByTestId('certificate-name')).toHaveText('Dana Reyes');
	await expect(page.getByTestId('certificate-organization')).toHaveText('Northwind Recovery');
	await expect(page.getByTestId('certificate-plan')).toHaveText('Northwind desk, 2 weeks');
	await expect(cert).toContainText('Passed, 90%');
	await expect(cert).toContainText('Passed, score 92 of 100');
	await expect(cert).toContainText('content edition 2026-11-29');
	await expect(cert).toContainText("Supervisor's signature");
	await expect(page.getByTestId('certificate-disclaimer')).toContainText(
		'Training, not legal advice'
	);
	const code = await page.getByTestId('certificate-code').textContent();
	expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
	await expect(page.getByTestId('no-certificate')).toHaveCount(0);
	await expectNoAxeViolations(page, 'certificate');

	// Kept once: the stored record carries the full code the page shows.
	const stored = await rowsOf(page, 'certificates');
	expect(stored).toHaveLength(1);
	expect(stored[0]).toMatchObject({ name: 'Dana Reyes', planId: 'northwind-desk', score: 90 });
	expect(String(stored[0]!.code).slice(0, 16).toUpperCase()).toBe(code!.replaceAll('-', ''));
	await page.reload();
	await waitForProfile(page);
	await expect(page.getByTestId('certificate-code')).toHaveText(code!);

	// Printed with a dark screen preference, the certificate is dark on white.
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	const printed = await luminanceOf(page.getByTestId('certificate-disclaimer'));
	expect(printed.text).toBeLessThan(0.45);
	expect(printed.page).toBeGreaterThan(0.95);
});

test('the console verifies the certificate in a trainee file and flags a file edited by hand after export', async ({
	page
}) => {
	// A trainee who met the plan: their file with the module, the exam and the call, under their name.
	await becomeTraineeWhoMetThePlan(page, 'Dana Reyes');
	await page.goto('/progress/report');
	await waitForProfile(page);
	const code = await page.getByTestId('certificate-code').textContent();

	// The supervisor's console checks the code against the trainee's file, and flags a file whose
	// records were edited by hand after it was exported.
	const exported = await exportProfile(page);
	const addToTeam = async (file: unknown, name: string) => {
		await page.goto('/team');
		await waitForProfile(page);
		await page.locator('#team-files').setInputFiles({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(file))
		});
		await page.getByRole('link', { name: 'Dana Reyes' }).click();
	};
	await addToTeam(exported, 'dana.json');
	const check = page.getByTestId('certificate-check');
	await expect(check).toContainText('Verified.');
	await expect(check).toContainText(code!);
	await expect(check).toContainText('cannot stop a determined forger');

	const edited = structuredClone(exported);
	edited.tables.examSessions.find((s: { id: string }) => s.id === 'exam-1').result.percent = 99;
	await page.goto('/team');
	await page.getByRole('button', { name: 'Remove Dana Reyes' }).click();
	await page.getByRole('button', { name: 'Remove', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Dana Reyes' })).toHaveCount(0);
	await addToTeam(edited, 'dana-edited.json');
	await expect(check).toContainText('Does not match.');
	await expect(check).toContainText('the file was changed after the certificate was issued');
});
