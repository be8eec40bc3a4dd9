import type { Page } from '@playwright/test';
import {
	answerFirstRun,
	bankByStem,
	type BankQuestion,
	becomeTraineeWhoMetThePlan,
	expect,
	expectNoAxeViolations,
	firstRunCard,
	luminanceOf,
	rightOnScreen,
	startPlan,
	test,
	traineeFile,
	waitForProfile
} from './fixtures';

/*
 * Axe on every screen and state the learner's-experience work added (issue 15), in light and in
 * dark mode. A screen another spec already scans in light mode is scanned here in dark mode only;
 * the map says where its light scan is.
 */

const LIGHT_ELSEWHERE: Record<string, string> = {
	'home, first run': 'home.spec.ts',
	'home, next step': 'home.spec.ts',
	'module finished': 'home.spec.ts',
	'/learn with per-track progress': 'home.spec.ts',
	'your plan': 'progress.spec.ts',
	'plan builder': 'plans.spec.ts',
	'review, nothing due': 'foundation.spec.ts',
	'leave-exam prompt': 'exam-room.spec.ts',
	'home, exam in progress': 'exam-room.spec.ts',
	'results, all': 'results-analytics.spec.ts',
	'results, wrong': 'results-analytics.spec.ts',
	'review, answer shown': 'review-anki.spec.ts',
	'search results with a question hit': 'foundation.spec.ts',
	'question page': 'search.spec.ts',
	dialer: 'calls.spec.ts',
	'call turn': 'call-screen.spec.ts',
	'account note beside the transcript': 'call-screen.spec.ts',
	'call debrief': 'calls.spec.ts',
	'team console': 'team-console.spec.ts',
	'trainee page': 'team-console.spec.ts',
	certificate: 'certificate.spec.ts'
};

type Scheme = 'light' | 'dark';

async function scan(page: Page, scheme: Scheme, screen: string, include: string[] = []) {
	if (scheme === 'light' && screen in LIGHT_ELSEWHERE) return;
	// The page is painted in the scheme asked for: a dark page behind light text, or the reverse.
	const painted = await luminanceOf(page.locator('body'));
	expect(scheme === 'dark' ? painted.page < 0.2 : painted.page > 0.9, `${screen}: ${scheme}`).toBe(
		true
	);
	await expectNoAxeViolations(page, `${screen} (${scheme})`, include);
}

/** Skips, in light mode, a test whose every screen another spec scans in light mode. */
function darkOnly(scheme: Scheme, screens: string[]) {
	test.skip(
		scheme === 'light' && screens.every((s) => s in LIGHT_ELSEWHERE),
		`scanned in light mode by ${[...new Set(screens.map((s) => LIGHT_ELSEWHERE[s]))].join(', ')}`
	);
}

/** Home after the first-run card is answered, and the one next step it shows. */
async function homeWithNextStep(page: Page) {
	await answerFirstRun(page);
	const start = page.getByTestId('next-step').getByRole('link', { name: /^Start: / });
	await expect(start).toBeVisible();
	return start;
}

/** A timed PCS exam on a phone, with option B chosen on question 1. */
async function timedExamOnAPhone(page: Page) {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/exams/pcs');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page.getByTestId('time-left')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.locator('input[name="answer"]').nth(1)).toBeChecked();
}

/** Question 1 answered wrongly, question 2 rightly and flagged, the rest left; then submitted. */
async function answerTwoAndFlagOne(page: Page, stems: Map<string, BankQuestion>, total: number) {
	const right = await rightOnScreen(page, stems);
	await page.keyboard.press(String(((right + 1) % 4) + 1));
	await page.keyboard.press('n');
	await expect(page.locator('#question-number')).toContainText(`Question 2 of ${total}`);
	await page.keyboard.press(String((await rightOnScreen(page, stems)) + 1));
	await page.keyboard.press('f');
	await expect(page.locator('.tag.flag')).toBeVisible();
	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
}

/**
 * The results of a 25-question exam: question 1 answered wrongly, question 2 rightly and flagged,
 * the other 23 unanswered.
 */
async function resultsWithEveryKindOfItem(page: Page) {
	const stems = await bankByStem(page);
	await page.goto('/exams/chc-recert');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	await answerTwoAndFlagOne(page, stems, 25);
	await expect(page.getByTestId('score')).toContainText('1 of 25 correct');
}

/**
 * The results of a 4-question custom quiz with no feedback: question 1 answered wrongly, question 2
 * rightly and flagged, questions 3 and 4 unanswered. Short, so that each filter's scan is quick.
 */
