import { beforeEach, describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { planToFile } from '$lib/plans/plan-file';
import type { AcademyDB } from '$lib/progress/db';
import { setModuleComplete } from '$lib/progress/module-progress';
import { activeAssignment, assignmentsOf, assignPlan } from '$lib/progress/plan-assignments';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { PROFILE_ID, profile } from '$lib/test-factories';
import type { PlanCatalog } from './plan-context';
import { PlanSession } from './plan-session.svelte';

const plan = (id: string, title: string, modules = ['a', 'b']): Plan => ({
	id,
	title,
	summary: 'S.',
	weeks: [
		{ week: 1, title: 'Law', modules, calls: [], exams: [] },
		{ week: 2, title: 'Calls', modules: ['c'], calls: [], exams: [] }
	]
});
const catalog: PlanCatalog = {
	plans: [plan('new-agent', 'New agent'), plan('refresher', 'Refresher', ['c'])],
	modules: ['a', 'b', 'c'].map((id) => ({
		id,
		title: `Module ${id}`,
		track: 'law',
		href: `/learn/law/${id}`
	})),
	calls: [],
	exams: [],
	drills: [],
	audits: [],
	facts: {
		modules: ['a', 'b', 'c'].map((id) => ({ id, track: 'law', minutes: 10 })),
		questionDomain: {},
		blueprints: []
	}
};
const TODAY = '2026-03-09';

async function withProfile(db: AcademyDB): Promise<AcademyDB> {
	await db.profiles.add(profile());
	return db;
}

let db: AcademyDB;
beforeEach(async () => {
	db = await withProfile(freshDB());
});

async function opened(over: { today?: string } = {}) {
	const session = new PlanSession(db, catalog, PROFILE_ID, over.today ?? TODAY);
	await session.load();
	return session;
}

describe('PlanSession', () => {
	it('starts the default plan today for a new learner and shows it with nothing done', async () => {
		const session = await opened();
		expect(session.problem).toBe('');
		expect(session.plan?.title).toBe('New agent');
		expect(session.progress).toMatchObject({ done: 0, total: 3, currentWeek: 1 });
		expect(await activeAssignment(db, PROFILE_ID)).toMatchObject({
			planId: 'new-agent',
			startedOn: TODAY
		});
		expect(session.titleOf('module', 'a')).toBe('Module a');
		expect(session.hrefOf('module', 'a')).toBe('/learn/law/a');
		expect(session.hrefOf('call', 'x')).toBe('/calls/x');
	});

	it('opening the page again keeps the plan the learner chose and its start date', async () => {
		await assignPlan(db, PROFILE_ID, 'refresher', '2026-03-02');
		const session = await opened({ today: '2026-03-20' });
		expect(session.plan?.title).toBe('Refresher');
		expect(session.assignment?.startedOn).toBe('2026-03-02');
		expect(session.progress?.currentWeek).toBe(3);
		expect((await assignmentsOf(db, PROFILE_ID)).map((a) => a.planId)).toEqual(['refresher']);
	});

	it('marks a task done from the learner’s records', async () => {
		await setModuleComplete(db, PROFILE_ID, 'a', true);
		const session = await opened();
		expect(session.progress?.done).toBe(1);
		expect(session.progress?.weeks[0]?.tasks.find((t) => t.id === 'a')?.done).toBe(true);
	});

	it('changes plan and start date and stores both', async () => {
		const session = await opened();
		expect(await session.pick('refresher')).toBe(true);
		expect(session.plan?.title).toBe('Refresher');
		expect(await session.restartOn('2026-03-02')).toBe(true);
		expect(await activeAssignment(db, PROFILE_ID)).toMatchObject({
			planId: 'refresher',
			startedOn: '2026-03-02'
		});
		expect(await session.restartOn('')).toBe(false);
	});

	it('imports a plan file and uses it from today', async () => {
		const session = await opened();
		await session.importFile(planToFile(plan('desk', 'Desk plan')));
		expect(session.message).toBe(
			'Imported the plan “Desk plan”. It starts today; change the start date below if needed.'
		);
		expect(session.plan?.title).toBe('Desk plan');
		expect(session.choices.map((p) => p.title)).toEqual(['New agent', 'Refresher', 'Desk plan']);
	});

	it('asks before an imported plan replaces a saved one with its id; Cancel changes nothing', async () => {
		await assignPlan(db, PROFILE_ID, 'desk', TODAY, plan('desk', 'Desk plan'));
		const session = await opened();
		await session.importFile(planToFile(plan('desk', 'Another desk plan')));
		expect(session.clash?.existing.title).toBe('Desk plan');
		await session.settleClash('cancel');
		expect(session.clash).toBeUndefined();
		expect((await assignmentsOf(db, PROFILE_ID)).map((a) => a.custom?.title)).toEqual([
			'Desk plan'
		]);

		await session.importFile(planToFile(plan('desk', 'Another desk plan')));
		await session.settleClash('both');
		const titles = (await assignmentsOf(db, PROFILE_ID)).map((a) => a.custom?.title).sort();
		expect(titles).toEqual(['Another desk plan', 'Desk plan']);
		expect(session.plan?.title).toBe('Another desk plan');
	});

	it('refuses a plan file naming a module the app does not have, in plain words', async () => {
		const session = await opened();
		await session.importFile(planToFile(plan('desk', 'Desk plan', ['tax-law'])));
		expect(session.problem).toBe(
			'Week 1 names module "tax-law", which this app does not have. Nothing was changed.'
		);
		expect(session.plan?.title).toBe('New agent');
	});

	it('says in plain words when the plan cannot be saved, and keeps the plan in use', async () => {
		const broken = await withProfile(failingDB('planAssignments', 2));
		const session = new PlanSession(broken, catalog, PROFILE_ID, TODAY);
		await session.load();
		expect(await session.pick('refresher')).toBe(false);
		expect(session.problem).toMatch(/Nothing saved earlier was lost/);
		expect(session.plan?.title).toBe('New agent');
		expect(await activeAssignment(broken, PROFILE_ID)).toMatchObject({ planId: 'new-agent' });
	});

	it('without storage shows the default plan from today, nothing done, and changes nothing', async () => {
		const session = new PlanSession(undefined, catalog, '', TODAY);
		await session.load();
		expect(session.canChange).toBe(false);
		expect(session.plan?.title).toBe('New agent');
		expect(session.progress).toMatchObject({ done: 0, currentWeek: 1 });
		expect(await session.pick('refresher')).toBe(false);
	});
});
