import { beforeEach, describe, expect, it } from 'vitest';
import { AcademyDB } from '$lib/progress/db';
import { reviewLogOf } from '$lib/progress/review-cards';
import { setSetting } from '$lib/progress/settings';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { Rating } from '$lib/review/scheduler';
import { AT, bank, PROFILE_ID, questionView, reviewCard } from '$lib/test-factories';
import { ReviewSession } from './review-session.svelte';

const questions = bank([questionView('q1'), questionView('q2')]);
const NOW = new Date('2026-03-10T15:00:00.000Z');

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

async function opened(on: AcademyDB = db) {
	const session = new ReviewSession(on, questions, PROFILE_ID, () => NOW);
	await session.load();
	return session;
}

describe('ReviewSession', () => {
	it('shows nothing due for a new learner', async () => {
		const session = await opened();
		expect(session.loaded).toBe(true);
		expect(session.queue).toEqual([]);
		expect(session.card).toBeUndefined();
		expect(session.examDate).toBeUndefined();
	});

	it('queues due cards of known questions and drills, not unknown ones or later ones', async () => {
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1' }),
			reviewCard({ questionId: 'gone' }),
			reviewCard({ questionId: 'drill:call-now' }),
			reviewCard({ questionId: 'q2', due: '2026-04-01T00:00:00.000Z' })
		]);
		await setSetting(db, PROFILE_ID, 'examDate', '2026-04-15');
		const session = await opened();
		expect(session.queue.map((c) => c.questionId).sort()).toEqual(['drill:call-now', 'q1']);
		expect(session.examDate).toBe('2026-04-15');
	});

	it('grades an answered question once, even on a double click, and logs it', async () => {
		await db.reviewCards.put(reviewCard({ questionId: 'q1' }));
		const session = await opened();
		expect(session.question?.id).toBe('q1');
		expect([...session.order].sort()).toEqual([0, 1, 2, 3]);
		await session.grade(Rating.Good);
		expect(await reviewLogOf(db, PROFILE_ID)).toEqual([]);
		session.choose(0);
		session.choose(2);
		expect(session.chosen).toBe(0);
		expect(session.correct).toBe(true);
		await Promise.all([session.grade(Rating.Good), session.grade(Rating.Good)]);
		const log = await reviewLogOf(db, PROFILE_ID);
		expect(log).toHaveLength(1);
		expect(log[0]).toMatchObject({ questionId: 'q1', grade: Rating.Good, correct: true });
		expect(session.reviewed).toBe(1);
		expect(session.chosen).toBeUndefined();
		expect(session.queue).toEqual([]);
		expect((await db.reviewCards.get([PROFILE_ID, 'q1']))!.due > NOW.toISOString()).toBe(true);
	});

	it('grades a drill card without a chosen option, with the drill’s verdict', async () => {
		await db.reviewCards.put(reviewCard({ questionId: 'drill:call-now' }));
		const session = await opened();
		expect(session.drillType).toBe('call-now');
		expect(session.question).toBeUndefined();
		expect(session.drillStore).toEqual({ db, profileId: PROFILE_ID });
		await session.grade(Rating.Again, false);
		expect((await reviewLogOf(db, PROFILE_ID))[0]).toMatchObject({
			questionId: 'drill:call-now',
			correct: false
		});
	});

	it('undoes the last grade: the card is due again and the log entry is gone', async () => {
		await db.reviewCards.put(reviewCard({ questionId: 'q1' }));
		const session = await opened();
		session.choose(1);
		await session.grade(Rating.Again);
		await session.undo();
		expect(session.message).toBe('The last grade was undone; that card is back in the queue.');
		expect(session.reviewed).toBe(0);
		expect(session.queue.map((c) => c.questionId)).toEqual(['q1']);
		expect(await reviewLogOf(db, PROFILE_ID)).toEqual([]);
		await session.undo();
		expect(session.message).toBe('There is no review grade to undo.');
	});

	it('sets damaged cards aside with their problem, and removes them on request', async () => {
		// A database without the schema check, as an older version or a hand edit would leave it.
		db = new AcademyDB(`review-damaged-${Date.now()}`);
		const stored = { ...reviewCard({ questionId: 'q2' }), createdAt: 'yesterday' };
		await db.reviewCards.bulkPut([reviewCard({ questionId: 'q1' }), stored]);
		const session = await opened();
		expect(session.queue.map((c) => c.questionId)).toEqual(['q1']);
		expect(session.damaged).toEqual([
			{ card: stored, problem: expect.stringContaining('creation time') }
		]);
		await session.removeDamaged();
		expect(session.damaged).toEqual([]);
		expect(session.message).toBe(
			'Removed the damaged card. Answer the question again in an exam or quiz to bring it back.'
		);
		expect(await db.reviewCards.get([PROFILE_ID, 'q2'])).toBeUndefined();
		expect(await db.reviewCards.get([PROFILE_ID, 'q1'])).toBeDefined();
	});

	it('says in plain words when a grade cannot be saved, and keeps the card', async () => {
		const broken = failingDB('reviewLog');
		await broken.reviewCards.put(reviewCard({ questionId: 'q1', due: AT }));
		const session = await opened(broken);
		session.choose(0);
		await session.grade(Rating.Good);
		expect(session.message).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(session.reviewed).toBe(0);
		expect(session.queue.map((c) => c.questionId)).toEqual(['q1']);
		expect((await broken.reviewCards.get([PROFILE_ID, 'q1']))!.due).toBe(AT);
		// The lock is released: the next try goes through.
		await session.grade(Rating.Good);
		expect(session.reviewed).toBe(1);
	});
});
