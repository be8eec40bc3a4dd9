/**
 * One profile as a versioned JSON file: export, validation of a file before anything is written,
 * and import by merge or replace. A refused file changes nothing.
 */
import * as v from 'valibot';
import type { Table } from 'dexie';
import type { AcademyDB } from './db';
import { PROFILE_TABLES } from './tables';
import { newId, nowIso } from './clock';
import { importAttempts } from './drill-attempts';
import { dayOf } from '$lib/dates';
import {
	callRunProblem,
	examSessionProblem,
	reviewCardProblem,
	storedCardProblem
} from './integrity';
import type {
	CallRun,
	ExamSession,
	Profile,
	ReviewLogEntry,
	Setting,
	StoredSetting
} from './records';
import { BACKUP_VERSION, upgradeBackup } from './backup-upgrade';
import { RECORD_SCHEMAS, SettingSchema } from './schema';

export { BACKUP_VERSION };
export const BACKUP_FORMAT = 'collections-academy-profile';
/** Larger files are refused before they are read: a real profile is a few megabytes at most. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

// ---------------------------------------------------------------- the file format

const MAX_ROWS = 200_000;
const rows = <T extends v.GenericSchema>(item: T) =>
	v.pipe(v.array(item), v.maxLength(MAX_ROWS, `has more than ${MAX_ROWS} rows`));
const R = RECORD_SCHEMAS;

/** One profile and everything it owns, each table checked against its records' schema. */
const BackupSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: v.pipe(v.string(), v.maxLength(40), v.isoTimestamp('is not a date and time')),
	profile: R.profiles,
	tables: v.strictObject({
		moduleProgress: rows(R.moduleProgress),
		notes: rows(R.notes),
		examSessions: rows(R.examSessions),
		reviewCards: rows(R.reviewCards),
		reviewLog: rows(R.reviewLog),
		callRuns: rows(R.callRuns),
		planAssignments: rows(R.planAssignments),
		// A file carries the profile's own settings, never the device's.
		settings: rows(SettingSchema),
		drillAttempts: rows(R.drillAttempts),
		auditAttempts: rows(R.auditAttempts),
		certificates: rows(R.certificates)
	} satisfies Record<(typeof PROFILE_TABLES)[number], v.GenericSchema>)
});

export type Backup = v.InferOutput<typeof BackupSchema>;

// ---------------------------------------------------------------- export

export async function exportProfile(db: AcademyDB, profileId: string): Promise<Backup> {
	return db.transaction('r', [db.profiles, ...PROFILE_TABLES.map((t) => db[t])], async () => {
		const profile = await db.profiles.get(profileId);
		if (!profile) throw new Error('That profile no longer exists.');
		const own = <T, K, I>(table: Table<T, K, I>) =>
			table.where('profileId').equals(profileId).toArray();
		// All tables at once: the reads overlap inside the one transaction.
		const [
			moduleProgress,
			notes,
			examSessions,
			reviewCards,
			reviewLog,
			callRuns,
			planAssignments,
			settings,
			drillAttempts,
			auditAttempts,
			certificates
		] = await Promise.all([
			own(db.moduleProgress),
			own(db.notes),
			own(db.examSessions),
			own(db.reviewCards),
			own(db.reviewLog),
			own(db.callRuns),
			own(db.planAssignments),
			own(db.settings),
			own(db.drillAttempts),
			own(db.auditAttempts),
			own(db.certificates)
		]);
		return {
			format: BACKUP_FORMAT,
			version: BACKUP_VERSION,
			exportedAt: nowIso(),
			profile,
			tables: {
				moduleProgress,
				notes,
				examSessions,
				reviewCards,
				reviewLog,
				callRuns,
				planAssignments,
				settings: settings.filter(isProfileSetting),
				drillAttempts,
				auditAttempts,
				certificates
			}
		};
	});
}

const isProfileSetting = (row: StoredSetting): row is Setting => row.key !== 'activeProfileId';

