import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CallScenario } from '../src/lib/content/schema';
import { expect, test, waitForProfile } from './fixtures';

const s = parse(readFileSync('content/calls/third-party-roommate.yaml', 'utf8')) as CallScenario;
type Choice = NonNullable<CallScenario['nodes'][string]['choices']>[number];
const isViolation = (c: Choice) => c.compliance.some((m) => m.verdict === 'violation');

test('a made-up prize as the reason for the call is a critical deception, cited to 1692e(10)', async ({
	page
}) => {
	// The pretext line, found by its words so the test follows the content.
	const pretextNode = Object.entries(s.nodes).find(([, n]) =>
		n.choices?.some((c) => c.text.includes('prize'))
	)![0];
	const pretext = s.nodes[pretextNode]!.choices!.find((c) => c.text.includes('prize'))!;
	expect(pretext.compliance).toEqual([
		{ rule: 'fdcpa-1692e-10-deception', verdict: 'violation', critical: true }
	]);

	await page.goto(`/calls/${s.id}`);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByRole('heading', { name: 'Dialer' })).toBeVisible();
	await expect(page.getByTestId('window-check')).toContainText('✓');
	await page.getByRole('button', { name: 'Place call' }).click();

	// Careful everywhere except the pretext: the best lawful line at every other turn.
	let node = s.start;
	const taken: string[] = [];
	while (!s.nodes[node]!.outcome) {
		const n = s.nodes[node]!;
		const pick =
			node === pretextNode
				? pretext
				: [...n.choices!]
						.sort((a, b) => b.rapport + b.progress - (a.rapport + a.progress))
						.find((c) => !isViolation(c))!;
		if (node === pretext.next)
			// The roommate reacts to the story he was told.
			await expect(page.getByTestId('their-line')).toContainText('A prize? No way');
		await page.getByRole('button', { name: pick.text }).click();
		taken.push(node);
		node = pick.next;
	}
	expect(taken).toContain(pretext.next);

	await expect(page.getByRole('heading', { name: 'Write the account note' })).toBeVisible();
	await page
		.locator('#account-note')
		.fill(
			'11/19/2026 reached Kai Kealoha, former roommate, not the debtor. New cell 808-555-0177.'
		);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();

	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(
		page.getByText('A critical violation fails the call whatever the score.')
	).toBeVisible();
	const decision = page.getByTestId('decision').nth(taken.indexOf(pretextNode));
	await expect(decision).toContainText(pretext.text);
	await expect(decision.getByTestId('decision-verdict')).toHaveText('Violation (critical)');
	await expect(decision.locator('.citations a')).toContainText('1692e(10)');
	await expect(decision.locator('.citations a')).toHaveAttribute(
		'href',
		/^\/learn\/law\/false-misleading-representations#/
	);
	// Every other decision on this path was lawful.
	const verdicts = await page.getByTestId('decision-verdict').allTextContents();
	expect(verdicts.filter((v) => v.trim() !== 'Compliant')).toEqual(['Violation (critical)']);

	// The run is stored: the debrief comes back the same after a reload.
	await page.reload();
	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(
		page.getByTestId('decision').nth(taken.indexOf(pretextNode)).locator('.citations a')
	).toContainText('1692e(10)');
});
