import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { getSession, startSession, submitSession } from '$lib/progress/exam-sessions';
import { reviewLogOf } from '$lib/progress/review-cards';
import { freshDB } from '$lib/progress/test-db';
import { bank as bankOf, newSession, questionView } from '$lib/test-factories';
import {
	ExamRunner,
	RETRY_MS,
	SHOW_HELD_AFTER_MS,
	UnsavedAnswersError
} from './exam-runner.svelte';

const bank = bankOf(['q1', 'q2', 'q3'].map((id) => questionView(id)));

let db: AcademyDB;
let runner: ExamRunner;
beforeEach(async () => {
	db = freshDB();
	const session = await startSession(db, {
		profileId: 'p1',
		blueprintId: 'pcs',
		mode: 'timed',
		seed: 1,
		questionIds: ['q1', 'q2', 'q3'],
		optionOrders: [
			[0, 1, 2, 3],
			[3, 2, 1, 0],
			[0, 1, 2, 3]
		],
		deadline: '2030-01-01T00:00:00.000Z'
	});
	runner = new ExamRunner(db, bank, session);
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
		diskFull = true;
		await expect(runner.toggleFlag()).rejects.toThrow();
		diskFull = false;
		await runner.step(1);
		expect((await getSession(db, runner.session!.id))!.current).toBe(1);
	});
});

/** A full disk, as the browser reports it: every write fails while the flag is set. */
let diskFull = false;
const store = globalThis.IDBObjectStore.prototype;
const originals = { put: store.put, add: store.add };
for (const method of ['put', 'add'] as const)
	store[method] = function (this: IDBObjectStore, ...args: unknown[]) {
		if (diskFull) throw new DOMException('The disk is full.', 'QuotaExceededError');
		return (originals[method] as (...a: unknown[]) => IDBRequest).apply(this, args);
	} as never;
afterEach(() => {
	diskFull = false;
	vi.useRealTimers();
});

describe('a full disk in the middle of an exam', () => {
	const stored = async () => (await getSession(db, runner.session!.id))!;

	it('holds an answer it cannot save, never shows it as saved, and lets the learner move on', async () => {
		await runner.answer(1, 'q1');
		diskFull = true;
		await runner.answer(3, 'q1');
		expect(runner.chosenOf('q1')).toBe(3);
		expect(runner.isUnsaved('q1')).toBe(true);
		expect(runner.answerOf('q1')?.option).toBe(1); // what is stored
		expect((await stored()).answers.q1?.option).toBe(1);
		expect(runner.unsavedMessage).toMatch(/^1 answer is not saved yet\. .*out of storage space/);

		await runner.step(1);
		expect(runner.index).toBe(1);
		await runner.answerShown(0);
		expect(runner.chosenOf('q2')).toBe(3);
		expect(runner.unsavedMessage).toMatch(/^2 answers are not saved yet/);
		await expect(runner.submit()).rejects.toBeInstanceOf(UnsavedAnswersError);
		expect((await stored()).submittedAt).toBeUndefined();

		diskFull = false;
		vi.useFakeTimers({ now: Date.now() + RETRY_MS, toFake: ['Date'] });
		await runner.retry();
		expect(runner.unsavedCount).toBe(0);
		expect(runner.unsavedMessage).toBe('');
		const after = await stored();
		expect(after.answers.q1?.option).toBe(3);
		expect(after.answers.q2?.option).toBe(3);
		expect(after.current).toBe(1);
	});

	it('a held answer is saved by the next action that can write', async () => {
		diskFull = true;
		await runner.answer(2, 'q1');
		await runner.step(1);
		diskFull = false;
		await runner.step(1);
		expect(runner.unsavedCount).toBe(0);
		expect((await stored()).answers.q1?.option).toBe(2);
		expect((await stored()).current).toBe(2);
	});

	it('in tutor mode, the review deck hears of a held answer once it is saved', async () => {
		const tutor = new ExamRunner(
			db,
			bank,
			await startSession(db, { ...fieldsOf(runner.session!), mode: 'tutor', deadline: undefined })
		);
		diskFull = true;
		await tutor.answer(2, 'q1'); // wrong: the answer is 0
		expect(await reviewLogOf(db, 'p1')).toHaveLength(0);
		await tutor.answer(0, 'q1'); // the first answer stands, even unsaved
		expect(tutor.chosenOf('q1')).toBe(2);
		diskFull = false;
		vi.useFakeTimers({ now: Date.now() + RETRY_MS, toFake: ['Date'] });
		await tutor.retry();
		expect((await getSession(db, tutor.session!.id))!.answers.q1?.option).toBe(2);
		expect(await reviewLogOf(db, 'p1')).toHaveLength(1);
		tutor.close();
	});
});

