/**
 * A profile's digest: a compact copy of what its figures read from the answer log and the exam
 * sessions, kept in one record. Decoding 10,000 log rows one by one takes IndexedDB a third of a
 * second on a mid-range machine; one record of columns takes a few milliseconds.
 *
 * Derived data: never exported, deleted with the profile and by every import, rebuilt from the rows
 * whenever it cannot be shown to be current. It is brought up to date on read, so nothing is added
 * to the write path (an answer saves as fast as before):
 * - The log only grows at the end (its ids count up), so the rows after the digest's last id are
 *   the new ones. A row deleted since (an undone grade) leaves the count short: rebuilt.
 * - A submitted exam session never changes (exam-sessions.ts), so only the sessions the digest
 *   lacks are read, and those it holds but the profile no longer has are dropped. An import may
 *   replace a submitted session, which is why an import deletes the digest.
 * - Readiness estimates are kept by their inputs (ReadinessMemo), so none can go stale.
 * - A digest from another build of the app is not trusted: the reading or the model may differ.
 */
import { ReadinessMemo, type Readiness } from '$lib/exam/readiness';
import {
	sessionFigures,
	type LoggedAnswer,
	type SessionFigures,
	type SummaryRecords
} from '$lib/trainee/summary';
import type { Table } from 'dexie';
import type { AcademyDB } from './db';
import type { ReviewLogEntry } from './records';

export interface ProfileDigest {
	profileId: string;
	/** The build of the app that wrote it. */
	build: string;
	log: LogColumns;
	/** Figures of the profile's submitted exam sessions. */
	sessions: SessionFigures[];
	/** Readiness estimates by the key of their inputs. */
	readiness: [string, Readiness][];
}

/** The answer log, oldest row first, one array per field. */
interface LogColumns {
	/** The highest log id copied: any row above it is new. */
	upTo: number;
	/** Each question id once; `question` holds indexes into it. */
	questionIds: string[];
	question: number[];
	correct: boolean[];
	reviewedAt: string[];
	context: LoggedAnswer['context'][];
}

/**
 * Reads what a profile's figures need, through its digest, and hands it to `use` (which must not
 * wait on anything). The digest, brought up to date with the estimates `use` drew, is saved in the
 * same transaction, so it always matches the rows it was made from. If saving fails (a full disk),
 * the figures are read again without it: a digest is a shortcut, never a reason to show nothing.
 */
export async function readDigested<T>(
	db: AcademyDB,
	profileId: string,
	build: string,
	use: (records: SummaryRecords, memo: ReadinessMemo) => T
): Promise<T> {
	try {
		return await digested(db, profileId, build, use, true);
	} catch (error) {
		if (error instanceof MissingProfile) throw error;
		return digested(db, profileId, build, use, false);
	}
}

class MissingProfile extends Error {
	constructor() {
		super('That profile no longer exists.');
	}
}

function digested<T>(
	db: AcademyDB,
	profileId: string,
	build: string,
	use: (records: SummaryRecords, memo: ReadinessMemo) => T,
	save: boolean
): Promise<T> {
	const tables = [
		db.profiles,
		db.digests,
		db.reviewLog,
		db.examSessions,
		db.moduleProgress,
		db.notes,
		db.callRuns,
		db.drillAttempts,
		db.auditAttempts
	];
	return db.transaction(save ? 'rw' : 'r', tables, async () => {
		const own = <R, K, I>(table: Table<R, K, I>) => table.where('profileId').equals(profileId);
		const [
			profile,
			stored,
			moduleProgress,
			notes,
			callRuns,
			drillAttempts,
			auditAttempts,
			logCount,
			sessionIds
		] = await Promise.all([
			db.profiles.get(profileId),
			db.digests.get(profileId),
			own(db.moduleProgress).toArray(),
			own(db.notes).toArray(),
			own(db.callRuns).toArray(),
			own(db.drillAttempts).toArray(),
			own(db.auditAttempts).toArray(),
			own(db.reviewLog).count(),
			own(db.examSessions).primaryKeys()
		]);
		if (!profile) throw new MissingProfile();
		const kept = stored?.build === build ? stored : undefined;

		let log = kept?.log;
		let logChanged = !log;
		if (log) {
			const upTo = log.upTo;
			const newest = await own(db.reviewLog)
				.reverse()
				.until((e) => e.id! <= upTo)
				.toArray();
			if (log.question.length + newest.length === logCount) {
				log = appended(log, newest.reverse());
				logChanged = newest.length > 0;
			} else log = undefined;
		}
		log ??= appended(emptyLog(), await own(db.reviewLog).toArray());

		const known = new Map(kept?.sessions.map((s) => [s.id, s]));
		const unknown = sessionIds.filter((id) => !known.has(id));
		const read = new Map(
			(await db.examSessions.bulkGet(unknown)).flatMap((s) =>
				s ? [[s.id, sessionFigures(s)]] : []
			)
		);
		const sessions = sessionIds.flatMap((id) => known.get(id) ?? read.get(id) ?? []);
		const submitted = sessions.filter((s) => s.submittedAt);

		const memo = new ReadinessMemo(new Map(kept?.readiness));
		const result = use(
			{
				profile,
				tables: {
					moduleProgress,
					notes,
					callRuns,
					drillAttempts,
					auditAttempts,
					examSessions: sessions,
					reviewLog: answersOf(log)
				}
			},
			memo
		);

		const changed =
			!kept ||
			logChanged ||
			submitted.length !== kept.sessions.length ||
			submitted.some((s) => !known.has(s.id)) ||
			!sameKeys(memo.used, kept.readiness);
		if (save && changed)
			await db.digests.put({
				profileId,
				build,
				log,
				sessions: submitted,
				readiness: [...memo.used]
			});
		return result;
	});
}

function emptyLog(): LogColumns {
	return { upTo: 0, questionIds: [], question: [], correct: [], reviewedAt: [], context: [] };
}

/** The columns with `rows` (in id order, all above `upTo`) added at the end. */
function appended(log: LogColumns, rows: readonly ReviewLogEntry[]): LogColumns {
	if (!rows.length) return log;
	const index = new Map(log.questionIds.map((id, i) => [id, i]));
	const next: LogColumns = {
		upTo: log.upTo,
		questionIds: [...log.questionIds],
		question: [...log.question],
		correct: [...log.correct],
		reviewedAt: [...log.reviewedAt],
		context: [...log.context]
	};
	for (const row of rows) {
		let i = index.get(row.questionId);
		if (i === undefined) {
			i = next.questionIds.push(row.questionId) - 1;
			index.set(row.questionId, i);
		}
		next.question.push(i);
		next.correct.push(row.correct);
		next.reviewedAt.push(row.reviewedAt);
		next.context.push(row.context);
		next.upTo = Math.max(next.upTo, row.id!);
	}
	return next;
}

function answersOf(log: LogColumns): LoggedAnswer[] {
	return log.question.map((q, i) => ({
		questionId: log.questionIds[q]!,
		correct: log.correct[i]!,
		reviewedAt: log.reviewedAt[i]!,
		context: log.context[i]!
	}));
}

function sameKeys(used: ReadonlyMap<string, unknown>, kept: readonly [string, unknown][]): boolean {
	return used.size === kept.length && kept.every(([key]) => used.has(key));
}
