import { expect, expectNoAxeViolations, test } from './fixtures';

const AIDS = [
	{ id: 'house-call-opening', title: 'The house call opening' },
	{ id: 'disclosure-card', title: 'Disclosure card' },
	{ id: 'account-note-template', title: 'Account note template and disposition codes' },
	{ id: 'escalation-card', title: 'Escalation card' }
];

/** Pages in a PDF made by Chromium: one "/Type /Page" dictionary per page ("/Pages" is the tree). */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test('the job aids page lists every aid with the modules that teach it', async ({ page }) => {
	await page.goto('/aids');
	await expect(page.getByRole('heading', { level: 1, name: 'Job aids' })).toBeVisible();
	for (const aid of AIDS)
		await expect(page.getByRole('link', { name: aid.title, exact: true })).toBeVisible();
	await page.getByRole('link', { name: 'Escalation card', exact: true }).click();
	await expect(page).toHaveURL(/\/aids\/escalation-card$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Escalation card' })).toBeVisible();
	await expectNoAxeViolations(page, '/aids/escalation-card');
});

for (const aid of AIDS)
	test(`the job aid "${aid.title}" prints on one page, without the site around it`, async ({
		page
	}) => {
		await page.goto(`/aids/${aid.id}`);
		await expect(page.getByRole('heading', { level: 1, name: aid.title })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		// In print, the sheet is all there is: no site header, navigation, footer or print button.
		await expect(page.locator('header.site')).toBeHidden();
		await expect(page.locator('footer.site')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Print this job aid' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: aid.title })).toBeVisible();
		await expect(page.locator('.aid-sheet')).toContainText('Training material, not legal advice');
		for (const format of ['Letter', 'A4'] as const) {
			const pdf = await page.pdf({ format });
			expect(pageCount(pdf), `${aid.id} on ${format}`).toBe(1);
		}
	});

test('a module links to the job aid it teaches, and the aid links back', async ({ page }) => {
	await page.goto('/learn/negotiation/call-structure-right-party-contact');
	const link = page.getByRole('link', { name: 'Job aid: The house call opening' });
	await expect(link).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(/\/aids\/house-call-opening$/);
	// The five steps, in the order the module teaches them.
	const steps = page.locator('.aid-body table').first().locator('tbody tr td:first-child');
	await expect(steps).toHaveText([
		'1. Greeting',
		'2. Verify',
		'3. Identify',
		'4. Mini-Miranda',
		'5. Purpose'
	]);
	await expect(
		page.getByRole('link', { name: 'Call structure and right-party contact' })
	).toBeVisible();

	await page.goto('/learn/negotiation/taking-payments');
	await expect(
		page.getByRole('link', { name: 'Job aid: Account note template and disposition codes' })
	).toBeVisible();
});

test('search finds a job aid by a word from its text', async ({ page }) => {
	await page.goto('/search?q=disposition codes');
	// The index is over a megabyte; give it time to load on a slow machine.
	await expect(page.getByRole('status')).toContainText('results', { timeout: 20_000 });
	const hit = page.locator('#search-results a[href="/aids/account-note-template"]');
	await expect(hit.first()).toBeVisible();
	await expect(hit.first()).toContainText('Job aid');
});
