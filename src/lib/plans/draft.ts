/** A plan as the plan builder edits it, and turning it into a plan (or a plain-words problem). */
import type { Plan } from '$lib/content/schema';
import type { DrillType } from '$lib/drills/catalog';
import { checkPlanIds, planIdFrom, type KnownIds } from './plan-file';

export interface DraftWeek {
	title: string;
	modules: string[];
	calls: string[];
	exams: string[];
	drills: string[];
	audits: string[];
	target?: number;
}

export interface PlanDraft {
	title: string;
	summary: string;
	weeks: DraftWeek[];
}

export const emptyWeek = (n: number): DraftWeek => ({
	title: `Week ${n}`,
	modules: [],
	calls: [],
	exams: [],
	drills: [],
	audits: []
});

/** A draft copied from an existing plan, titled as the employer's own version. */
export function draftFrom(plan: Plan): PlanDraft {
	return {
		title: `${plan.title} (our version)`,
		summary: plan.summary,
		weeks: plan.weeks.map((w) => ({
			...w,
			modules: [...w.modules],
			calls: [...w.calls],
			exams: [...w.exams],
			drills: [...(w.drills ?? [])],
			audits: [...(w.audits ?? [])]
		}))
	};
}

export type DraftBuilt = { ok: true; plan: Plan } | { ok: false; problem: string };

/** The plan a draft describes, or what to fix first, in plain words. */
export function buildPlan(draft: PlanDraft, known: KnownIds): DraftBuilt {
	const fail = (problem: string): DraftBuilt => ({ ok: false, problem });
	const { title, summary, weeks } = draft;
	if (!title.trim()) return fail('Give the plan a title.');
	if (!summary.trim()) return fail('Add a one-sentence summary for trainees.');
	const untitled = weeks.findIndex((w) => !w.title.trim());
	if (untitled >= 0) return fail(`Give week ${untitled + 1} a title.`);
	const empty = weeks.findIndex(
		(w) =>
			!w.modules.length &&
			!w.calls.length &&
			!w.exams.length &&
			!w.drills.length &&
			!w.audits.length
	);
	if (empty >= 0)
		return fail(
			`Week ${empty + 1} has no tasks: choose at least one module, call, exam, drill or audit.`
		);
	const plan: Plan = {
		id: `${planIdFrom(title)}`,
		title: title.trim(),
		summary: summary.trim(),
		weeks: weeks.map((w, i) => ({
			week: i + 1,
			title: w.title.trim(),
			modules: [...w.modules],
			calls: [...w.calls],
			exams: [...w.exams],
			...(w.drills.length && { drills: [...w.drills] as DrillType[] }),
			...(w.audits.length && { audits: [...w.audits] }),
			...(w.target && { target: Math.min(100, Math.max(1, Math.round(w.target))) })
		}))
	};
	const checked = checkPlanIds(plan, known);
	if (!checked.ok) return fail(checked.message.replace(' Nothing was changed.', ''));
	return { ok: true, plan };
}
