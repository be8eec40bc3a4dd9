/**
 * A profile's digest: what its figures need from the answer log, the exam sessions and the calls,
 * kept small in one record. Reading 10,000 log rows takes IndexedDB a third of a second on a
 * mid-range machine, and time grows with the bytes read; the digest holds the log's facts (recent
 * answers per domain, questions seen, active days), which do not grow with the log, and the figures
 * of each finished exam and call without their questions, answers and steps.
 *
 * Derived data: never exported, deleted with the profile and by every import, rebuilt from the rows
 * whenever it cannot be shown to be current. It is brought up to date on read, so nothing is added
 * to the write path (an answer saves as fast as before):
 * - The log only grows at the end (its ids count up), so the rows after the digest's last id are
 *   the new ones. A row deleted since (an undone grade) leaves the count short: rebuilt.
 * - A submitted exam session and a finished call never change (exam-sessions.ts, call-runs.ts), so
 *   only those the digest lacks are read, and those it holds but the profile no longer has are
 *   dropped. An import may replace a finished record, which is why an import deletes the digest.
 * - Readiness estimates are kept by their inputs (ReadinessMemo), so none can go stale.
 * - A digest from another build of the app (new content, or new code) is not trusted, nor one whose
 *   days were counted in another time zone.
 */
import type { Table } from 'dexie';
import { ReadinessMemo, type Readiness } from '$lib/exam/readiness';
import { extendLogFacts, NO_LOG_FACTS, type LogFacts } from '$lib/trainee/log-facts';
import {
	callFigures,
	sessionFigures,
	type CallFigures,
	type SessionFigures,
	type SummaryRecords
} from '$lib/trainee/summary';
import type { AcademyDB } from './db';

export interface ProfileDigest {
	profileId: string;
	/** The build of the app that wrote it. */
	build: string;
	/** The time zone its days were counted in. */
	zone: string;
	log: {
		/** The highest log id it holds: any row above it is new. */
		upTo: number;
		/** Rows it was made from. */
		count: number;
		facts: LogFacts;
	};
	/** Figures of the profile's submitted exam sessions. */
	sessions: SessionFigures[];
	/** Figures of the profile's finished calls. */
	calls: CallFigures[];
	/** Readiness estimates by the key of their inputs. */
	readiness: [string, Readiness][];
}

/** What the digest depends on besides the records: the app's build and its question domains. */
export interface DigestBasis {
	build: string;
	domainOf: (questionId: string) => string | undefined;
	/** The learner's time zone (days are local). */
	zone?: string;
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
	basis: DigestBasis,
	use: (records: SummaryRecords, memo: ReadinessMemo) => T
): Promise<T> {
	try {
		return await digested(db, profileId, basis, use, true);
	} catch (error) {
		if (error instanceof MissingProfile) throw error;
		return digested(db, profileId, basis, use, false);
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
	{ build, domainOf, zone = Intl.DateTimeFormat().resolvedOptions().timeZone }: DigestBasis,
	use: (records: SummaryRecords, memo: ReadinessMemo) => T,
	save: boolean
): Promise<T> {
	const tables = [
		db.profiles,
		db.digests,
		db.reviewLog,
		db.examSessions,
		db.callRuns,
		db.moduleProgress,
		db.notes,
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
			drillAttempts,
			auditAttempts,
			logCount,
			sessionIds,
			callIds
		] = await Promise.all([
			db.profiles.get(profileId),
			db.digests.get(profileId),
			own(db.moduleProgress).toArray(),
			own(db.notes).toArray(),
			own(db.drillAttempts).toArray(),
			own(db.auditAttempts).toArray(),
			own(db.reviewLog).count(),
			own(db.examSessions).primaryKeys(),
			own(db.callRuns).primaryKeys()
		]);
		if (!profile) throw new MissingProfile();
		const kept = stored?.build === build && stored.zone === zone ? stored : undefined;

		let log = kept?.log;
		if (log) {
			const upTo = log.upTo;
			const newest = (
				await own(db.reviewLog)
					.reverse()
					.until((row) => row.id! <= upTo)
					.toArray()
			).reverse();
			log =
				log.count + newest.length === logCount
					? {
							upTo: newest.at(-1)?.id ?? upTo,
							count: logCount,
							facts: extendLogFacts(log.facts, placed(newest), domainOf)
						}
					: undefined;
		}
		if (!log) {
			const rows = await own(db.reviewLog).toArray();
			log = {
				upTo: rows.at(-1)?.id ?? 0,
				count: rows.length,
				facts: extendLogFacts(NO_LOG_FACTS, placed(rows), domainOf)
			};
		}

		const sessions = await finishedOrRead(
			(ids) => db.examSessions.bulkGet(ids),
			sessionIds,
			kept?.sessions,
			sessionFigures
		);
		const calls = await finishedOrRead(
			(ids) => db.callRuns.bulkGet(ids),
			callIds,
			kept?.calls,
			callFigures
		);
		const submitted = sessions.filter((s) => s.submittedAt);
		const finished = calls.filter((c) => c.finishedAt);

		const memo = new ReadinessMemo(new Map(kept?.readiness));
		const result = use(
			{
				profile,
				tables: {
					moduleProgress,
					notes,
					drillAttempts,
					auditAttempts,
					examSessions: sessions,
					callRuns: calls
				},
				log: log.facts
			},
			memo
		);

		const changed =
			!kept ||
			log.upTo !== kept.log.upTo ||
			log.count !== kept.log.count ||
			!sameIds(submitted, kept.sessions) ||
			!sameIds(finished, kept.calls) ||
			!sameKeys(memo.used, kept.readiness);
		if (save && changed)
			await db.digests.put({
				profileId,
				build,
				zone,
				log,
				sessions: submitted,
				calls: finished,
				readiness: [...memo.used]
			});
		return result;
	});
}

/** Log rows with their ids as their places. */
const placed = <R extends { id?: number }>(rows: readonly R[]) =>
	rows.map((row) => ({ ...row, place: row.id! }));

/**
 * The figures of each of `ids`, in their order: those the digest kept (finished, so unchanged),
 * and the others read from the table.
 */
async function finishedOrRead<R, F extends { id: string }>(
	read: (ids: string[]) => Promise<(R | undefined)[]>,
	ids: readonly string[],
	kept: readonly F[] | undefined,
	figures: (row: R) => F
): Promise<F[]> {
	const known = new Map(kept?.map((f) => [f.id, f]));
	const rows = await read(ids.filter((id) => !known.has(id)));
	const fresh = new Map(rows.flatMap((row) => (row ? [figures(row)] : [])).map((f) => [f.id, f]));
	return ids.flatMap((id) => known.get(id) ?? fresh.get(id) ?? []);
}

function sameIds(now: readonly { id: string }[], kept: readonly { id: string }[]): boolean {
	return now.length === kept.length && now.every((f, i) => f.id === kept[i]!.id);
}

function sameKeys(used: ReadonlyMap<string, unknown>, kept: readonly [string, unknown][]): boolean {
	return used.size === kept.length && kept.every(([key]) => used.has(key));
}
