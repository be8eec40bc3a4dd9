import * as v from 'valibot';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { answer, examSession, newSession, PROFILE_ID } from '$lib/test-factories';
import { recordAnswer, startSession } from './exam-sessions';
import type { ExamSession } from './records';
import { ExamSessionSchema } from './schema';
import { getSetting, setSetting } from './settings';
import { freshDB } from './test-db';

describe('one schema per stored record', () => {
	it('gives the record types: a field is in the type exactly when it is in the schema', () => {
		expectTypeOf<ExamSession>().toEqualTypeOf<v.InferOutput<typeof ExamSessionSchema>>();
	});

	it('refuses, in a test database, a write whose record its schema would refuse', async () => {
		const db = freshDB();
		const session = await startSession(db, newSession());
		await expect(db.examSessions.put({ ...session, current: -1 })).rejects.toThrow(
			/examSessions record does not match its schema: current/
		);
		await expect(db.examSessions.put(Object.assign({}, session, { note: 'x' }))).rejects.toThrow(
			/examSessions record does not match/
		);
		await expect(
			recordAnswer(db, session.id, 'q1', answer(1, { answeredAt: 'yesterday' }))
		).rejects.toThrow(/answers\.q1\.answeredAt is not a date and time/);
	});

	/*
	 * The recipe for the next field (see schema.ts): an optional field is added to the schema and
	 * nothing else. Records and files written before it still pass; the type and the check follow.
	 */
	it('takes a new optional field the way the next developer adds one', () => {
		const Next = v.strictObject({ ...ExamSessionSchema.entries, note: v.optional(v.string()) });
		expectTypeOf<v.InferOutput<typeof Next>>().toHaveProperty('note');
		expectTypeOf<ExamSession>().not.toHaveProperty('note');
		const before = examSession();
		const after = { ...examSession(), note: 'Retake after the FCRA module.' };
		expect(v.safeParse(Next, before).success).toBe(true);
		expect(v.safeParse(Next, after).success).toBe(true);
		// Until it is added, the same field is refused: nothing is stored or imported unchecked.
		expect(v.safeParse(ExamSessionSchema, after).success).toBe(false);
	});
});

describe('typed settings', () => {
	it('reads back each setting with the type of its key', async () => {
		const db = freshDB();
		await setSetting(db, PROFILE_ID, 'speech', true);
		await setSetting(db, PROFILE_ID, 'textScale', 1.15);
		await setSetting(db, PROFILE_ID, 'examDate', '2027-03-15');
		const speech = await getSetting(db, PROFILE_ID, 'speech');
		expectTypeOf(speech).toEqualTypeOf<boolean | undefined>();
		expect(speech).toBe(true);
		expectTypeOf(getSetting(db, PROFILE_ID, 'textScale')).resolves.toEqualTypeOf<
			number | undefined
		>();
		expect(await getSetting(db, PROFILE_ID, 'textScale')).toBe(1.15);
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBe('2027-03-15');
		// Empty text clears a setting.
		await setSetting(db, PROFILE_ID, 'examDate', '');
		expect(await getSetting(db, PROFILE_ID, 'examDate')).toBeUndefined();
	});

	it('refuses a value of the wrong kind for its key', async () => {
		const db = freshDB();
		// @ts-expect-error: speech is true or false
		await expect(setSetting(db, PROFILE_ID, 'speech', 'yes')).rejects.toThrow(/speech/);
		// @ts-expect-error: there is no such setting
		await expect(setSetting(db, PROFILE_ID, 'voice', 'calm')).rejects.toThrow();
		await expect(setSetting(db, PROFILE_ID, 'examDate', 'next spring')).rejects.toThrow(
			/is not a date/
		);
	});
});