async function resultsOfAShortQuiz(page: Page) {
	const stems = await bankByStem(page);
	await page.goto('/exams/custom');
	await waitForProfile(page);
	await page.getByLabel('How many questions').fill('4');
	await page.getByLabel('Show the answer and explanation after each question').uncheck();
	await page.getByRole('button', { name: 'Start quiz' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	await answerTwoAndFlagOne(page, stems, 4);
	await expect(page.getByTestId('score')).toContainText('1 of 4 correct');
}

/** A filter changes only the filter bar and the list: a filtered state is scanned there. */
const FILTERED = ['fieldset.filters', 'ol.items'];

/** Shows the results list under one filter ("Wrong (1)"…). */
async function filterResults(page: Page, name: string, count: number) {
	await page.getByRole('group', { name: 'Show' }).getByRole('radio', { name }).check();
	await expect(page.locator('ol.items li.card')).toHaveCount(count);
}

/**
 * Review with two cards due (two questions missed in tutor mode), the first one answered: its
 * grade buttons show. Returns the status line and the Good button.
 */
async function reviewWithAnswerShown(page: Page) {
	const stems = await bankByStem(page);
	await page.goto('/exams/pcs');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Practice in tutor mode' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	const feedback = page.locator('.feedback');
	for (let i = 0; i < 2; i++) {
		const right = await rightOnScreen(page, stems);
		// A click before the page has hydrated goes unnoticed: click until it is marked.
		await expect(async () => {
			await page
				.locator('.options label')
				.nth((right + 1) % 4)
				.click();
			await expect(feedback).toContainText('Not quite', { timeout: 1000 });
		}).toPass();
		if (i < 1) {
			await page.keyboard.press('n');
			await expect(feedback).toHaveCount(0);
		}
	}

	await page.goto('/review');
	const status = page.getByRole('status').first();
	await expect(status).toContainText('2 due now');
	const right = await rightOnScreen(page, stems, '#review-stem');
	const good = page.getByRole('button', { name: /^Good · / });
	await expect(async () => {
		await page.locator('.options label').nth(right).click();
		await expect(good).toBeVisible({ timeout: 1000 });
	}).toPass();
	return { status, good };
}

/** The wrong-number call, dialed and placed. */
async function placeCall(page: Page) {
	await page.goto('/calls/wrong-number');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByTestId('window-check')).toContainText('✓');
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} mode`, () => {
		test.beforeEach(async ({ page }) => {
			await page.emulateMedia({ colorScheme: scheme });
		});

		test('home: the first-run question, then the next step', async ({ page }) => {
			darkOnly(scheme, ['home, first run', 'home, next step']);
			await page.goto('/');
			await expect(firstRunCard(page)).toBeVisible();
			await scan(page, scheme, 'home, first run');
			await homeWithNextStep(page);
			await scan(page, scheme, 'home, next step');
		});

		test('a finished module, then /learn with per-track progress', async ({ page }) => {
			darkOnly(scheme, ['module finished', '/learn with per-track progress']);
			await (await homeWithNextStep(page)).click();
			await waitForProfile(page);
			await page.getByRole('button', { name: 'Mark as complete' }).click();
			await expect(page.getByTestId('learned').getByTestId('learned-next')).toBeVisible();
			await scan(page, scheme, 'module finished');

			await page.goto('/learn');
			await expect(page.locator('section[data-track="law"] .track-progress')).toHaveText(
				/^1 of \d+ modules complete$/
			);
			await scan(page, scheme, '/learn with per-track progress');
		});

		test('a plan started two weeks ago: the plan page, then home with the plan card', async ({
			page
		}) => {
			await startPlan(page, 15);
			await scan(page, scheme, 'your plan');
			await page.goto('/');
			await waitForProfile(page);
			await expect(page.getByTestId('plan-today')).toContainText('Overdue from earlier weeks');
			await scan(page, scheme, 'home with the plan card');
		});

		test('the plan builder with its checklists open', async ({ page }) => {
			darkOnly(scheme, ['plan builder']);
			await page.goto('/plan/build');
			await waitForProfile(page);
			await page.getByText('Modules (0 chosen)').first().click();
			await page.getByText('Calls (0 chosen)').first().click();
			await expect(
				page.getByRole('group', { name: 'Calls' }).first().getByRole('checkbox').first()
			).toBeVisible();
			await scan(page, scheme, 'plan builder');
		});

		test('review with nothing due, then the timed exam room on a phone with its exam bar', async ({
			page
		}) => {
			await page.goto('/review');
			await expect(page.getByRole('status').first()).toBeVisible();
			await scan(page, scheme, 'review, nothing due');
			await timedExamOnAPhone(page);
			await scan(page, scheme, 'exam room with its exam bar');
		});

		test('the leave-exam prompt, then home with the exam in progress', async ({ page }) => {
			darkOnly(scheme, ['leave-exam prompt', 'home, exam in progress']);
			await timedExamOnAPhone(page);
			const prompt = page.getByRole('dialog', { name: 'Leave the exam?' });
			await page.evaluate(() => history.back());
			await expect(prompt).toBeVisible();
			await scan(page, scheme, 'leave-exam prompt');
			await prompt.getByRole('button', { name: 'Leave' }).click();

			await page.goto('/');
			await expect(page.getByTestId('exam-in-progress')).toContainText('1 of 50 answered');
			await scan(page, scheme, 'home, exam in progress');
		});

		test('results: all, then wrong', async ({ page }) => {
			darkOnly(scheme, ['results, all', 'results, wrong']);
			await resultsWithEveryKindOfItem(page);
			await scan(page, scheme, 'results, all');
			await filterResults(page, 'Wrong (1)', 1);
			await scan(page, scheme, 'results, wrong', FILTERED);
		});

		test('results: flagged, then unanswered', async ({ page }) => {
			await resultsOfAShortQuiz(page);
			await filterResults(page, 'Flagged (1)', 1);
			await scan(page, scheme, 'results, flagged', FILTERED);
			await filterResults(page, 'Unanswered (2)', 2);
			await scan(page, scheme, 'results, unanswered', FILTERED);
		});

		test("the drill of an attempt's misses", async ({ page }) => {
			await resultsOfAShortQuiz(page);
			await page.getByRole('button', { name: "Drill this attempt's misses (3)" }).click();
			await expect(page.locator('#question-number')).toContainText('Question 1 of 3');
			await expect(page.getByTestId('time-left')).toHaveCount(0);
			await scan(page, scheme, 'drill of the misses');
		});

		test('review with the answer shown, before a grade', async ({ page }) => {
			darkOnly(scheme, ['review, answer shown']);
			await reviewWithAnswerShown(page);
			await scan(page, scheme, 'review, answer shown');
		});

		test('review after a grade, with the forecast and the statistics', async ({ page }) => {
			const { status, good } = await reviewWithAnswerShown(page);
			await good.click();
			await expect(status).toContainText('1 due now · 1 reviewed this session');
			await expect(page.getByRole('button', { name: 'Undo the last grade' })).toBeVisible();
			await expect(page.getByTestId('forecast-7')).toBeVisible();
			await expect(page.getByTestId('retention')).toBeVisible();
			await scan(page, scheme, 'review after a grade');
		});

		test('search results with a question hit, and the question it opens', async ({ page }) => {
			darkOnly(scheme, ['search results with a question hit', 'question page']);
			await page.goto('/search?q=time-barred');
			const hit = page.locator('#search-results a[href^="/question?id="]').first();
			await expect(hit).toBeVisible();
			await scan(page, scheme, 'search results with a question hit');
			await hit.click();
			await expect(page.getByRole('heading', { name: 'Practice question' })).toBeVisible();
			await scan(page, scheme, 'question page');
		});

		test('a call: the dialer, then a turn', async ({ page }) => {
			darkOnly(scheme, ['dialer', 'call turn']);
			await placeCall(page);
			await scan(page, scheme, 'dialer');
			await page.getByRole('button', { name: 'Place call' }).click();
			await expect(page.locator('.choices button').first()).toBeVisible();
			await page.keyboard.press('1');
			await expect(page.getByRole('list', { name: 'Transcript' }).locator('li.you')).toHaveCount(1);
			await expect(page.locator('.choices button').first()).toBeVisible();
			await scan(page, scheme, 'call turn');
		});

		test('a call: the note beside the transcript, then the debrief', async ({ page }) => {
			darkOnly(scheme, ['account note beside the transcript', 'call debrief']);
			await placeCall(page);
			await page.getByRole('button', { name: 'Place call' }).click();
			const said = page.getByRole('list', { name: 'Transcript' }).locator('li.you');
			// A caller who always says the first thing on offer ends the call in eight turns.
			for (let turn = 0; turn < 8; turn++) {
				await expect(page.locator('.choices button').first()).toBeVisible();
				await page.keyboard.press('1');
				await expect(said).toHaveCount(turn + 1);
			}
			await page.getByRole('textbox', { name: 'Account note' }).fill('Wrong number, Luis Ortega.');
			await scan(page, scheme, 'account note beside the transcript');

			await page.getByRole('button', { name: 'File note and see the debrief' }).click();
			await expect(page.getByTestId('call-verdict')).toBeVisible();
			await scan(page, scheme, 'call debrief');
		});

		test("the supervisor's console, then a trainee page", async ({ page }) => {
			darkOnly(scheme, ['team console', 'trainee page']);
			await page.goto('/team');
			await expect(page.getByText('No trainee files kept on this device yet.')).toBeVisible();
			await page
				.locator('#team-files')
				.setInputFiles([
					traineeFile('t-ana', 'Ana', '2026-11-20T09:00:00.000Z'),
					traineeFile('t-ben', 'Ben', '2026-11-20T09:00:00.000Z', 82)
				]);
			await expect(page.getByTestId('team-table').locator('tbody tr')).toHaveCount(2);
			await scan(page, scheme, 'team console');

			await page.getByTestId('team-table').getByRole('link', { name: 'Ana' }).click();
			await page.getByTestId('call-run').first().getByText('Transcript and note').click();
			await expect(page.getByTestId('transcript')).toBeVisible();
			await scan(page, scheme, 'trainee page');
		});

		test('the certificate', async ({ page }) => {
			darkOnly(scheme, ['certificate']);
			await becomeTraineeWhoMetThePlan(page, 'Dana Reyes');
			await page.goto('/progress/report');
			await waitForProfile(page);
			await expect(page.getByTestId('certificate-name')).toHaveText('Dana Reyes');
			await scan(page, scheme, 'certificate');
		});
	});
}
