import type { Page } from '@playwright/test';
import {
	addProfile,
	expect as baseExpect,
	expectNoAxeViolations,
	rowsOf,
	test,
	waitForServiceWorker
} from './fixtures';

// Pages fill in from IndexedDB after load; on a busy shared machine that can take several seconds.
const expect = baseExpect.configure({ timeout: 20_000 });

/** The profile is open (slower than the shared helper allows when the machine is busy). */
const waitForProfile = (page: Page) =>
	expect(page.locator('#profile-switcher')).toBeVisible({ timeout: 30_000 });

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];
/** "Wednesday, November 29, 2028" → "2028-11-29" */
function isoOf(text: string): string {
	const m = /(\w+) (\d{1,2}), (\d{4})/.exec(text);
	if (!m) throw new Error(`no date in "${text}"`);
	return `${m[3]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

test('a wrong drill answer shows the working, and the drill comes back in review as a new case', async ({
	page
}) => {
	await page.goto('/drills/next-call');
	await waitForProfile(page);
	const drill = page.getByTestId('drill-case');
	await expect(drill).toBeVisible();
	const seed = await drill.getAttribute('data-seed');
	const situation = await page.getByTestId('drill-situation').innerText();

	await page.getByLabel('First allowed date').fill('2020-01-01');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByTestId('drill-result')).toContainText('Not quite.');
	await expect(page.getByTestId('drill-result')).toContainText('now in your spaced review');
	const steps = page.getByTestId('drill-working').locator('li');
	expect(await steps.count()).toBeGreaterThanOrEqual(3);
	// The steps cite their rules the way the rest of the app does.
	await expect(page.getByTestId('drill-working')).toContainText('12 CFR §1006.14(b)(4)');
	await expect(steps.last()).toContainText('The first date a call about the');
	await expectNoAxeViolations(page, 'drill working');

	// Stored: the attempt (with its seed, not its answer) and a review card for the type.
	const attempts = await rowsOf(page, 'drillAttempts');
	expect(attempts).toHaveLength(1);
	expect(attempts[0]).toMatchObject({ type: 'next-call', correct: false, seed: Number(seed) });
	expect(attempts[0]).not.toHaveProperty('expected');
	const cards = await rowsOf(page, 'reviewCards');
	expect(cards.map((c) => c.questionId)).toEqual(['drill:next-call']);

	await page.goto('/review');
	await expect(page.getByTestId('review-drill-type')).toContainText(
		'When is the next allowed call?'
	);
	const again = page.getByTestId('drill-case');
	await expect(again).toBeVisible();
	expect(await again.getAttribute('data-seed')).not.toBe(seed);
	expect(await page.getByTestId('drill-situation').innerText()).not.toBe(situation);
	await expectNoAxeViolations(page, 'drill in review');

	await page.getByLabel('First allowed date').fill('2020-01-01');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByTestId('drill-working')).toBeVisible();
	await page.getByRole('button', { name: 'Next card (see it again soon)' }).click();
	await expect(page.getByText('Nothing is due right now.')).toBeVisible();
	const log = await rowsOf(page, 'reviewLog');
	expect(log.map((e) => [e.questionId, e.correct, e.context])).toEqual([
		['drill:next-call', false, 'review']
	]);
	const contexts = (await rowsOf(page, 'drillAttempts'))
		.sort((a, b) => String(a.answeredAt).localeCompare(String(b.answeredAt)))
		.map((a) => a.context);
	expect(contexts).toEqual(['drill', 'review']);
});

test('the same seed rebuilds the case; a right answer counts toward the streak on Progress', async ({
	page
}) => {
	await page.goto('/drills/validation-period');
	await waitForProfile(page);
	const seed = await page.getByTestId('drill-case').getAttribute('data-seed');
	await page.getByLabel('Assumed receipt date').fill('2020-01-01');
	await page.getByLabel('Last day of the validation period').fill('2020-01-31');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	const answer = await page.getByTestId('drill-result').innerText();
	const [, receipt, end] =
		/Assumed receipt: ([^.]+)\. The validation period ends on ([^.]+)\./.exec(answer)!;

	await page.goto(`/drills/validation-period?seed=${seed}`);
	await expect(page.getByTestId('drill-case')).toHaveAttribute('data-seed', seed!);
	await page.getByLabel('Assumed receipt date').fill(isoOf(receipt!));
	await page.getByLabel('Last day of the validation period').fill(isoOf(end!));
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByTestId('drill-result')).toContainText('Right.');
	await expect(page.getByTestId('drill-stats')).toHaveText(
		'1 of 2 right · current streak 1 · best streak 1'
	);

	await page.goto('/progress');
	const row = page.getByTestId('drill-progress').getByRole('row', {
		name: /When does the validation period end\?/
	});
	await expect(row).toContainText('50% (1 of 2)');
	await expect(page.getByTestId('drill-overall')).toContainText('current streak 1');
});

test('the drills page follows a switch of profile', async ({ page }) => {
	await page.goto('/drills/validation-period');
	await waitForProfile(page);
	await page.getByLabel('Assumed receipt date').fill('2020-01-01');
	await page.getByLabel('Last day of the validation period').fill('2020-01-31');
	await page.getByRole('button', { name: 'Check my answer' }).click();
	await expect(page.getByTestId('drill-result')).toBeVisible();
	await addProfile(page, 'Ben Ortiz');

	await page.goto('/drills');
	await waitForProfile(page);
	const stats = page.getByText(/\d+ of \d+ right · streak/);
	await expect(stats).toHaveCount(0);
	await page.locator('#profile-switcher').selectOption({ label: 'Learner' });
	await expect(stats).toHaveText('0 of 1 right · streak 0 · best 0');
	await page.locator('#profile-switcher').selectOption({ label: 'Ben Ortiz' });
	await expect(stats).toHaveCount(0);
});

test('a drill can be answered by keyboard alone', async ({ page }) => {
	await page.goto('/drills/limited-content');
	await waitForProfile(page);
	const yes = page.getByRole('radio', { name: 'Yes' });
	await yes.focus();
	await page.keyboard.press('Space');
	await expect(yes).toBeChecked();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Check my answer' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('drill-result')).toBeVisible();
	await expect(page.getByTestId('drill-result').locator('.verdict')).toBeFocused();
	await expect(page.getByTestId('drill-working')).toContainText('12 CFR §1006.2(j)');
});

test('an audit with a missed violation scores below 100% and names the missed line and rule', async ({
	page
}) => {
	const id = 'third-party-roommate';
	// The answer key, from the printable calibration sheet.
	await page.goto(`/calls/audit/${id}/print`);
	const key = await page.getByTestId('key-line').evaluateAll((rows) =>
		rows
			.map((r) => ({
				line: Number(r.getAttribute('data-line')),
				rules: (r.getAttribute('data-violations') ?? '').split(' ').filter(Boolean)
			}))
			.filter((k) => k.rules.length)
	);
	const said = Object.fromEntries(
		await page
			.locator('.sheet tbody tr')
			.evaluateAll((rows) =>
				rows.map((r) => [r.children[0]!.textContent!.trim(), r.children[2]!.textContent!.trim()])
			)
	) as Record<string, string>;
	expect(key.length).toBeGreaterThanOrEqual(2);
	expect(key.length).toBeLessThanOrEqual(4);
	// The key starts a new printed page.
	expect(
		await page.getByTestId('answer-key').evaluate((el) => getComputedStyle(el).breakBefore)
	).toBe('page');

	await page.goto(`/calls/audit/${id}`);
	await waitForProfile(page);
	const found = key.slice(0, -1);
	const missed = key.at(-1)!;
	for (const k of found) {
		await page.getByLabel(`Line ${k.line} breaks a rule`).check();
		await page.getByLabel(`Rule broken on line ${k.line}`).selectOption(k.rules[0]!);
	}
	const missedRule = (await page
		.locator(`option[value="${missed.rules[0]}"]`)
		.first()
		.textContent())!.trim();
	await page.getByRole('button', { name: 'Score my audit' }).click();

	const score = Number((await page.getByTestId('audit-score').innerText()).replace('%', ''));
	expect(score).toBeLessThan(100);
	expect(score).toBeGreaterThan(0);
	const list = page.getByTestId('audit-missed');
	await expect(list).toContainText(`Line ${missed.line}`);
	await expect(list).toContainText(missedRule);
	await expect(list).toContainText(said[String(missed.line)]!);
	await expect(page.getByTestId('audit-result')).toContainText(
		`You found ${found.length} of ${key.length} violations`
	);
	await expectNoAxeViolations(page, 'audit result');

	const stored = await rowsOf(page, 'auditAttempts');
	expect(stored).toHaveLength(1);
	expect(stored[0]).toMatchObject({ auditId: id, result: { score, hits: found.length } });
});

test('a lawful line flagged in an audit is named as wrongly flagged', async ({ page }) => {
	await page.goto('/calls/audit/wrong-number/print');
	const lawful = await page
		.getByTestId('key-line')
		.evaluateAll((rows) =>
			rows.filter((r) => !r.getAttribute('data-violations')).map((r) => r.getAttribute('data-line'))
		);
	await page.goto('/calls/audit/wrong-number');
	await waitForProfile(page);
	const line = lawful[0]!;
	// By keyboard: tick the line, choose a rule, then submit.
	await page.getByLabel(`Line ${line} breaks a rule`).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Tab');
	await expect(page.getByLabel(`Rule broken on line ${line}`)).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await page.getByRole('button', { name: 'Score my audit' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('audit-wrong')).toContainText(`Line ${line}`);
	expect(Number((await page.getByTestId('audit-score').innerText()).replace('%', ''))).toBe(0);
});

test.describe('offline', () => {
	// The suite blocks service workers (see playwright.config.ts); working offline needs one.
	test.use({ serviceWorkers: 'allow' });
	test('drills and audits work offline once the app is installed', async ({ page, context }) => {
		await page.goto('/');
		await waitForServiceWorker(page);
		await context.setOffline(true);
		await page.goto('/drills/call-now');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can you call now?');
		await expect(page.getByTestId('drill-case')).toBeVisible();
		await page.goto('/calls/audit/dispute-validation');
		await expect(page.getByTestId('audit-line').first()).toBeVisible();
		await page.goto('/calls/audit/dispute-validation/print');
		await expect(page.getByTestId('answer-key')).toBeVisible();
		await context.setOffline(false);
	});
});

test('a plan can assign a drill and an audit', async ({ page }) => {
	await page.goto('/plan/build');
	await waitForProfile(page);
	await page.getByLabel('Title', { exact: true }).first().fill('Drill desk');
	await page.getByLabel('Summary').fill('One week of drills.');
	await page.getByText('Compliance drills (0 chosen)').first().click();
	await page.getByRole('checkbox', { name: 'When is the next allowed call?' }).first().check();
	await page.getByText('Call audits (0 chosen)').first().click();
	await page
		.getByRole('checkbox', { name: /^Audit: Wrong number/ })
		.first()
		.check();
	await page.getByRole('button', { name: 'Save and use this plan' }).click();
	await expect(page).toHaveURL(/\/plan$/);
	await expect(page.getByRole('link', { name: 'When is the next allowed call?' })).toHaveAttribute(
		'href',
		'/drills/next-call'
	);
	await expect(page.getByRole('link', { name: /Audit: / })).toHaveAttribute(
		'href',
		'/calls/audit/wrong-number'
	);
});

for (const path of [
	'/drills',
	'/drills/call-now',
	'/calls/audit',
	'/calls/audit/hardship-illness'
]) {
	test(`no accessibility violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await page.waitForLoadState('networkidle');
		await expectNoAxeViolations(page, path);
	});
}

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	for (const path of [
		'/drills/next-call',
		'/drills/call-now',
		'/drills/limited-content',
		'/calls/audit/insurance-pending-eob',
		'/calls/audit/insurance-pending-eob/print'
	])
		test(`${path} fits the screen`, async ({ page }) => {
			await page.goto(path);
			await waitForProfile(page);
			await page.waitForLoadState('networkidle');
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(width).toBeLessThanOrEqual(390);
		});

	test('an audit can be marked and scored', async ({ page }) => {
		await page.goto('/calls/audit/insurance-pending-eob');
		await waitForProfile(page);
		const first = page.getByRole('checkbox').first();
		await first.check();
		await page
			.getByLabel(/Rule broken on line/)
			.first()
			.selectOption({ index: 1 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
		await page.getByRole('button', { name: 'Score my audit' }).click();
		await expect(page.getByTestId('audit-result')).toBeVisible();
	});
});
