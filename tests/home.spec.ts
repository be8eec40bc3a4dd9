import type { Page } from '@playwright/test';
import {
	addProfile,
	answerFirstRun,
	bankByStem,
	expect,
	expectNoAxeViolations,
	firstRunCard,
	layoutShift,
	localDay,
	markComplete,
	rightOnScreen,
	rowsOf,
	saveFirstRun,
	startPlan,
	test,
	waitForProfile
} from './fixtures';

const COMMERCIAL = [
	'/learn/commercial/business-vs-consumer-debt',
	'/learn/commercial/credit-terms-applications',
	'/learn/commercial/commercial-collection-practice'
];

const firstRun = firstRunCard;
const nextStep = (page: Page) => page.getByTestId('next-step');

test('first run asks the name and goal, refuses a bad name in plain words, and keeps the goal', async ({
	page
}) => {
	await page.goto('/');
	const card = firstRun(page);
	await expect(card).toBeVisible();
	await expectNoAxeViolations(page, 'home, first run');

	// A name too long, then an empty one: refused in plain words, nothing changes.
	await card.getByRole('radio', { name: 'Prepare for a certification exam' }).check();
	await card.getByLabel('Your name').fill('A'.repeat(61));
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByRole('alert')).toHaveText(
		'Please keep your name to 60 characters or fewer.'
	);
	await card.getByLabel('Your name').fill('   ');
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card.getByRole('alert')).toHaveText('Please enter your name.');
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Learner');
	await expectNoAxeViolations(page, 'home, first run refused');

	await card.getByLabel('Your name').fill('Dana Ruiz');
	await card.getByLabel('Which certification?').selectOption('pcs');
	await card.getByLabel('Date of your real exam (optional)').fill('2027-03-15');
	await card.getByRole('button', { name: 'Save' }).click();
	await expect(card).toHaveCount(0);
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await expect(page.getByTestId('streak')).toHaveText('Start a streak today');
	await expectNoAxeViolations(page, 'home, goal saved');

	await page.reload();
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await expect(firstRun(page)).toHaveCount(0);
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Dana Ruiz');
	await expect(page.getByText('until your exam (2027-03-15)')).toBeVisible();
});

test('a first visit asks the first-run questions before any database exists, and saves the answers', async ({
	page
}) => {
	const databases = () =>
		page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
	await page.goto('/');
	const card = firstRun(page);
	await expect(card).toBeVisible();
	// Nothing touched yet: the questions show, and nothing was created on this device.
	expect(await databases()).not.toContain('collections-academy');

	await saveFirstRun(page, 'Ana Silva');
	await expect(page.locator('#profile-switcher option:checked')).toHaveText('Ana Silva');
	const settings = await rowsOf(page, 'settings');
	expect(settings.find((s) => s.key === 'goal')?.value).toEqual({ kind: 'job' });
});

test('on a first visit the first-run questions take room kept for them: nothing moves, then or after', async ({
	page
}) => {
	await page.goto('/');
	const card = firstRun(page);
	await expect(card).toBeVisible();
	await expect(page.locator('html')).toHaveClass(/first-visit/);
	expect(await layoutShift(page)).toBeLessThan(0.01);

	// Once the database exists, home keeps only the next step's room.
	await saveFirstRun(page, 'Ana Silva');
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await expect(page.locator('html')).not.toHaveClass(/first-visit/);
	await page.reload();
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await expect(page.locator('html')).not.toHaveClass(/first-visit/);
	expect(await layoutShift(page)).toBeLessThan(0.01);
});

test('"Skip for now" on a first visit holds once the database opens', async ({ page }) => {
	await page.goto('/');
	await firstRun(page).getByRole('button', { name: 'Skip for now' }).click();
	await expect(firstRun(page)).toHaveCount(0);
	// The click opened the database: the next step comes from it, and the questions stay away.
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await expect(page.locator('#profile-switcher')).toBeVisible();
	await expect(firstRun(page)).toHaveCount(0);
});

test('"Skip for now" hides the card for this visit only', async ({ page }) => {
	await page.goto('/');
	await firstRun(page).getByRole('button', { name: 'Skip for now' }).click();
	await expect(firstRun(page)).toHaveCount(0);
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await page.reload();
	await expect(firstRun(page)).toBeVisible();
});

test('switching profiles on home shows each profile its own card', async ({ page }) => {
	await answerFirstRun(page, 'Dana Ruiz');
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await addProfile(page, 'Ben Ortiz');

	await page.goto('/');
	await expect(firstRun(page).getByLabel('Your name')).toHaveValue('Ben Ortiz');
	await page.locator('#profile-switcher').selectOption({ label: 'Dana Ruiz' });
	await expect(firstRun(page)).toHaveCount(0);
	await expect(nextStep(page).getByRole('link', { name: /^Start: / })).toBeVisible();
	await page.locator('#profile-switcher').selectOption({ label: 'Ben Ortiz' });
	await expect(firstRun(page).getByLabel('Your name')).toHaveValue('Ben Ortiz');
});

