import { describe, expect, it } from 'vitest';
import { apportion, drawExam, NotEnoughQuestionsError } from './draw';
import { scoreExam } from './score';
import {
	deadlineFrom,
	formatClock,
	isExpired,
	milestoneCrossed,
	reviewSummary,
	secondsLeft
} from './session';
import type { ExamQuestion } from './types';

const bank: ExamQuestion[] = [
	...Array.from({ length: 30 }, (_, i) => ({
		id: `f${i}`,
		domain: 'fdcpa-regf',
		answer: i % 4,
		optionCount: 4
	})),
	...Array.from({ length: 10 }, (_, i) => ({
		id: `c${i}`,
		domain: 'fcra',
		answer: 1,
		optionCount: 4
	})),
	...Array.from({ length: 10 }, (_, i) => ({
		id: `n${i}`,
		domain: 'negotiation',
		answer: 2,
		optionCount: 4
	}))
];
const blueprint = {
	questions: 20,
	minutes: 30,
	passPercent: 85,
	domains: { 'fdcpa-regf': 55, fcra: 25, negotiation: 20 }
};

describe('apportion', () => {
	it('meets the weights and adds up exactly', () => {
		expect(apportion(20, blueprint.domains)).toEqual({ 'fdcpa-regf': 11, fcra: 5, negotiation: 4 });
		const odd = apportion(7, { a: 1, b: 1, c: 1 });
		expect(Object.values(odd).reduce((x, y) => x + y)).toBe(7);
	});
});

describe('drawExam', () => {
	it('draws the blueprint count per domain with no repeats', () => {
		const form = drawExam(blueprint, bank, 42);
		expect(form.questionIds).toHaveLength(20);
		expect(new Set(form.questionIds).size).toBe(20);
		const domains = form.questionIds.map((id) => bank.find((q) => q.id === id)!.domain);
		expect(domains.filter((d) => d === 'fdcpa-regf')).toHaveLength(11);
		expect(domains.filter((d) => d === 'fcra')).toHaveLength(5);
	});

	it('is the same for the same seed and different for another', () => {
		expect(drawExam(blueprint, bank, 7)).toEqual(drawExam(blueprint, bank, 7));
		expect(drawExam(blueprint, bank, 7).questionIds).not.toEqual(
			drawExam(blueprint, bank, 8).questionIds
		);
	});

	it('shuffles each question’s options as a permutation', () => {
		const form = drawExam(blueprint, bank, 3);
		for (const order of form.optionOrders) expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(form.optionOrders.some((o) => o.join() !== '0,1,2,3')).toBe(true);
	});

	it('prefers questions not seen before', () => {
		const seen = new Set(
			bank
				.filter((q) => q.domain === 'fcra')
				.slice(0, 5)
				.map((q) => q.id)
		);
		const form = drawExam(blueprint, bank, 11, seen);
		expect(form.questionIds.filter((id) => seen.has(id))).toEqual([]);
	});

	it('says plainly when the bank is too small', () => {
		expect(() => drawExam({ questions: 100, domains: { fcra: 100 } }, bank, 1)).toThrow(
			NotEnoughQuestionsError
		);
	});
});

describe('scoreExam', () => {
	const questions = bank.slice(0, 4).concat(bank.slice(30, 32));
	it('scores against the threshold with a per-domain breakdown', () => {
		const at = '2026-01-01T00:00:00Z';
		const answers = {
			f0: { option: 0, answeredAt: at, seconds: 10 },
			f1: { option: 1, answeredAt: at, seconds: 10 },
			f2: { option: 0, answeredAt: at, seconds: 10 },
			c0: { option: 1, answeredAt: at, seconds: 10 }
		};
		const result = scoreExam(questions, answers, 85, 600);
		expect(result.correct).toBe(3);
		expect(result.total).toBe(6);
		expect(result.percent).toBeCloseTo(50);
		expect(result.passed).toBe(false);
		expect(result.byDomain).toEqual({
			'fdcpa-regf': { correct: 2, total: 4 },
			fcra: { correct: 1, total: 2 }
		});
	});

	it('passes exactly at the threshold', () => {
		const qs = bank.slice(30, 35);
		const answers = Object.fromEntries(
			qs.slice(0, 4).map((q) => [q.id, { option: 1, answeredAt: '', seconds: 1 }])
		);
		expect(scoreExam(qs, answers, 80, 1).passed).toBe(true);
	});
});

describe('session clock', () => {
	const start = new Date('2026-03-01T10:00:00Z');
	const session = { deadline: deadlineFrom(start, 60) };
	it('counts down from the stored deadline, also across a closed tab', () => {
		expect(secondsLeft(session, new Date('2026-03-01T10:30:00Z'))).toBe(1800);
		expect(isExpired(session, new Date('2026-03-01T11:00:01Z'))).toBe(true);
		expect(isExpired({ ...session, submittedAt: 'x' }, new Date('2026-03-01T12:00:00Z'))).toBe(
			false
		);
	});
	it('formats the clock and finds milestones', () => {
		expect(formatClock(3725)).toBe('1:02:05');
		expect(formatClock(65)).toBe('01:05');
		expect(milestoneCrossed(601, 599)).toBe(600);
		expect(milestoneCrossed(500, 499)).toBeUndefined();
	});
	it('lists unanswered and flagged questions for review', () => {
		expect(
			reviewSummary(['a', 'b', 'c'], { b: { option: 1, answeredAt: '', seconds: 1 } }, ['c'])
		).toEqual({
			unanswered: [0, 2],
			flagged: [2]
		});
	});
});
