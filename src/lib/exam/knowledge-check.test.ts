import { describe, expect, it } from 'vitest';
import { shuffleCheck } from './knowledge-check';

const questions = [
	{ id: 'q1', options: ['Right one', 'Second', 'Third', 'Fourth'], answer: 0 },
	{ id: 'q2', options: ['Alpha', 'Beta', 'Gamma', 'Delta'], answer: 2 },
	{ id: 'q3', options: ['One', 'Two', 'Three', 'Four'], answer: 3 }
];

describe('knowledge check shuffling', () => {
	it('shows the options in another order than authored for some profile and module', () => {
		const keys = ['p1:module-a:0', 'p2:module-a:0', 'p1:module-b:0', 'p1:module-a:1'];
		const orders = keys.map((k) => shuffleCheck(questions, k).map((q) => q.order.join('')));
		const authored = questions.map((q) => [...q.options.keys()].join(''));
		expect(orders.some((o) => o.some((order, i) => order !== authored[i]))).toBe(true);
		// Different learners or attempts see different orders.
		expect(new Set(orders.map((o) => o.join('|'))).size).toBeGreaterThan(1);
	});

	it('keeps the marked answer on its option, whatever the order', () => {
		for (const key of ['a', 'b', 'c', 'p1:m:0', 'p9:m:3']) {
			const shown = shuffleCheck(questions, key);
			shown.forEach((q, i) => {
				const original = questions[i]!;
				expect(q.options[q.answer]).toBe(original.options[original.answer]);
				expect([...q.options].sort()).toEqual([...original.options].sort());
				expect(q.options.map((_, p) => original.options[q.order[p]!])).toEqual(q.options);
			});
		}
	});

	it('gives the same order for the same key', () => {
		expect(shuffleCheck(questions, 'p1:m:0')).toEqual(shuffleCheck(questions, 'p1:m:0'));
	});
});
