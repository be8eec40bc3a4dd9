import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { activeAssignment, assignmentsOf, assignPlan } from '$lib/progress/plan-assignments';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { PROFILE_ID } from '$lib/test-factories';
import { PlanBuilder } from './plan-builder.svelte';
import type { PlanCatalog } from './plan-context';

const catalog: PlanCatalog = {
	plans: [
		{
			id: 'new-agent',
			title: 'New agent',
			summary: 'Twelve weeks.',
			weeks: [{ week: 1, title: 'Law', modules: ['a'], calls: [], exams: [] }]
		}
	],
	modules: [
		{ id: 'a', title: 'A', track: 'law', href: '/learn/law/a' },
		{ id: 'b', title: 'B', track: 'law', href: '/learn/law/b' }
	],
	calls: [],
	exams: [],
	drills: [],
	audits: [],
	facts: { modules: [], questionDomain: {}, blueprints: [] }
};
const TODAY = '2026-03-09';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

function builder(store: AcademyDB | null = db, title = 'Desk plan') {
	const b = new PlanBuilder(
		catalog,
		() => (store ? { db: store, profileId: PROFILE_ID } : undefined),
		TODAY
	);
	b.title = title;
	b.summary = 'Two weeks.';
	b.weeks[0]!.modules = ['a'];
	return b;
}

describe('PlanBuilder', () => {
	it('saves the draft as the plan in use from today', async () => {
		expect(await builder().save()).toBe(true);
		expect(await activeAssignment(db, PROFILE_ID)).toMatchObject({
			planId: 'desk-plan',
			startedOn: TODAY,
			custom: { title: 'Desk plan', weeks: [{ week: 1, modules: ['a'] }] }
		});
	});

	it('says what to fix and saves nothing while the draft is incomplete', async () => {
		const b = builder();
		b.addWeek();
		expect(await b.save()).toBe(false);
		expect(b.problem).toBe(
			'Week 2 has no tasks: choose at least one module, call, exam, drill or audit.'
		);
		b.removeWeek(1);
		b.summary = '';
		expect(b.build()).toBeUndefined();
		expect(b.problem).toBe('Add a one-sentence summary for trainees.');
		expect(await assignmentsOf(db, PROFILE_ID)).toEqual([]);
	});

	it('saves the organization and the items the certificate requires', async () => {
		const b = builder();
		b.organization = 'Northwind Recovery';
		b.weeks[0]!.modules = ['a', 'b'];
		b.setChoose(true);
		expect(b.completion.modules).toEqual(['a', 'b']);
		b.completion.modules = ['b'];
		b.completion.minReviews = 12;
		expect(await b.save()).toBe(true);
		expect((await activeAssignment(db, PROFILE_ID))?.custom).toMatchObject({
			organization: 'Northwind Recovery',
			completion: { modules: ['b'], exams: [], calls: [], minReviews: 12 }
		});
	});

	it('starts from a built-in plan as "our version"', () => {
		const b = builder();
		b.startFrom('new-agent');
		expect(b.title).toBe('New agent (our version)');
		expect(b.build()?.id).toBe('new-agent-our-version');
	});

	it('asks before replacing a saved plan with the same title; Keep both saves beside it', async () => {
		expect(await builder().save()).toBe(true);
		const again = builder();
		expect(await again.save()).toBe(false);
		expect(again.clash?.existing.title).toBe('Desk plan');
		expect(await assignmentsOf(db, PROFILE_ID)).toHaveLength(1);
		expect(await again.settleClash('both')).toBe(true);
		const titles = (await assignmentsOf(db, PROFILE_ID)).map((a) => a.custom?.title);
		expect(titles).toEqual(['Desk plan', 'Desk plan']);
	});

	it('Cancel keeps the saved plan as it was', async () => {
		await assignPlan(db, PROFILE_ID, 'desk-plan', '2026-03-02', {
			...catalog.plans[0]!,
			id: 'desk-plan',
			title: 'Desk plan'
		});
		const b = builder();
		await b.save();
		expect(await b.settleClash('cancel')).toBe(false);
		expect(b.clash).toBeUndefined();
		expect(await activeAssignment(db, PROFILE_ID)).toMatchObject({ startedOn: '2026-03-02' });
	});

	it('says in plain words when saving fails', async () => {
		const b = builder(failingDB('planAssignments'));
		expect(await b.save()).toBe(false);
		expect(b.problem).toMatch(/Something went wrong while saving/);
		const offline = builder(null);
		expect(await offline.save()).toBe(false);
		expect(offline.problem).toMatch(/not letting the app save/);
	});
});
