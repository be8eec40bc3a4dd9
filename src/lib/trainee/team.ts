/**
 * The supervisor's team table: one row per trainee file, compared on plan progress, readiness,
 * best practice-exam scores and call compliance. Pure: rows come from exported profiles.
 */
import type { Plan } from '$lib/content/schema';
import { dayOf } from '$lib/dates';
import { bestAuditScores, drillStats } from '$lib/drills/stats';
import { traineePlan } from '$lib/plans/trainee';
import type { Backup } from '$lib/progress/backup';
import { summarise, type CourseFacts, type TraineeSummary } from './summary';

export interface TeamRow {
	id: string;
	name: string;
	plan: string;
	planPercent: number;
	/** The best chance of passing among exams with enough evidence for a figure. */
	readiness?: number;
	/** Best score per exam id. */
	best: Record<string, number | undefined>;
	compliance?: number;
	critical: number;
	/** Share of compliance drills answered right, as a percentage. */
	drillAccuracy?: number;
	/** The best call-audit score, as a percentage. */
	bestAudit?: number;
	/** The last day with any activity, or "—". */
	lastActive: string;
}

/** A column the table sorts on: a row field, or `best:<exam id>`. */
export type TeamSortKey = Exclude<keyof TeamRow, 'id' | 'best'> | `best:${string}`;

export function teamRow(
	backup: Backup,
	facts: CourseFacts,
	plans: readonly Plan[],
	today: string
): TeamRow {
	const s = summarise(backup, facts, today);
	const plan = traineePlan(backup, s, plans, today);
	const drills = drillStats(backup.tables.drillAttempts);
	const audits = [...bestAuditScores(backup.tables.auditAttempts).values()];
	return {
		id: backup.profile.id,
		name: backup.profile.name,
		plan: plan ? plan.plan.title : 'No plan',
		planPercent: plan?.progress.percent ?? 0,
		readiness: bestReadiness(s.exams),
		best: Object.fromEntries(s.exams.map((e) => [e.blueprintId, e.bestPercent])),
		compliance: s.calls.average?.compliance,
		critical: s.calls.criticalViolations,
		drillAccuracy: drills.answered ? (drills.correct / drills.answered) * 100 : undefined,
		bestAudit: audits.length ? Math.max(...audits) : undefined,
		lastActive: (s.lastActive && dayOf(s.lastActive)) ?? '—'
	};
}

export function bestReadiness(exams: TraineeSummary['exams']): number | undefined {
	const chances = exams.flatMap((e) =>
		e.readiness.estimate ? [e.readiness.estimate.probability] : []
	);
	return chances.length ? Math.max(...chances) : undefined;
}

/** A row's value in a column; a missing figure sorts below every real one. */
function valueOf(row: TeamRow, key: TeamSortKey): string | number {
	if (key.startsWith('best:')) return row.best[key.slice(5)] ?? -1;
	return row[key as Exclude<TeamSortKey, `best:${string}`>] ?? -1;
}

/** The rows whose name contains the filter (any case), sorted on one column. */
export function shownRows(
	rows: readonly TeamRow[],
	filter: string,
	key: TeamSortKey,
	ascending: boolean
): TeamRow[] {
	const needle = filter.trim().toLowerCase();
	return rows
		.filter((r) => r.name.toLowerCase().includes(needle))
		.sort((a, b) => {
			const x = valueOf(a, key);
			const y = valueOf(b, key);
			const order =
				typeof x === 'string' || typeof y === 'string' ? String(x).localeCompare(String(y)) : x - y;
			return ascending ? order : -order;
		});
}
