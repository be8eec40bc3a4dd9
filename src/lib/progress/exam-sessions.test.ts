import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from './db';
import {
	getSession,
	listSessions,
	recordAnswer,
	setEliminated,
	setFlag,
	startSession,
	submitSession
} from './exam-sessions';
import {
	addToDeck,
	dueCards,
	gradeReview,
	recordPractice,
	reviewLogOf,
	undoReview
} from './review-cards';
import { freshDB } from './test-db';
import { answer, examResult, newSession } from '$lib/test-factories';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

const fields = newSession({ questionIds: ['a', 'b', 'c'] });

describe('exam sessions', () => {
	it('stores every answer and flag as it is given', async () => {
		const s = await startSession(db, fields);
		await recordAnswer(db, s.id, 'a', answer(2));
		await setFlag(db, s.id, 'b', true);
		const stored = await getSession(db, s.id);
		expect(stored?.answers.a?.option).toBe(2);
		expect(stored?.flags).toEqual(['b']);
		expect(stored?.deadline).toBe(fields.deadline);
	});

	it('keeps answers given at the same time from two tabs', async () => {
		const s = await startSession(db, fields);
		await Promise.all([
			recordAnswer(db, s.id, 'a', answer(1)),
			recordAnswer(db, s.id, 'b', answer(3)),
			setFlag(db, s.id, 'c', true)
		]);
		const stored = await getSession(db, s.id);
		expect(Object.keys(stored!.answers).sort()).toEqual(['a', 'b']);
		expect(stored?.flags).toEqual(['c']);
	});

	it('keeps strike-outs and flags made from two tabs with stale copies', async () => {
		const s = await startSession(db, fields);
		// Each tab's screen still shows the question as it was when it opened.
		await setEliminated(db, s.id, 'a', 0, true);
		await setEliminated(db, s.id, 'a', 2, true);
		await setFlag(db, s.id, 'a', true);
		await setFlag(db, s.id, 'b', true);
		let stored = await getSession(db, s.id);
		expect(stored?.eliminated.a).toEqual([0, 2]);
		expect(stored?.flags).toEqual(['a', 'b']);
		// Restoring one option leaves the other tab's strike-out alone; striking twice is once.
		await setEliminated(db, s.id, 'a', 0, false);
		await setEliminated(db, s.id, 'a', 2, true);
		stored = await getSession(db, s.id);
		expect(stored?.eliminated.a).toEqual([2]);
	});

	it('freezes a session once it is submitted', async () => {
		const s = await startSession(db, fields);
		await recordAnswer(db, s.id, 'a', answer(1));
		const result = examResult({ correct: 1, total: 3 });
		await submitSession(db, s.id, () => result);
		await recordAnswer(db, s.id, 'b', answer(0));
		await submitSession(db, s.id, () => ({ ...result, correct: 3 }));
		const stored = await getSession(db, s.id);
		expect(stored?.answers.b).toBeUndefined();
		expect(stored?.result?.correct).toBe(1);
		expect(await listSessions(db, 'p1')).toHaveLength(1);
	});
});

describe('review deck', () => {
	const now = new Date('2026-03-01T12:00:00Z');

	it('a missed answer becomes a due card; a right one does not; every answer is logged', async () => {
		await recordPractice(db, 'p1', 'q1', { correct: false, context: 'exam' }, now);
		await recordPractice(db, 'p1', 'q2', { correct: true, context: 'exam' }, now);
		await recordPractice(db, 'p1', 'q3', { correct: true, unsure: true, context: 'tutor' }, now);
		expect((await dueCards(db, 'p1', now)).map((c) => c.questionId).sort()).toEqual(['q1', 'q3']);
		expect(await reviewLogOf(db, 'p1')).toHaveLength(3);
	});

	it('cramming is logged but leaves the schedule alone', async () => {
		await recordPractice(db, 'p1', 'q1', { correct: false, context: 'cram' }, now);
		expect(await db.reviewCards.count()).toBe(0);
		expect((await reviewLogOf(db, 'p1'))[0]?.context).toBe('cram');
	});

	it('grading moves a card out of today’s queue, and undo brings it back', async () => {
		await addToDeck(db, 'p1', ['q1'], 'call', now);
		const before = await db.reviewCards.get(['p1', 'q1']);
		const logId = await gradeReview(db, 'p1', 'q1', 3, true, undefined, now);
		expect(logId).toEqual(expect.any(Number));
		expect(await dueCards(db, 'p1', now)).toEqual([]);
		expect(await undoReview(db, 'p2', logId!)).toBeUndefined();
		expect(await undoReview(db, 'p1', logId!)).toBe('q1');
		expect(await db.reviewCards.get(['p1', 'q1'])).toEqual(before);
		expect((await dueCards(db, 'p1', now)).map((c) => c.questionId)).toEqual(['q1']);
		expect(await reviewLogOf(db, 'p1')).toHaveLength(0);
		expect(await undoReview(db, 'p1', logId!)).toBeUndefined();
	});
});
