import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportProfile, importBackup, type Backup } from './backup';
import { lossesOnReplace, replaceLosses } from './backup-diff';
import { fileNote, placeCall, recordStep, startRun } from './call-runs';
import { recordAudit, recordDrill } from './drill-attempts';
import type { AcademyDB } from './db';
import { recordAnswer, startSession, submitSession } from './exam-sessions';
import { setModuleComplete } from './module-progress';
import { saveNote } from './notes';
import { assignPlan } from './plan-assignments';
import { createProfile } from './profiles';
import { addToDeck, recordPractice } from './review-cards';
import { freshDB } from './test-db';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
	// Only the clock is faked (IndexedDB's own timers keep running): records get distinct times.
	vi.useFakeTimers({ toFake: ['Date'] });
	at('2026-11-01T09:00:00.000Z');
});
afterEach(() => {
	vi.useRealTimers();
});

const at = (iso: string) => vi.setSystemTime(new Date(iso));

const RESULT = {
	correct: 1,
	total: 2,
	percent: 50,
	passed: false,
	passPercent: 85,
	byDomain: {},
	secondsUsed: 40
};

async function newSession(profileId: string) {
	return startSession(db, {
		profileId,
		blueprintId: 'pcs',
		mode: 'tutor',
		seed: 1,
		questionIds: ['q1', 'q2'],
		optionOrders: [
			[0, 1, 2, 3],
			[0, 1, 2, 3]
		]
	});
}

const answer = (iso: string) => ({ option: 1, answeredAt: iso, seconds: 5 });

/** A profile with a little of everything, exported on 2026-11-10. */
async function exportedProfile() {
	const p = await createProfile(db, 'Dana');
	await setModuleComplete(db, p.id, 'call-frequency', true);
	await saveNote(db, p.id, 'call-frequency', 'Day 1 is the conversation day.');
	const s = await newSession(p.id);
	await recordAnswer(db, s.id, 'q1', answer('2026-11-02T10:00:00.000Z'));
	const run = await startRun(db, p.id, 'wrong-number');
	await placeCall(db, run.id, '2026-03-09T15:00:00.000Z');
	await recordPractice(
		db,
		p.id,
		'q1',
		{ correct: false, context: 'tutor' },
		new Date('2026-11-03T10:00:00.000Z')
	);
	await assignPlan(db, p.id, 'new-hire-12-weeks', '2026-11-01');
	at('2026-11-10T12:00:00.000Z');
	const file = await exportProfile(db, p.id);
	return { p, s, run, file };
}

