import type { Plan } from '$lib/content/schema';
import type { Backup } from '$lib/progress/backup';
import type { TraineeSummary } from '$lib/trainee/summary';
import { planProgress, type PlanProgress } from './tasks';

/** The plan a trainee is following (from their own records) and how far along it they are. */
export function traineePlan(
	backup: Pick<Backup, 'tables'>,
	summary: TraineeSummary,
	plans: readonly Plan[],
	today: string
): { plan: Plan; startedOn: string; progress: PlanProgress } | undefined {
	const activeId = backup.tables.settings.find((s) => s.key === 'activePlan')?.value;
	const assignment = backup.tables.planAssignments.find((a) => a.planId === activeId);
	if (!assignment) return undefined;
	const plan = assignment.custom ?? plans.find((p) => p.id === assignment.planId);
	if (!plan) return undefined;
	const progress = planProgress(plan, assignment.startedOn, today, {
		completedModules: summary.completedModules,
		passedCalls: summary.calls.passedBest,
		bestExams: new Map(
			summary.exams.flatMap((e) =>
				e.bestPercent === undefined ? [] : [[e.blueprintId, e.bestPercent]]
			)
		),
		passPercent: new Map(summary.exams.map((e) => [e.blueprintId, e.passPercent]))
	});
	return { plan, startedOn: assignment.startedOn, progress };
}
