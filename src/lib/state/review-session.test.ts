import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AcademyDB } from '$lib/progress/db';
import { reviewLogOf } from '$lib/progress/review-cards';
import { getSetting, setSetting } from '$lib/progress/settings';
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

	it('offers undo only after a grade in this session, and undoes exactly that grade', async () => {
		// A grade from an earlier session stays: undo here is only for this session's grades.
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1' }),
			reviewCard({ questionId: 'q2' })
		]);
		const earlier = await opened();
		earlier.choose(0);
		await earlier.grade(Rating.Good);
		const logBefore = await reviewLogOf(db, PROFILE_ID);
		const q2Before = await db.reviewCards.get([PROFILE_ID, 'q2']);

		const session = await opened();
		expect(session.canUndo).toBe(false);
		await session.undo();
		expect(await reviewLogOf(db, PROFILE_ID)).toEqual(logBefore);
		expect(session.card?.questionId).toBe('q2');
		session.choose(1);
		await session.grade(Rating.Again);
		expect(session.canUndo).toBe(true);
		await session.undo();
		expect(session.message).toBe('The last grade was undone; that card is back in the queue.');
		expect(session.canUndo).toBe(false);
		expect(session.reviewed).toBe(0);
		expect(session.queue.map((c) => c.questionId)).toEqual(['q2']);
		expect(await db.reviewCards.get([PROFILE_ID, 'q2'])).toEqual(q2Before);
		expect(await reviewLogOf(db, PROFILE_ID)).toEqual(logBefore);
	});

	it('shows the next interval of each grade from the card’s state, and which grades are open', async () => {
		await db.reviewCards.put(reviewCard({ questionId: 'q1' }));
		const session = await opened();
		expect(session.intervals).toEqual({ 1: '1m', 2: '6m', 3: '10m', 4: '8d' });
		expect(session.grades).toEqual([]);
		session.choose(1);
		expect(session.grades).toEqual([Rating.Again]);
		const right = await opened();
		right.choose(0);
		expect(right.grades).toEqual([Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]);
	});

	it('takes keys: Space shows the picked answer, 1–4 grade only once it shows', async () => {
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1' }),
			reviewCard({ questionId: 'q2' })
		]);
		const session = await opened();
		expect(session.press('3')).toBe(false);
		expect(session.press(' ')).toBe(false);
		session.pick(0);
		expect(session.chosen).toBeUndefined();
		expect(session.press('3')).toBe(false);
		expect(session.press(' ')).toBe(true);
		expect(session.chosen).toBe(0);
		expect(session.press('5')).toBe(false);
		expect(session.press('3')).toBe(true);
		await vi.waitFor(() => expect(session.reviewed).toBe(1));
		expect((await reviewLogOf(db, PROFILE_ID))[0]).toMatchObject({ grade: Rating.Good });
		// A wrong answer takes only Again (key 1); Enter grades it too.
		session.pick(2);
		session.reveal();
		expect(session.press('4')).toBe(false);
		expect(session.press('Enter')).toBe(true);
		await vi.waitFor(() => expect(session.reviewed).toBe(2));
		expect((await reviewLogOf(db, PROFILE_ID)).map((e) => e.grade).sort()).toEqual([
			Rating.Again,
			Rating.Good
		]);
	});

	it('holds back new cards beyond the daily limit, and takes a typed limit', async () => {
		const due = (i: number) => `2026-03-0${i}T10:00:00.000Z`;
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1', due: due(1), fsrs: { ...reviewCard().fsrs, due: due(1) } }),
			reviewCard({ questionId: 'q2', due: due(2), fsrs: { ...reviewCard().fsrs, due: due(2) } })
		]);
		await setSetting(db, PROFILE_ID, 'newCardsPerDay', 1);
		const session = await opened();
		expect(session.newLimit).toBe(1);
		expect(session.queue.map((c) => c.questionId)).toEqual(['q1']);
		expect(session.heldBack).toBe(1);
		session.choose(0);
		await session.grade(Rating.Good);
		// The one new card of the day is studied: q2 waits for tomorrow.
		expect(session.queue).toEqual([]);
		expect(session.heldBack).toBe(1);

		for (const bad of ['1.5', '1000', 'lots', '-2']) {
			await session.setNewLimit(bad);
			expect(session.limitProblem).toBe('Enter a whole number from 0 to 999 for new cards a day.');
		}
		expect(await getSetting(db, PROFILE_ID, 'newCardsPerDay')).toBe(1);
		await session.setNewLimit(' 2 ');
		expect(session.limitProblem).toBe('');
		expect(session.message).toBe('New cards a day: 2.');
		expect(await getSetting(db, PROFILE_ID, 'newCardsPerDay')).toBe(2);
		expect(session.queue.map((c) => c.questionId)).toEqual(['q2']);
		expect(session.heldBack).toBe(0);

		// A new learner gets the default of 20.
		expect((await opened(freshDB())).newLimit).toBe(20);
	});

	it('forecasts due cards for 7 and 30 days and reports retention so far', async () => {
		const local = (day: number) => new Date(2026, 2, day, 12).toISOString();
		await db.reviewCards.bulkPut([
			reviewCard({ questionId: 'q1', due: AT }),
			reviewCard({
				questionId: 'q2',
				due: local(12),
				fsrs: { ...reviewCard().fsrs, due: local(12) }
			}),
			reviewCard({
				questionId: 'gone',
				due: local(12),
				fsrs: { ...reviewCard().fsrs, due: local(12) }
			})
		]);
		const session = await opened();
		expect(session.forecastWeek).toHaveLength(7);
		expect(session.forecastMonth).toHaveLength(30);
		expect(session.forecastWeek.map((d) => d.due)).toEqual([1, 0, 1, 0, 0, 0, 0]);
		expect(session.retention).toEqual({ reviews: 0, remembered: 0, rate: undefined });

		const learned = { ...reviewCard().fsrs, state: 2 as const, stability: 5, difficulty: 5 };
		await db.reviewLog.bulkAdd(
			Array.from({ length: 10 }, (_, i) => ({
				profileId: PROFILE_ID,
				questionId: 'q1',
				reviewedAt: AT,
				grade: i < 3 ? Rating.Again : Rating.Good,
				correct: i >= 3,
				context: 'review' as const,
				previous: learned
			}))
		);
		await session.load();
		expect(session.retention).toEqual({ reviews: 10, remembered: 7, rate: 0.7 });
	});

	it('says in plain words when the limit cannot be saved, and keeps the old one', async () => {
		const broken = failingDB('settings');
		const session = await opened(broken);
		await session.setNewLimit('5');
		expect(session.message).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(session.newLimit).toBe(20);
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
