import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import {
	AT,
	PROFILE_ID,
	callResult,
	callRun,
	callScenario,
	choiceStep,
	examResult,
	examSession,
	profileBackup
} from '$lib/test-factories';
import { LEARNER, traineeDetail } from './detail';
import type { CourseFacts } from './summary';

const facts: CourseFacts = {
	modules: [{ id: 'm1', track: 'law', minutes: 10 }],
	questionDomain: { q1: 'fdcpa-regf', q2: 'fdcpa-regf' },
	blueprints: [
		{
			id: 'pcs',
			title: 'PCS',
			questions: 2,
			minutes: 10,
			passPercent: 85,
			domains: { 'fdcpa-regf': 100 }
		}
	]
};

const plan: Plan = {
	id: 'starter',
	title: 'Starter',
	summary: 'A plan.',
	weeks: [
		{ week: 1, title: 'Law', modules: ['m1'], calls: [], exams: [] },
		{ week: 2, title: 'Calls', modules: [], calls: ['test'], exams: ['pcs'] },
		{ week: 3, title: 'More', modules: [], calls: [], exams: [] }
	]
};

const log = (questionId: string, correct: boolean, n: number) => ({
	profileId: PROFILE_ID,
	questionId,
	reviewedAt: `2026-03-0${n}T10:00:00.000Z`,
	grade: correct ? 3 : 1,
	correct,
	context: 'review' as const
});

const backup = profileBackup(
	{
		examSessions: [
			examSession({
				id: 'e1',
				submittedAt: '2026-03-09T15:10:00.000Z',
				result: examResult({
					percent: 50,
					passed: false,
					byDomain: { 'fdcpa-regf': { correct: 1, total: 2 } }
				})
			})
		],
		reviewLog: [log('q1', false, 1), log('q1', false, 2), log('q2', false, 3), log('q2', true, 4)],
		callRuns: [
			callRun({
				id: 'run1',
				dialedAt: AT,
				steps: [choiceStep('open', 1)],
				accountNote: 'Told a third party.',
				finishedAt: '2026-03-09T15:20:00.000Z',
				result: callResult(30, false)
			})
		],
		planAssignments: [
			{ profileId: PROFILE_ID, planId: 'starter', startedOn: '2026-03-02', doneTasks: [] }
		],
		settings: [{ profileId: PROFILE_ID, key: 'activePlan', value: 'starter' }],
		auditAttempts: []
	},
	{ exportedAt: '2026-03-20T10:00:00.000Z' }
);

describe('trainee detail', () => {
	const d = traineeDetail(backup, facts, [plan], '2026-03-17', {
		scenarios: [callScenario()],
		questionStems: { q1: 'Who may you tell?', q2: 'When may you call?' },
		ruleTitles: { 'fdcpa-1692c-b-third-parties': 'Talking to third parties' }
	});

	it('shows plan progress per week with overdue tasks', () => {
		expect(d.plan?.week).toBe('Week 3 of 3');
		expect(d.plan?.weeks.map((w) => [w.week, w.done, w.tasks.length])).toEqual([
			[1, 0, 1],
			[2, 0, 2],
			[3, 0, 0]
		]);
		expect(d.plan?.overdue).toBe(3);
	});

	it('lists exam attempts with their domains', () => {
		expect(d.exams).toEqual([
			{
				id: 'e1',
				title: 'PCS',
				day: '2026-03-09',
				percent: 50,
				passed: false,
				domains: [{ domain: 'fdcpa-regf', title: 'FDCPA and Regulation F', correct: 1, total: 2 }]
			}
		]);
	});

	it('shows each call with rule titles, the transcript replayed from its steps, and the note', () => {
		const call = d.calls[0]!;
		expect(call).toMatchObject({ title: 'Test', critical: true, passed: false, total: 30 });
		expect(call.violations).toEqual([
			{ rule: 'fdcpa-1692c-b-third-parties', title: 'Talking to third parties' }
		]);
		expect(call.transcript.slice(0, 2)).toEqual([
			{ speaker: 'Marcus Bell', text: 'Hello?' },
			{ speaker: LEARNER, text: 'Marcus owes us money.' }
		]);
		expect(call.note).toBe('Told a third party.');
	});

	it('ranks the questions missed most, with their stems', () => {
		expect(d.missed).toEqual([
			{ questionId: 'q1', stem: 'Who may you tell?', times: 2 },
			{ questionId: 'q2', stem: 'When may you call?', times: 1 }
		]);
	});
});
