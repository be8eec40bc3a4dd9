/**
 * An onboarding plan as a trainee sees it: the week they are in, each week's tasks, and which
 * tasks are done, judged from their own progress (a module completed, a call passed, an exam
 * scored at the target).
 */
import { shiftDay } from '$lib/dates';
import type { Plan } from '$lib/content/schema';

export type TaskKind = 'module' | 'call' | 'exam' | 'drill' | 'audit';

/** A drill task is done after this many correct answers of its type in a row. */
export const DRILL_TASK_STREAK = 3;
/** An audit task's score when the week sets no target. */
export const AUDIT_TASK_SCORE = 80;

export interface PlanTask {
	key: string;
	kind: TaskKind;
	id: string;
	done: boolean;
	/** What "done" means for this task, in words. */
	criterion: string;
}

export interface PlanWeek {
	week: number;
	title: string;
	tasks: PlanTask[];
	done: number;
}

export interface PlanProgress {
	weeks: PlanWeek[];
	/** 1-based; 0 before the start date; past the last week once the plan is over. */
	currentWeek: number;
	done: number;
	total: number;
	percent: number;
}

export interface TraineeFacts {
	completedModules: ReadonlySet<string>;
	/** Best call total (0–100) per scenario, counting passed calls only. */
	passedCalls: ReadonlyMap<string, number>;
	/** Best exam score in percent per blueprint id. */
	bestExams: ReadonlyMap<string, number>;
	/** Each blueprint's own pass mark, used when the week sets no target. */
	passPercent: ReadonlyMap<string, number>;
	/** Longest run of correct answers per drill type. */
	drillBest?: ReadonlyMap<string, number>;
	/** Best score (0–100) per call audit. */
	auditBest?: ReadonlyMap<string, number>;
}

export const taskKey = (kind: TaskKind, id: string) => `${kind}:${id}`;

export function weekOf(startedOn: string, today: string): number {
	const days = Math.floor(
		(Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startedOn}T00:00:00Z`)) / 86_400_000
	);
	return days < 0 ? 0 : Math.floor(days / 7) + 1;
}

/** The last day of a plan week: tasks of week 1 are due six days after the start. */
export function weekDueOn(startedOn: string, week: number): string {
	return shiftDay(startedOn, 7 * week - 1);
}

/** Tasks of the weeks before the current one that are not done yet, with their week. */
export function overdueTasks(p: PlanProgress): (PlanTask & { week: number })[] {
	return p.weeks
		.filter((w) => w.week < p.currentWeek)
		.flatMap((w) => w.tasks.filter((t) => !t.done).map((t) => ({ ...t, week: w.week })));
}

/** A week's target for its exams (and audits), and for its calls; an older plan's `target` is both. */
export function weekTargets(w: Plan['weeks'][number]): { exam?: number; call?: number } {
	return { exam: w.examTarget ?? w.target, call: w.callTarget ?? w.target };
}

export function planProgress(
	plan: Plan,
	startedOn: string,
	today: string,
	facts: TraineeFacts
): PlanProgress {
	const weeks = plan.weeks.map((w): PlanWeek => {
		const target = weekTargets(w);
		const tasks: PlanTask[] = [
			...w.modules.map((id) => ({
				key: taskKey('module', id),
				kind: 'module' as const,
				id,
				done: facts.completedModules.has(id),
				criterion: 'Mark the module complete'
			})),
			...w.calls.map((id) => ({
				key: taskKey('call', id),
				kind: 'call' as const,
				id,
				done: (facts.passedCalls.get(id) ?? -1) >= (target.call ?? 0),
				criterion: target.call ? `Pass the call with ${target.call} or more` : 'Pass the call'
			})),
			...w.exams.map((id) => {
				const score = target.exam ?? facts.passPercent.get(id) ?? 100;
				return {
					key: taskKey('exam', id),
					kind: 'exam' as const,
					id,
					done: (facts.bestExams.get(id) ?? -1) >= score,
					criterion: `Score ${score}% or more on a practice exam`
				};
			}),
			...(w.drills ?? []).map((id) => ({
				key: taskKey('drill', id),
				kind: 'drill' as const,
				id,
				done: (facts.drillBest?.get(id) ?? 0) >= DRILL_TASK_STREAK,
				criterion: `Answer ${DRILL_TASK_STREAK} cases in a row correctly`
			})),
			...(w.audits ?? []).map((id) => {
				const score = target.exam ?? AUDIT_TASK_SCORE;
				return {
					key: taskKey('audit', id),
					kind: 'audit' as const,
					id,
					done: (facts.auditBest?.get(id) ?? -1) >= score,
					criterion: `Score ${score}% or more on the call audit`
				};
			})
		];
		return { week: w.week, title: w.title, tasks, done: tasks.filter((t) => t.done).length };
	});
	const total = weeks.reduce((n, w) => n + w.tasks.length, 0);
	const done = weeks.reduce((n, w) => n + w.done, 0);
	return {
		weeks,
		currentWeek: weekOf(startedOn, today),
		done,
		total,
		percent: total ? Math.round((done / total) * 100) : 0
	};
}
