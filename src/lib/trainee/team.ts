/**
 * The supervisor's team table: one row per trainee file, compared on plan progress, readiness,
 * best practice-exam scores and call compliance. Pure: rows come from exported profiles.
 */
import type { Plan } from '$lib/content/schema';
import { dayOf } from '$lib/dates';
import { bestAuditScores, drillStats } from '$lib/drills/stats';
import { traineePlan } from '$lib/plans/trainee';
import { chanceText } from '$lib/exam/readiness';
import { overdueTasks, type PlanProgress } from '$lib/plans/tasks';
import type { Backup } from '$lib/progress/backup';
import { summarise, type CourseFacts, type TraineeSummary } from './summary';

export interface TeamRow {
	id: string;
	name: string;
	plan: string;
	planPercent: number;
	/** "Week 3 of 8", "Starts later", "Plan over", or "—" without a plan. */
	planWeek: string;
	/** Tasks of weeks already past that are not done (for sorting: the week number). */
	planWeekNumber: number;
	overdue: number;
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
export type TeamSortKey =
	Exclude<keyof TeamRow, 'id' | 'best' | 'plan' | 'planWeekNumber'> | `best:${string}`;

export function teamRow(
	backup: Backup,
	facts: CourseFacts,
	plans: readonly Plan[],
	today: string,
	s: TraineeSummary = summarise(backup, facts, today)
): TeamRow {
	const plan = traineePlan(backup, s, plans, today);
	const drills = drillStats(backup.tables.drillAttempts);
	const audits = [...bestAuditScores(backup.tables.auditAttempts).values()];
	return {
		id: backup.profile.id,
		name: backup.profile.name,
		plan: plan ? plan.plan.title : 'No plan',
		planPercent: plan?.progress.percent ?? 0,
		planWeek: plan ? weekText(plan.progress) : '—',
		planWeekNumber: plan?.progress.currentWeek ?? -1,
		overdue: plan ? overdueTasks(plan.progress).length : 0,
		readiness: bestReadiness(s.exams),
		best: Object.fromEntries(s.exams.map((e) => [e.blueprintId, e.bestPercent])),
		compliance: s.calls.average?.compliance,
		critical: s.calls.criticalViolations,
		drillAccuracy: drills.answered ? (drills.correct / drills.answered) * 100 : undefined,
		bestAudit: audits.length ? Math.max(...audits) : undefined,
		lastActive: (s.lastActive && dayOf(s.lastActive)) ?? '—'
	};
}

export function weekText(p: PlanProgress): string {
	if (p.currentWeek === 0) return 'Starts later';
	if (p.currentWeek > p.weeks.length) return 'Plan over';
	return `Week ${p.currentWeek} of ${p.weeks.length}`;
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
	if (key === 'planWeek') return row.planWeekNumber;
	return row[key as Exclude<TeamSortKey, `best:${string}`>] ?? -1;
}

/** One column of the table: what the cell says is also what the CSV export says. */
export interface TeamColumn {
	key: TeamSortKey;
	label: string;
	/** Shown unless the supervisor hides it. */
	byDefault: boolean;
	text: (row: TeamRow) => string;
	/** A score below its pass mark, shown as a warning. */
	below?: (row: TeamRow) => boolean;
}

const pct = (n: number | undefined) => (n === undefined || n < 0 ? '—' : `${Math.round(n)}%`);

/** The columns, in order; `certExams` are the blueprints modeled on a credential. */
export function teamColumns(
	certExams: readonly { id: string; passPercent: number }[]
): TeamColumn[] {
	return [
		{ key: 'name', label: 'Trainee', byDefault: true, text: (r) => r.name },
		{ key: 'planWeek', label: 'Plan week', byDefault: true, text: (r) => r.planWeek },
		{
			key: 'planPercent',
			label: 'Plan progress',
			byDefault: false,
			text: (r) => (r.plan === 'No plan' ? '—' : `${r.planPercent}% (${r.plan})`)
		},
		{ key: 'overdue', label: 'Overdue tasks', byDefault: true, text: (r) => String(r.overdue) },
		{
			key: 'readiness',
			label: 'Readiness',
			byDefault: true,
			text: (r) => (r.readiness === undefined ? '—' : chanceText(r.readiness))
		},
		...certExams.map((e): TeamColumn => ({
			key: `best:${e.id}`,
			label: `Best ${e.id.toUpperCase()}`,
			byDefault: true,
			text: (r) => pct(r.best[e.id]),
			below: (r) => (r.best[e.id] ?? 100) < e.passPercent
		})),
		{
			key: 'compliance',
			label: 'Call compliance',
			byDefault: false,
			text: (r) => pct(r.compliance)
		},
		{
			key: 'critical',
			label: 'Critical failures',
			byDefault: true,
			text: (r) => String(r.critical)
		},
		{
			key: 'drillAccuracy',
			label: 'Drill accuracy',
			byDefault: false,
			text: (r) => pct(r.drillAccuracy)
		},
		{ key: 'bestAudit', label: 'Best audit', byDefault: false, text: (r) => pct(r.bestAudit) },
		{ key: 'lastActive', label: 'Last active', byDefault: true, text: (r) => r.lastActive }
	];
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
