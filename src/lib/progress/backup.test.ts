import { beforeEach, describe, expect, it } from 'vitest';
import {
	BACKUP_VERSION,
	backupFileName,
	exportProfile,
	importBackup,
	readBackup,
	type Backup
} from './backup';
import { BACKUP_STEPS, upgradeBackup } from './backup-upgrade';
import backupV1 from './migrations/backup-v1.json';
import { fileNote, placeCall, recordStep, startRun } from './call-runs';
import type { AcademyDB } from './db';
import { recordAnswer, startSession, submitSession } from './exam-sessions';
import { recordReading, setModuleComplete } from './module-progress';
import { saveNote } from './notes';
import { createProfile } from './profiles';
import { addToDeck, recordPractice } from './review-cards';
import { setSetting } from './settings';
import { freshDB } from './test-db';
import {
	answer,
	callResult,
	profile,
	choiceStep,
	examResult,
	newSession
} from '$lib/test-factories';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

async function busyProfile(target: AcademyDB = db) {
	const p = await createProfile(target, 'Dana <b>Ruiz</b>');
	await setModuleComplete(target, p.id, 'call-frequency', true);
	await recordReading(target, p.id, 'harassment-abuse', {
		lastHeading: 'repeated-calls',
		readFraction: 0.4
	});
	await saveNote(target, p.id, 'call-frequency', 'Seven in seven; day 1 is the conversation day.');
	const s = await startSession(
		target,
		newSession({
			profileId: p.id,
			mode: 'tutor',
			seed: 4,
			questionIds: ['q1', 'q2'],
			optionOrders: [
				[0, 1, 2, 3],
				[3, 2, 1, 0]
			]
		})
	);
	await recordAnswer(target, s.id, 'q1', answer(2, { seconds: 12 }));
	await submitSession(target, s.id, () =>
		examResult({ correct: 1, total: 2, percent: 50, secondsUsed: 40 })
	);
	await recordPractice(target, p.id, 'q2', { correct: false, context: 'tutor' });
	await addToDeck(target, p.id, ['q3'], 'call');
	const run = await startRun(target, p.id, 'wrong-number');
	await placeCall(target, run.id, '2026-03-09T15:00:00.000Z');
	await recordStep(target, run.id, 0, choiceStep('open', 0));
	await fileNote(target, run.id, '3/9 wrong number', {
		...callResult(88, true),
		categories: { compliance: 100, outcome: 85, professionalism: 80, documentation: 67 },
		outcome: 'wrong-party'
	});
	await setSetting(target, p.id, 'examDate', '2026-12-01');
	return p;
}

/** Everything a profile owns, without the per-device log ids. */
async function snapshot(target: AcademyDB, profileId: string) {
	const b = await exportProfile(target, profileId);
	return {
		profile: b.profile,
		tables: {
			...b.tables,
			reviewLog: b.tables.reviewLog.map(({ id: _id, ...rest }) => rest) // eslint-disable-line @typescript-eslint/no-unused-vars
		}
	};
}

