import { describe, expect, it } from 'vitest';
import type { Backup } from '$lib/progress/backup';
import { summarise, type CourseFacts } from './summary';
import { answer, callResult, callRun, examResult, examSession, profile } from '$lib/test-factories';

const course: CourseFacts = {
	modules: [
		{ id: 'm1', track: 'law', minutes: 10 },
		{ id: 'm2', track: 'law', minutes: 8 },
		{ id: 'n1', track: 'negotiation', minutes: 6 }
	],
	questionDomain: { q1: 'fdcpa-regf', q2: 'fdcpa-regf', q3: 'negotiation', q4: 'negotiation' },
	blueprints: [
		{
			id: 'pcs',
			title: 'PCS',
			questions: 4,
			minutes: 10,
			passPercent: 85,
			domains: { 'fdcpa-regf': 50, negotiation: 50 }
		}
	]
};

const tables = (): Backup['tables'] => ({
	moduleProgress: [
		{
			profileId: 'p',
			moduleId: 'm1',
			status: 'complete',
			readFraction: 1,
			updatedAt: '2026-03-08T10:00:00Z'
		},
		{
			profileId: 'p',
			moduleId: 'm2',
			status: 'in-progress',
			readFraction: 0.5,
			updatedAt: '2026-03-09T10:00:00Z'
		}
	],
	notes: [],
	examSessions: [
		examSession({
			profileId: 'p',
			questionIds: ['q1', 'q3'],
			optionOrders: [
				[0, 1, 2, 3],
				[0, 1, 2, 3]
			],
			answers: { q1: answer(0, { answeredAt: '2026-03-07T10:00:00Z', seconds: 60 }) },
			startedAt: '2026-03-07T10:00:00Z',
			submittedAt: '2026-03-07T10:05:00Z',
			result: examResult({ correct: 1, total: 2, percent: 50, byDomain: {}, secondsUsed: 300 })
		})
	],
	reviewCards: [],
	reviewLog: [
		{
			profileId: 'p',
			questionId: 'q1',
			reviewedAt: '2026-03-07T10:01:00Z',
			grade: 3,
			correct: true,
			context: 'exam'
		},
		{
			profileId: 'p',
			questionId: 'q3',
			reviewedAt: '2026-03-07T10:02:00Z',
			grade: 1,
			correct: false,
			context: 'exam'
		}
	],
	callRuns: [
		callRun({
			id: 'c1',
			profileId: 'p',
			scenarioId: 'wrong-number',
			startedAt: '2026-03-09T11:00:00Z',
			connectedAt: '2026-03-09T11:00:00Z',
			finishedAt: '2026-03-09T11:04:00Z',
			result: {
				...callResult(90, true),
				categories: { compliance: 100, outcome: 85, professionalism: 80, documentation: 100 },
				outcome: 'wrong-party'
			}
		}),
		callRun({
			id: 'c2',
			profileId: 'p',
			scenarioId: 'hostile-threatening',
			startedAt: '2026-03-09T12:00:00Z',
			connectedAt: '2026-03-09T12:00:00Z',
			finishedAt: '2026-03-09T12:02:00Z',
			result: {
				...callResult(60, false),
				categories: { compliance: 50, outcome: 40, professionalism: 60, documentation: 80 },
				outcome: 'call-ended',
				violations: ['fdcpa-1692d-harassment']
			}
		})
	],
	planAssignments: [],
	settings: [],
	drillAttempts: [],
	auditAttempts: [],
	certificates: []
});

describe('a trainee summary', () => {
	const s = summarise({ profile: profile({ id: 'p' }), tables: tables() }, course, '2026-03-09');

	it('counts modules per track', () => {
		expect(s.modulesByTrack).toEqual({
			law: { done: 1, total: 2 },
			negotiation: { done: 0, total: 1 }
		});
	});

	it('keeps best exam scores against the threshold, and how much of the pool was seen', () => {
		expect(s.exams[0]).toMatchObject({
			attempts: 1,
			bestPercent: 50,
			passed: false,
			seenShare: 0.5
		});
		// Two answers and a half-answered exam: not enough evidence for a readiness figure.
		expect(s.exams[0]?.readiness.estimate).toBeUndefined();
		expect(s.exams[0]?.readiness.short).toEqual([
			{ domain: 'fdcpa-regf', need: 4 },
			{ domain: 'negotiation', need: 4 }
		]);
	});

	it('gives the readiness figure once a full practice exam was answered to the end', () => {
		const t = tables();
		const exam = t.examSessions[0]!;
		t.examSessions[0] = {
			...exam,
			questionIds: ['q1', 'q2', 'q3', 'q4'],
			answers: Object.fromEntries(['q1', 'q2', 'q3', 'q4'].map((id) => [id, exam.answers.q1!]))
		};
		const full = summarise(
			{ profile: { id: 'p', name: 'Dana', createdAt: '', updatedAt: '' }, tables: t },
			course,
			'2026-03-09'
		);
		const r = full.exams[0]!.readiness;
		expect(r.fullExams).toBe(1);
		expect(r.estimate?.probability).toBeGreaterThan(0);
		expect(r.estimate?.probability).toBeLessThan(0.5);
		expect(r.raiseMost?.domain).toBe('negotiation');
	});

	it('averages call categories and counts critical failures', () => {
		expect(s.calls.average).toEqual({
			compliance: 75,
			outcome: 63,
			professionalism: 70,
			documentation: 90
		});
		expect(s.calls.passedBest).toEqual(new Map([['wrong-number', 90]]));
		expect(s.calls.criticalViolations).toBe(1);
	});

	it('counts the streak of active days up to today and the study time', () => {
		expect(s.streakDays).toBe(3); // 03-07, 03-08, 03-09
		expect(s.studyMinutes).toBe(10 + 4 + 1 + 4 + 2);
		expect(s.domains.map((d) => d.domain)).toEqual(['negotiation', 'fdcpa-regf']);
		expect(s.lastActive).toBe('2026-03-09T12:00:00Z');
	});
});