test('the next step follows a completed module, an exam in progress and reviews due; the streak shows', async ({
	page
}) => {
	await answerFirstRun(page);
	const start = nextStep(page).getByRole('link', { name: /^Start: / });
	const first = (await start.textContent())!.trim();
	await expect(page.getByTestId('streak')).toHaveText('Start a streak today');

	// Complete the module it names: the next step moves on, and the streak starts.
	await start.click();
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('module-status')).toHaveText('✓ Completed');
	await page.goto('/');
	const after = nextStep(page).getByRole('link', { name: /^Start: / });
	await expect(after).toBeVisible();
	expect((await after.textContent())!.trim()).not.toBe(first);
	await expect(page.getByTestId('streak')).toHaveText('1-day streak');
	await expect(page.getByRole('list', { name: 'Progress in each track' })).toContainText('1 of');
	// A returning learner's home fills space kept for it: nothing moves.
	expect(await layoutShift(page)).toBeLessThan(0.01);

	// Miss a question in tutor mode: the exam in progress comes first.
	const stems = await bankByStem(page);
	await page.goto('/exams/pcs');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Practice in tutor mode' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	const examUrl = page.url();
	const right = await rightOnScreen(page, stems);
	await page
		.locator('.options label')
		.nth((right + 1) % 4)
		.click();
	await expect(page.locator('.feedback')).toContainText('Not quite');

	await page.goto('/');
	await expect(nextStep(page).getByRole('link', { name: /^Resume: / })).toHaveAttribute(
		'href',
		new URL(examUrl).pathname + new URL(examUrl).search
	);
	await expectNoAxeViolations(page, 'home, exam in progress');

	// Submit it: the missed question is a review due now, the next step.
	await page.goto(examUrl);
	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await expect(page).toHaveURL(/\/exams\/results/);
	await page.goto('/');
	await expect(nextStep(page)).toContainText('1 review is due.');
	await expect(nextStep(page).getByRole('link', { name: 'Start reviewing' })).toHaveAttribute(
		'href',
		'/review'
	);
	await expectNoAxeViolations(page, 'home, reviews due');
});

test('finishing a module says what was learned and links what comes next; /learn folds a finished track', async ({
	page
}) => {
	await page.goto(COMMERCIAL[0]!);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	const learned = page.getByTestId('learned');
	await expect(learned.getByRole('heading', { name: 'What you learned' })).toBeVisible();
	expect(await learned.getByRole('listitem').count()).toBeGreaterThan(0);
	const objective = await page.locator('.objectives li').first().textContent();
	await expect(learned.getByRole('listitem').first()).toHaveText(objective!.trim());
	const next = learned.getByTestId('learned-next');
	await expect(next).toHaveAttribute('href', COMMERCIAL[1]!);
	await expectNoAxeViolations(page, 'module finished');

	await markComplete(page, COMMERCIAL[1]!);
	await page.goto(COMMERCIAL[2]!);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByTestId('learned')).toContainText('That was the last module of');
	await expect(page.getByTestId('learned-next')).toHaveAttribute('href', '/learn/commercial');

	await page.goto('/learn');
	const track = page.locator('section[data-track="commercial"]');
	const details = track.locator('details');
	await expect(details).toHaveCount(1);
	await expect(details).not.toHaveAttribute('open', '');
	await expect(details.locator('summary')).toContainText('Completed');
	await expect(
		track.getByRole('link', { name: 'Business debt versus consumer debt' })
	).toBeHidden();
	await expect(page.locator('section[data-track="law"] .track-progress')).toHaveText(
		/^0 of \d+ modules complete$/
	);
	await expectNoAxeViolations(page, '/learn with a finished track');
	await details.locator('summary').click();
	await expect(details).toHaveAttribute('open', '');

	await page.goto('/');
	await expect(page.locator('.tracks li[data-track="commercial"]')).toContainText('3 of 3');
});

test('a trainee with a plan sees the week, its due day and the tasks overdue from earlier weeks', async ({
	page
}) => {
	// A plan started 15 days ago is in its third week, due in 5 days; weeks 1 and 2 are overdue.
	await startPlan(page, 15);

	await page.goto('/');
	await waitForProfile(page);
	const plan = page.getByTestId('plan-today');
	await expect(plan.getByRole('heading')).toHaveText('Your plan: New collections agent — 12 weeks');
	const due = new Date(`${localDay(5)}T12:00:00`).toLocaleDateString('en-US', {
		weekday: 'short',
		month: 'short',
		day: 'numeric'
	});
	await expect(plan).toContainText(`Week 3 of 12: this week's tasks are due by ${due}.`);
	await expect(plan).toContainText('Overdue from earlier weeks');
	const first = plan.getByRole('listitem').first();
	await expect(first).toContainText('(week 1)');
	await first.getByRole('link').click();
	await expect(page).not.toHaveURL(/\/$/);
});
