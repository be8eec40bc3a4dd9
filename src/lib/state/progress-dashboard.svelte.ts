import { bestScores } from '$lib/calls/best-scores';
import { today } from '$lib/dates';
import { bestAuditScores, drillStats, type DrillStats } from '$lib/drills/stats';
import { version } from '$app/environment';
import { exportProfile, type Backup } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { readDigested } from '$lib/progress/digest';
import type { CallRunResult, ModuleProgress } from '$lib/progress/records';
import { getSetting } from '$lib/progress/settings';
import {
	summariseRecords,
	summaryRecords,
	type CourseFacts,
	type SummaryRecords,
	type TraineeSummary
} from '$lib/trainee/summary';

/** A domain needs this many answers before the dashboard calls it weak. */
const WEAK_AFTER_ANSWERS = 3;

/**
 * The learner's own figures, for the Progress dashboard and the printable report: the same
 * summary a supervisor's team view makes of an exported file, read through the profile's digest so
 * a long history still shows at once.
 */
export class ProgressDashboard {
	records = $state.raw<SummaryRecords | undefined>();
	summary = $state.raw<TraineeSummary | undefined>();
	/** The day of the last export, if any. */
	lastBackup = $state<string | undefined>();
	readonly today: string;

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string,
		private readonly facts: CourseFacts,
		now = new Date(),
		private readonly build = version
	) {
		this.today = today(now);
	}

	async load(): Promise<void> {
		const basis = { build: this.build, domainOf: (id: string) => this.facts.questionDomain[id] };
		const [[records, summary], lastBackup] = await Promise.all([
			readDigested(
				this.db,
				this.profileId,
				basis,
				(records, memo) =>
					[records, summariseRecords(records, this.facts, this.today, memo)] as const
			),
			getSetting(this.db, this.profileId, 'lastBackup')
		]);
		this.records = records;
		this.summary = summary;
		this.lastBackup = lastBackup;
	}

	/**
	 * `load` from every record of the profile, for the printable report, whose certificate needs
	 * them all: one read serves both. Returns the records.
	 */
	async loadAll(): Promise<Backup> {
		const [backup, lastBackup] = await Promise.all([
			exportProfile(this.db, this.profileId),
			getSetting(this.db, this.profileId, 'lastBackup')
		]);
		this.records = summaryRecords(backup, this.facts);
		this.summary = summariseRecords(this.records, this.facts, this.today);
		this.lastBackup = lastBackup;
		return backup;
	}

	/** Completed modules in the order they were completed. */
	get completed(): ModuleProgress[] {
		return (this.records?.tables.moduleProgress ?? [])
			.filter((m) => m.status === 'complete')
			.sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
	}

	/** Best finished result per call scenario. */
	get bestCalls(): [string, CallRunResult][] {
		return [...bestScores(this.records?.tables.callRuns ?? [])];
	}

	/** Up to three domains with enough answers to judge, weakest first. */
	get weakest(): TraineeSummary['domains'] {
		return this.summary?.domains.filter((d) => d.total >= WEAK_AFTER_ANSWERS).slice(0, 3) ?? [];
	}

	/** Drill accuracy and streaks, overall and per drill type. */
	get drills(): DrillStats {
		return drillStats(this.records?.tables.drillAttempts ?? []);
	}

	/** Best call-audit score per audit, by audit id. */
	get bestAudits(): [string, number][] {
		return [...bestAuditScores(this.records?.tables.auditAttempts ?? [])];
	}
}
