import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import type { CallScenario } from '../src/lib/content/schema';
import { expect, expectNoAxeViolations, test, tokenColor, waitForProfile } from './fixtures';

const scenario = (id: string) =>
	parse(readFileSync(`content/calls/${id}.yaml`, 'utf8')) as CallScenario;

const isViolation = (c: NonNullable<CallScenario['nodes'][string]['choices']>[number]) =>
	c.compliance?.some((m) => m.verdict === 'violation') ?? false;

/**
 * Plays a call as a careful collector would: at every turn the compliant choice with the best
 * tone, the full disclosure when asked to type it, and an affordable plan when asked to offer one.
 * `slip` names a node where the learner picks a critical violation instead.
 */
async function play(
	page: Page,
	s: CallScenario,
	opts: { slip?: string; reloadAfter?: number } = {}
) {
	let node = s.start;
	let decisions = 0;
	const taken: { node: string; text: string }[] = [];
	while (!s.nodes[node]!.outcome) {
		const n = s.nodes[node]!;
		await expect(page.getByTestId('their-line')).toContainText(n.line.trim().slice(0, 30));
		if (n.choices) {
			const ranked = n.choices
				.map((c, i) => ({ c, i }))
				.sort((a, b) => b.c.rapport + b.c.progress - (a.c.rapport + a.c.progress));
			const pick =
				node === opts.slip
					? ranked.find(({ c }) => c.compliance?.some((m) => m.critical))!
					: ranked.find(({ c }) => !isViolation(c))!;
			// Alternate between the number keys and clicking.
			if (decisions % 2) await page.keyboard.press(String(pick.i + 1));
			else await page.getByRole('button', { name: pick.c.text.trim() }).click();
			taken.push({ node, text: pick.c.text.trim() });
			node = pick.c.next;
		} else if (n.input) {
			await page
				.getByLabel(n.input.prompt)
				.fill(
					'My name is Jordan with Apex Recovery Services. This is an attempt to collect a debt by a debt collector, and any information obtained will be used for that purpose.'
				);
			await page.getByRole('button', { name: 'Say it' }).click();
			taken.push({ node, text: 'disclosure' });
			node = n.input.next;
		} else if (n.plan) {
			const budget = s.persona.monthlyBudget ?? 0;
			const count = Math.ceil(s.account.balance / budget) + 1;
			if (count <= n.plan.maxInstallments) {
				await page.getByLabel('Monthly payment plan').check();
				await page.getByLabel('Number of monthly payments').fill(String(count));
			} else {
				const amount = Math.ceil(s.account.balance * n.plan.minSettlementPercent!) / 100;
				await page.getByLabel('Lump-sum settlement').check();
				await page.getByLabel('Settlement amount ($)').fill(amount.toFixed(2));
			}
			await page.getByRole('button', { name: 'Make this offer' }).click();
			taken.push({ node, text: 'plan' });
			node = n.plan.accepted;
		}
		decisions++;
		if (decisions === opts.reloadAfter) {
			await page.reload();
			await expect(page.getByRole('list', { name: 'Transcript' }).locator('li.you')).toHaveCount(
				decisions
			);
		}
	}
	return { taken, end: s.nodes[node]! };
}

async function dial(page: Page, id: string) {
	await page.goto(`/calls/${id}`);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByRole('heading', { name: 'Dialer' })).toBeVisible();
}

