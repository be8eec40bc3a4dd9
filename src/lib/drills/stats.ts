/** Accuracy and streaks from the drill history, and best scores from the audit history. */
import { DRILL_TYPES, type DrillType } from './catalog.ts';

export interface DrillRecord {
	type: string;
	correct: boolean;
	answeredAt: string;
}

export interface RunStats {
	answered: number;
	correct: number;
	/** Correct answers in a row, counting back from the latest. */
	streak: number;
	/** The longest run of correct answers. */
	best: number;
}

export interface DrillStats extends RunStats {
	byType: (RunStats & { type: DrillType })[];
}

function runs(records: readonly DrillRecord[]): RunStats {
	let run = 0;
	let best = 0;
	for (const r of records) {
		run = r.correct ? run + 1 : 0;
		best = Math.max(best, run);
	}
	return {
		answered: records.length,
		correct: records.filter((r) => r.correct).length,
		streak: run,
		best
	};
}

export function drillStats(records: readonly DrillRecord[]): DrillStats {
	const ordered = [...records].sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
	return {
		...runs(ordered),
		byType: DRILL_TYPES.map((type) => ({
			type,
			...runs(ordered.filter((r) => r.type === type))
		}))
	};
}

/** Best audit score per audit id. */
export function bestAuditScores(
	attempts: readonly { auditId: string; result: { score: number } }[]
): Map<string, number> {
	const best = new Map<string, number>();
	for (const a of attempts) best.set(a.auditId, Math.max(best.get(a.auditId) ?? 0, a.result.score));
	return best;
}