/** A file name people recognise: collections-academy-Dana-2026-03-09.json */
export function backupFileName(backup: Pick<Backup, 'profile' | 'exportedAt'>): string {
	const name =
		backup.profile.name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'profile';
	const day = dayOf(backup.exportedAt) ?? backup.exportedAt.slice(0, 10);
	return `collections-academy-${name}-${day}.json`;
}

// ---------------------------------------------------------------- validation

export type ReadResult = { ok: true; backup: Backup } | { ok: false; message: string };

/**
 * Reads and checks a whole file; nothing is written. Messages are for people, not programmers.
 * `onParsed` hears how many rows the file holds once it is read, before the slower checks.
 */
export function readBackup(text: string, onParsed?: (rows: number) => void): ReadResult {
	if (text.length > MAX_BACKUP_BYTES)
		return fail('The file is too large to be a Collections Academy backup (over 50 MB).');
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return fail(
			'The file is not readable JSON: it may be cut short or not a Collections Academy backup.'
		);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data))
		return fail('The file does not contain a Collections Academy backup.');
	const head = data as Record<string, unknown>;
	if (head.format !== BACKUP_FORMAT)
		return fail('The file is not a Collections Academy profile backup.');
	if (typeof head.version === 'number' && head.version > BACKUP_VERSION)
		return fail(
			`The file was made by a newer version of Collections Academy (format ${head.version}). Update the app (reload it while online), then import again.`
		);
	// A file of an earlier version is upgraded first; what no step knows stays for the check.
	const upgraded = upgradeBackup(head);
	if (upgraded.version !== BACKUP_VERSION)
		return fail('The file has an unknown backup version and cannot be imported.');
	onParsed?.(rowCount(upgraded.tables));

	const parsed = v.safeParse(BackupSchema, upgraded);
	if (!parsed.success) {
		const issues = parsed.issues.slice(0, 3).map(describeIssue);
		const more = parsed.issues.length > 3 ? ` (and ${parsed.issues.length - 3} more problems)` : '';
		return fail(`The file is damaged or was changed by hand: ${issues.join('; ')}${more}.`);
	}
	const backup = parsed.output;
	const sanity = sanityProblem(backup);
	return sanity ? fail(sanity) : { ok: true, backup };
}

/** Rows in a file's tables, counted before they are checked. */
function rowCount(tables: unknown): number {
	if (typeof tables !== 'object' || tables === null) return 0;
	return Object.values(tables).reduce<number>((n, t) => n + (Array.isArray(t) ? t.length : 0), 0);
}

function fail(message: string): ReadResult {
	return { ok: false, message: `${message} Nothing was changed.` };
}

const KIND_WORDS: Record<string, string> = {
	Object: 'a group of fields',
	Array: 'a list',
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	null: 'empty'
};
const friendly = (kind: string) => {
	const plain = kind
		.split(' | ')
		.map((k) => KIND_WORDS[k] ?? k)
		.join(' or ');
	return plain.length > 40 ? `${plain.slice(0, 37)}...` : plain;
};

function describeIssue(issue: v.BaseIssue<unknown>): string {
	const path = (issue.path ?? [])
		.map((p) => (typeof p.key === 'number' ? `row ${p.key + 1}` : String(p.key).slice(0, 40)))
		.join(' › ');
	const what =
		issue.received === 'undefined'
			? 'is missing'
			: issue.expected === 'never'
				? 'is not a field this file may have'
				: issue.message.startsWith('Invalid')
					? `should be ${friendly(issue.expected ?? 'something else')} but is ${friendly(issue.received)}`
					: issue.message;
	return path ? `${path} ${what}` : what;
}

