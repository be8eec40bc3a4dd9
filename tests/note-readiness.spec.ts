import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import type { CallOutcome, CallScenario } from '../src/lib/content/schema';
import { expect, expectNoAxeViolations, test, waitForProfile } from './fixtures';

/**
 * The account note is checked against what the call established, and readiness has no figure
 * until there is evidence. Calls are driven by the scenario graph (node ids and choice indexes read
 * from the YAML, never by the wording of a line), so rewriting lines does not break these tests.
 */

const scenario = (id: string) =>
	parse(readFileSync(`content/calls/${id}.yaml`, 'utf8')) as CallScenario;

type Step =
	| { node: string; kind: 'choice'; index: number }
	| { node: string; kind: 'input' }
	| { node: string; kind: 'plan' };

/**
 * The shortest path from the start to an end with one of the outcomes, through compliant choices
 * (no violation marked) where possible; a plan node is taken on its accepted branch.
 */
function pathTo(s: CallScenario, outcomes: readonly CallOutcome[]): Step[] {
	for (const strict of [true, false]) {
		const seen = new Map<string, Step[]>([[s.start, []]]);
		const queue = [s.start];
		while (queue.length) {
			const id = queue.shift()!;
			const node = s.nodes[id]!;
			const path = seen.get(id)!;
			if (node.outcome && outcomes.includes(node.outcome)) return path;
			const edges: [string, Step][] = [];
			node.choices?.forEach((c, index) => {
				if (!strict || !c.compliance.some((m) => m.verdict === 'violation'))
					edges.push([c.next, { node: id, kind: 'choice', index }]);
			});
			if (node.input) edges.push([node.input.next, { node: id, kind: 'input' }]);
			if (node.plan) edges.push([node.plan.accepted, { node: id, kind: 'plan' }]);
			for (const [next, step] of edges)
				if (!seen.has(next)) {
					seen.set(next, [...path, step]);
					queue.push(next);
				}
		}
	}
	throw new Error(`${s.id} has no path to ${outcomes.join(' or ')}`);
}

const DISCLOSURE =
	'My name is Jordan with Apex Recovery Services, a debt collector. This is an attempt to collect a debt, and any information obtained will be used for that purpose.';

/** The affordable plan: the fewest monthly payments within the persona's budget. */
function affordableCount(s: CallScenario, max: number): number {
	const budget = s.persona.monthlyBudget ?? 0;
	for (let n = 1; n <= max; n++)
		if (Math.ceil((s.account.balance / n) * 100) / 100 <= budget) return n;
	throw new Error(`${s.id}: no affordable plan`);
}

/** Dials at the scenario's time and plays the path; returns the first payment date if a plan was agreed. */
async function playPath(page: Page, s: CallScenario, path: Step[]) {
	await page.goto(`/calls/${s.id}`);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await page.getByRole('button', { name: 'Place call' }).click();
	const said = page.getByRole('list', { name: 'Transcript' }).locator('li.you');
	let firstPaymentOn: string | undefined;
	for (const [i, step] of path.entries()) {
		if (step.kind === 'choice') await page.locator('ol.choices button').nth(step.index).click();
		else if (step.kind === 'input') {
			await page.getByLabel(s.nodes[step.node]!.input!.prompt).fill(DISCLOSURE);
			await page.getByRole('button', { name: 'Say it' }).click();
		} else {
			const plan = s.nodes[step.node]!.plan!;
			await page.getByLabel('Monthly payment plan').check();
			await page
				.getByLabel('Number of monthly payments')
				.fill(String(affordableCount(s, plan.maxInstallments)));
			firstPaymentOn = await page.locator('#plan-date').inputValue();
			await page.getByRole('button', { name: 'Make this offer' }).click();
		}
		if (i < path.length - 1) await expect(said).toHaveCount(i + 1);
	}
	await expect(page.getByRole('heading', { name: 'Write the account note' })).toBeVisible();
	return firstPaymentOn;
}

async function fileNote(page: Page, note: string) {
	await page.locator('#account-note').fill(note);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();
	await expect(page.getByTestId('call-verdict')).toBeVisible();
}

