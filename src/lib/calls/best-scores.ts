import type { CallRun, CallRunResult } from '$lib/progress/records';

/**
 * The best finished result per scenario: a passed call beats any failed one, then the higher
 * total. The one definition of "best call score" for the library, the call page, the report,
 * the dashboard and the plan.
 */
export function bestScores(
	runs: readonly Pick<CallRun, 'scenarioId' | 'result'>[]
): Map<string, CallRunResult> {
	const best = new Map<string, CallRunResult>();
	for (const run of runs) {
		if (!run.result) continue;
		const now = best.get(run.scenarioId);
		if (!now || rank(run.result) > rank(now)) best.set(run.scenarioId, run.result);
	}
	return best;
}

/** Scenario → best total, for scenarios with a passed call only. */
export function passedBest(
	runs: readonly Pick<CallRun, 'scenarioId' | 'result'>[]
): Map<string, number> {
	return new Map([...bestScores(runs)].filter(([, r]) => r.passed).map(([id, r]) => [id, r.total]));
}

const rank = (r: CallRunResult) => (r.passed ? 1000 : 0) + r.total;
