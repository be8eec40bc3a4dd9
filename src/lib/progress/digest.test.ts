import { describe, expect, it } from 'vitest';
import { seededRandom } from '$lib/exam/random';
import { summarise, summariseRecords, type CourseFacts } from '$lib/trainee/summary';
import {
	answer,
	blueprint,
	examResult,
	newSession,
	profile,
	PROFILE_ID
} from '$lib/test-factories';
import { exportProfile, importBackup } from './backup';
import type { AcademyDB } from './db';
import { readDigested } from './digest';
import type { LogFacts } from '$lib/trainee/log-facts';
import { deleteSession, recordAnswer, startSession, submitSession } from './exam-sessions';
import { deleteProfile } from './profiles';
import { gradeReview, recordPractice, undoReview } from './review-cards';
import { failingDB, freshDB } from './test-db';

const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
const facts: CourseFacts = {
	modules: [],
	questionDomain: { q1: 'tcpa', q2: 'tcpa', q3: 'tcpa', q4: 'fcra', q5: 'fcra', q6: 'fcra' },
	blueprints: [
		blueprint({
			id: 'pcs',
			title: 'PCS',
			questions: 3,
			passPercent: 80,
			domains: { tcpa: 50, fcra: 50 }
		})
	]
};
const TODAY = '2026-03-20';
const domainOf = (id: string) => facts.questionDomain[id];

/** The dashboard's figures, through the digest. */
const digested = (db: AcademyDB, build = 'build-1', zone = 'America/Chicago') =>
	readDigested(db, PROFILE_ID, { build, zone, domainOf }, (records, memo) =>
		summariseRecords(records, facts, TODAY, memo)
	);
/** The same figures from every record of the profile, as a supervisor's file gives them. */
const full = async (db: AcademyDB) => summarise(await exportProfile(db, PROFILE_ID), facts, TODAY);

