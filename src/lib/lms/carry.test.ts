import { describe, expect, it } from 'vitest';
import type { Plan } from '$lib/content/schema';
import { planCompletion } from '$lib/plans/completion';
import type { Backup } from '$lib/progress/backup';
import {
	callResult,
	callRun,
	examResult,
	examSession,
	PROFILE_ID,
	profileBackup
} from '$lib/test-factories';
import type { CourseFacts } from '$lib/trainee/summary';
import { carriedFrom, isEmpty, restoredModules, withCarried } from './carry';
import { lessonStatus, scoreRaw } from './cmi';
import { decodeSuspend, encodeSuspend } from './suspend-data';

const facts: CourseFacts = {
	modules: [
		{ id: 'm1', track: 'law', minutes: 10, title: 'Module one' },
		{ id: 'm2', track: 'law', minutes: 10, title: 'Module two' }
	],
	calls: [{ id: 'call-a', title: 'Call A' }],
	questionDomain: {},
	blueprints: [
		{ id: 'pcs', title: 'PCS practice', questions: 3, minutes: 10, passPercent: 85, domains: {} }
	]
};
const plan: Plan = {
	id: 'p',
	title: 'Plan',
	summary: 'S',
	weeks: [{ week: 1, title: 'W1', modules: ['m1', 'm2'], calls: ['call-a'], exams: ['pcs'] }]
};
const AT = '2026-03-10T12:00:00.000Z';
const tables = (over: Partial<Backup['tables']> = {}): Backup['tables'] =>
	profileBackup(over).tables;
const done = (moduleId: string) => ({
	profileId: PROFILE_ID,
	moduleId,
	status: 'complete' as const,
	readFraction: 1,
	updatedAt: AT,
	completedAt: AT
});
const everythingDone = tables({
	moduleProgress: [done('m1'), done('m2')],
	examSessions: [
		examSession({ id: 'e1', submittedAt: AT, result: examResult({ percent: 60, passed: false }) }),
		examSession({ id: 'e2', submittedAt: AT, result: examResult({ percent: 90, passed: true }) })
	],
	callRuns: [
		callRun({
			id: 'r1',
			scenarioId: 'call-a',
			finishedAt: AT,
			result: callResult(90, true)
		})
	]
});

describe('carried progress', () => {
	it('is what the records show: completed modules, best exam percent, calls passed', () => {
		expect(carriedFrom(everythingDone)).toEqual({
			modules: ['m1', 'm2'],
			exams: { pcs: 90 },
			calls: ['call-a']
		});
		expect(isEmpty(everythingDone)).toBe(false);
		expect(isEmpty(tables())).toBe(true);
	});

	it('on a new machine, keeps the status the LMS saw: passed, with the same score', () => {
		const before = planCompletion(plan, everythingDone, facts);
		expect(lessonStatus(before)).toBe('passed');
		const suspend = encodeSuspend(carriedFrom(everythingDone));
		const fresh = tables();
		const after = planCompletion(
			plan,
			withCarried(fresh, decodeSuspend(suspend)!, PROFILE_ID, AT),
			facts
		);
		expect(lessonStatus(after)).toBe('passed');
		expect(scoreRaw(after)).toBe(scoreRaw(before));
		expect(restoredModules(fresh, decodeSuspend(suspend)!)).toEqual(['m1', 'm2']);
	});

	it('adds nothing the records already have, and nothing when nothing is carried', () => {
		const same = withCarried(everythingDone, carriedFrom(everythingDone), PROFILE_ID, AT);
		expect(same.moduleProgress).toHaveLength(2);
		expect(same.examSessions).toHaveLength(2);
		expect(same.callRuns).toHaveLength(1);
		const status = planCompletion(
			plan,
			withCarried(tables(), { modules: [], exams: {}, calls: [] }, PROFILE_ID, AT),
			facts
		);
		expect(lessonStatus(status)).toBe('incomplete');
		expect(scoreRaw(status)).toBe(0);
	});
});