/** Cross-record checks a schema cannot express. */
function sanityProblem(b: Backup): string | undefined {
	const pid = b.profile.id;
	for (const t of PROFILE_TABLES)
		if (b.tables[t].some((r: { profileId: string }) => r.profileId !== pid))
			return `Some records in ${t} belong to another profile than "${b.profile.name}".`;
	const dupes = (ids: string[]) => ids.length !== new Set(ids).size;
	if (dupes(b.tables.examSessions.map((s) => s.id))) return 'Two exam sessions share the same id.';
	if (dupes(b.tables.callRuns.map((r) => r.id))) return 'Two calls share the same id.';
	if (dupes(b.tables.moduleProgress.map((r) => r.moduleId)))
		return 'A module appears twice in the progress records.';
	if (dupes(b.tables.reviewCards.map((r) => r.questionId)))
		return 'A question appears twice in the review deck.';
	if (dupes(b.tables.settings.map((r) => r.key))) return 'A setting appears twice.';
	if (dupes(b.tables.drillAttempts.map((r) => r.id)))
		return 'Two drill attempts share the same id.';
	if (dupes(b.tables.auditAttempts.map((r) => r.id))) return 'Two call audits share the same id.';
	if (dupes(b.tables.certificates.map((r) => r.planId)))
		return 'Two certificates are for the same plan.';
	// What each record means, not only its shape: a screen must be able to open it.
	const t = b.tables;
	for (const [i, s] of t.examSessions.entries()) {
		const problem = examSessionProblem(s);
		if (problem) return `Exam ${i + 1} in the file cannot be opened: ${problem}.`;
	}
	for (const [i, r] of t.callRuns.entries()) {
		const problem = callRunProblem(r);
		if (problem) return `Call ${i + 1} in the file cannot be opened: ${problem}.`;
	}
	for (const [i, c] of t.reviewCards.entries()) {
		const problem = reviewCardProblem(c);
		if (problem) return `Review card ${i + 1} in the file cannot be graded: ${problem}.`;
	}
	for (const [i, e] of t.reviewLog.entries()) {
		const problem = e.previous && storedCardProblem(e.previous);
		if (problem) return `Review ${i + 1} in the file cannot be undone: ${problem}.`;
	}
	return undefined;
}

// ---------------------------------------------------------------- import

/** Merge into the profile, replace it, or add the file as a separate profile beside it. */
export type ImportMode = 'merge' | 'replace' | 'copy';

/** Hears, between batches, how many of the file's records are done, out of how many. */
export type ImportProgress = (done: number, total: number) => void;

/** Rows written per request: small enough to report progress often, large enough to be quick. */
const BATCH = 2_000;

/**
 * Writes a checked backup in one transaction. Replace: the profile's data on this device becomes
 * the file's. Merge: records missing here are added and, where both have one, the more advanced
 * record is kept. A profile not on this device is simply created.
 *
 * Exam sessions and calls have ids of their own, unique across the device. A file may carry ids that
 * already belong to another profile here (a profile exported and imported again under a new id, or
 * a file edited by hand): those records get new ids, so an import never touches another profile.
 */
export async function importBackup(
	db: AcademyDB,
	original: Backup,
	mode: ImportMode,
	onProgress?: ImportProgress
): Promise<Profile> {
	const backup = mode === 'copy' ? asSeparateProfile(original) : original;
	const pid = backup.profile.id;
	const total = PROFILE_TABLES.reduce((n, t) => n + backup.tables[t].length, 0);
	let done = 0;
	const progress = (rows: number) => {
		done += rows;
		onProgress?.(done, total);
	};
	// Still one transaction: it stays open while each batch is awaited, and a failure (or a closed
	// tab) part way through undoes every batch.
	const tables = [db.profiles, db.digests, ...PROFILE_TABLES.map((t) => db[t])];
	await db.transaction('rw', tables, async () => {
		// A merge may replace a submitted exam session, which a digest takes as never changing.
		await db.digests.delete(pid);
		const file = await rekeyForeignIds(db, backup);
		const existing = await db.profiles.get(pid);
		if (!existing || mode === 'replace') {
			for (const t of PROFILE_TABLES) await db[t].where('profileId').equals(pid).delete();
			await db.profiles.put(file.profile);
			await writeAll(db, file, progress);
			return;
		}
		await mergeInto(db, file, progress);
	});
	return backup.profile;
}

/** The name a file's profile gets when it is imported as a separate profile. */
export const separateProfileName = (name: string) => `${name.slice(0, 53)} (copy)`;

/**
 * The file as a new profile: its own profile id and new ids for every exam session, call, drill
 * attempt and call audit.
 */
