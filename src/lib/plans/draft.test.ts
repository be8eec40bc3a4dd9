import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { buildPlan, draftFrom, emptyWeek, everythingRequired, type PlanDraft } from './draft';

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
	weeks: [{ ...emptyWeek(1), modules: ['call-frequency'], examTarget: 85, callTarget: 70 }],
	...over
});

describe('plan drafts', () => {
	it('builds a plan with an id from its title, trimmed text and separate exam and call targets', () => {
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
						examTarget: 85,
						callTarget: 70
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

	it('refuses a target outside 1–100 in plain words', () => {
		const week = { ...emptyWeek(1), modules: ['call-frequency'], callTarget: 120 };
		expect(buildPlan(draft({ weeks: [week] }), known)).toEqual({
			ok: false,
			problem: "Week 1's call target must be a whole number from 1 to 100, or left empty."
		});
	});

	it('keeps the organization and the completion rules the employer chose', () => {
		const weeks = [
			{ ...emptyWeek(1), modules: ['call-frequency'], calls: ['wrong-number'], exams: ['pcs'] }
		];
		const chosen = buildPlan(
			draft({
				organization: ' Northwind Recovery ',
				weeks,
				completion: {
					choose: true,
					modules: [],
					exams: ['pcs'],
					calls: ['wrong-number'],
					minReviews: 10
				}
			}),
			known
		);
		expect(chosen).toMatchObject({
			ok: true,
			plan: {
				organization: 'Northwind Recovery',
				completion: { modules: [], exams: ['pcs'], calls: ['wrong-number'], minReviews: 10 }
			}
		});
		// Everything in the plan: no stated rules unless a minimum of reviews is set.
		const all = buildPlan(draft({ weeks, completion: everythingRequired() }), known);
		expect(all.ok && all.plan.completion).toBeUndefined();
		const withReviews = buildPlan(
			draft({ weeks, completion: { ...everythingRequired(), minReviews: 5 } }),
			known
		);
		expect(withReviews.ok && withReviews.plan.completion).toEqual({
			modules: ['call-frequency'],
			exams: ['pcs'],
			calls: ['wrong-number'],
			minReviews: 5
		});
		const none = buildPlan(
			draft({ weeks, completion: { choose: true, modules: [], exams: [], calls: [] } }),
			known
		);
		expect(none).toEqual({
			ok: false,
			problem:
				'Choose at least one module, exam or call the certificate requires, or require everything in the plan.'
		});
	});

	it('copies a plan as "our version" without sharing its lists, old targets read as both', () => {
		const plan: Plan = {
			id: 'new-agent-12-weeks',
			title: 'New agent',
			summary: 'S.',
			weeks: [
				{ week: 1, title: 'Law', modules: ['call-frequency'], calls: [], exams: [], target: 80 }
			]
		};
		const copy = draftFrom(plan);
		expect(copy.weeks[0]).toMatchObject({ examTarget: 80, callTarget: 80 });
		expect(copy.title).toBe('New agent (our version)');
		copy.weeks[0]!.modules.push('x');
		expect(plan.weeks[0]!.modules).toEqual(['call-frequency']);
		expect(copy.weeks[0]!.drills).toEqual([]);
	});
});
