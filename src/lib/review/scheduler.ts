/**
 * Spaced review with FSRS (ts-fsrs): missed and "unsure" questions become cards; each review
 * grades a card and schedules its next due date. Cards are stored as plain JSON (ISO dates).
 */
import {
	createEmptyCard,
	fsrs,
	generatorParameters,
	Rating,
	State,
	type Card,
	type Grade
} from 'ts-fsrs';

export { Rating, State };
export type { Grade };

/** A card as stored: ts-fsrs's card with dates as ISO strings. */
export type StoredCard = Omit<Card, 'due' | 'last_review'> & { due: string; last_review?: string };

const DAY = 86_400_000;

function toStored(card: Card): StoredCard {
	return { ...card, due: card.due.toISOString(), last_review: card.last_review?.toISOString() };
}

/**
 * A stored card as ts-fsrs takes it. A last review later than now (the device clock was put
 * right since) counts as now: ts-fsrs refuses a negative time since the last review.
 */
function fromStored(card: StoredCard, now: Date): Card {
	const last = card.last_review ? new Date(card.last_review) : undefined;
	return {
		...card,
		due: new Date(card.due),
		last_review: last && last > now ? now : last
	};
}

/**
 * The scheduler. With an exam date, no interval reaches past it, so every card comes up at least
 * once more before the exam.
 */
function scheduler(now: Date, examDate?: string) {
	const daysToExam = examDate
		? Math.floor((new Date(examDate + 'T00:00:00').getTime() - now.getTime()) / DAY)
		: undefined;
	const maximum_interval = daysToExam !== undefined && daysToExam >= 1 ? daysToExam : 36500;
	return fsrs(generatorParameters({ maximum_interval, enable_fuzz: false }));
}

export function newCard(now: Date): StoredCard {
	return toStored(createEmptyCard(now));
}

/** A card after a review, and the card as it was (kept for undo). */
export function gradeCard(
	card: StoredCard,
	grade: Grade,
	now: Date,
	examDate?: string
): { card: StoredCard; previous: StoredCard } {
	const next = scheduler(now, examDate).next(fromStored(card, now), now, grade).card;
	// FSRS keeps Easy longer than Good even past the cap, so clamp to the exam day itself.
	const exam = examDate ? new Date(examDate + 'T00:00:00') : undefined;
	if (exam && exam > now && next.due > exam) {
		next.due = exam;
		next.scheduled_days = Math.max(0, Math.floor((exam.getTime() - now.getTime()) / DAY));
	}
	return { card: toStored(next), previous: card };
}

/** The four grades, in button order (Again, Hard, Good, Easy). */
export const GRADES: readonly Grade[] = [Rating.Again, Rating.Hard, Rating.Good, Rating.Easy];

/**
 * How long each grade would put the card away (milliseconds from now), exactly as `gradeCard`
 * would schedule it: the numbers on the grade buttons.
 */
export function previewIntervals(
	card: StoredCard,
	now: Date,
	examDate?: string
): Record<Grade, number> {
	const out = {} as Record<Grade, number>;
	for (const grade of GRADES)
		out[grade] = Math.max(
			0,
			Date.parse(gradeCard(card, grade, now, examDate).card.due) - now.getTime()
		);
	return out;
}

/** The grade an answer implies: wrong → Again, right but unsure → Hard, right → Good. */
export function gradeForAnswer(correct: boolean, unsure: boolean): Grade {
	if (!correct) return Rating.Again;
	return unsure ? Rating.Hard : Rating.Good;
}

export function isDue(card: Pick<StoredCard, 'due'>, now: Date): boolean {
	return Date.parse(card.due) <= now.getTime();
}

/** Due cards, most overdue first. */
export function dueQueue<T extends { fsrs: Pick<StoredCard, 'due'> }>(
	cards: readonly T[],
	now: Date
): T[] {
	return cards
		.filter((c) => isDue(c.fsrs, now))
		.sort((a, b) => a.fsrs.due.localeCompare(b.fsrs.due));
}

/** Whole days from now until a date (an exam date, say), never negative. */
export function daysUntil(date: string, now: Date): number {
	const target = new Date(date + 'T00:00:00');
	const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
	return Math.max(0, Math.round((target.getTime() - today.getTime()) / DAY));
}