const money = (n: number) =>
	`$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const short = (iso: string) => `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;

test('the note check catches a wrong amount and date, naming both', async ({ page }) => {
	const s = scenario('hardship-job-loss');
	const path = pathTo(s, ['payment-plan']);
	const planNode = path.find((p) => p.kind === 'plan')!.node;
	const count = affordableCount(s, s.nodes[planNode]!.plan!.maxInstallments);
	const agreed = Math.ceil((s.account.balance / count) * 100) / 100;
	const first = await playPath(page, s, path);
	expect(first).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	// A date that is neither the call's nor the payment's, and an amount nobody agreed.
	const wrongDate = first!.slice(5, 7) === '12' ? 'Jan 2' : 'Dec 1';
	const [given, family] = s.persona.name.split(' ');
	await fileNote(
		page,
		`Spoke with ${given} ${family}, RPC. Payment plan $250 monthly starting ${wrongDate}.`
	);

	const expected = `Your note says $250 on ${wrongDate}; the call agreed ${money(agreed)} a month on ${short(first!)}.`;
	await expect(page.getByTestId('note-discrepancies')).toContainText(expected);
	await expect(page.getByTestId('call-facts')).toContainText(
		`Agreed ${count} monthly payments of ${money(agreed)} from ${short(first!)}.`
	);
	const elements = page.getByTestId('note-elements');
	await expect(elements).toContainText('✗ Wrong: Amount agreed');
	await expect(elements).toContainText('✗ Wrong: Date of the payment');
	await expect(elements).toContainText('✓ Outcome');
	const score = Number(await page.getByTestId('note-score').textContent());
	expect(score).toBeLessThan(70);
	await expectNoAxeViolations(page, 'debrief with a wrong note');

	// The run is stored: reopened, the debrief says the same.
	await page.reload();
	await expect(page.getByTestId('note-discrepancies')).toContainText(expected);
	await expect(page.getByTestId('note-score')).toHaveText(String(score));
});

test('the note check flags a callback after the consumer named her attorney', async ({ page }) => {
	const s = scenario('attorney-represented');
	await playPath(page, s, pathTo(s, ['referred-to-attorney']));
	const given = s.persona.name.split(' ')[0]!;
	await fileNote(page, `Spoke with ${s.persona.name}. She has an attorney. Call back next week.`);

	await expect(page.getByTestId('call-facts')).toContainText(
		'The consumer has an attorney for this debt: further contact goes to the attorney.'
	);
	await expect(page.getByTestId('note-discrepancies')).toContainText(
		`Your note schedules another contact (“call back”), but ${given} has an attorney for this debt, so contact goes to the attorney, not to ${given}.`
	);
	const flagged = page.getByTestId('note-elements').locator('li', {
		hasText: 'No contact the call ruled out'
	});
	await expect(flagged).toContainText('✗ Wrong');
	await expect(flagged.locator('.citations a').first()).toContainText('1692c');

	// The same call with a lawful note loses nothing for it.
	await playPath(page, s, pathTo(s, ['referred-to-attorney']));
	await fileNote(
		page,
		`Spoke with ${s.persona.name}, consumer. Represented by attorney; do not call the consumer. Send the file to the attorney.`
	);
	await expect(page.getByTestId('note-discrepancies')).toHaveCount(0);
	await expect(
		page.getByTestId('note-elements').locator('li', { hasText: 'No contact the call ruled out' })
	).toContainText('✓');
});

interface BankQuestion {
	id: string;
	stem: string;
	options: string[];
	answer: number;
	domain: string;
}