describe('export and import', () => {
	it('round-trips a profile into a fresh browser without losing anything', async () => {
		const p = await busyProfile();
		const file = JSON.stringify(await exportProfile(db, p.id));
		const read = readBackup(file);
		expect(read.ok).toBe(true);
		const other = freshDB();
		await importBackup(other, (read as { backup: Backup }).backup, 'merge');
		expect(await snapshot(other, p.id)).toEqual(await snapshot(db, p.id));
		expect((await snapshot(other, p.id)).tables.examSessions[0]?.answers.q1?.option).toBe(2);
	});

	it('replace makes the profile exactly the file; merge keeps what is newer here', async () => {
		const p = await busyProfile();
		const backup = await exportProfile(db, p.id);
		await saveNote(db, p.id, 'call-frequency', 'A newer note written after the export.');
		await setModuleComplete(db, p.id, 'harassment-abuse', true);

		await importBackup(db, backup, 'merge');
		expect((await db.notes.get([p.id, 'call-frequency']))?.text).toBe(
			'A newer note written after the export.'
		);
		expect((await db.moduleProgress.get([p.id, 'harassment-abuse']))?.status).toBe('complete');
		expect(await db.reviewLog.where('profileId').equals(p.id).count()).toBe(1);

		await importBackup(db, backup, 'replace');
		expect((await db.notes.get([p.id, 'call-frequency']))?.text).toContain('Seven in seven');
		expect((await db.moduleProgress.get([p.id, 'harassment-abuse']))?.status).toBe('in-progress');
	});

	it('imports its own export as a separate profile and both stay complete', async () => {
		const p = await busyProfile();
		const before = await snapshot(db, p.id);
		const copy = await importBackup(db, await exportProfile(db, p.id), 'copy');
		expect(copy.id).not.toBe(p.id);
		expect(copy.name).toBe('Dana <b>Ruiz</b> (copy)');
		expect(await snapshot(db, p.id)).toEqual(before);
		const mine = await snapshot(db, copy.id);
		for (const t of Object.keys(before.tables) as (keyof typeof before.tables)[])
			expect(mine.tables[t], t).toHaveLength(before.tables[t].length);
		expect(mine.tables.examSessions[0]?.answers.q1?.option).toBe(2);
		expect(mine.tables.examSessions[0]?.id).not.toBe(before.tables.examSessions[0]?.id);
		expect(mine.tables.callRuns[0]?.id).not.toBe(before.tables.callRuns[0]?.id);
	});

	it('never moves another profile’s exams or calls, whatever ids the file carries', async () => {
		const p = await busyProfile();
		const before = await snapshot(db, p.id);
		// The same records under another profile id: a file edited by hand, or from another device.
		const file = await exportProfile(db, p.id);
		const other = 'someone-else';
		const edited: Backup = {
			...file,
			profile: { ...file.profile, id: other, name: 'Sam' },
			tables: Object.fromEntries(
				Object.entries(file.tables).map(([t, rows]) => [
					t,
					rows.map((r: object) => ({ ...r, profileId: other }))
				])
			) as Backup['tables']
		};
		for (const mode of ['merge', 'replace'] as const) {
			await importBackup(db, edited, mode);
			expect(await snapshot(db, p.id)).toEqual(before);
			const theirs = await snapshot(db, other);
			expect(theirs.tables.examSessions).toHaveLength(1);
			expect(theirs.tables.callRuns).toHaveLength(1);
			expect(theirs.tables.examSessions[0]?.id).not.toBe(before.tables.examSessions[0]?.id);
		}
	});

	it('names the file after the profile and the day', () => {
		expect(
			backupFileName({
				profile: profile({ name: 'Dana <b>Ruiz</b>' }),
				exportedAt: '2026-03-09T10:00:00.000Z'
			})
		).toBe('collections-academy-Dana-b-Ruiz-b-2026-03-09.json');
	});
});