describe('replaceLosses', () => {
	it('finds nothing to lose when the device holds what the file holds', async () => {
		const { file, p } = await exportedProfile();
		expect(replaceLosses((await exportProfile(db, p.id)).tables, file)).toEqual([]);
		expect(await lossesOnReplace(db, file)).toEqual([]);
	});

	it('lists newer exams, calls, reviews, deck cards, modules, notes and plan tasks by count and latest date', async () => {
		const { file, p, s, run } = await exportedProfile();
		at('2026-11-20T08:00:00.000Z');
		const later = await newSession(p.id);
		at('2026-11-21T08:00:00.000Z');
		await recordAnswer(db, s.id, 'q2', answer('2026-11-21T08:00:00.000Z')); // the old session moved on
		await submitSession(db, later.id, () => RESULT);
		at('2026-11-22T08:00:00.000Z');
		await recordStep(db, run.id, 0, {
			node: 'open',
			at: '2026-03-09T15:00:05.000Z',
			kind: 'choice',
			choice: 0
		});
		at('2026-11-23T08:00:00.000Z');
		await startRun(db, p.id, 'first-call');
		for (const [i, day] of ['2026-11-24', '2026-11-25', '2026-11-26'].entries())
			await recordPractice(
				db,
				p.id,
				`q${i + 5}`,
				{ correct: false, context: 'review' },
				new Date(`${day}T10:00:00.000Z`)
			);
		at('2026-11-27T08:00:00.000Z');
		await setModuleComplete(db, p.id, 'harassment-abuse', true);
		at('2026-11-28T08:00:00.000Z');
		await saveNote(db, p.id, 'call-frequency', 'Edited after the export.');
		const here = await exportProfile(db, p.id);
		here.tables.planAssignments[0]!.doneTasks.push('module:call-frequency');

		expect(replaceLosses(here.tables, file)).toEqual([
			{ kind: 'exams', count: 2, latest: '2026-11-21T08:00:00.000Z' },
			{ kind: 'calls', count: 2, latest: '2026-11-23T08:00:00.000Z' },
			{ kind: 'reviews', count: 3, latest: '2026-11-26T10:00:00.000Z' },
			{ kind: 'deck', count: 3, latest: '2026-11-26T10:00:00.000Z' },
			{ kind: 'modules', count: 1, latest: '2026-11-27T08:00:00.000Z' },
			{ kind: 'notes', count: 1, latest: '2026-11-28T08:00:00.000Z' },
			{ kind: 'plans', count: 1, latest: undefined }
		]);
	});

	it('lists compliance drills and call audits done after the export', async () => {
		const { file, p } = await exportedProfile();
		at('2026-11-24T08:00:00.000Z');
		await recordDrill(db, {
			profileId: p.id,
			type: 'call-now',
			seed: 9,
			answer: { canCall: 'yes' },
			correct: true,
			context: 'drill'
		});
		at('2026-11-25T08:00:00.000Z');
		await recordAudit(db, {
			profileId: p.id,
			auditId: 'wrong-number',
			marks: [{ line: 3, rule: 'fdcpa-1692c-b-third-parties' }],
			result: { violations: 1, flagged: 1, hits: 1, precision: 100, recall: 100, score: 100 }
		});
		expect(replaceLosses((await exportProfile(db, p.id)).tables, file)).toEqual([
			{ kind: 'drills', count: 1, latest: '2026-11-24T08:00:00.000Z' },
			{ kind: 'audits', count: 1, latest: '2026-11-25T08:00:00.000Z' }
		]);
		// Replace removes them, as the list said it would.
		await importBackup(db, file, 'replace');
		expect(await db.drillAttempts.count()).toBe(0);
		expect(await db.auditAttempts.count()).toBe(0);
	});

	it('does not count what only the file has, or an older copy on the device', async () => {
		const { file, p } = await exportedProfile();
		// The file is ahead: it has a finished call, another answer and a newer note.
		const ahead: Backup = structuredClone(file);
		ahead.tables.callRuns[0]!.finishedAt = '2026-11-09T10:00:00.000Z';
		ahead.tables.examSessions[0]!.answers.q2 = answer('2026-11-09T10:00:00.000Z');
		ahead.tables.notes[0]!.updatedAt = '2026-11-09T23:00:00.000Z';
		ahead.tables.reviewLog.push({
			...ahead.tables.reviewLog[0]!,
			reviewedAt: '2026-11-09T10:00:00.000Z'
		});
		expect(replaceLosses((await exportProfile(db, p.id)).tables, ahead)).toEqual([]);
	});

	it('matches a review by question and moment even when the file writes the time another way', async () => {
		const { file, p } = await exportedProfile();
		const shifted: Backup = structuredClone(file);
		// 10:00Z written as 05:00 at UTC-5: the same moment.
		shifted.tables.reviewLog[0]!.reviewedAt = '2026-11-03T05:00:00.000-05:00';
		expect(replaceLosses((await exportProfile(db, p.id)).tables, shifted)).toEqual([]);
	});

	it('agrees with what a replace then removes', async () => {
		const { file, p } = await exportedProfile();
		at('2026-11-20T08:00:00.000Z');
		await submitSession(db, (await newSession(p.id)).id, () => RESULT);
		await recordPractice(db, p.id, 'q1', { correct: true, context: 'review' });
		await recordPractice(db, p.id, 'q9', { correct: true, context: 'review' });
		await addToDeck(db, p.id, ['q7'], 'call');
		const run = await startRun(db, p.id, 'first-call');
		await fileNote(db, run.id, 'note', {
			total: 90,
			passed: true,
			categories: { compliance: 100, outcome: 90, professionalism: 80, documentation: 80 },
			outcome: 'promise',
			violations: [],
			critical: false
		});
		const before = await exportProfile(db, p.id);
		const losses = await lossesOnReplace(db, file);
		const lost = (kind: string) => losses.find((l) => l.kind === kind)?.count ?? 0;

		await importBackup(db, file, 'replace');
		const after = await exportProfile(db, p.id);
		expect(before.tables.examSessions.length - after.tables.examSessions.length).toBe(
			lost('exams')
		);
		expect(before.tables.callRuns.length - after.tables.callRuns.length).toBe(lost('calls'));
		expect(before.tables.reviewLog.length - after.tables.reviewLog.length).toBe(lost('reviews'));
		expect(before.tables.reviewCards.length - after.tables.reviewCards.length).toBe(lost('deck'));
		expect([lost('exams'), lost('calls'), lost('reviews'), lost('deck')]).toEqual([1, 1, 2, 1]);
		// Nothing is left to lose once the device holds the file.
		expect(await lossesOnReplace(db, file)).toEqual([]);
	});

	it('loses nothing for a profile that is not on this device', async () => {
		const { file } = await exportedProfile();
		const other = freshDB();
		expect(await lossesOnReplace(other, file)).toEqual([]);
	});
});
