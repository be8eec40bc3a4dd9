import { seededRandom, shuffle } from './random.ts';
import type { Blueprint, ExamForm, ExamQuestion } from './types.ts';
import { plural } from '../format.ts';

/**
 * Splits `total` questions across domains in proportion to their weights, by largest remainder,
 * so the counts always add up to `total` exactly.
 */
export function apportion(total: number, weights: Record<string, number>): Record<string, number> {
	const entries = Object.entries(weights);
	const sum = entries.reduce((a, [, w]) => a + w, 0);
	const exact = entries.map(([d, w]) => ({ d, share: (total * w) / sum }));
	const counts = Object.fromEntries(exact.map(({ d, share }) => [d, Math.floor(share)]));
	let left = total - Object.values(counts).reduce((a, b) => a + b, 0);
	const byRemainder = [...exact].sort(
		(a, b) =>
			b.share - Math.floor(b.share) - (a.share - Math.floor(a.share)) || a.d.localeCompare(b.d)
	);
	for (const { d } of byRemainder) {
		if (left-- <= 0) break;
		counts[d]! += 1;
	}
	return counts;
}

export class NotEnoughQuestionsError extends Error {}

/**
 * Draws a form that meets the blueprint's domain weights. With the same seed and bank the form is
 * the same. Questions in `seenBefore` are used only when a domain has too few fresh ones.
 */
export function drawExam(
	blueprint: Pick<Blueprint, 'questions' | 'domains'>,
	bank: readonly ExamQuestion[],
	seed: number,
	seenBefore: ReadonlySet<string> = new Set()
): ExamForm {
	const random = seededRandom(seed);
	const counts = apportion(blueprint.questions, blueprint.domains);
	const picked: ExamQuestion[] = [];
	for (const [domain, count] of Object.entries(counts)) {
		const pool = bank.filter((q) => q.domain === domain);
		if (pool.length < count)
			throw new NotEnoughQuestionsError(
				`The question bank has ${pool.length} ${plural(pool.length, 'question')} in ${domain}; this exam needs ${count}.`
			);
		const fresh = shuffle(
			pool.filter((q) => !seenBefore.has(q.id)),
			random
		);
		const seen = shuffle(
			pool.filter((q) => seenBefore.has(q.id)),
			random
		);
		picked.push(...[...fresh, ...seen].slice(0, count));
	}
	return formOf(shuffle(picked, random), random);
}

/** A form from a chosen list of questions (custom quizzes and reviews), options shuffled. */
export function formOf(questions: readonly ExamQuestion[], random: () => number): ExamForm {
	return {
		questionIds: questions.map((q) => q.id),
		optionOrders: questions.map((q) => shuffle([...Array(q.optionCount).keys()], random))
	};
}
