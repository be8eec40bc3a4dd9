import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
	AuditAttempt,
	CallRun,
	Certificate,
	DrillAttempt,
	ExamSession,
	ModuleProgress,
	Note,
	PlanAssignment,
	Profile,
	ReviewCard,
	ReviewLogEntry,
	StoredSetting
} from './records';

import { DB_NAME } from './db-presence';
import type { ProfileDigest } from './digest';

export { DB_NAME };

export class AcademyDB extends Dexie {
	profiles!: EntityTable<Profile, 'id'>;
	moduleProgress!: Table<ModuleProgress, [string, string]>;
	notes!: Table<Note, [string, string]>;
	examSessions!: EntityTable<ExamSession, 'id'>;
	reviewCards!: Table<ReviewCard, [string, string]>;
	reviewLog!: EntityTable<ReviewLogEntry, 'id'>;
	callRuns!: EntityTable<CallRun, 'id'>;
	planAssignments!: Table<PlanAssignment, [string, string]>;
	settings!: Table<StoredSetting, [string, string]>;
	drillAttempts!: EntityTable<DrillAttempt, 'id'>;
	auditAttempts!: EntityTable<AuditAttempt, 'id'>;
	certificates!: Table<Certificate, [string, string]>;
	digests!: Table<ProfileDigest, string>;

	constructor(name = DB_NAME) {
		// Relaxed durability: a transaction counts as done once the browser has handed it to the
		// operating system, so it survives a closed tab or a browser crash; only a power cut in the
		// same instant could lose it. Strict flushing to disk made each exam answer three times slower.
		// No cache: the app never uses liveQuery, and Dexie's query cache would clone every row read
		// (10,000 review-log rows on a busy dashboard) for nothing.
		super(name, { chromeTransactionDurability: 'relaxed', cache: 'disabled' });
		// Schema history is append-only: add a new version with an upgrade, never edit an old one.
		this.version(1).stores({
			profiles: 'id, name',
			moduleProgress: '[profileId+moduleId], profileId',
			notes: '[profileId+moduleId], profileId',
			examSessions: 'id, profileId, [profileId+blueprintId], startedAt',
			reviewCards: '[profileId+questionId], profileId, [profileId+due]',
			reviewLog: '++id, profileId, [profileId+questionId], reviewedAt',
			callRuns: 'id, profileId, [profileId+scenarioId], startedAt',
			planAssignments: '[profileId+planId], profileId',
			settings: '[profileId+key], profileId'
		});
		// Version 2: compliance drills and call audits, each attempt its own record.
		this.version(2)
			.stores({
				drillAttempts: 'id, profileId, [profileId+type], answeredAt',
				auditAttempts: 'id, profileId, [profileId+auditId], submittedAt'
			})
			.upgrade(() => {
				// The new tables start empty; every version 1 table and record is kept as it is.
			});
		// Version 3: certificates issued when a plan's completion rules are first met.
		this.version(3)
			.stores({ certificates: '[profileId+planId], profileId' })
			.upgrade(() => {
				// The new table starts empty; every version 2 table and record is kept as it is.
			});
		// Version 4: each profile's digest (digest.ts), derived from its records and never exported.
		// Indexes nothing reads are dropped: each one is written again with every answer saved (the
		// whole exam session is put), every call step and every row imported (20,000 log rows took
		// Chromium twice as long with the log's two unread indexes as without).
		this.version(4)
			.stores({
				digests: 'profileId',
				examSessions: 'id, profileId',
				reviewLog: '++id, profileId',
				callRuns: 'id, profileId, [profileId+scenarioId]',
				drillAttempts: 'id, profileId, [profileId+type]',
				auditAttempts: 'id, profileId, [profileId+auditId]'
			})
			.upgrade(() => {
				// The new table starts empty: each digest is built on the profile's next dashboard visit.
				// Dropping an index leaves every record as it is.
			});
	}
}

export { PROFILE_TABLES } from './tables';

let instance: AcademyDB | undefined;

/** The app's database, opened on first use. */
export function getDB(): AcademyDB {
	instance ??= new AcademyDB();
	return instance;
}
