import { describe, expect, it } from 'vitest';
import { replay, type CallStep } from '$lib/calls/conversation';
import { loadCourse } from '$lib/content/load';
import { readContentFiles } from '$lib/content/read-files.server';
import { buildAudit, MAX_VIOLATIONS, MIN_VIOLATIONS, scoreAudit, type Audit } from './audit.ts';

const { course } = loadCourse(readContentFiles(process.cwd()));
const calls = course?.calls ?? [];

describe('call audits from the real scenarios', () => {
	const audits = calls.map((scenario) => ({ scenario, audit: buildAudit(scenario) }));

	const canBreak = (scenario: (typeof calls)[number]) =>
		Object.values(scenario.nodes).some(
			(n) => n.input || n.choices?.some((c) => c.compliance.some((m) => m.verdict === 'violation'))
		);

	it('builds one audit per scenario with one to four violating lines', { timeout: 60_000 }, () => {
		expect(calls.length).toBeGreaterThanOrEqual(18);
		// A call with no unlawful line anywhere (a business-to-business call) has nothing to audit.
		for (const { scenario, audit } of audits)
			expect(audit !== undefined, scenario.id).toBe(canBreak(scenario));
		expect(audits.filter((a) => a.audit).length).toBeGreaterThanOrEqual(15);
		for (const { scenario, audit } of audits.filter((a) => a.audit)) {
			const violating = audit!.key.filter((k) => k.violations.length).length;
			expect(violating, scenario.id).toBeGreaterThanOrEqual(MIN_VIOLATIONS);
			expect(violating, scenario.id).toBeLessThanOrEqual(MAX_VIOLATIONS);
			// The rules offered include every rule the key names.
			for (const k of audit!.key) for (const r of k.violations) expect(audit!.rules).toContain(r);
		}
		// Most audits carry more than one violation.
		const several = audits.filter(
			({ audit }) => audit && audit.key.filter((k) => k.violations.length).length >= 2
		);
		expect(several.length).toBeGreaterThan(calls.length / 2);
	});

	it("keys every line with the scenario's own verdict, replayed through the call engine", () => {
		for (const { scenario, audit } of audits) {
			if (!audit) continue;
			const a = audit;
			// Rebuild the learner's steps from the transcript and replay them.
			const steps: CallStep[] = [];
			let current = scenario.start;
			for (const k of a.key) {
				const said = a.lines[k.line - 1]!.text;
				const node = scenario.nodes[current]!;
				const choice = node.choices?.findIndex((c) => c.text === said) ?? -1;
				const step: CallStep =
					choice >= 0
						? { node: current, at: '', kind: 'choice', choice }
						: { node: current, at: '', kind: 'input', text: said };
				if (node.plan) break; // a plan step's line is a description of the offer
				steps.push(step);
				const next = replay(scenario, steps, a.callDate);
				current = next.current;
			}
			const conversation = replay(scenario, steps, a.callDate);
			conversation.decisions.forEach((d, i) => {
				expect(a.key[i]!.violations, `${scenario.id} line ${a.key[i]!.line}`).toEqual(
					d.compliance.filter((m) => m.verdict === 'violation').map((m) => m.rule)
				);
				expect(a.lines[a.key[i]!.line - 2]!.text).toBe(d.line);
			});
		}
	});

	it('is the same audit every time', () => {
		const first = calls[0]!;
		expect(buildAudit(first)).toEqual(buildAudit(first));
	});
});

describe('scoring an audit', () => {
	const audit: Pick<Audit, 'key'> = {
		key: [
			{ line: 2, violations: [], ok: ['a'], feedback: 'Fine.' },
			{ line: 4, violations: ['rule-x'], ok: [], feedback: 'Broke x.' },
			{ line: 6, violations: ['rule-y', 'rule-z'], ok: [], feedback: 'Broke y and z.' },
			{ line: 8, violations: [], ok: [], feedback: 'Fine too.' }
		]
	};

	it('scores a perfect audit 100', () => {
		const r = scoreAudit(audit, [
			{ line: 4, rule: 'rule-x' },
			{ line: 6, rule: 'rule-z' }
		]);
		expect(r).toMatchObject({
			hits: 2,
			precision: 1,
			recall: 1,
			score: 100,
			missed: [],
			wrong: []
		});
	});

	it('names a missed violation, a wrong rule and a wrongly flagged line', () => {
		const missed = scoreAudit(audit, [{ line: 4, rule: 'rule-x' }]);
		expect(missed).toMatchObject({ hits: 1, precision: 1, recall: 0.5, score: 67 });
		expect(missed.missed).toEqual([
			{ line: 6, rules: ['rule-y', 'rule-z'], feedback: 'Broke y and z.' }
		]);

		const mixed = scoreAudit(audit, [
			{ line: 2, rule: 'rule-x' },
			{ line: 4, rule: 'rule-y' },
			{ line: 6, rule: 'rule-y' }
		]);
		expect(mixed).toMatchObject({ flagged: 3, hits: 1, recall: 0.5 });
		expect(mixed.precision).toBeCloseTo(1 / 3);
		expect(mixed.missed).toEqual([
			{ line: 4, rules: ['rule-x'], feedback: 'Broke x.', chose: 'rule-y' }
		]);
		expect(mixed.wrong).toEqual([{ line: 2, chose: 'rule-x', feedback: 'Fine.' }]);
	});

	it('scores an audit with nothing flagged 0', () => {
		expect(scoreAudit(audit, []).score).toBe(0);
	});
});
