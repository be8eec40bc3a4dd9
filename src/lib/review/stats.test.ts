import { describe, expect, it } from 'vitest';
import { State } from './scheduler';
import {
	applyNewLimit,
	dueForecast,
	forecastLabel,
	newStudiedToday,
	parseNewLimit,
	retention,
	RETENTION_MINIMUM
} from './stats';

// Local noon, so local days are the same in every time zone the tests run in.
const NOW = new Date(2026, 2, 10, 12);
const at = (day: number, hour = 9) => new Date(2026, 2, day, hour).toISOString();
const card = (due: string, state: State = State.Review) => ({ fsrs: { due, state } });

describe('dueForecast', () => {
	it('counts cards per local day, overdue ones today, and nothing past the window', () => {
		const cards = [
			card(at(1)),
			card(at(10, 8)),
			card(at(10, 23)),
			card(at(11)),
			card(at(16)),
			card(at(17)),
			card('not a date')
		];
		const week = dueForecast(cards, NOW, 7);
		expect(week.map((d) => d.day)).toEqual([
			'2026-03-10',
			'2026-03-11',
			'2026-03-12',
			'2026-03-13',
			'2026-03-14',
			'2026-03-15',
			'2026-03-16'
		]);
		expect(week.map((d) => d.due)).toEqual([3, 1, 0, 0, 0, 0, 1]);
		const month = dueForecast(cards, NOW, 30);
		expect(month).toHaveLength(30);
		expect(month.reduce((n, d) => n + d.due, 0)).toBe(6);
	});

	it('gives an empty forecast for no days', () => {
		expect(dueForecast([card(at(10))], NOW, 0)).toEqual([]);
	});
});

describe('retention', () => {
	const review = (grade: number, state: State = State.Review) => ({
		grade,
		previous: { state }
	});

	it('has no figure under the minimum number of reviews of learned cards', () => {
		const log = [
			...Array.from({ length: RETENTION_MINIMUM - 1 }, () => review(3)),
			review(1, State.New),
			review(3, State.Learning),
			{ grade: 3 }
		];
		expect(retention(log)).toEqual({ reviews: 9, remembered: 9, rate: undefined });
	});

	it('is the share of learned-card reviews graded Hard, Good or Easy', () => {
		const log = [
			...Array.from({ length: 6 }, () => review(3)),
			review(2),
			review(4),
			review(1),
			review(1),
			review(1, State.Relearning)
		];
		expect(retention(log)).toEqual({ reviews: 10, remembered: 8, rate: 0.8 });
	});
});

describe('the daily new-card limit', () => {
	const log = [
		{ reviewedAt: at(10, 8), context: 'review', previous: { state: State.New } },
		{ reviewedAt: at(10, 9), context: 'review', previous: { state: State.Review } },
		{ reviewedAt: at(10, 9), context: 'exam', previous: { state: State.New } },
		{ reviewedAt: at(9, 9), context: 'review', previous: { state: State.New } }
	];

	it('counts new cards first studied in review today only', () => {
		expect(newStudiedToday(log, NOW)).toBe(1);
	});

	it('lets new cards in up to the limit and holds back the rest', () => {
		const due = [
			{ id: 'a', ...card(at(1), State.New) },
			{ id: 'b', ...card(at(2), State.Review) },
			{ id: 'c', ...card(at(3), State.New) },
			{ id: 'd', ...card(at(4), State.New) }
		];
		const limited = applyNewLimit(due, 2, 1);
		expect(limited.queue.map((c) => c.id)).toEqual(['a', 'b']);
		expect(limited.heldBack).toBe(2);
		expect(applyNewLimit(due, 0, 0)).toMatchObject({ heldBack: 3 });
		expect(applyNewLimit(due, 20, 0)).toMatchObject({ heldBack: 0 });
		expect(applyNewLimit(due, 1, 5).queue.map((c) => c.id)).toEqual(['b']);
	});

	it('reads a typed limit, or says plainly what is wrong', () => {
		expect(parseNewLimit(' 15 ')).toEqual({ limit: 15 });
		expect(parseNewLimit('0')).toEqual({ limit: 0 });
		expect(parseNewLimit('999')).toEqual({ limit: 999 });
		for (const bad of ['', '1000', '-1', '2.5', 'ten', '1e2'])
			expect(parseNewLimit(bad)).toEqual({
				problem: 'Enter a whole number from 0 to 999 for new cards a day.'
			});
	});
});

describe('forecastLabel', () => {
	it('names today and tomorrow, then the weekday and date', () => {
		expect(forecastLabel('2026-03-10', '2026-03-10')).toBe('Today');
		expect(forecastLabel('2026-03-11', '2026-03-10')).toBe('Tomorrow');
		expect(forecastLabel('2026-03-12', '2026-03-10')).toBe('Thu, Mar 12');
	});
});
