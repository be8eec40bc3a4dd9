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
	/** Target percent for the week's exams and audits (optional). */
	examTarget?: number;
	/** Target score for the week's calls (optional). */
	callTarget?: number;
}

/** What the certificate requires: everything in the plan, or the items chosen. */
export interface DraftCompletion {
	/** True: the employer chooses the required items below; false: every module, exam and call in the plan. */
	choose: boolean;
	modules: string[];
	exams: string[];
	calls: string[];
	/** Minimum answers in spaced review (optional). */
	minReviews?: number;
}

export interface PlanDraft {
	title: string;
	summary: string;
	/** The employer or team, printed on the certificate (optional). */
	organization?: string;
	weeks: DraftWeek[];
	completion?: DraftCompletion;
}

export const everythingRequired = (): DraftCompletion => ({
	choose: false,
	modules: [],
	exams: [],
	calls: []
});

/** The modules, exams and calls a draft's weeks name, once each: what the rules can require. */
export function draftItems(weeks: readonly DraftWeek[]): {
	modules: string[];
	exams: string[];
	calls: string[];
} {
	const all = (pick: (w: DraftWeek) => readonly string[]) => [...new Set(weeks.flatMap(pick))];
	return { modules: all((w) => w.modules), exams: all((w) => w.exams), calls: all((w) => w.calls) };
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
	const c = plan.completion;
	return {
		title: `${plan.title} (our version)`,
		summary: plan.summary,
		organization: plan.organization ?? '',
		weeks: plan.weeks.map((w) => ({
			title: w.title,
			modules: [...w.modules],
			calls: [...w.calls],
			exams: [...w.exams],
			drills: [...(w.drills ?? [])],
			audits: [...(w.audits ?? [])],
			examTarget: w.examTarget ?? w.target,
			callTarget: w.callTarget ?? w.target
		})),
		completion: c
			? {
					choose: true,
					modules: [...c.modules],
					exams: [...c.exams],
					calls: [...c.calls],
					minReviews: c.minReviews
				}
			: everythingRequired()
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
	for (const [i, w] of weeks.entries()) {
		for (const [what, n] of [
			['exam target', w.examTarget],
			['call target', w.callTarget]
		] as const)
			if (n !== undefined && n !== null && !(Number.isInteger(n) && n >= 1 && n <= 100))
				return fail(`Week ${i + 1}'s ${what} must be a whole number from 1 to 100, or left empty.`);
	}
	const completion = completionOf(draft);
	if (typeof completion === 'string') return fail(completion);
	const organization = draft.organization?.trim();
	const plan: Plan = {
		id: `${planIdFrom(title)}`,
		title: title.trim(),
		summary: summary.trim(),
		...(organization && { organization }),
		...(completion && { completion }),
		weeks: weeks.map((w, i) => ({
			week: i + 1,
			title: w.title.trim(),
			modules: [...w.modules],
			calls: [...w.calls],
			exams: [...w.exams],
			...(w.drills.length && { drills: [...w.drills] as DrillType[] }),
			...(w.audits.length && { audits: [...w.audits] }),
			...(w.examTarget && { examTarget: w.examTarget }),
			...(w.callTarget && { callTarget: w.callTarget })
		}))
	};
	const checked = checkPlanIds(plan, known);
	if (!checked.ok) return fail(checked.message.replace(' Nothing was changed.', ''));
	return { ok: true, plan };
}

/** The plan's completion rules from the draft (undefined: everything in the plan), or a problem. */
function completionOf(draft: PlanDraft): Plan['completion'] | string | undefined {
	const c = draft.completion;
	if (!c) return undefined;
	const min = c.minReviews ?? undefined;
	if (min !== undefined && min !== null && !(Number.isInteger(min) && min >= 1 && min <= 10_000))
		return 'The minimum number of reviews must be a whole number from 1 to 10,000, or left empty.';
	const items = draftItems(draft.weeks);
	if (!c.choose) return min ? { ...items, minReviews: min } : undefined;
	// Only what some week still names: unticking a module in a week drops it from the rules.
	const chosen = {
		modules: items.modules.filter((id) => c.modules.includes(id)),
		exams: items.exams.filter((id) => c.exams.includes(id)),
		calls: items.calls.filter((id) => c.calls.includes(id))
	};
	if (!chosen.modules.length && !chosen.exams.length && !chosen.calls.length && !min)
		return 'Choose at least one module, exam or call the certificate requires, or require everything in the plan.';
	return { ...chosen, ...(min && { minReviews: min }) };
}