export function asSeparateProfile(backup: Backup): Backup {
	const profileId = newId();
	const name = separateProfileName(backup.profile.name);
	const runIds = new Map(backup.tables.callRuns.map((r) => [r.id, newId()]));
	const own = <T extends { profileId: string }>(rows: T[]) =>
		rows.map((row) => ({ ...row, profileId }));
	const t = backup.tables;
	return {
		...backup,
		profile: { ...backup.profile, id: profileId, name },
		tables: {
			moduleProgress: own(t.moduleProgress),
			notes: own(t.notes),
			examSessions: own(t.examSessions).map((s) => ({ ...s, id: newId() })),
			reviewCards: own(t.reviewCards),
			reviewLog: own(t.reviewLog),
			callRuns: own(t.callRuns).map((r) => {
				const id = runIds.get(r.id)!;
				const runId = r.replayOf && runIds.get(r.replayOf.runId);
				return r.replayOf && runId
					? { ...r, id, replayOf: { ...r.replayOf, runId } }
					: { ...r, id };
			}),
			planAssignments: own(t.planAssignments),
			settings: own(t.settings),
			drillAttempts: own(t.drillAttempts).map((a) => ({ ...a, id: newId() })),
			auditAttempts: own(t.auditAttempts).map((a) => ({ ...a, id: newId() })),
			// Its code rests on the original record ids: a copy keeps the certificate as it was issued.
			certificates: own(t.certificates)
		}
	};
}

/**
 * The backup with new ids for every exam session, call, drill attempt and call audit whose id
 * another profile already uses on this device; a replay's link to the run it replays follows its run.
 */
export async function rekeyForeignIds(db: AcademyDB, backup: Backup): Promise<Backup> {
	const pid = backup.profile.id;
	const foreign = async (
		table: 'examSessions' | 'callRuns' | 'drillAttempts' | 'auditAttempts',
		ids: string[]
	) => {
		const here = await db[table].bulkGet(ids);
		return new Set(here.flatMap((row) => (row && row.profileId !== pid ? [row.id] : [])));
	};
	const t = backup.tables;
	const takenSessions = await foreign(
		'examSessions',
		t.examSessions.map((s) => s.id)
	);
	const takenRuns = await foreign(
		'callRuns',
		t.callRuns.map((r) => r.id)
	);
	const takenDrills = await foreign(
		'drillAttempts',
		t.drillAttempts.map((a) => a.id)
	);
	const takenAudits = await foreign(
		'auditAttempts',
		t.auditAttempts.map((a) => a.id)
	);
	if (!takenSessions.size && !takenRuns.size && !takenDrills.size && !takenAudits.size)
		return backup;
	const runIds = new Map([...takenRuns].map((old) => [old, newId()]));
	const rekey =
		(taken: Set<string>) =>
		<T extends { id: string }>(row: T): T =>
			taken.has(row.id) ? { ...row, id: newId() } : row;
	return {
		...backup,
		tables: {
			...t,
			examSessions: t.examSessions.map(rekey(takenSessions)),
			callRuns: t.callRuns.map((r) => {
				const replayOf =
					r.replayOf && runIds.has(r.replayOf.runId)
						? { ...r.replayOf, runId: runIds.get(r.replayOf.runId)! }
						: r.replayOf;
				const id = runIds.get(r.id) ?? r.id;
				return replayOf ? { ...r, id, replayOf } : { ...r, id };
			}),
			drillAttempts: t.drillAttempts.map(rekey(takenDrills)),
			auditAttempts: t.auditAttempts.map(rekey(takenAudits))
		}
	};
}

/** Writes rows a batch at a time, reporting after each. */
async function inBatches<T>(
	rows: T[],
	write: (batch: T[]) => Promise<unknown>,
	progress: (rows: number) => void
) {
	for (let i = 0; i < rows.length; i += BATCH) {
		const batch = rows.slice(i, i + BATCH);
		await write(batch);
		progress(batch.length);
	}
}

