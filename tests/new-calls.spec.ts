import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import type { CallScenario } from '../src/lib/content/schema';
import { expect, test, waitForProfile } from './fixtures';

type Node = CallScenario['nodes'][string];
type Choice = NonNullable<Node['choices']>[number];

const scenario = (id: string) =>
	parse(readFileSync(`content/calls/${id}.yaml`, 'utf8')) as CallScenario;

const broken = (c: Choice) =>
	c.compliance.filter((m) => m.verdict === 'violation').map((m) => m.rule);

const DISCLOSURE =
	'My name is Jordan Reyes with Apex Recovery Services. I am a debt collector attempting to collect a debt, and any information obtained will be used for that purpose.';

/** What the call so far says about which variant of a line the other party should say. */
interface Story {
	rapport: number;
	visited: Set<string>;
	broken: Set<string>;
}

function expectedLine(node: Node, story: Story): string {
	const holds = (when: NonNullable<Node['variants']>[number]['when']) =>
		(when.rapportAtLeast === undefined || story.rapport >= when.rapportAtLeast) &&
		(when.rapportBelow === undefined || story.rapport < when.rapportBelow) &&
		(when.visited === undefined || when.visited.some((n) => story.visited.has(n))) &&
		(when.notVisited === undefined || !when.notVisited.some((n) => story.visited.has(n))) &&
		(when.violated === undefined || story.broken.has(when.violated));
	return node.variants?.find((v) => holds(v.when))?.line ?? node.line;
}

async function dial(page: Page, id: string) {
	await page.goto(`/calls/${id}`);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByRole('heading', { name: 'Dialer' })).toBeVisible();
}

/**
 * Plays a call: the careful choice (no violation, best rapport and progress) everywhere, except
 * at nodes where `picks` names the line to say (by its opening words). Checks at every turn that
 * the other party says the line the call so far led to. Returns the nodes decided, in order.
 */
async function play(
	page: Page,
	s: CallScenario,
	picks: Record<string, string> = {},
	plan: { payments: number; firstPaymentOn: string } = { payments: 6, firstPaymentOn: '' }
) {
	const story: Story = { rapport: 0, visited: new Set(), broken: new Set() };
	const taken: string[] = [];
	let id = s.start;
	while (!s.nodes[id]!.outcome) {
		const node = s.nodes[id]!;
		await expect(page.getByTestId('their-line')).toContainText(expectedLine(node, story));
		story.visited.add(id);
		taken.push(id);
		if (node.choices) {
			const pick = picks[id]
				? node.choices.find((c) => c.text.startsWith(picks[id]!))!
				: [...node.choices]
						.filter((c) => broken(c).length === 0)
						.sort((a, b) => b.rapport + b.progress - (a.rapport + a.progress))[0]!;
			expect(pick, `a line at ${id}`).toBeDefined();
			await page.getByRole('button', { name: pick.text }).click();
			story.rapport += pick.rapport;
			broken(pick).forEach((rule) => story.broken.add(rule));
			id = pick.next;
		} else if (node.input) {
			await page.getByLabel(node.input.prompt).fill(DISCLOSURE);
			await page.getByRole('button', { name: 'Say it' }).click();
			id = node.input.next;
		} else if (node.plan) {
			await page.getByLabel('Monthly payment plan').check();
			await page.getByLabel('Number of monthly payments').fill(String(plan.payments));
			await page.getByLabel('First payment on').fill(plan.firstPaymentOn);
			await page.getByRole('button', { name: 'Make this offer' }).click();
			id = node.plan.accepted;
		} else throw new Error(`unexpected node ${id}`);
		story.visited.add(id);
	}
	await expect(page.getByRole('heading', { name: 'Write the account note' })).toBeVisible();
	return taken;
}

async function fileNote(page: Page, note: string) {
	await page.locator('#account-note').fill(note);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();
	await expect(page.getByTestId('call-verdict')).toBeVisible();
}

