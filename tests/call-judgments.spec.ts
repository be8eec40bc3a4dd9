import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CallScenario } from '../src/lib/content/schema';
import { expect, test, waitForProfile } from './fixtures';

type Node = CallScenario['nodes'][string];
type Choice = NonNullable<Node['choices']>[number];

const scenario = parse(
	readFileSync('content/calls/cease-communication.yaml', 'utf8')
) as CallScenario;

const broken = (c: Choice) =>
	c.compliance.filter((m) => m.verdict === 'violation').map((m) => m.rule);

/** The line the other party should say at a node, given the rules broken so far (variants first). */
function expectedLine(node: Node, brokenSoFar: Set<string>): string {
	const variant = node.variants?.find(
		(v) =>
			Object.keys(v.when).length === 1 &&
			v.when.violated !== undefined &&
			brokenSoFar.has(v.when.violated)
	);
	return variant?.line ?? node.line;
}

test('telling a consumer who said "stop calling" that there is nothing she can do is judged a critical deception, cited to 1692e(10)', async ({
	page
}) => {
	// The line under test, found by its text so the test fails if the line loses its judgment.
	const slipNode = 'options';
	const slip = scenario.nodes[slipNode]!.choices!.find((c) =>
		c.text.startsWith("There's nothing you can do.")
	)!;
	expect(slip.compliance).toContainEqual({
		rule: 'fdcpa-1692e-10-deception',
		verdict: 'violation',
		critical: true
	});

	await page.goto(`/calls/${scenario.id}`);
	await waitForProfile(page);
	await page.getByRole('button', { name: 'Start the call' }).click();
	await expect(page.getByRole('heading', { name: 'Dialer' })).toBeVisible();
	await expect(page.getByTestId('window-check')).toContainText('✓');
	await page.getByRole('button', { name: 'Place call' }).click();

	// Play the call: the careful line everywhere except the slip, then on to the end.
	let id = scenario.start;
	const brokenSoFar = new Set<string>();
	const taken: string[] = [];
	while (!scenario.nodes[id]!.outcome) {
		const node = scenario.nodes[id]!;
		await expect(page.getByTestId('their-line')).toContainText(expectedLine(node, brokenSoFar));
		if (node.choices) {
			const pick =
				id === slipNode
					? slip
					: [...node.choices]
							.filter((c) => broken(c).length === 0)
							.sort((a, b) => b.rapport + b.progress - (a.rapport + a.progress))[0]!;
			await page.getByRole('button', { name: pick.text }).click();
			broken(pick).forEach((rule) => brokenSoFar.add(rule));
			taken.push(id);
			id = pick.next;
		} else if (node.input) {
			await page
				.getByLabel(node.input.prompt)
				.fill(
					'Thank you. My name is Jordan Reyes with Apex Recovery Services. I am a debt collector attempting to collect a debt, and any information obtained will be used for that purpose.'
				);
			await page.getByRole('button', { name: 'Say it' }).click();
			taken.push(id);
			id = node.input.next;
		} else throw new Error(`unexpected node ${id}`);
	}
	// After the deception she answered with the variant line (checked above), not the plain one.
	expect(taken).toContain('confirm');
	expect(expectedLine(scenario.nodes.confirm!, brokenSoFar)).not.toBe(scenario.nodes.confirm!.line);

	await expect(page.getByRole('heading', { name: 'Write the account note' })).toBeVisible();
	await page
		.locator('#account-note')
		.fill(
			'11/16/2026 spoke with Gloria Price. She asked for no calls, texts or email; mail only. Cease explained.'
		);
	await page.getByRole('button', { name: 'File note and see the debrief' }).click();

	await expect(page.getByTestId('call-verdict')).toHaveText('Failed');
	await expect(page.getByTestId('decision')).toHaveCount(taken.length);
	const bad = page.getByTestId('decision').nth(taken.indexOf(slipNode));
	await expect(bad).toContainText(slip.text);
	await expect(bad.getByTestId('decision-verdict').first()).toHaveText('Violation (critical)');
	await expect(bad.locator('.citations a').filter({ hasText: '1692e(10)' })).toHaveCount(1);
	await expect(bad.locator('.citations a').filter({ hasText: '1006.14(h)' })).toHaveCount(1);
	// The careful lines before the slip stay compliant.
	const first = page.getByTestId('decision').first();
	await expect(first.getByTestId('decision-verdict')).toHaveText('Compliant');

	// The missed rules' questions are now in spaced review (stored with the run).
	await page.goto('/');
	await expect(page.getByTestId('due-count')).not.toHaveText('0');
});
