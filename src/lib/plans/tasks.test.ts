import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { planProgress, weekOf } from './tasks';

const plan: Plan = {
	id: 'p',
	title: 'Plan',
	summary: 'A plan.',
	weeks: [
		{
			week: 1,
			title: 'Law',
			modules: ['call-frequency', 'harassment-abuse'],
			calls: [],
			exams: []
		},
		{ week: 2, title: 'Calls', modules: [], calls: ['wrong-number'], exams: ['pcs'], target: 85 }
	]
};

const facts = (over: Partial<Parameters<typeof planProgress>[3]> = {}) => ({
	completedModules: new Set<string>(),
	passedCalls: new Map<string, number>(),
	bestExams: new Map<string, number>(),
	passPercent: new Map([['pcs', 85]]),
	...over
});

describe('onboarding plan progress', () => {
	it('counts the week from the start date', () => {
		expect(weekOf('2026-03-02', '2026-03-01')).toBe(0);
		expect(weekOf('2026-03-02', '2026-03-02')).toBe(1);
		expect(weekOf('2026-03-02', '2026-03-08')).toBe(1);
		expect(weekOf('2026-03-02', '2026-03-09')).toBe(2);
	});

	it('marks a module task done when the module is completed', () => {
		const before = planProgress(plan, '2026-03-02', '2026-03-03', facts());
		expect(before.weeks[0]?.tasks.map((t) => t.done)).toEqual([false, false]);
		const after = planProgress(
			plan,
			'2026-03-02',
			'2026-03-03',
			facts({ completedModules: new Set(['call-frequency']) })
		);
		expect(after.weeks[0]?.tasks.map((t) => t.done)).toEqual([true, false]);
		expect(after.done).toBe(1);
		expect(after.percent).toBe(25);
	});

	it('needs calls and exams at the week’s target', () => {
		const low = planProgress(
			plan,
			'2026-03-02',
			'2026-03-10',
			facts({ passedCalls: new Map([['wrong-number', 80]]), bestExams: new Map([['pcs', 84]]) })
		);
		expect(low.weeks[1]?.done).toBe(0);
		expect(low.weeks[1]?.tasks[1]?.criterion).toBe('Score 85% or more on a practice exam');
		const high = planProgress(
			plan,
			'2026-03-02',
			'2026-03-10',
			facts({ passedCalls: new Map([['wrong-number', 90]]), bestExams: new Map([['pcs', 86]]) })
		);
		expect(high.weeks[1]?.done).toBe(2);
		expect(high.currentWeek).toBe(2);
	});

	it('uses separate exam and call targets, each falling back to the old target', () => {
		const split: Plan = {
			...plan,
			weeks: [
				{
					week: 1,
					title: 'Calls',
					modules: [],
					calls: ['wrong-number'],
					exams: ['pcs'],
					target: 95,
					callTarget: 70,
					examTarget: 90
				}
			]
		};
		const p = planProgress(
			split,
			'2026-03-02',
			'2026-03-03',
			facts({ passedCalls: new Map([['wrong-number', 75]]), bestExams: new Map([['pcs', 88]]) })
		);
		expect(p.weeks[0]?.tasks.map((t) => [t.criterion, t.done])).toEqual([
			['Pass the call with 70 or more', true],
			['Score 90% or more on a practice exam', false]
		]);
	});
});
