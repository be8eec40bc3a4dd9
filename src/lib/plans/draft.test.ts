import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { buildPlan, draftFrom, emptyWeek, type PlanDraft } from './draft';

const known = {
	modules: new Set(['call-frequency']),
	calls: new Set(['wrong-number']),
	exams: new Set(['pcs']),
	audits: new Set<string>(),
	builtInPlans: new Set(['new-agent-12-weeks'])
};
const draft = (over: Partial<PlanDraft> = {}): PlanDraft => ({
	title: ' Desk plan ',
	summary: 'Two weeks. ',
	weeks: [{ ...emptyWeek(1), modules: ['call-frequency'], target: 120 }],
	...over
});

describe('plan drafts', () => {
	it('builds a plan with an id from its title, trimmed text and a target kept within 1–100', () => {
		expect(buildPlan(draft(), known)).toEqual({
			ok: true,
			plan: {
				id: 'desk-plan',
				title: 'Desk plan',
				summary: 'Two weeks.',
				weeks: [
					{
						week: 1,
						title: 'Week 1',
						modules: ['call-frequency'],
						calls: [],
						exams: [],
						target: 100
					}
				]
			}
		});
	});

	it('says what to fix first, in plain words', () => {
		expect(buildPlan(draft({ title: ' ' }), known)).toEqual({
			ok: false,
			problem: 'Give the plan a title.'
		});
		expect(buildPlan(draft({ weeks: [draft().weeks[0]!, emptyWeek(2)] }), known)).toEqual({
			ok: false,
			problem: 'Week 2 has no tasks: choose at least one module, call, exam, drill or audit.'
		});
		const unknown = draft({ weeks: [{ ...emptyWeek(1), modules: ['tax-law'] }] });
		expect(buildPlan(unknown, known)).toEqual({
			ok: false,
			problem: 'Week 1 names module "tax-law", which this app does not have.'
		});
	});

	it('copies a plan as "our version" without sharing its lists', () => {
		const plan: Plan = {
			id: 'new-agent-12-weeks',
			title: 'New agent',
			summary: 'S.',
			weeks: [{ week: 1, title: 'Law', modules: ['call-frequency'], calls: [], exams: [] }]
		};
		const copy = draftFrom(plan);
		expect(copy.title).toBe('New agent (our version)');
		copy.weeks[0]!.modules.push('x');
		expect(plan.weeks[0]!.modules).toEqual(['call-frequency']);
		expect(copy.weeks[0]!.drills).toEqual([]);
	});
});
