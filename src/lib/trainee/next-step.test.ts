import { describe, expect, it } from 'vitest';
import { nextStep, trackProgress, type ModuleState, type NextStepFacts } from './next-step';

const modules = (statuses: (ModuleState['status'] | undefined)[]): ModuleState[] =>
	statuses.map((status, i) => ({
		id: `m${i + 1}`,
		title: `Module ${i + 1}`,
		href: `/learn/law/m${i + 1}`,
		status,
		updatedAt: status ? `2026-03-0${i + 1}T10:00:00.000Z` : undefined
	}));

const facts = (over: Partial<NextStepFacts> = {}): NextStepFacts => ({
	examsInProgress: [],
	reviewsDue: 0,
	modules: modules([undefined, undefined, undefined, undefined]),
	exams: [
		{ id: 'chc', title: 'CHC practice exam', href: '/exams/chc' },
		{ id: 'pcs', title: 'PCS practice exam', href: '/exams/pcs' }
	],
	...over
});

describe('nextStep', () => {
	it('puts an exam in progress first', () => {
		const step = nextStep(
			facts({
				examsInProgress: [{ title: 'PCS practice exam', href: '/exams/take?session=s1' }],
				reviewsDue: 4,
				modules: modules(['in-progress'])
			})
		);
		expect(step).toMatchObject({
			kind: 'exam',
			action: 'Resume: PCS practice exam',
			href: '/exams/take?session=s1'
		});
	});

	it('then reviews due, from one', () => {
		const step = nextStep(facts({ reviewsDue: 1, modules: modules(['in-progress']) }));
		expect(step).toMatchObject({ kind: 'reviews', text: '1 review is due.', href: '/review' });
		expect(nextStep(facts({ reviewsDue: 0 })).kind).not.toBe('reviews');
	});

	it('then this week’s plan tasks, when there are any left', () => {
		const plan = { week: 2, tasks: [{ title: 'Module 3', href: '/learn/law/m3' }] };
		const step = nextStep(facts({ plan, modules: modules(['in-progress']) }));
		expect(step).toMatchObject({ kind: 'plan', href: '/plan', tasks: plan.tasks });
		expect(step.text).toBe('Week 2 of your plan: 1 task to do.');
		expect(nextStep(facts({ plan: { week: 2, tasks: [] } })).kind).toBe('module');
	});

	it('then the module in progress touched last', () => {
		const step = nextStep(facts({ modules: modules(['in-progress', 'complete', 'in-progress']) }));
		expect(step).toMatchObject({ kind: 'resume', action: 'Continue: Module 3' });
	});

	it('for a job, the next module in course order', () => {
		const step = nextStep(
			facts({ goal: { kind: 'job' }, modules: modules(['complete', undefined, 'complete']) })
		);
		expect(step).toMatchObject({
			kind: 'module',
			action: 'Start: Module 2',
			href: '/learn/law/m2'
		});
	});

	it('for a certification, the next module until three are done, then the exam’s page', () => {
		const goal = { kind: 'certification' as const, exam: 'pcs' };
		expect(
			nextStep(facts({ goal, modules: modules(['complete', 'complete', undefined, undefined]) }))
		).toMatchObject({ kind: 'module', action: 'Start: Module 3' });
		expect(
			nextStep(facts({ goal, modules: modules(['complete', 'complete', 'complete', undefined]) }))
		).toMatchObject({
			kind: 'exam-page',
			href: '/exams/pcs',
			action: 'Open: PCS practice exam'
		});
	});

	it('for an employer’s plan without a plan yet, the plan page; with one, its tasks', () => {
		const goal = { kind: 'employer-plan' as const };
		expect(nextStep(facts({ goal }))).toMatchObject({ kind: 'plan', href: '/plan' });
		expect(nextStep(facts({ goal, plan: { week: 1, tasks: [] } })).kind).toBe('module');
	});

	it('with nothing left to read, points to the exams', () => {
		expect(nextStep(facts({ modules: modules(['complete']) }))).toMatchObject({
			kind: 'done',
			href: '/exams'
		});
	});
});

describe('trackProgress', () => {
	it('counts completed modules per track and knows a finished track', () => {
		const tracks = [
			{ track: 'law', title: 'Collections law', modules: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
			{ track: 'calls', title: 'Calls', modules: [{ id: 'd' }] }
		];
		const rows = trackProgress(tracks, new Set(['a', 'c', 'd']));
		expect(rows).toEqual([
			{
				track: 'law',
				title: 'Collections law',
				href: '/learn/law',
				done: 2,
				total: 3,
				finished: false
			},
			{ track: 'calls', title: 'Calls', href: '/learn/calls', done: 1, total: 1, finished: true }
		]);
	});
});
