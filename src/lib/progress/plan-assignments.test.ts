import { describe, expect, it } from 'vitest';
import { activeAssignment, assignmentsOf, assignPlan } from './plan-assignments';
import { freshDB } from './test-db';

describe('plan assignments', () => {
	it('remembers the active plan, its start date and a custom plan', async () => {
		const db = freshDB();
		expect(await activeAssignment(db, 'p1')).toBeUndefined();
		await assignPlan(db, 'p1', 'new-agent-12-weeks', '2026-03-02');
		const custom = {
			id: 'desk',
			title: 'Desk',
			summary: 'S.',
			weeks: [{ week: 1, title: 'W', modules: [], calls: [], exams: [] }]
		};
		await assignPlan(db, 'p1', 'desk', '2026-03-09', custom);
		expect(await activeAssignment(db, 'p1')).toMatchObject({ planId: 'desk', custom });
		await assignPlan(db, 'p1', 'desk', '2026-03-16');
		expect(await activeAssignment(db, 'p1')).toMatchObject({ startedOn: '2026-03-16', custom });
		expect((await assignmentsOf(db, 'p1')).map((a) => a.planId).sort()).toEqual([
			'desk',
			'new-agent-12-weeks'
		]);
		expect(await activeAssignment(db, 'p2')).toBeUndefined();
	});
});
