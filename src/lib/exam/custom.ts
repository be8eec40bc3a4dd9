import { seededRandom, shuffle } from './random';
import { formOf } from './draw';
import type { ExamForm, ExamQuestion } from './types';

export type CustomPool = 'all' | 'new' | 'missed' | 'flagged';

export interface PracticeHistory {
	/** Questions answered at least once. */
	answered: ReadonlySet<string>;
	/** Questions whose latest answer was wrong. */
	missed: ReadonlySet<string>;
	/** Questions flagged in any exam. */
	flagged: ReadonlySet<string>;
}

/** The questions a custom quiz may draw from, before the count is applied. */
export function customPool(
	bank: readonly ExamQuestion[],
	domains: readonly string[],
	pool: CustomPool,
	history: PracticeHistory
): ExamQuestion[] {
	return bank.filter(
		(q) =>
			domains.includes(q.domain) &&
			(pool === 'all' ||
				(pool === 'new' && !history.answered.has(q.id)) ||
				(pool === 'missed' && history.missed.has(q.id)) ||
				(pool === 'flagged' && history.flagged.has(q.id)))
	);
}

export function drawCustom(
	candidates: readonly ExamQuestion[],
	count: number,
	seed: number
): ExamForm {
	const random = seededRandom(seed);
	return formOf(shuffle(candidates, random).slice(0, count), random);
}

/** Latest-answer history from the answer log and past sessions. */
export function practiceHistory(
	log: readonly { questionId: string; correct: boolean; reviewedAt: string }[],
	flags: readonly string[]
): PracticeHistory {
	const latest = new Map<string, { correct: boolean; at: string }>();
	for (const e of log) {
		const before = latest.get(e.questionId);
		if (!before || before.at <= e.reviewedAt)
			latest.set(e.questionId, { correct: e.correct, at: e.reviewedAt });
	}
	return {
		answered: new Set(latest.keys()),
		missed: new Set([...latest].filter(([, v]) => !v.correct).map(([k]) => k)),
		flagged: new Set(flags)
	};
}