test('readiness has no figure without answers, and one with its range after a full mock', async ({
	page
}) => {
	const bank = (await (await page.request.get('/exams/bank.json')).json()) as {
		questions: BankQuestion[];
	};
	const byStem = new Map(bank.questions.map((q) => [q.stem.trim(), q]));

	await page.goto('/exams/pcs');
	await waitForProfile(page);
	const readiness = page.getByTestId('readiness');
	await expect(readiness).toHaveText(
		'No readiness figure yet. The estimate needs at least 5 answered questions in every domain of the exam, or one full practice exam of it answered to the end.'
	);
	await expect(readiness).not.toContainText('%');
	await page.goto('/progress');
	await expect(page.getByTestId('readiness-pcs')).toContainText('No figure yet.');
	await expect(page.getByTestId('readiness-pcs')).not.toContainText('%');

	// A full PCS mock, every question answered: four in five right.
	await page.goto('/exams/pcs');
	await page.getByRole('button', { name: 'Start timed exam' }).click();
	await expect(page).toHaveURL(/\/exams\/take\?session=/);
	const total = 50;
	for (let i = 0; i < total; i++) {
		await expect(page.locator('#question-number')).toContainText(`Question ${i + 1} of ${total}`);
		let right = -1;
		await expect
			.poll(async () => {
				const q = byStem.get((await page.getByTestId('stem').textContent())?.trim() ?? '');
				const texts = (await page.locator('.options label span').allTextContents()).map((t) =>
					t.replace(/^[A-D]\.\s*/, '').trim()
				);
				right = q ? texts.indexOf(q.options[q.answer]!.trim()) : -1;
				return right;
			})
			.toBeGreaterThanOrEqual(0);
		const pick = i % 5 === 0 ? (right + 1) % 4 : right;
		await page.keyboard.press(String(pick + 1));
		await expect(page.locator('input[name="answer"]').nth(pick)).toBeChecked();
		if (i < total - 1) await page.keyboard.press('n');
	}
	await page.getByRole('button', { name: 'Review and submit' }).first().click();
	await page.getByRole('button', { name: 'Submit exam' }).click();
	await expect(page).toHaveURL(/\/exams\/results\?session=/);
	await expect(page.getByTestId('score')).toContainText(`40 of ${total} correct`);

	await page.goto('/exams/pcs');
	await expect(readiness).toContainText('Estimated chance of passing a fresh form:');
	const figure = (await readiness.locator('strong').textContent())!.trim();
	expect(figure).toMatch(/^(<1|>99|\d{1,2})% \(80% range (<1|>99|\d{1,2})%–(<1|>99|\d{1,2})%\)$/);
	await expect(page.getByTestId('readiness-evidence')).toContainText(
		'Based on 50 answers (your most recent, up to 60 per domain) and 1 full practice exam'
	);
	await expect(page.getByTestId('readiness-raise')).toContainText('What would raise it most:');
	await expectNoAxeViolations(page, 'exam page with readiness');

	// Progress shows the same figure.
	await page.goto('/progress');
	await expect(page.getByTestId('readiness-pcs').locator('strong')).toHaveText(figure);
});

test('a module knowledge check shows its options shuffled and marks the right one', async ({
	page
}) => {
	const bank = (await (await page.request.get('/exams/bank.json')).json()) as {
		questions: BankQuestion[];
	};
	const byId = new Map(bank.questions.map((q) => [q.id, q]));
	await page.goto('/learn/commercial/business-vs-consumer-debt');
	await waitForProfile(page);
	const fieldsets = page.locator('fieldset[data-question]');
	await expect(fieldsets).toHaveCount(5);
	// The order depends on the profile, which loads after the page: wait until it has settled.
	await page.waitForLoadState('networkidle');
	let moved = 0;
	for (const fieldset of await fieldsets.all()) {
		const q = byId.get((await fieldset.getAttribute('data-question'))!)!;
		const shown = (await fieldset.locator('.option span').allTextContents()).map((t) =>
			t.replace(/^[A-D]\.\s*/, '').trim()
		);
		expect([...shown].sort()).toEqual(q.options.map((o) => o.trim()).sort());
		if (shown.some((o, i) => o !== q.options[i]!.trim())) moved++;
		await fieldset.locator('.option').nth(shown.indexOf(q.options[q.answer]!.trim())).click();
	}
	// Five questions of four options each keep the authored order by chance once in 8 million.
	expect(moved).toBeGreaterThan(0);
	await page.getByRole('button', { name: 'Check my answers' }).click();
	await expect(page.getByText('You got 5 of 5 right.')).toBeVisible();
	await expect(page.locator('.option.right')).toHaveCount(5);
	await expect(page.locator('.option.wrong')).toHaveCount(0);
});
