/**
 * A module's knowledge check with its options shuffled, as exams shuffle them: seeded by a key
 * (the profile, the module and the attempt), so the order stays put while the learner answers
 * and changes on a new attempt. The right answer follows its option.
 */
import { hash, seededRandom, shuffle } from './random.ts';

export interface CheckQuestion {
	id: string;
	options: string[];
	/** Index of the correct option in `options`. */
	answer: number;
}

export type ShuffledQuestion<T extends CheckQuestion> = T & {
	/** order[shown position] = authored option index. */
	order: number[];
};

export function shuffleCheck<T extends CheckQuestion>(
	questions: readonly T[],
	key: string
): ShuffledQuestion<T>[] {
	const random = seededRandom(hash(key));
	return questions.map((q) => {
		const order = shuffle([...q.options.keys()], random);
		return {
			...q,
			options: order.map((i) => q.options[i]!),
			answer: order.indexOf(q.answer),
			order
		};
	});
}
