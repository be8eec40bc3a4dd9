import { bestScores } from '$lib/calls/best-scores';
import { today } from '$lib/dates';
import { exportProfile, type Backup } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import type { CallRunResult, ModuleProgress } from '$lib/progress/records';
import { getSetting } from '$lib/progress/settings';
import { summarise, type CourseFacts, type TraineeSummary } from '$lib/trainee/summary';

/** A domain needs this many answers before the dashboard calls it weak. */
const WEAK_AFTER_ANSWERS = 3;

/**
 * The learner's own figures, for the Progress dashboard and the printable report: read from the
 * same records an export would contain, so the dashboard, the report and a supervisor's team view
 * agree.
 */
export class ProgressDashboard {
	backup = $state.raw<Backup | undefined>();
	summary = $state.raw<TraineeSummary | undefined>();
	/** The day of the last export, if any. */
	lastBackup = $state<string | undefined>();
	readonly today: string;

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string,
		private readonly facts: CourseFacts,
		now = new Date()
	) {
		this.today = today(now);
	}

	async load(): Promise<void> {
		const [backup, lastBackup] = await Promise.all([
			exportProfile(this.db, this.profileId),
			getSetting(this.db, this.profileId, 'lastBackup')
		]);
		this.backup = backup;
		this.summary = summarise(backup, this.facts, this.today);
		this.lastBackup = lastBackup;
	}

	/** Completed modules in the order they were completed. */
	get completed(): ModuleProgress[] {
		return (this.backup?.tables.moduleProgress ?? [])
			.filter((m) => m.status === 'complete')
			.sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''));
	}

	/** Best finished result per call scenario. */
	get bestCalls(): [string, CallRunResult][] {
		return [...bestScores(this.backup?.tables.callRuns ?? [])];
	}

	/** Up to three domains with enough answers to judge, weakest first. */
	get weakest(): TraineeSummary['domains'] {
		return this.summary?.domains.filter((d) => d.total >= WEAK_AFTER_ANSWERS).slice(0, 3) ?? [];
	}
}
