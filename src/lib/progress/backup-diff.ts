/**
 * What "Replace with the file" would remove: the records this device holds for the profile that
 * the file does not have, or has only in an older state. Shown before a replace, so nobody loses
 * a week of work to an old file by accident.
 */
import { exportProfile, type Backup } from './backup';
import type { AcademyDB } from './db';
import type { CallRun, ExamSession } from './records';

export type LossKind =
	'exams' | 'calls' | 'reviews' | 'deck' | 'modules' | 'notes' | 'plans' | 'drills' | 'audits';

/** One kind of record a replace would remove: how many, and when the newest of them was made. */
export interface Loss {
	kind: LossKind;
	count: number;
	/** The newest of the lost records' times (ISO), for "the latest on …". */
	latest?: string;
}

type Tables = Backup['tables'];

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : -Infinity);

/** The latest of some ISO times (undefined and '' skipped), as written. */
function latestOf(times: (string | undefined)[]): string | undefined {
	let best: string | undefined;
	for (const t of times) if (t && (best === undefined || time(t) > time(best))) best = t;
	return best;
}

/** When a session last changed: started, an answer given, or handed in. */
const sessionTime = (s: ExamSession) =>
	latestOf([s.startedAt, s.submittedAt, ...Object.values(s.answers).map((a) => a.answeredAt)]);

/** When a call last changed, in real time (dialedAt and step times are the call's simulated clock). */
const callTime = (r: CallRun) => latestOf([r.startedAt, r.connectedAt, r.finishedAt]);

/** Further along here than in the file: more answers, handed in, or an answer changed later. */
function sessionAhead(here: ExamSession, file: ExamSession): boolean {
	const answers = (s: ExamSession) => Object.keys(s.answers).length;
	return (
		answers(here) > answers(file) ||
		(!!here.submittedAt && !file.submittedAt) ||
		time(sessionTime(here)) > time(sessionTime(file))
	);
}

function callAhead(here: CallRun, file: CallRun): boolean {
	return (
		here.steps.length > file.steps.length ||
		(!!here.finishedAt && !file.finishedAt) ||
		(here.accountNote ?? '') !== (file.accountNote ?? '') ||
		time(callTime(here)) > time(callTime(file))
	);
}

/**
 * The records in `here` (the profile on this device) that replacing it with `file` would remove:
 * exam sessions and calls the file lacks or holds at an earlier point, review answers the file
 * lacks (every answer given after the file was exported is one), review-deck cards it lacks,
 * module progress and notes it lacks or holds in an older version, and onboarding plans or ticked
 * tasks it lacks. Settings are left out: they hold preferences, not work. Kinds with nothing lost
 * are left out, so an empty list means a replace loses nothing.
 */
export function replaceLosses(here: Tables, file: Pick<Backup, 'tables'>): Loss[] {
	const f = file.tables;
	const losses: Loss[] = [];
	const add = (kind: LossKind, times: (string | undefined)[]) => {
		if (times.length) losses.push({ kind, count: times.length, latest: latestOf(times) });
	};

	const sessions = new Map(f.examSessions.map((s) => [s.id, s]));
	add(
		'exams',
		here.examSessions
			.filter((s) => !sessions.has(s.id) || sessionAhead(s, sessions.get(s.id)!))
			.map(sessionTime)
	);

	const runs = new Map(f.callRuns.map((r) => [r.id, r]));
	add(
		'calls',
		here.callRuns.filter((r) => !runs.has(r.id) || callAhead(r, runs.get(r.id)!)).map(callTime)
	);

	const answered = new Set(f.reviewLog.map((e) => `${e.questionId}@${time(e.reviewedAt)}`));
	add(
		'reviews',
		here.reviewLog
			.filter((e) => !answered.has(`${e.questionId}@${time(e.reviewedAt)}`))
			.map((e) => e.reviewedAt)
	);

	const cards = new Set(f.reviewCards.map((c) => c.questionId));
	add(
		'deck',
		here.reviewCards.filter((c) => !cards.has(c.questionId)).map((c) => c.createdAt)
	);

	const newer = <T extends { moduleId: string; updatedAt: string }>(mine: T[], theirs: T[]) => {
		const byModule = new Map(theirs.map((r) => [r.moduleId, r]));
		return mine
			.filter((r) => {
				const other = byModule.get(r.moduleId);
				return !other || time(r.updatedAt) > time(other.updatedAt);
			})
			.map((r) => r.updatedAt);
	};
	add('modules', newer(here.moduleProgress, f.moduleProgress));
	add('notes', newer(here.notes, f.notes));

	const plans = new Map(f.planAssignments.map((p) => [p.planId, p]));
	add(
		'plans',
		here.planAssignments
			.filter((p) => {
				const other = plans.get(p.planId);
				return !other || p.doneTasks.some((task) => !other.doneTasks.includes(task));
			})
			.map(() => undefined)
	);

	// Attempts are never edited, so an attempt the file lacks is simply lost.
	const drills = new Set(f.drillAttempts.map((a) => a.id));
	add(
		'drills',
		here.drillAttempts.filter((a) => !drills.has(a.id)).map((a) => a.answeredAt)
	);
	const audits = new Set(f.auditAttempts.map((a) => a.id));
	add(
		'audits',
		here.auditAttempts.filter((a) => !audits.has(a.id)).map((a) => a.submittedAt)
	);
	return losses;
}

/**
 * What replacing the file's profile on this device would remove; nothing when the profile is not
 * on this device.
 */
export async function lossesOnReplace(db: AcademyDB, file: Backup): Promise<Loss[]> {
	if (!(await db.profiles.get(file.profile.id))) return [];
	const here = await exportProfile(db, file.profile.id);
	return replaceLosses(here.tables, file);
}
