/**
 * Figures for the whole team, computed on the device from the kept trainee files: how many of
 * those who attempted each certification exam passed it, and which rules calls break most.
 */
import type { CallRun } from '$lib/progress/records';
import type { TraineeSummary } from './summary';

export interface PassRate {
	blueprintId: string;
	title: string;
	attempted: number;
	passed: number;
}

/** Per blueprint: trainees who passed it / trainees who submitted at least one attempt. */
export function passRates(
	summaries: readonly TraineeSummary[],
	blueprintIds: readonly string[]
): PassRate[] {
	return blueprintIds.map((id) => {
		const exams = summaries.flatMap((s) => s.exams.filter((e) => e.blueprintId === id));
		return {
			blueprintId: id,
			title: exams[0]?.title ?? id,
			attempted: exams.filter((e) => e.attempts > 0).length,
			passed: exams.filter((e) => e.passed).length
		};
	});
}

export interface RuleCount {
	rule: string;
	title: string;
	/** Violations in finished calls. */
	count: number;
	/** Trainees who broke the rule at least once. */
	trainees: number;
}

/** The rules most often violated in finished calls, most first (ties: more trainees, then A–Z). */
export function mostViolated(
	trainees: readonly { id: string; callRuns: readonly Pick<CallRun, 'result'>[] }[],
	ruleTitles: Readonly<Record<string, string>>,
	limit = 5
): RuleCount[] {
	const byRule = new Map<string, { count: number; who: Set<string> }>();
	for (const t of trainees)
		for (const run of t.callRuns)
			for (const rule of run.result?.violations ?? []) {
				const entry = byRule.get(rule) ?? { count: 0, who: new Set<string>() };
				entry.count++;
				entry.who.add(t.id);
				byRule.set(rule, entry);
			}
	return [...byRule]
		.map(([rule, e]) => ({
			rule,
			title: ruleTitles[rule] ?? rule,
			count: e.count,
			trainees: e.who.size
		}))
		.sort((a, b) => b.count - a.count || b.trainees - a.trainees || a.title.localeCompare(b.title))
		.slice(0, limit);
}