async function writeAll(db: AcademyDB, b: Backup, progress: (rows: number) => void) {
	const t = b.tables;
	await inBatches(t.moduleProgress, (r) => db.moduleProgress.bulkPut(r), progress);
	await inBatches(t.notes, (r) => db.notes.bulkPut(r), progress);
	await inBatches(t.examSessions, (r) => db.examSessions.bulkPut(r), progress);
	await inBatches(t.reviewCards, (r) => db.reviewCards.bulkPut(r), progress);
	// Log ids are per device; the log gets new ones here.
	await inBatches(t.reviewLog, (r) => db.reviewLog.bulkAdd(r.map(withoutId)), progress);
	await inBatches(t.callRuns, (r) => db.callRuns.bulkPut(r), progress);
	await inBatches(t.planAssignments, (r) => db.planAssignments.bulkPut(r), progress);
	await inBatches(t.settings, (r) => db.settings.bulkPut(r), progress);
	await importAttempts(db, t);
	if (t.drillAttempts.length + t.auditAttempts.length)
		progress(t.drillAttempts.length + t.auditAttempts.length);
	await inBatches(t.certificates, (r) => db.certificates.bulkPut(r), progress);
}

function withoutId(entry: ReviewLogEntry): ReviewLogEntry {
	const copy = { ...entry };
	delete copy.id;
	return copy;
}

async function mergeInto(db: AcademyDB, b: Backup, progress: (rows: number) => void) {
	const pid = b.profile.id;
	const t = b.tables;
	const later = <T extends { updatedAt: string }>(a: T | undefined, c: T) =>
		!a || c.updatedAt > a.updatedAt;

	for (const row of t.moduleProgress) {
		const here = await db.moduleProgress.get([pid, row.moduleId]);
		if (!here || (here.status !== 'complete' && (row.status === 'complete' || later(here, row))))
			await db.moduleProgress.put(row);
	}
	progress(t.moduleProgress.length);
	for (const row of t.notes)
		if (later(await db.notes.get([pid, row.moduleId]), row)) await db.notes.put(row);
	progress(t.notes.length);
	for (const row of t.examSessions) {
		const here = await db.examSessions.get(row.id);
		const weight = (s: ExamSession) => (s.submittedAt ? 1e6 : 0) + Object.keys(s.answers).length;
		if (!here || weight(row) > weight(here)) await db.examSessions.put(row);
	}
	progress(t.examSessions.length);
	for (const row of t.reviewCards) {
		const here = await db.reviewCards.get([pid, row.questionId]);
		if (!here || row.fsrs.reps > here.fsrs.reps) await db.reviewCards.put(row);
	}
	progress(t.reviewCards.length);
	const logged = new Set(
		(await db.reviewLog.where('profileId').equals(pid).toArray()).map(
			(e) => `${e.questionId}@${e.reviewedAt}`
		)
	);
	const newLog = t.reviewLog.filter((e) => !logged.has(`${e.questionId}@${e.reviewedAt}`));
	progress(t.reviewLog.length - newLog.length);
	await inBatches(newLog, (r) => db.reviewLog.bulkAdd(r.map(withoutId)), progress);
	for (const row of t.callRuns) {
		const here = await db.callRuns.get(row.id);
		const weight = (r: CallRun) => (r.finishedAt ? 1e6 : 0) + r.steps.length;
		if (!here || weight(row) > weight(here)) await db.callRuns.put(row);
	}
	progress(t.callRuns.length);
	for (const row of t.planAssignments) {
		const here = await db.planAssignments.get([pid, row.planId]);
		await db.planAssignments.put(
			here ? { ...here, doneTasks: [...new Set([...here.doneTasks, ...row.doneTasks])] } : row
		);
	}
	progress(t.planAssignments.length);
	for (const row of t.settings)
		if (!(await db.settings.get([pid, row.key]))) await db.settings.put(row);
	progress(t.settings.length);
	await importAttempts(db, t);
	if (t.drillAttempts.length + t.auditAttempts.length)
		progress(t.drillAttempts.length + t.auditAttempts.length);
	// A certificate is issued once: the one on this device stays.
	for (const row of t.certificates)
		if (!(await db.certificates.get([pid, row.planId]))) await db.certificates.put(row);
	progress(t.certificates.length);
}
