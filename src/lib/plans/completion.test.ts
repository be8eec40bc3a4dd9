import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import type { Backup } from '$lib/progress/backup';
import type { CourseFacts } from '$lib/trainee/summary';
import { callResult, callRun, examResult, examSession, PROFILE_ID } from '$lib/test-factories';
import { completionRules, planCompletion } from './completion';

const facts: CourseFacts = {
	modules: [
		{ id: 'm1', track: 'law', minutes: 10, title: 'Module one' },
		{ id: 'm2', track: 'law', minutes: 10, title: 'Module two' }
	],
	calls: [{ id: 'call-a', title: 'Call A' }],
	questionDomain: {},
	blueprints: [
		{ id: 'pcs', title: 'PCS practice', questions: 3, minutes: 10, passPercent: 85, domains: {} },
		{ id: 'chc', title: 'CHC practice', questions: 3, minutes: 10, passPercent: 80, domains: {} }
	]
};

const plan = (over: Partial<Plan> = {}): Plan => ({
	id: 'p',
	title: 'Plan',
	summary: 'S',
	weeks: [
		{ week: 1, title: 'W1', modules: ['m1', 'm2'], calls: ['call-a'], exams: [] },
		{ week: 2, title: 'W2', modules: ['m1'], calls: [], exams: ['pcs'] }
	],
	...over
});

const tables = (over: Partial<Backup['tables']> = {}): Backup['tables'] => ({
	moduleProgress: [],
	notes: [],
	examSessions: [],
	reviewCards: [],
	reviewLog: [],
	callRuns: [],
	planAssignments: [],
	settings: [],
	drillAttempts: [],
	auditAttempts: [],
	...over
});

const done = (moduleId: string) => ({
	profileId: PROFILE_ID,
	moduleId,
	status: 'complete' as const,
	readFraction: 1,
	updatedAt: '2026-03-10T12:00:00.000Z',
	completedAt: '2026-03-10T12:00:00.000Z'
});
const exam = (id: string, percent: number, blueprintId = 'pcs') =>
	examSession({
		id,
		blueprintId,
		submittedAt: '2026-03-12T12:00:00.000Z',
		result: examResult({ percent, passed: percent >= 85 })
	});
const run = (id: string, total: number, passed: boolean) =>
	callRun({
		id,
		scenarioId: 'call-a',
		finishedAt: '2026-03-11T12:00:00.000Z',
		result: callResult(total, passed)
	});

describe('completionRules', () => {
	it('defaults to every module, exam and call the plan names, once each', () => {
		expect(completionRules(plan())).toEqual({
			modules: ['m1', 'm2'],
			exams: ['pcs'],
			calls: ['call-a']
		});
	});
	it('uses the rules the plan states', () => {
		const rules = completionRules(
			plan({ completion: { modules: ['m2'], exams: [], calls: ['call-a'], minReviews: 5 } })
		);
		expect(rules).toEqual({ modules: ['m2'], exams: [], calls: ['call-a'], minReviews: 5 });
	});
});