describe('profile digest', () => {
	it('gives the figures every record gives, through appends, undone grades, exams and imports', async () => {
		const db = freshDB();
		await db.profiles.add(profile());
		await db.profiles.add(profile({ id: 'other' }));
		const random = seededRandom(5);
		const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
		// Times out of order and repeated, as answers from two devices merged would be.
		const when = () => new Date(Date.UTC(2026, 2, 1 + Math.floor(random() * 19), 9, pick([0, 1])));
		const undoable: number[] = [];
		const sessions: string[] = [];
		const open: string[] = [];
		const undone: number[] = [];
		// A missed answer puts each question in the review deck, so grading and undoing have cards.
		for (const q of questions)
			await recordPractice(db, PROFILE_ID, q, { correct: false, context: 'tutor' }, when());

		for (let step = 0; step < 120; step++) {
			const move = random();
			if (move < 0.35) {
				const context = pick(['exam', 'tutor', 'review', 'custom', 'cram'] as const);
				const who = random() < 0.8 ? PROFILE_ID : 'other';
				await recordPractice(
					db,
					who,
					pick(questions),
					{ correct: random() < 0.6, context },
					when()
				);
			} else if (move < 0.45) {
				const grade = pick([1, 3, 4] as const);
				const id = await gradeReview(
					db,
					PROFILE_ID,
					pick(questions),
					grade,
					grade > 1,
					undefined,
					when()
				);
				if (id !== undefined) undoable.push(id);
			} else if (move < 0.52 && undoable.length) {
				const id = undoable.splice(Math.floor(random() * undoable.length), 1)[0]!;
				if (await undoReview(db, PROFILE_ID, id)) undone.push(id);
			} else if (move < 0.6) {
				const s = await startSession(db, newSession({ questionIds: ['q1', 'q4', 'q5'] }));
				sessions.push(s.id);
				open.push(s.id);
			} else if (move < 0.7 && open.length) {
				// Go on with an exam begun earlier: one more answer, or hand it in.
				const id = pick(open);
				if (random() < 0.6)
					await recordAnswer(
						db,
						id,
						pick(['q1', 'q4', 'q5']),
						answer(0, { seconds: 5 + Math.floor(random() * 900) })
					);
				else {
					await submitSession(db, id, () => examResult({ percent: Math.round(random() * 100) }));
					open.splice(open.indexOf(id), 1);
				}
			} else if (move < 0.76 && sessions.length) {
				await deleteSession(db, sessions.splice(Math.floor(random() * sessions.length), 1)[0]!);
			} else if (move < 0.84) {
				// A file from another device: a submitted exam rescored there, and answers not here.
				const file = await exportProfile(db, PROFILE_ID);
				const done = file.tables.examSessions.find((s) => s.result);
				if (done) done.result = examResult({ percent: Math.round(random() * 100) });
				file.tables.reviewLog.push({
					...file.tables.reviewLog[0],
					profileId: PROFILE_ID,
					questionId: pick(questions),
					reviewedAt: when().toISOString(),
					grade: 3,
					correct: true,
					context: 'tutor'
				});
				await importBackup(db, file, random() < 0.5 ? 'merge' : 'replace');
			}
			if (random() < 0.4) expect(await digested(db), `after step ${step}`).toEqual(await full(db));
		}
		expect(await digested(db)).toEqual(await full(db));
		// A second look, with nothing new, is the same again.
		expect(await digested(db)).toEqual(await full(db));
		// The walk did what it is meant to test.
		expect(undone.length).toBeGreaterThan(2);
		expect((await full(db)).exams[0]?.readiness.estimate).toBeDefined();
	});

	it('keeps a digest that matches the log, and drops it with the profile', async () => {
		const db = freshDB();
		await db.profiles.add(profile());
		for (const q of questions)
			await recordPractice(db, PROFILE_ID, q, { correct: true, context: 'tutor' });
		await digested(db);
		const stored = await db.digests.get(PROFILE_ID);
		const ids = (await db.reviewLog
			.where('profileId')
			.equals(PROFILE_ID)
			.primaryKeys()) as number[];
		expect(stored?.log.count).toBe(6);
		expect(stored?.log.upTo).toBe(Math.max(...ids));
		expect(stored?.log.facts.seen).toEqual(questions);
		expect(stored?.readiness).toHaveLength(1);

		await recordPractice(db, PROFILE_ID, 'q1', { correct: false, context: 'exam' });
		await digested(db);
		const tcpa = (await db.digests.get(PROFILE_ID))?.log.facts.recent.tcpa;
		expect(tcpa?.map(([, , correct]) => correct)).toEqual([false, true, true, true]);

		await deleteProfile(db, PROFILE_ID);
		expect(await db.digests.count()).toBe(0);
		await expect(digested(db)).rejects.toThrow('That profile no longer exists.');
	});

	it('starts afresh for another build of the app or another time zone', async () => {
		const db = freshDB();
		await db.profiles.add(profile());
		await recordPractice(db, PROFILE_ID, 'q1', { correct: true, context: 'tutor' });
		await digested(db, 'build-1', 'America/Chicago');
		// A digest as a build that read the log differently might have left it.
		const stored = (await db.digests.get(PROFILE_ID))!;
		const [at, place] = stored.log.facts.recent.tcpa![0]!;
		const wrong: LogFacts = { ...stored.log.facts, recent: { tcpa: [[at, place, false]] } };
		await db.digests.put({ ...stored, log: { ...stored.log, facts: wrong } });
		expect((await digested(db, 'build-1')).domains[0]?.correct).toBe(0);
		expect((await digested(db, 'build-2')).domains[0]?.correct).toBe(1);
		expect((await db.digests.get(PROFILE_ID))?.build).toBe('build-2');

		// Its days are local days: counted in another time zone, they are counted again.
		await db.digests.put({
			...stored,
			build: 'build-2',
			zone: 'Asia/Tokyo',
			log: { ...stored.log, facts: wrong }
		});
		expect((await digested(db, 'build-2', 'America/Chicago')).domains[0]?.correct).toBe(1);
		expect((await db.digests.get(PROFILE_ID))?.zone).toBe('America/Chicago');
	});

	it('still shows the figures when the digest cannot be saved', async () => {
		const db = failingDB('digests');
		await db.profiles.add(profile());
		await recordPractice(db, PROFILE_ID, 'q2', { correct: true, context: 'exam' });
		expect(await digested(db)).toEqual(await full(db));
		expect(await db.digests.count()).toBe(0);
	});
});
