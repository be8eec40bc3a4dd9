import { describe, expect, it } from 'vitest';
import {
	daysUntil,
	GRADES,
	dueQueue,
	gradeCard,
	gradeForAnswer,
	isDue,
	newCard,
	previewIntervals,
	Rating
} from './scheduler';

const now = new Date('2026-03-01T12:00:00Z');
const day = 86_400_000;

describe('spaced review', () => {
	it('a new card is due at once', () => {
		expect(isDue(newCard(now), now)).toBe(true);
	});

	it('a good answer pushes the card further out than a missed one', () => {
		const card = newCard(now);
		const good = gradeCard(card, Rating.Good, now).card;
		const again = gradeCard(card, Rating.Again, now).card;
		expect(Date.parse(good.due)).toBeGreaterThan(Date.parse(again.due));
		expect(isDue(good, now)).toBe(false);
	});

	it('intervals grow with repeated success', () => {
		let card = newCard(now);
		let at = now;
		const gaps: number[] = [];
		for (let i = 0; i < 5; i++) {
			card = gradeCard(card, Rating.Good, at).card;
			const due = new Date(card.due);
			gaps.push(due.getTime() - at.getTime());
			at = due;
		}
		expect(gaps.at(-1)!).toBeGreaterThan(gaps[1]!);
		expect(gaps.at(-1)!).toBeGreaterThan(3 * day);
	});

	it('never schedules past the exam date while the exam is ahead', () => {
		const exam = '2026-03-11';
		let card = newCard(now);
		let at = now;
		while (at.getTime() < Date.parse(exam)) {
			card = gradeCard(card, Rating.Easy, at, exam).card;
			expect(Date.parse(card.due)).toBeLessThanOrEqual(new Date(exam + 'T00:00:00').getTime());
			at = new Date(card.due);
		}
	});

	it('grades a card last reviewed "in the future", after the device clock was put right', () => {
		const reviewed = gradeCard(newCard(now), Rating.Good, now).card;
		const earlier = new Date(now.getTime() - 3 * day);
		const { card } = gradeCard(reviewed, Rating.Good, earlier);
		expect(Date.parse(card.due)).toBeGreaterThan(earlier.getTime());
		expect(card.last_review).toBe(earlier.toISOString());
	});

	it('keeps the previous card so a grade can be undone', () => {
		const card = newCard(now);
		const { previous } = gradeCard(card, Rating.Good, now);
		expect(previous).toEqual(card);
	});

	it('maps answers to grades and orders the queue by due date', () => {
		expect(gradeForAnswer(false, false)).toBe(Rating.Again);
		expect(gradeForAnswer(true, true)).toBe(Rating.Hard);
		expect(gradeForAnswer(true, false)).toBe(Rating.Good);
		const cards = [
			{ id: 'b', fsrs: { due: '2026-02-28T00:00:00.000Z' } },
			{ id: 'future', fsrs: { due: '2026-04-01T00:00:00.000Z' } },
			{ id: 'a', fsrs: { due: '2026-02-01T00:00:00.000Z' } }
		];
		expect(dueQueue(cards, now).map((c) => c.id)).toEqual(['a', 'b']);
	});

	it('counts days to the exam', () => {
		expect(daysUntil('2026-03-11', new Date(2026, 2, 1, 15))).toBe(10);
		expect(daysUntil('2026-02-01', now)).toBe(0);
	});
});

describe('previewIntervals', () => {
	it('gives each grade the interval gradeCard would schedule, growing from Again to Easy', () => {
		const card = gradeCard(newCard(now), Rating.Good, now).card;
		const later = new Date(Date.parse(card.due));
		const preview = previewIntervals(card, later);
		for (const grade of GRADES)
			expect(preview[grade]).toBe(
				Date.parse(gradeCard(card, grade, later).card.due) - later.getTime()
			);
		expect(preview[Rating.Again]).toBeLessThan(preview[Rating.Hard]);
		expect(preview[Rating.Good]).toBeLessThan(preview[Rating.Easy]);
		expect(preview[Rating.Easy]).toBeGreaterThanOrEqual(day);
	});

	it('caps every interval at the exam day', () => {
		const card = gradeCard(newCard(now), Rating.Good, now).card;
		const later = new Date(Date.parse(card.due));
		const preview = previewIntervals(card, later, '2026-03-05');
		const exam = new Date('2026-03-05T00:00:00').getTime();
		expect(later.getTime() + preview[Rating.Easy]).toBeLessThanOrEqual(exam);
	});
});