describe('a bad file is refused in plain words', () => {
	let good: Backup;
	beforeEach(async () => {
		good = await exportProfile(db, (await busyProfile()).id);
	});
	const refuse = (text: string) => {
		const r = readBackup(text);
		expect(r.ok).toBe(false);
		return (r as { message: string }).message;
	};
	// A file edited by hand: any shape at all.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const edited = (edit: (b: any) => void) => {
		const copy = JSON.parse(JSON.stringify(good));
		edit(copy);
		return JSON.stringify(copy);
	};

	it('truncated JSON', () => {
		expect(refuse(JSON.stringify(good).slice(0, 200))).toBe(
			'The file is not readable JSON: it may be cut short or not a Collections Academy backup. Nothing was changed.'
		);
	});

	it('another kind of file', () => {
		expect(refuse('[1,2,3]')).toMatch(/does not contain a Collections Academy backup/);
		expect(refuse('{"hello":"world"}')).toMatch(/not a Collections Academy profile backup/);
	});

	it('a file from a newer version', () => {
		expect(refuse(edited((b) => (b.version = 7)))).toMatch(
			/newer version of Collections Academy \(format 7\)/
		);
	});

	it('a wrong type, with where it is', () => {
		const message = refuse(edited((b) => (b.tables.examSessions[0].current = 'three')));
		expect(message).toMatch(
			/^The file is damaged or was changed by hand: tables › examSessions › row 1 › current/
		);
		expect(message).toMatch(/Nothing was changed\.$/);
	});

	it('an unexpected field such as __proto__', () => {
		const text = JSON.stringify(good).replace(
			'"format":',
			'"__proto__":{"polluted":true},"format":'
		);
		expect(refuse(text)).toMatch(/__proto__ is not a field this file may have/);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('a huge string', () => {
		expect(refuse(edited((b) => (b.profile.name = 'x'.repeat(5000))))).toMatch(
			/profile › name is longer than 60 characters/
		);
	});

	it('records that belong to someone else, and duplicated ids', () => {
		expect(refuse(edited((b) => (b.tables.notes[0].profileId = 'someone-else')))).toMatch(
			/belong to another profile/
		);
		expect(refuse(edited((b) => b.tables.callRuns.push(b.tables.callRuns[0])))).toMatch(
			/Two calls share the same id/
		);
	});

	it('states that pass the shape but no screen could open', () => {
		const exam = 'tables › examSessions';
		// A file edited by hand: any shape at all.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const cases: [string, (b: any) => void, RegExp][] = [
			[
				'an open exam at question 999 of 2',
				(b) => (b.tables.examSessions[0].current = 998),
				/Exam 1 in the file cannot be opened: its current question is 999 of 2\./
			],
			[
				'an exam with no options to show',
				(b) => (b.tables.examSessions[0].optionOrders[1] = []),
				/question 2 has no options to show/
			],
			[
				'an option order that repeats an option',
				(b) => (b.tables.examSessions[0].optionOrders[0] = [0, 0, 1, 2]),
				/options of question 1 are not in a usable order/
			],
			[
				'an answer to a question the exam does not list',
				(b) => (b.tables.examSessions[0].answers.q9 = b.tables.examSessions[0].answers.q1),
				/answer to a question it does not list/
			],
			[
				'an answer with an option the question lacks',
				(b) => (b.tables.examSessions[0].answers.q1.option = 7),
				/answer to question 1 is an option the question does not have/
			],
			[
				'a flag on a question the exam does not list',
				(b) => b.tables.examSessions[0].flags.push('q9'),
				/flags a question it does not list/
			],
			[
				'a strike-out of an option the question lacks',
				(b) => (b.tables.examSessions[0].eliminated = { q2: [4] }),
				/strikes out an option question 2 does not have/
			],
			[
				'a deadline before the start',
				(b) => (b.tables.examSessions[0].deadline = '2020-01-01T00:00:00.000Z'),
				/it ends before it starts/
			],
			[
				'an ISO-like time that Date cannot read',
				(b) => (b.tables.examSessions[0].deadline = '2026-11-20T10:00:00+05'),
				new RegExp(`${exam} › row 1 › deadline is not a date and time this browser can read`)
			],
			[
				'a call step time that Date cannot read',
				(b) => (b.tables.callRuns[0].steps[0].at = '2026-11-20T10:00:00+05'),
				/steps › row 1 › at/
			],
			[
				'a payment date that is not on the calendar',
				(b) =>
					b.tables.callRuns[0].steps.push({
						node: 'open',
						at: '',
						kind: 'plan',
						offer: { kind: 'full', firstPaymentOn: '2026-02-30' }
					}),
				/first payment date “2026-02-30” in step 2 is not a real day/
			],
			[
				'a review card with negative stability',
				(b) => {
					const card = b.tables.reviewCards[0];
					card.fsrs = { ...card.fsrs, state: 2, stability: -3, difficulty: 5, reps: 3 };
				},
				/Review card 1 in the file cannot be graded: its stability -3 is outside/
			],
			[
				'a review card with difficulty 11',
				(b) => {
					const card = b.tables.reviewCards[0];
					card.fsrs = { ...card.fsrs, state: 2, stability: 3, difficulty: 11, reps: 3 };
				},
				/its difficulty 11 is outside 1 to 10/
			],
			[
				'an undo record that could not be graded',
				(b) => {
					const entry = b.tables.reviewLog[0];
					entry.previous = {
						...b.tables.reviewCards[0].fsrs,
						state: 1,
						stability: -1,
						difficulty: 5
					};
				},
				/Review 1 in the file cannot be undone: its stability -1 is outside/
			],
			[
				'a plan that starts on a day that does not exist',
				(b) =>
					b.tables.planAssignments.push({
						profileId: b.profile.id,
						planId: 'new-hire-30',
						startedOn: '2026-02-29',
						doneTasks: []
					}),
				/startedOn is not a day on the calendar/
			]
		];
		for (const [name, edit, expected] of cases) {
			const message = refuse(edited(edit));
			expect(message, name).toMatch(expected);
			expect(message, name).toMatch(/Nothing was changed\.$/);
		}
	});

	it('leaves the database as it was', async () => {
		const before = await db.profiles.count();
		expect(refuse(edited((b) => (b.profile.createdAt = 'yesterday')))).toMatch(
			/createdAt is not a date and time/
		);
		expect(await db.profiles.count()).toBe(before);
	});
});

