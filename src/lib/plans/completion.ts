/**
 * Whether a trainee has completed a plan: the plan's completion rules checked against the
 * trainee's own records (from the database or an exported file alike). Pure. The certificate, the
 * report's "still missing" list and the SCORM lesson status all read it.
 */
import type { Plan } from '$lib/content/schema';
import type { Backup } from '$lib/progress/backup';
import { bestScores } from '$lib/calls/best-scores';
import { dayOf } from '$lib/dates';
import { scoredSessions, type CourseFacts } from '$lib/trainee/summary';

export interface CompletionRules {
	modules: string[];
	exams: string[];
	calls: string[];
	minReviews?: number;
}

/** The plan's stated rules, or when it states none: every module, exam and call the plan names. */
export function completionRules(plan: Plan): CompletionRules {
	if (plan.completion) {
		const c = plan.completion;
		return {
			modules: [...new Set(c.modules)],
			exams: [...new Set(c.exams)],
			calls: [...new Set(c.calls)],
			...(c.minReviews !== undefined && { minReviews: c.minReviews })
		};
	}
	const all = (pick: (w: Plan['weeks'][number]) => readonly string[]) => [
		...new Set(plan.weeks.flatMap(pick))
	];
	return {
		modules: all((w) => w.modules),
		exams: all((w) => w.exams),
		calls: all((w) => w.calls)
	};
}

export interface CompletionItem {
	kind: 'module' | 'exam' | 'call' | 'review';
	id: string;
	title: string;
	met: boolean;
	/** In plain words: what was done, or what is still to do. */
	detail: string;
	/** Best percent: an exam's score or a call's total (exams and calls with a finished attempt). */
	percent?: number;
	/**
	 * The record that meets the rule, when met: the module id (moduleProgress), the exam session
	 * id or the call run id, and when it was done.
	 */
	evidence?: { id: string; at: string };
}

export interface CompletionStatus {
	met: boolean;
	items: CompletionItem[];
	done: number;
	total: number;
	/** Mean of the best percent on each required exam (undefined when the rules name no exam). */
	score?: number;
	/** True when an exam the rules require was attempted and not passed, or a required call has a critical failure on every run. */
	failed: boolean;
}

/** Answers given in spaced review that count toward `minReviews` (question cards and drill cards). */
export function reviewsDone(tables: Pick<Backup['tables'], 'reviewLog' | 'drillAttempts'>): number {
	return (
		tables.reviewLog.filter((e) => e.context === 'review').length +
		(tables.drillAttempts ?? []).filter((a) => a.context === 'review').length
	);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export function planCompletion(
	plan: Plan,
	tables: Backup['tables'],
	facts: CourseFacts
): CompletionStatus {
	const rules = completionRules(plan);
	const items: CompletionItem[] = [];
	let failed = false;

	const moduleTitle = new Map(facts.modules.map((m) => [m.id, m.title ?? m.id]));
	const progress = new Map(tables.moduleProgress.map((m) => [m.moduleId, m]));
	for (const id of rules.modules) {
		const row = progress.get(id);
		const met = row?.status === 'complete';
		items.push({
			kind: 'module',
			id,
			title: moduleTitle.get(id) ?? id,
			met,
			detail: met
				? `Completed on ${day(row!.completedAt ?? row!.updatedAt)}`
				: row
					? 'Started, not completed yet'
					: 'Not started yet',
			...(met && { evidence: { id, at: row!.completedAt ?? row!.updatedAt } })
		});
	}

	const percents: number[] = [];
	for (const id of rules.exams) {
		const blueprint = facts.blueprints.find((b) => b.id === id);
		const title = blueprint?.title ?? id;
		const sessions = scoredSessions(tables.examSessions, id);
		// The best attempt; of equal scores, the first to reach it.
		const best = sessions.reduce<(typeof sessions)[number] | undefined>(
			(a, s) => (!a || s.result.percent > a.result.percent ? s : a),
			undefined
		);
		const passPercent = blueprint?.passPercent ?? 100;
		const percent = best ? round1(best.result.percent) : undefined;
		percents.push(best?.result.percent ?? 0);
		const met = !!best && best.result.percent >= passPercent;
		if (best && !met) failed = true;
		items.push({
			kind: 'exam',
			id,
			title,
			met,
			detail: !best
				? `Not taken yet; pass mark ${passPercent}%`
				: met
					? `Passed with ${percent}% on ${day(best.submittedAt ?? best.startedAt)} (pass mark ${passPercent}%)`
					: `Best score ${percent}%; pass mark ${passPercent}%`,
			...(percent !== undefined && { percent }),
			...(met && { evidence: { id: best.id, at: best.submittedAt ?? best.startedAt } })
		});
	}

	const callTitle = new Map((facts.calls ?? []).map((c) => [c.id, c.title]));
	const best = bestScores(tables.callRuns);
	for (const id of rules.calls) {
		const runs = tables.callRuns.filter((r) => r.scenarioId === id && r.result && r.finishedAt);
		const result = best.get(id);
		// A passed call has no critical violation (score.ts); both are checked all the same.
		const met = !!result && result.passed && !result.critical;
		const run = met
			? runs
					.filter((r) => r.result!.passed && !r.result!.critical)
					.sort(
						(a, b) =>
							b.result!.total - a.result!.total || a.finishedAt!.localeCompare(b.finishedAt!)
					)[0]
			: undefined;
		if (runs.length && runs.every((r) => r.result!.critical)) failed = true;
		items.push({
			kind: 'call',
			id,
			title: callTitle.get(id) ?? id,
			met: !!run,
			detail: run
				? `Passed with ${run.result!.total} on ${day(run.finishedAt!)}, no critical violation`
				: !runs.length
					? 'Not practiced yet'
					: runs.every((r) => r.result!.critical)
						? `Failed on a critical violation (${plural(runs.length, 'run')})`
						: `Not passed yet (best ${result?.total ?? 0})`,
			...(result && { percent: run ? run.result!.total : result.total }),
			...(run && { evidence: { id: run.id, at: run.finishedAt! } })
		});
	}

	if (rules.minReviews) {
		const n = reviewsDone(tables);
		items.push({
			kind: 'review',
			id: 'reviews',
			title: `At least ${plural(rules.minReviews, 'spaced review answer')}`,
			met: n >= rules.minReviews,
			detail: `${n} of ${rules.minReviews} done`
		});
	}

	const done = items.filter((i) => i.met).length;
	return {
		// Rules that name nothing are never met: a certificate must certify something.
		met: items.length > 0 && done === items.length,
		items,
		done,
		total: items.length,
		...(percents.length && {
			score: round1(percents.reduce((a, b) => a + b, 0) / percents.length)
		}),
		failed
	};
}

/** The calendar day of a stored time, as the learner's device sees it. */
const day = (iso: string) => dayOf(iso) ?? iso.slice(0, 10);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