describe('planCompletion', () => {
	it('lists every rule as missing for a new trainee, not failed', () => {
		const s = planCompletion(plan(), tables(), facts);
		expect(s.met).toBe(false);
		expect(s.failed).toBe(false);
		expect(s.total).toBe(4);
		expect(s.done).toBe(0);
		expect(s.items.map((i) => [i.kind, i.title, i.met])).toEqual([
			['module', 'Module one', false],
			['module', 'Module two', false],
			['exam', 'PCS practice', false],
			['call', 'Call A', false]
		]);
		expect(s.score).toBe(0);
	});

	it('a module counts once completed, not when only started', () => {
		const started = { ...done('m2'), status: 'in-progress' as const, completedAt: undefined };
		const s = planCompletion(plan(), tables({ moduleProgress: [done('m1'), started] }), facts);
		expect(s.items[0]).toMatchObject({ met: true, evidence: { id: 'm1' } });
		expect(s.items[1]).toMatchObject({ met: false, detail: 'Started, not completed yet' });
	});

	it('an exam passes at its blueprint threshold, and a failed attempt marks the plan failed', () => {
		const low = planCompletion(plan(), tables({ examSessions: [exam('e1', 84.9)] }), facts);
		expect(low.items[2]).toMatchObject({ met: false, percent: 84.9 });
		expect(low.failed).toBe(true);
		const high = planCompletion(
			plan(),
			tables({ examSessions: [exam('e1', 70), exam('e2', 85)] }),
			facts
		);
		expect(high.items[2]).toMatchObject({ met: true, percent: 85, evidence: { id: 'e2' } });
		expect(high.failed).toBe(false);
		expect(high.score).toBe(85);
	});

	it('custom quizzes and unsubmitted sessions do not count for an exam', () => {
		const custom = examSession({ id: 'q', mode: 'custom', result: examResult({ percent: 100 }) });
		const open = examSession({ id: 'o' });
		const s = planCompletion(plan(), tables({ examSessions: [custom, open] }), facts);
		expect(s.items[2]!.met).toBe(false);
		expect(s.failed).toBe(false);
	});

	it('score is the mean of the best percent on each required exam', () => {
		const p = plan({ completion: { modules: [], calls: [], exams: ['pcs', 'chc'] } });
		const s = planCompletion(p, tables({ examSessions: [exam('e1', 90), exam('e2', 70)] }), facts);
		expect(s.score).toBe(45);
		expect(
			planCompletion(
				plan({ completion: { modules: ['m1'], exams: [], calls: [] } }),
				tables(),
				facts
			).score
		).toBeUndefined();
	});

	it('a call counts when a filed run passed; critical failure on every run marks the plan failed', () => {
		const failedAll = planCompletion(
			plan(),
			tables({ callRuns: [run('c1', 40, false), run('c2', 60, false)] }),
			facts
		);
		expect(failedAll.items[3]).toMatchObject({ met: false });
		expect(failedAll.failed).toBe(true);

		const passed = planCompletion(
			plan(),
			tables({ callRuns: [run('c1', 40, false), run('c2', 88, true)] }),
			facts
		);
		expect(passed.items[3]).toMatchObject({ met: true, percent: 88, evidence: { id: 'c2' } });
		expect(passed.failed).toBe(false);
	});

	it('an unfinished call run does not count', () => {
		const open = callRun({ id: 'c9', scenarioId: 'call-a' });
		const s = planCompletion(plan(), tables({ callRuns: [open] }), facts);
		expect(s.items[3]).toMatchObject({ met: false, detail: 'Not practiced yet' });
	});

	it('minimum reviews counts answers given in spaced review only', () => {
		const p = plan({ completion: { modules: [], exams: [], calls: [], minReviews: 2 } });
		const entry = (context: 'review' | 'tutor') => ({
			profileId: PROFILE_ID,
			questionId: 'q1',
			reviewedAt: '2026-03-10T12:00:00.000Z',
			grade: 3,
			correct: true,
			context
		});
		const one = planCompletion(p, tables({ reviewLog: [entry('review'), entry('tutor')] }), facts);
		expect(one.items).toEqual([
			expect.objectContaining({ kind: 'review', met: false, detail: '1 of 2 done' })
		]);
		const two = planCompletion(p, tables({ reviewLog: [entry('review'), entry('review')] }), facts);
		expect(two.met).toBe(true);
	});

	it('is met when every rule is met', () => {
		const s = planCompletion(
			plan(),
			tables({
				moduleProgress: [done('m1'), done('m2')],
				examSessions: [exam('e1', 92)],
				callRuns: [run('c1', 90, true)]
			}),
			facts
		);
		expect(s).toMatchObject({ met: true, done: 4, total: 4, failed: false, score: 92 });
	});

	it('rules that name nothing are never met', () => {
		const p = plan({ completion: { modules: [], exams: [], calls: [] } });
		expect(planCompletion(p, tables(), facts).met).toBe(false);
	});
});
