import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { planWithoutRecords } from './preview';

const plan: Plan = {
	id: 'new-agent-12-weeks',
	title: 'New agent',
	summary: 'S.',
	weeks: [
		{ week: 1, title: 'Law', modules: ['a', 'b'], calls: [], exams: [] },
		{ week: 2, title: 'Calls', modules: ['c'], calls: [], exams: [] }
	]
};
const facts = { modules: [], questionDomain: {}, blueprints: [] };

describe('the plan without records', () => {
	it('shows the first plan starting today with nothing done', () => {
		const shown = planWithoutRecords([plan], facts, '2026-03-09');
		expect(shown.assignment).toMatchObject({ planId: plan.id, startedOn: '2026-03-09' });
		expect(shown.progress).toMatchObject({ done: 0, total: 3, percent: 0, currentWeek: 1 });
		expect(shown.progress?.weeks.map((w) => w.tasks.length)).toEqual([2, 1]);
	});
});
