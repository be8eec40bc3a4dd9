import { readdirSync, readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CallScenarioSchema, CERTS, DOMAINS } from '$lib/content/schema';
import { RECORD_SCHEMAS } from '$lib/progress/schema';
import * as make from './test-factories';

const rules = new Set(
	(parse(readFileSync('content/rules.yaml', 'utf8')) as { id: string }[]).map((r) => r.id)
);
const blueprints = readdirSync('content/exams').map(
	(f) => (parse(readFileSync(`content/exams/${f}`, 'utf8')) as { id: string }).id
);

/** The builders' data must stay true to the formats, or every test using them drifts with them. */
describe('test factories', () => {
	it('build records that pass their tables’ schemas', () => {
		const valid = (table: keyof typeof RECORD_SCHEMAS, record: unknown) =>
			expect(v.safeParse(RECORD_SCHEMAS[table], record).issues, table).toBeUndefined();
		valid('profiles', make.profile());
		valid('examSessions', make.examSession());
		valid(
			'examSessions',
			make.examSession({
				answers: { q1: make.answer(2) },
				submittedAt: make.AT,
				result: make.examResult()
			})
		);
		valid('callRuns', make.callRun({ steps: [make.choiceStep('open', 0)] }));
		valid('callRuns', make.callRun({ result: make.callResult(80, true) }));
		valid('callRuns', make.callRun({ result: make.callResult(40, false) }));
		valid('reviewCards', make.reviewCard());
	});

	it('use the course’s own blueprint, domain, certification and rule ids', () => {
		expect(blueprints).toContain(make.newSession().blueprintId);
		const q = make.questionView('q1');
		expect(DOMAINS).toContain(q.domain);
		for (const cert of q.certs) expect(CERTS).toContain(cert);
		for (const d of Object.keys(make.examResult().byDomain)) expect(DOMAINS).toContain(d);
		for (const rule of make.callResult(40, false).violations) expect(rules).toContain(rule);
	});

	it('build a call scenario the content loader would accept, citing real rules', () => {
		const scenario = make.callScenario();
		expect(v.safeParse(CallScenarioSchema, scenario).issues).toBeUndefined();
		const cited = Object.values(scenario.nodes).flatMap((n) => [
			...(n.choices ?? []).flatMap((c) => c.compliance.map((m) => m.rule)),
			...(n.input ? [n.input.rule] : [])
		]);
		for (const rule of cited) expect(rules).toContain(rule);
	});
});
