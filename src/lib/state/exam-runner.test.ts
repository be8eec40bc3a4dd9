import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { getSession, startSession } from '$lib/progress/exam-sessions';
import { reviewLogOf } from '$lib/progress/review-cards';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { bank, newSession, PROFILE_ID, questionView } from '$lib/test-factories';
import { ExamRunner } from './exam-runner.svelte';

const questions = ['q1', 'q2', 'q3'].map((id) => questionView(id));

let db: AcademyDB;
let runner: ExamRunner;
beforeEach(async () => {
	db = freshDB();
	const session = await startSession(
		db,
		newSession({
			optionOrders: [
				[0, 1, 2, 3],
				[3, 2, 1, 0],
				[0, 1, 2, 3]
			]
		})
	);
	runner = new ExamRunner(db, bank(questions), session);
});

describe('actions taken faster than they save', () => {
	it('a key pressed while moving on answers the question moved to, never the one left', async () => {
		await runner.answerShown(0);
		// N then B without waiting, as a quick keyboard user does.
		const moving = runner.step(1);
		const answering = runner.answerShown(1);
		await Promise.all([moving, answering]);

		const stored = (await getSession(db, runner.session!.id))!;
		expect(stored.current).toBe(1);
		expect(stored.answers.q1?.option).toBe(0);
		// B on the second question is its second shown option, stored index 2.
		expect(stored.answers.q2?.option).toBe(2);
	});

	it('two quick presses of N move two questions', async () => {
		await Promise.all([runner.step(1), runner.step(1)]);
		expect((await getSession(db, runner.session!.id))!.current).toBe(2);
	});

	it('a click names the question it was made on, even if the learner has moved on since', async () => {
		await Promise.all([runner.step(1), runner.answer(3, 'q1')]);
		const stored = (await getSession(db, runner.session!.id))!;
		expect(stored.answers.q1?.option).toBe(3);
		expect(stored.answers.q2).toBeUndefined();
	});

	it('an action after a failed one still runs', async () => {
		await db.examSessions.delete(runner.session!.id);
		await expect(runner.step(1)).rejects.toThrow();
		await db.examSessions.put({ ...runner.session!, current: 0 });
		await runner.step(1);
		expect((await getSession(db, runner.session!.id))!.current).toBe(1);
	});
});

describe('submitting', () => {
	it('a double submit scores once and feeds each answer to the review log once', async () => {
		await runner.answerShown(1);
		await Promise.all([runner.submit(), runner.submit()]);
		const stored = (await getSession(db, runner.session!.id))!;
		expect(stored.submittedAt).toBeDefined();
		expect(stored.result?.total).toBe(3);
		expect(await reviewLogOf(db, PROFILE_ID)).toHaveLength(3);
	});

	it('a second tab that submits after the first adds nothing to the review log', async () => {
		const other = new ExamRunner(db, bank(questions), runner.session!);
		await runner.submit();
		await other.submit();
		expect(await reviewLogOf(db, PROFILE_ID)).toHaveLength(3);
		expect(other.submitted).toBe(true);
	});
});

describe('writes that cannot half-happen', () => {
	it('a submit that fails partway leaves the exam open with nothing in review; a retry feeds every answer', async () => {
		// The second review-log write fails, as a tab closed in the middle of submitting would.
		const failing = failingDB('reviewLog', 2);
		const session = await startSession(failing, newSession());
		const exam = new ExamRunner(failing, bank(questions), session);
		await exam.answerShown(0);
		await expect(exam.submit()).rejects.toThrow(/failed/);

		const stored = (await getSession(failing, session.id))!;
		expect(stored.submittedAt).toBeUndefined();
		expect(stored.result).toBeUndefined();
		expect(await reviewLogOf(failing, PROFILE_ID)).toEqual([]);
		expect(await failing.reviewCards.count()).toBe(0);

		await exam.submit();
		expect((await getSession(failing, session.id))!.result?.total).toBe(3);
		expect(await reviewLogOf(failing, PROFILE_ID)).toHaveLength(3);
		// q2 and q3 were not answered: missed, so in the deck.
		expect(await failing.reviewCards.count()).toBe(2);
	});

	it('a tutor answer and its review entry are one write', async () => {
		const failing = failingDB('reviewLog', 1);
		const session = await startSession(failing, newSession({ mode: 'tutor' }));
		const tutor = new ExamRunner(failing, bank(questions), session);
		await expect(tutor.answerShown(1)).rejects.toThrow(/failed/);
		expect((await getSession(failing, session.id))!.answers).toEqual({});
		expect(await failing.reviewCards.count()).toBe(0);

		await tutor.answerShown(1);
		expect((await getSession(failing, session.id))!.answers.q1?.option).toBe(1);
		expect(await reviewLogOf(failing, PROFILE_ID)).toHaveLength(1);
	});
});
