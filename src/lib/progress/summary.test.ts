import { describe, expect, it } from 'vitest';
import type { Backup } from './backup';
import { summarise, type CourseFacts } from './summary';

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
		{
			id: 'e1',
			profileId: 'p',
			blueprintId: 'pcs',
			mode: 'timed',
			seed: 1,
			questionIds: ['q1', 'q3'],
			optionOrders: [
				[0, 1, 2, 3],
				[0, 1, 2, 3]
			],
			answers: { q1: { option: 0, answeredAt: '2026-03-07T10:00:00Z', seconds: 60 } },
			flags: [],
			eliminated: {},
			current: 0,
			startedAt: '2026-03-07T10:00:00Z',
			submittedAt: '2026-03-07T10:05:00Z',
			result: {
				correct: 1,
				total: 2,
				percent: 50,
				passed: false,
				passPercent: 85,
				byDomain: {},
				secondsUsed: 300
			}
		}
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
		{
			id: 'c1',
			profileId: 'p',
			scenarioId: 'wrong-number',
			startedAt: '2026-03-09T11:00:00Z',
			connectedAt: '2026-03-09T11:00:00Z',
			finishedAt: '2026-03-09T11:04:00Z',
			steps: [],
			result: {
				total: 90,
				passed: true,
				categories: { compliance: 100, outcome: 85, professionalism: 80, documentation: 100 },
				outcome: 'wrong-party',
				violations: [],
				critical: false
			}
		},
		{
			id: 'c2',
			profileId: 'p',
			scenarioId: 'hostile-threatening',
			startedAt: '2026-03-09T12:00:00Z',
			connectedAt: '2026-03-09T12:00:00Z',
			finishedAt: '2026-03-09T12:02:00Z',
			steps: [],
			result: {
				total: 60,
				passed: false,
				categories: { compliance: 50, outcome: 40, professionalism: 60, documentation: 80 },
				outcome: 'call-ended',
				violations: ['fdcpa-1692d-harassment'],
				critical: true
			}
		}
	],
	planAssignments: [],
	settings: [],
	drillAttempts: [],
	auditAttempts: []
});

describe('a trainee summary', () => {
	const s = summarise(
		{ profile: { id: 'p', name: 'Dana', createdAt: '', updatedAt: '' }, tables: tables() },
		course,
		'2026-03-09'
	);

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
		expect(s.exams[0]?.readiness.studyFirst).toBe('negotiation');
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
