import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';

interface BankQuestion {
	id: string;
	stem: string;
	options: string[];
	answer: number;
}

/** The question on screen and its options' texts in the order shown. */
async function onScreen(page: Page, byStem: Map<string, BankQuestion>) {
	let found: { q: BankQuestion; shown: string[] } | undefined;
	await expect
		.poll(async () => {
			const q = byStem.get((await page.getByTestId('stem').textContent())?.trim() ?? '');
			const shown = (await page.locator('.options label span').allTextContents()).map((t) =>
				t.replace(/^[A-D]\.\s*/, '').trim()
			);
			found = q && shown.includes(q.options[q.answer]!.trim()) ? { q, shown } : undefined;
			return found !== undefined;
		})
		.toBe(true);
	return found!;
}

/** The stems the results list shows now, without their numbers. */
const listedStems = async (page: Page) =>
	(await page.locator('ol.items li.card .stem').allTextContents()).map((t) =>
		t.replace(/^\s*\d+\.\s*/, '').trim()
	);

test('the results of a short exam filter by wrong, flagged and unanswered, letter the why-not bullets, time each question, and drill exactly the misses', async ({
	page
}) => {
	const bank = (await (await page.request.get('/exams/bank.json')).json()) as {
		questions: BankQuestion[];
	};
	const byStem = new Map(bank.questions.map((q) => [q.stem.trim(), q]));

	await page.goto('/exams/chc-recert');
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);

	const total = 25;
	// Questions 2 and 6 answered wrongly, 4 left unanswered, 3 answered rightly and flagged.
	const wrongAt = new Set([1, 5]);
	const skipAt = 3;
	const flagAt = 2;
	const wrong: { q: BankQuestion; shown: string[] }[] = [];
	let unanswered: BankQuestion | undefined;
	let flagged: BankQuestion | undefined;
	for (let i = 0; i < total; i++) {
		await expect(page.locator('#question-number')).toContainText(`Question ${i + 1} of ${total}`);
		const seen = await onScreen(page, byStem);
		const right = seen.shown.indexOf(seen.q.options[seen.q.answer]!.trim());
		if (i === skipAt) unanswered = seen.q;
		else {
			const pick = wrongAt.has(i) ? (right + 1) % 4 : right;
			if (wrongAt.has(i)) wrong.push(seen);
			await page.keyboard.press(String(pick + 1));
			await expect(page.locator('input[name="answer"]').nth(pick)).toBeChecked();
		}
		if (i === flagAt) {
			flagged = seen.q;
			await page.keyboard.press('f');
			await expect(page.locator('.tag.flag')).toBeVisible();
		}
		if (i < total - 1) await page.keyboard.press('n');
	}
	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await expect(page).toHaveURL(/\/exams\/results\?session=/);
	await expect(page.getByTestId('score')).toContainText(`${total - 3} of ${total} correct`);

	// Each filter with its count, and the list it shows.
	const filters = page.getByRole('group', { name: 'Show' });
	await expect(filters.getByRole('radio')).toHaveCount(4);
	await expect(filters.getByRole('radio', { name: `All (${total})` })).toBeChecked();
	await expect(filters.getByRole('radio', { name: 'Wrong (2)' })).toBeVisible();
	await expect(filters.getByRole('radio', { name: 'Flagged (1)' })).toBeVisible();
	await expect(filters.getByRole('radio', { name: 'Unanswered (1)' })).toBeVisible();
	await expect(page.locator('ol.items li.card')).toHaveCount(total);

	await filters.getByRole('radio', { name: 'Wrong (2)' }).check();
	await expect(page.locator('ol.items li.card')).toHaveCount(2);
	expect(await listedStems(page)).toEqual(wrong.map((w) => w.q.stem.trim()));

	await filters.getByRole('radio', { name: 'Unanswered (1)' }).check();
	await expect(page.locator('ol.items li.card')).toHaveCount(1);
	expect(await listedStems(page)).toEqual([unanswered!.stem.trim()]);
	const skipped = page.locator('ol.items li.card').first();
	await expect(skipped).toContainText('✗ Not answered');
	await expect(skipped.getByTestId('item-time')).toHaveText('· Time: — (not answered)');

	await filters.getByRole('radio', { name: 'Flagged (1)' }).check();
	await expect(page.locator('ol.items li.card')).toHaveCount(1);
	expect(await listedStems(page)).toEqual([flagged!.stem.trim()]);
	const flaggedItem = page.locator('ol.items li.card').first();
	await expect(flaggedItem.locator('.tag.flag')).toHaveText('⚑ Flagged');
	await expect(flaggedItem).toContainText('✓ Correct');
	await expect(flaggedItem.getByTestId('item-time')).toHaveText(/^· Time: (\d+s|\dm \d\ds)$/);
	await expect(page.getByTestId('average-time')).toHaveText(
		/^Average time per answered question: (\d+s|\dm \d\ds)\.$/
	);

	// The why-not bullets of a wrong answer carry the letters the learner saw.
	await filters.getByRole('radio', { name: 'Wrong (2)' }).check();
	const missed = wrong[0]!;
	const item = page.locator('ol.items li.card').first();
	await item.locator('summary', { hasText: 'Explanation' }).click();
	const expected = missed.q.options
		.filter((_, stored) => stored !== missed.q.answer)
		.map((text) => `${'ABCD'[missed.shown.indexOf(text.trim())]}.`);
	await expect(item.locator('.why-letter')).toHaveText(expected);
	await expectNoAxeViolations(page, 'results, wrong filter');

	// The attempts chart has its axes, the labeled pass line and the score; the trend its table.
	const chart = page.getByRole('img', { name: /Scores by attempt: 1: 88%/ });
	await expect(chart).toBeVisible();
	await expect(chart.getByText('Pass 80%')).toBeVisible();
	await expect(chart.getByText('100%')).toBeVisible();
	await expect(chart.getByTestId('chart-score')).toHaveText(['88%']);
	await expect(page.getByTestId('domain-trend').locator('tbody tr').first()).toContainText('%');

	await filters.getByRole('radio', { name: `All (${total})` }).check();
	await expectNoAxeViolations(page, 'results, all');

	// The drill is an untimed quiz of exactly the three missed questions.
	await page.getByRole('button', { name: "Drill this attempt's misses (3)" }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	await expect(page.getByTestId('time-left')).toHaveCount(0);
	const drilled: string[] = [];
	for (let i = 0; i < 3; i++) {
		await expect(page.locator('#question-number')).toContainText(`Question ${i + 1} of 3`);
		drilled.push((await onScreen(page, byStem)).q.id);
		if (i < 2) await page.keyboard.press('n');
	}
	expect(drilled.sort()).toEqual([...wrong.map((w) => w.q.id), unanswered!.id].sort());
});