describe('files of earlier versions are upgraded, not refused', () => {
	const v1 = JSON.stringify(backupV1);
	// A version 1 file edited: any shape at all.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const editedV1 = (edit: (b: any) => void) => {
		const copy = JSON.parse(v1);
		edit(copy);
		return JSON.stringify(copy);
	};

	it('imports a version 1 file as version 1 wrote it, with every record', async () => {
		const read = readBackup(v1);
		if (!read.ok) throw new Error(read.message);
		expect(read.backup.version).toBe(BACKUP_VERSION);
		// Version 3 added the drill and audit attempts: a file from before has none.
		expect(read.backup.tables).toEqual({
			...backupV1.tables,
			drillAttempts: [],
			auditAttempts: [],
			certificates: []
		});
		await importBackup(db, read.backup, 'replace');
		const back = await exportProfile(db, 'p-dana');
		expect(back.tables.examSessions[0]?.answers['call-frequency-1']?.option).toBe(1);
		expect(back.tables.settings).toEqual([
			{ profileId: 'p-dana', key: 'examDate', value: '2026-06-01' }
		]);
	});

	it('leaves out a version 1 setting this version does not know; a known one must fit', () => {
		const unknown = readBackup(
			editedV1((b) => b.tables.settings.push({ profileId: 'p-dana', key: 'voice', value: 'calm' }))
		);
		expect(unknown.ok && unknown.backup.tables.settings.map((s) => s.key)).toEqual(['examDate']);
		const wrong = readBackup(editedV1((b) => (b.tables.settings[0].value = 'soon')));
		expect(wrong.ok).toBe(false);
		expect(!wrong.ok && wrong.message).toMatch(/settings › row 1 › value is not a date/);
	});

	it('imports a version 3 file, from before certificates, with none', async () => {
		const read = readBackup(
			editedV1((b) => {
				b.version = 3;
				b.tables.drillAttempts = [];
				b.tables.auditAttempts = [];
			})
		);
		if (!read.ok) throw new Error(read.message);
		expect(read.backup.version).toBe(4);
		expect(read.backup.tables.certificates).toEqual([]);
		await importBackup(db, read.backup, 'replace');
		expect(await db.certificates.count()).toBe(0);
		expect(await db.moduleProgress.count()).toBeGreaterThan(0);
	});

	it('imports a version 2 file, from before drill and audit attempts, with both tables empty', async () => {
		const read = readBackup(editedV1((b) => (b.version = 2)));
		if (!read.ok) throw new Error(read.message);
		expect(read.backup.version).toBe(BACKUP_VERSION);
		expect(read.backup.tables.drillAttempts).toEqual([]);
		expect(read.backup.tables.auditAttempts).toEqual([]);
		await importBackup(db, read.backup, 'replace');
		const back = await exportProfile(db, 'p-dana');
		expect(back.tables.examSessions).toHaveLength(backupV1.tables.examSessions.length);
		expect(back.tables.drillAttempts).toEqual([]);
	});

	it('keeps attempt tables a version 2 file carries, for the check to judge', () => {
		const drill = {
			id: 'd-1',
			profileId: 'p-dana',
			type: 'next-call',
			seed: 5,
			answer: { date: '2026-03-09' },
			correct: true,
			answeredAt: '2026-03-06T10:00:00.000Z',
			context: 'drill'
		};
		const kept = readBackup(
			editedV1((b) => {
				b.version = 2;
				b.tables.drillAttempts = [drill];
			})
		);
		expect(kept.ok && kept.backup.tables.drillAttempts).toEqual([drill]);
		const damaged = readBackup(
			editedV1((b) => {
				b.version = 2;
				b.tables.drillAttempts = [{ ...drill, correct: 'yes' }];
			})
		);
		expect(!damaged.ok && damaged.message).toMatch(/drillAttempts › row 1 › correct/);
	});

	it('runs every step from the file’s version to the current one, in order', () => {
		const steps = {
			1: (f: Record<string, unknown>) => ({ ...f, seen: ['1→2'] }),
			2: (f: Record<string, unknown>) => ({
				...f,
				seen: [...(Array.isArray(f.seen) ? f.seen : []), '2→3']
			})
		};
		expect(upgradeBackup({ version: 1 }, steps, 3)).toEqual({ version: 3, seen: ['1→2', '2→3'] });
		expect(upgradeBackup({ version: 2 }, steps, 3)).toEqual({ version: 3, seen: ['2→3'] });
		expect(upgradeBackup({ version: 3 }, steps, 3)).toEqual({ version: 3 });
		// A version no step knows is left for the check to refuse.
		expect(upgradeBackup({ version: 0 }, steps, 3)).toEqual({ version: 0 });
		expect(upgradeBackup({ version: 1.5 }, steps, 3)).toEqual({ version: 1.5 });
		expect(upgradeBackup({ version: 1 }, { 1: steps[1] }, 3)).toEqual({
			version: 2,
			seen: ['1→2']
		});
	});

	it('has a step from every earlier version', () => {
		for (let version = 1; version < BACKUP_VERSION; version++)
			expect(BACKUP_STEPS[version], `step from version ${version}`).toBeTypeOf('function');
	});

	it('refuses a field no version of a record has', () => {
		const r = readBackup(editedV1((b) => (b.tables.examSessions[0].note = 'x')));
		expect(!r.ok && r.message).toMatch(
			/tables › examSessions › row 1 › note is not a field this file may have/
		);
	});
});