const fieldsOf = (s: NonNullable<ExamRunner['session']>) => ({
	profileId: s.profileId,
	blueprintId: s.blueprintId,
	mode: s.mode,
	seed: s.seed,
	questionIds: s.questionIds,
	optionOrders: s.optionOrders,
	deadline: s.deadline
});

describe('a slow disk', () => {
	/** Keeps a write open on the sessions table, as a busy disk would, until released. */
	function holdSessions() {
		let held = true;
		const store = db
			.backendDB()
			.transaction('examSessions', 'readwrite')
			.objectStore('examSessions');
		const keepBusy = () => {
			if (held) store.get('nothing').onsuccess = keepBusy;
		};
		keepBusy();
		return () => (held = false);
	}

	it('writes a new answer before showing it, and shows a slow one at once as not saved yet', async () => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const release = holdSessions();
		const answering = runner.answer(2, 'q1');
		await vi.advanceTimersByTimeAsync(SHOW_HELD_AFTER_MS - 1);
		expect(runner.chosenOf('q1')).toBeUndefined();
		await vi.advanceTimersByTimeAsync(1);
		expect(runner.chosenOf('q1')).toBe(2);
		expect(runner.isUnsaved('q1')).toBe(true);
		expect(runner.unsavedMessage).toBe(''); // slow is not failed: no warning yet

		release();
		await answering;
		expect(runner.isUnsaved('q1')).toBe(false);
		expect(runner.chosenOf('q1')).toBe(2);
		expect((await getSession(db, runner.session!.id))!.answers.q1?.option).toBe(2);
	});
});

describe('two tabs on one exam', () => {
	it('a tab acting on an exam submitted elsewhere learns of it and saves nothing', async () => {
		const other = new ExamRunner(db, bank, runner.session!);
		await other.submit();
		await runner.answer(2, 'q1');
		expect(runner.submitted).toBe(true);
		expect(runner.submittedElsewhere).toBe(true);
		expect(runner.chosenOf('q1')).toBeUndefined();
		expect(runner.unsavedCount).toBe(0);
		expect((await getSession(db, runner.session!.id))!.answers).toEqual({});
		other.close();
	});

	it('moving on in a stale tab also finds out, and so does a plain re-read', async () => {
		const other = new ExamRunner(db, bank, runner.session!);
		await submitSession(db, runner.session!.id, () => ({
			correct: 0,
			total: 3,
			percent: 0,
			passed: false,
			passPercent: 70,
			byDomain: {},
			secondsUsed: 1
		}));
		await runner.step(1);
		expect(runner.submittedElsewhere).toBe(true);
		await other.refresh();
		expect(other.submittedElsewhere).toBe(true);
		other.close();
	});

	it('strike-outs from two tabs on the same question are both kept', async () => {
		const other = new ExamRunner(db, bank, runner.session!);
		await runner.toggleEliminated(1, 'q1');
		await other.toggleEliminated(2, 'q1'); // its copy does not show option 1 struck
		expect((await getSession(db, runner.session!.id))!.eliminated.q1?.sort()).toEqual([1, 2]);
		// Restoring in the stale tab restores only what it pressed.
		await other.toggleEliminated(2, 'q1');
		expect((await getSession(db, runner.session!.id))!.eliminated.q1).toEqual([1]);
		other.close();
	});
});

describe('submitting', () => {
	it('a double submit scores once and feeds each answer to the review log once', async () => {
		await runner.answerShown(1);
		await Promise.all([runner.submit(), runner.submit()]);
		const stored = (await getSession(db, runner.session!.id))!;
		expect(stored.submittedAt).toBeDefined();
		expect(stored.result?.total).toBe(3);
		expect(await reviewLogOf(db, 'p1')).toHaveLength(3);
	});

	it('a second tab that submits after the first adds nothing to the review log', async () => {
		const other = new ExamRunner(db, bank, runner.session!);
		await runner.submit();
		await other.submit();
		expect(await reviewLogOf(db, 'p1')).toHaveLength(3);
		expect(other.submitted).toBe(true);
		expect(other.submittedElsewhere).toBe(true);
		expect(runner.submittedElsewhere).toBe(false);
		other.close();
	});
});

describe('a damaged or discarded exam', () => {
	it('names what is wrong with an open exam whose questions left the bank, and discards it', async () => {
		const session = await startSession(db, newSession({ questionIds: ['q1', 'gone', 'q3'] }));
		const opened = (await ExamRunner.open(db, bank, session.id))!;
		expect(opened.damage).toMatch(/gone/);
		expect(await opened.discard()).toBe('');
		expect(await getSession(db, session.id)).toBeUndefined();
	});

	it('finds nothing wrong with a sound exam', () => {
		expect(runner.damage).toBeUndefined();
	});
});
