import {
	addProfile,
	expect,
	expectNoAxeViolations,
	markComplete,
	notesBox,
	test,
	waitForProfile,
	waitForServiceWorker
} from './fixtures';

test('open home, open a module, mark it complete, reload: still complete', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Learn the collections job');
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Learn' }).click();
	await page.getByRole('link', { name: 'Communications: time, place and manner' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Communications: time, place and manner'
	);
	await waitForProfile(page);
	await expect(page.getByTestId('module-status')).toHaveText('Not started');

	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');

	await page.reload();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
	await page.goto('/learn/law');
	await expect(page.locator('[data-status="complete"]')).toHaveCount(1);
});

test('switching profiles on a track page shows each profile its own modules', async ({ page }) => {
	await markComplete(page, '/learn/law/communications-time-place-manner');
	await addProfile(page, 'Ben Ortiz');

	await page.goto('/learn/law');
	const done = page.locator('[data-status="complete"]');
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Ben Ortiz');
	await expect(done).toHaveCount(0);
	await page.locator('#profile-switcher').selectOption({ label: 'Learner' });
	await expect(done).toHaveCount(1);
	await expect(done).toContainText('Communications: time, place and manner');
	await page.locator('#profile-switcher').selectOption({ label: 'Ben Ortiz' });
	await expect(done).toHaveCount(0);
});

test('a first profile is created on first use, and profiles can be added, renamed and deleted', async ({
	page
}) => {
	await page.goto('/progress');
	await waitForProfile(page);
	await expect(page.locator('#profile-switcher option')).toHaveText(['Learner']);

	await page.getByLabel('New profile name').fill('Maria Lopez');
	await page.getByRole('button', { name: 'Add profile' }).click();
	await expect(page.locator('#profile-switcher')).toHaveValue(/.+/);
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Maria Lopez');

	await page.getByRole('button', { name: 'Rename Maria Lopez' }).click();
	await page.getByLabel('New name').fill('Maria L.');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Maria L.');

	await page.getByRole('button', { name: 'Delete Learner' }).click();
	const dialog = page.getByRole('dialog', { name: 'Delete this profile?' });
	await expect(dialog).toContainText('It cannot be undone');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.locator('#profile-switcher option')).toHaveCount(2);

	await page.getByRole('button', { name: 'Delete Learner' }).click();
	await dialog.getByRole('button', { name: 'Delete profile' }).click();
	await expect(page.locator('#profile-switcher option')).toHaveText(['Maria L.']);
	await page.reload();
	await expect(page.locator('#profile-switcher option')).toHaveText(['Maria L.']);
});

test('progress is kept per profile', async ({ page }) => {
	await markComplete(page, '/learn/law/call-frequency');

	await addProfile(page, 'Second trainee');
	await page.goto('/learn/law/call-frequency');
	await expect(page.getByTestId('module-status')).toHaveText('Not started');
});

test('reading position is saved and offered for resuming', async ({ page }) => {
	await page.goto('/learn/law/validation-notices-disputes');
	await waitForProfile(page);
	await page.locator('#disputes-and-verification').scrollIntoViewIfNeeded();
	await page.mouse.wheel(0, 200);
	// Reading position is saved a second after scrolling stops.
	await page.waitForTimeout(1500);
	await page.reload();
	const resume = page.getByRole('button', { name: /Resume at/ });
	await expect(resume).toBeVisible();
	await resume.click();
	await expect(page.locator('h2:focus')).toHaveCount(1);
});

test('a note survives a reload', async ({ page }) => {
	await page.goto('/learn/negotiation/payment-plans-settlements');
	await waitForProfile(page);
	await page
		.getByRole('textbox', { name: /Private to this profile/ })
		.fill('Ask my lead about settlement approval limits.');
	await expect(page.getByText('Saved on this device.')).toBeVisible();
	await page.reload();
	await expect(await notesBox(page)).toHaveValue('Ask my lead about settlement approval limits.');
});

test('where IndexedDB is unavailable, content stays readable and a banner says so', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await page.goto('/learn/law/call-frequency');
	await expect(page.getByRole('alert')).toContainText('Progress cannot be saved here.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Call frequency/);
	await expect(page.locator('article.prose')).toContainText('seven');
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toBeDisabled();
});

test.describe('with the service worker', () => {
	// The suite blocks service workers (see playwright.config.ts); the offline tests need one.
	test.use({ serviceWorkers: 'allow' });
	test('after the service worker is active, a module never visited opens offline', async ({
		page,
		context
	}) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto('/learn/billing/skip-tracing');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Skip tracing within the law');
		await page.goto('/glossary');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
		await context.setOffline(false);
	});
});

test.describe('without a service worker', () => {
	test.use({ serviceWorkers: 'block' });
	test('the same offline visit fails, so the pass above comes from the service worker', async ({
		page,
		context
	}) => {
		await page.goto('/');
		// Let the app finish loading its own code first, so only the next visit is offline.
		await page.waitForLoadState('networkidle');
		await context.setOffline(true);
		await expect(page.goto('/learn/billing/skip-tracing')).rejects.toThrow();
		await context.setOffline(false);
	});
});

test('keyboard: the skip link moves focus to the content', async ({ page }) => {
	await page.goto('/about');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

// Every route of the app, with one example of each page that takes a parameter.
const pages = [
	'/',
	'/learn',
	...['law', 'negotiation', 'billing', 'healthcare', 'commercial', 'career'].map(
		(t) => `/learn/${t}`
	),
	'/learn/law/communications-time-place-manner',
	'/learn/billing/dso-collection-kpis',
	'/learn/healthcare/insurance-basics',
	'/glossary',
	'/rules',
	'/about',
	'/calls',
	'/calls/wrong-number',
	'/exams',
	'/exams/pcs',
	'/exams/commercial',
	'/exams/custom',
	'/review',
	'/progress',
	'/progress/report',
	'/plan',
	'/plan/build',
	'/team',
	'/search?q=validation',
	'/offline'
];
for (const path of pages) {
	test(`no accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page, path);
	});
}

test('the profile dialog has no accessibility violations', async ({ page }) => {
	await page.goto('/progress');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Delete Learner' }).click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expectNoAxeViolations(page, 'delete dialog');
});

test('a mistyped address says so in plain words and leads back to the modules', async ({
	page
}) => {
	await page.goto('/learn/law/no-such-module');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
	await expect(page.getByText('/learn/law/no-such-module')).toBeVisible();
	await expectNoAxeViolations(page, 'not found');
	await page.getByRole('link', { name: 'All modules' }).click();
	await expect(page).toHaveURL(/\/learn$/);
});

test('an error page whose words cannot load still says something went wrong', async ({ page }) => {
	// The error page's words load when it is shown (SvelteKit loads the page itself with every
	// page); here every file loaded on demand fails, as it could offline with an old copy.
	await page.route('**/_app/immutable/chunks/**', (route) => route.abort());
	await page.goto('/learn/law/no-such-module');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong');
	await expect(page.getByText('The app could not load this page.')).toBeVisible();
});