test('a compliant wrong-number call passes, resumes after a reload, and the debrief cites the rules', async ({
	page
}) => {
	// A whole call, a reload and three axe scans: the heaviest call test on a 2-core machine.
	const s = scenario('wrong-number');
	await dial(page, s.id);
	await expect(page.getByTestId('window-check')).toContainText('✓');
	await expectNoAxeViolations(page, 'dialer');
	await page.getByRole('button', { name: 'Place call' }).click();
	await expectNoAxeViolations(page, 'call');
	const { taken } = await play(page, s, { reloadAfter: 3 });

	await expect(page.getByRole('heading', { name: 'Write the account note' })).toBeVisible();
	await page
		.locator('#account-note')
		.fill(
			'11/17/2026 reached Luis Ortega, wrong number, not the debtor. Number removed from file.'
		);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();

	await expect(page.getByTestId('call-verdict')).toHaveText('Passed');
	await expect(page.getByTestId('decision')).toHaveCount(taken.length);
	const verdicts = await page.getByTestId('decision-verdict').allTextContents();
	expect(verdicts.length).toBeGreaterThan(0);
	expect(verdicts.every((v) => v.trim() === 'Compliant')).toBe(true);
	const cite = page.getByTestId('decision').first().locator('.citations a');
	await expect(cite).toHaveAttribute('href', /^\/learn\/law\/third-parties-location-information#/);
	await expectNoAxeViolations(page, 'debrief');

	// History and best score on the scenario page.
	await page.goto(`/calls/${s.id}`);
	await expect(page.getByTestId('best-score')).toContainText('passed');
});

test('a call that tells a roommate about the debt fails on a critical violation, with its citation', async ({
	page
}) => {
	const s = scenario('third-party-roommate');
	await dial(page, s.id);
	await page.getByRole('button', { name: 'Place call' }).click();
	const slip = Object.entries(s.nodes).find(([, n]) =>
		n.choices?.some((c) => c.compliance?.some((m) => m.critical))
	)![0];
	const { taken } = await play(page, s, { slip });
	await page.locator('#account-note').fill('Called, spoke to roommate.');
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();

	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(
		page.getByText('A critical violation fails the call whatever the score.')
	).toBeVisible();
	const slipIndex = taken.findIndex((t) => t.node === slip);
	const bad = page.getByTestId('decision').nth(slipIndex);
	await expect(bad.getByTestId('decision-verdict')).toHaveText('Violation (critical)');
	await expect(bad.locator('.citations a').first()).toContainText('1692');
	// Red means fail here as on an exam result: the failed compliance bar is never green.
	await expect(page.getByRole('row', { name: /^Compliance/ }).locator('.fill')).toHaveCSS(
		'background-color',
		await tokenColor(page, '--bad')
	);
	// The missed rule's questions are now in spaced review.
	await page.goto('/');
	await expect(page.getByTestId('due-count')).not.toHaveText('0');

	// Replay from the slip: a new call starts at that decision, with the earlier ones kept.
	await page.goBack();
	await page
		.getByTestId('decision')
		.nth(slipIndex)
		.getByRole('button', { name: 'Replay from here' })
		.click();
	await expect(page.getByRole('list', { name: 'Transcript' }).locator('li.you')).toHaveCount(
		slipIndex
	);
});

test('the dialer flags a call outside 8 a.m.–9 p.m. at the debtor, and the debrief fails it', async ({
	page
}) => {
	const s = scenario('time-barred-debt');
	await dial(page, s.id);
	await expect(page.getByTestId('debtor-local-time')).toContainText('7:30');
	await expect(page.getByTestId('window-check')).toContainText('Outside the calling window');
	// Moving the call to 10:00 local time clears the flag.
	const date = (await page.getByLabel("Call at (debtor's local time)").inputValue()).slice(0, 10);
	await page.getByLabel("Call at (debtor's local time)").fill(`${date}T10:00`);
	await expect(page.getByTestId('window-check')).toContainText('✓');
	await page.getByLabel("Call at (debtor's local time)").fill(`${date}T07:30`);
	await page.getByRole('button', { name: 'Place call' }).click();
	await play(page, s);
	await page.locator('#account-note').fill(`${date} spoke with consumer, promise to pay.`);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();
	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(page.getByTestId('debrief-dialer')).toContainText('Violation (critical)');
});

test('the dialer flags the eighth attempt in seven days', async ({ page }) => {
	await dial(page, 'hostile-threatening');
	await expect(page.getByTestId('frequency-check')).toContainText('Over the call-frequency limit');
});

test('the dialer calls only a consumer "the debtor"; an employer\'s receptionist is a third party', async ({
	page
}) => {
	await dial(page, 'third-party-employer');
	const facts = page.getByRole('region', { name: 'Dialer' }).locator('dl');
	await expect(facts.getByText('Who answers (a third party)', { exact: true })).toBeVisible();
	await expect(facts.getByText('Debtor', { exact: true })).toHaveCount(0);
	await dial(page, 'cooperative-right-party');
	await expect(
		page.getByRole('region', { name: 'Dialer' }).locator('dl').getByText('Debtor', { exact: true })
	).toBeVisible();
});
