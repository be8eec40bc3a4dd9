import { describe, expect, it } from 'vitest';
import {
	activeAssignment,
	assignmentsOf,
	assignPlan,
	ensureActiveAssignment
} from './plan-assignments';
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

describe('ensureActiveAssignment', () => {
	it('starts the default plan for a learner with none, once, from the given day', async () => {
		const db = freshDB();
		const first = await ensureActiveAssignment(db, 'p1', 'new-agent-12-weeks', '2026-03-02');
		expect(first).toMatchObject({ planId: 'new-agent-12-weeks', startedOn: '2026-03-02' });
		const again = await ensureActiveAssignment(db, 'p1', 'new-agent-12-weeks', '2026-04-01');
		expect(again.startedOn).toBe('2026-03-02');
		expect(await assignmentsOf(db, 'p1')).toHaveLength(1);
	});

	it('never replaces a plan the learner chose, nor resets its start date or ticks', async () => {
		const db = freshDB();
		await assignPlan(db, 'p1', 'desk', '2026-03-09');
		await db.planAssignments.update(['p1', 'desk'], { doneTasks: ['module:a'] });
		expect(await ensureActiveAssignment(db, 'p1', 'new-agent-12-weeks', '2026-04-01')).toEqual({
			profileId: 'p1',
			planId: 'desk',
			startedOn: '2026-03-09',
			doneTasks: ['module:a']
		});
		expect((await assignmentsOf(db, 'p1')).map((a) => a.planId)).toEqual(['desk']);
	});

	it('makes a stored plan active again when the active-plan setting is gone', async () => {
		const db = freshDB();
		await assignPlan(db, 'p1', 'new-agent-12-weeks', '2026-03-02');
		await assignPlan(db, 'p1', 'desk', '2026-03-09');
		await db.settings.delete(['p1', 'activePlan']);
		const shown = await ensureActiveAssignment(db, 'p1', 'new-agent-12-weeks', '2026-04-01');
		expect(shown).toMatchObject({ planId: 'new-agent-12-weeks', startedOn: '2026-03-02' });
		expect(await activeAssignment(db, 'p1')).toMatchObject({ planId: 'new-agent-12-weeks' });
	});

	it('two pages opening at once start the plan once', async () => {
		const db = freshDB();
		const both = await Promise.all([
			ensureActiveAssignment(db, 'p1', 'new-agent-12-weeks', '2026-03-02'),
			ensureActiveAssignment(db, 'p1', 'other', '2026-03-03')
		]);
		expect(both[1]).toEqual(both[0]);
		expect(await assignmentsOf(db, 'p1')).toHaveLength(1);
	});
});