test('monthly drafts set up with nothing to sign and no copy fail the payment call on Regulation E', async ({
	page
}) => {
	const s = scenario('payment-by-phone');
	const slip = "I'll take your routing and account numbers now";
	const recorded = "That's it. The call is recorded";
	const method = s.nodes.method!.choices!.find((c) => c.text.startsWith(slip))!;
	// The line under test carries the Reg E judgment, so the test fails if the line loses it.
	expect(method.compliance).toContainEqual({
		rule: 'rege-1005-10-b-recurring-authorization',
		verdict: 'violation',
		critical: true
	});

	await dial(page, s.id);
	await expect(page.getByTestId('window-check')).toContainText('✓');
	await expect(page.getByTestId('frequency-check')).toContainText('✓');
	// Ohio: no state limit is checked.
	await expect(page.getByTestId('state-check')).toHaveCount(0);
	await page.getByRole('button', { name: 'Place call' }).click();
	const taken = await play(
		page,
		s,
		{ method: slip, 'account-numbers': recorded },
		{ payments: 6, firstPaymentOn: '2026-12-15' }
	);
	expect(taken).toContain('recap');
	expect(taken).not.toContain('authorization');

	await fileNote(
		page,
		'12/1/2026 spoke with Terrence Holloway, consumer verified. Payment plan 6 x $230.00 monthly from 12/15/2026 by draft from checking, acct ending 4417.'
	);
	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(
		page.getByText('A critical violation fails the call whatever the score.')
	).toBeVisible();
	await expect(page.getByTestId('decision')).toHaveCount(taken.length);
	for (const node of ['method', 'account-numbers']) {
		const decision = page.getByTestId('decision').nth(taken.indexOf(node));
		await expect(decision.getByTestId('decision-verdict')).toHaveText('Violation (critical)');
		await expect(decision.locator('.citations a').filter({ hasText: '1005.10(b)' })).toHaveCount(1);
	}
	// He noticed: the recap question came back as "I never sign anything?" (checked as it was said).
	await expect(page.getByTestId('decision').nth(taken.indexOf('recap'))).toContainText(
		'I never sign anything?'
	);
	// The plan itself was fine, and the note matches it.
	await expect(page.getByTestId('call-facts')).toContainText(
		'Agreed 6 monthly payments of $230.00 from Dec 15.'
	);
	await expect(page.getByTestId('note-discrepancies')).toHaveCount(0);
});

test('the careful payment call passes, and a full bank account number in the note is flagged', async ({
	page
}) => {
	const s = scenario('payment-by-phone');
	await dial(page, s.id);
	await page.getByRole('button', { name: 'Place call' }).click();
	const taken = await play(page, s, {}, { payments: 6, firstPaymentOn: '2026-12-15' });
	expect(taken).toContain('authorization');
	await fileNote(
		page,
		'12/1/2026 spoke with Terrence Holloway, consumer verified. Payment plan 6 x $230.00 monthly from 12/15/2026; ACH authorization emailed for signature. Routing 041000124, account 2218304417.'
	);
	await expect(page.getByTestId('call-verdict')).toHaveText('Passed');
	const verdicts = await page.getByTestId('decision-verdict').allTextContents();
	expect(verdicts.every((v) => v.trim() === 'Compliant')).toBe(true);
	const problems = page.getByTestId('note-discrepancies');
	await expect(problems).toContainText('full card or bank account number (ending 0124)');
	await expect(problems).not.toContainText('2218304417');
	await expect(page.getByTestId('note-elements')).toContainText(
		'Wrong: No full card or bank account number'
	);
});

