import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { planToFile, readPlanFile } from './plan-file';
import { planProgress } from './tasks';

const plan: Plan = {
	id: 'drill-week',
	title: 'Drill week',
	summary: 'Drills and audits.',
	weeks: [
		{
			week: 1,
			title: 'Practice',
			modules: [],
			calls: [],
			exams: [],
			drills: ['next-call', 'validation-period'],
			audits: ['wrong-number']
		}
	]
};

const facts = (over: Partial<Parameters<typeof planProgress>[3]> = {}) => ({
	completedModules: new Set<string>(),
	passedCalls: new Map<string, number>(),
	bestExams: new Map<string, number>(),
	passPercent: new Map<string, number>(),
	...over
});

describe('drill and audit tasks in a plan', () => {
	it('needs three correct drills in a row and an audit at 80% or the week’s target', () => {
		const none = planProgress(plan, '2026-03-02', '2026-03-03', facts());
		expect(none.weeks[0]!.tasks.map((t) => [t.key, t.done, t.criterion])).toEqual([
			['drill:next-call', false, 'Answer 3 cases in a row correctly'],
			['drill:validation-period', false, 'Answer 3 cases in a row correctly'],
			['audit:wrong-number', false, 'Score 80% or more on the call audit']
		]);
		const some = planProgress(
			plan,
			'2026-03-02',
			'2026-03-03',
			facts({
				drillBest: new Map([
					['next-call', 3],
					['validation-period', 2]
				]),
				auditBest: new Map([['wrong-number', 80]])
			})
		);
		expect(some.weeks[0]!.tasks.map((t) => t.done)).toEqual([true, false, true]);
		const strict = planProgress(
			{ ...plan, weeks: [{ ...plan.weeks[0]!, target: 90 }] },
			'2026-03-02',
			'2026-03-03',
			facts({ auditBest: new Map([['wrong-number', 80]]) })
		);
		expect(strict.weeks[0]!.tasks[2]).toMatchObject({
			done: false,
			criterion: 'Score 90% or more on the call audit'
		});
	});

	const known = {
		modules: new Set<string>(),
		calls: new Set(['wrong-number']),
		exams: new Set<string>(),
		audits: new Set(['wrong-number']),
		builtInPlans: new Set<string>()
	};

	it('round-trips drills and audits through a plan file, and refuses unknown ones', () => {
		expect(readPlanFile(planToFile(plan), known)).toEqual({ ok: true, plan });
		const audit = planToFile({ ...plan, weeks: [{ ...plan.weeks[0]!, audits: ['tax-call'] }] });
		expect(readPlanFile(audit, known)).toEqual({
			ok: false,
			message:
				'Week 1 names call audit "tax-call", which this app does not have. Nothing was changed.'
		});
		const drill = planToFile({
			...plan,
			weeks: [{ ...plan.weeks[0]!, drills: ['tax-drill' as 'next-call'] }]
		});
		const read = readPlanFile(drill, known);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(/drill must be one of: call-now, next-call/);
	});
});
