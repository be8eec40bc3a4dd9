import { describe, expect, it } from 'vitest';
import { customPool, drawCustom, practiceHistory } from './custom';

const bank = ['a', 'b', 'c', 'd'].map((id, i) => ({
	id,
	domain: i < 2 ? 'fcra' : 'tcpa',
	answer: 0,
	optionCount: 4
}));
const history = practiceHistory(
	[
		{ questionId: 'a', correct: false, reviewedAt: '2026-01-01' },
		{ questionId: 'a', correct: true, reviewedAt: '2026-01-02' },
		{ questionId: 'c', correct: false, reviewedAt: '2026-01-03' }
	],
	['d']
);

describe('custom quizzes', () => {
	it('uses only the latest answer to decide what was missed', () => {
		expect([...history.missed]).toEqual(['c']);
		expect([...history.answered].sort()).toEqual(['a', 'c']);
	});

	it('filters by domain and by new, missed or flagged', () => {
		expect(customPool(bank, ['fcra'], 'new', history).map((q) => q.id)).toEqual(['b']);
		expect(customPool(bank, ['fcra', 'tcpa'], 'missed', history).map((q) => q.id)).toEqual(['c']);
		expect(customPool(bank, ['tcpa'], 'flagged', history).map((q) => q.id)).toEqual(['d']);
		expect(customPool(bank, ['tcpa'], 'all', history)).toHaveLength(2);
	});

	it('draws at most the count asked for', () => {
		expect(drawCustom(bank, 3, 5).questionIds).toHaveLength(3);
		expect(drawCustom(bank, 10, 5).questionIds).toHaveLength(4);
	});
});