test('the Massachusetts dialer flags a third call or text in seven days, citing 209 CMR 18.16', async ({
	page
}) => {
	const s = scenario('massachusetts-consumer');
	await dial(page, s.id);
	const field = page.getByLabel("Call at (debtor's local time)");
	await expect(field).toHaveValue('2026-12-04T11:00');
	// Two contacts this week (a text and a voicemail): the call would be the third.
	const state = page.getByTestId('state-check');
	await expect(state).toContainText('Over the Massachusetts limit');
	await expect(state).toContainText('a text on 2026-11-30 and a voicemail on 2026-12-02');
	await expect(state).toContainText('this call would be the third');
	// Federally the same dial is fine: the text is not a call.
	await expect(page.getByTestId('frequency-check')).toContainText('✓ 1 attempt');
	await expect(page.getByRole('table')).toContainText(
		'Text message sent, to the cell number (not counted: a text message is not a telephone call) (counts toward the Massachusetts limit)'
	);

	// Monday the text has left the seven days, and the call may go ahead.
	await field.fill('2026-12-07T11:00');
	await expect(state).toContainText('✓ Massachusetts: 1 call or text');
	await expect(state).not.toContainText('Over');

	// Dialed anyway on Friday: the debrief fails the call on the state rule.
	await field.fill('2026-12-04T11:00');
	await expect(state).toContainText('Over the Massachusetts limit');
	await page.getByRole('button', { name: 'Place call' }).click();
	await play(page, s, {}, { payments: 12, firstPaymentOn: '2026-12-18' });
	await fileNote(
		page,
		'12/4/2026 spoke with Nicole Ferreira, consumer verified. Payment plan 12 x $190.00 monthly from 12/18/2026. No calls to work; reminder texts requested.'
	);
	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	const limit = page.getByTestId('debrief-state-limit');
	await expect(limit).toContainText('Violation (critical)');
	await expect(limit).toContainText('2 calls or texts you initiated in the last 7 days');
	await expect(limit.locator('.citations a')).toContainText('209 CMR 18.16');
	// Every line said on the call was careful: only the dial failed it.
	const verdicts = await page.getByTestId('decision-verdict').allTextContents();
	expect(verdicts.every((v) => v.trim() === 'Compliant')).toBe(true);
});

test('a voicemail naming the creditor is heard by her daughter; the inbound call reacts and the debrief fails it', async ({
	page
}) => {
	const s = scenario('voicemail-callback');
	await dial(page, s.id);
	await expect(page.getByTestId('window-check')).toContainText('10:30 a.m.');
	await page.getByRole('button', { name: 'Place call' }).click();
	const taken = await play(page, s, { voicemail: 'Hi Maria, it' });
	await fileNote(
		page,
		'12/1/2026 Maria Delgado called back, consumer verified. Validation letter to be mailed; she will call back after checking with her insurer. Texts OK.'
	);
	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	// The call back opened with the daughter having heard the message (checked as it was said).
	await expect(page.getByTestId('decision').nth(taken.indexOf('callback'))).toContainText(
		'My daughter had my phone in the car'
	);
	const first = page.getByTestId('decision').nth(taken.indexOf('voicemail'));
	await expect(first.getByTestId('decision-verdict')).toHaveText([
		'Violation',
		'Violation (critical)'
	]);
	await expect(first.locator('.citations a').filter({ hasText: '1006.2(j)' })).toHaveCount(1);
	await expect(first.locator('.citations a').filter({ hasText: '1692c(b)' })).toHaveCount(1);
});

test('the careful calls to the hospital patient and the voicemail callback pass', async ({
	page
}) => {
	for (const [id, note] of [
		[
			'nonprofit-hospital-patient',
			'12/2/2026 spoke with Dolores Jackson, consumer verified. Says she is a QMB; account on hold for billing to check. Financial assistance application sent. Permission to discuss with son Marcus. Follow up in three weeks.'
		],
		[
			'voicemail-callback',
			'12/1/2026 LCM left; Maria Delgado called back, consumer verified. Validation letter to be mailed; she will call back after checking with her insurer. Texts OK.'
		]
	] as const) {
		const s = scenario(id);
		await dial(page, s.id);
		await expect(page.getByTestId('window-check')).toContainText('✓');
		await page.getByRole('button', { name: 'Place call' }).click();
		await play(page, s);
		await fileNote(page, note);
		await expect(page.getByTestId('call-verdict'), id).toHaveText('Passed');
		await expect(page.getByTestId('note-discrepancies'), id).toHaveCount(0);
	}
});
