/**
 * Review statistics and the daily new-card limit, as plain calculations over stored cards and
 * the review log (days are the learner's local days).
 */
import { dayLabel } from '$lib/format';
import { dayOf, shiftDay, today } from '$lib/dates';
import { State, type StoredCard } from './scheduler';

/** The number of new cards a day when the learner has not chosen one. */
export const DEFAULT_NEW_PER_DAY = 20;
/** Below this many reviews of learned cards, retention is not shown as a figure. */
export const RETENTION_MINIMUM = 10;

export interface ForecastDay {
	/** The local day, `YYYY-MM-DD`. */
	day: string;
	/** Cards due that day (today also counts everything overdue). */
	due: number;
}

/** Cards due on each of the next `days` local days, from today; overdue cards count today. */
export function dueForecast(
	cards: readonly { fsrs: Pick<StoredCard, 'due'> }[],
	now: Date,
	days: number
): ForecastDay[] {
	const first = today(now);
	const out = Array.from({ length: Math.max(0, days) }, (_, i) => ({
		day: shiftDay(first, i),
		due: 0
	}));
	for (const card of cards) {
		const day = dayOf(card.fsrs.due);
		if (!day || !out.length) continue;
		const slot = day <= first ? out[0] : out.find((d) => d.day === day);
		if (slot) slot.due += 1;
	}
	return out;
}

/** A log entry as retention reads it. */
export interface GradedReview {
	grade: number;
	previous?: Pick<StoredCard, 'state'>;
}

export interface Retention {
	/** Reviews of cards that were already learned (in review state before the grade). */
	reviews: number;
	/** Of those, graded Hard, Good or Easy. */
	remembered: number;
	/** remembered ÷ reviews, or undefined under RETENTION_MINIMUM reviews. */
	rate: number | undefined;
}

/** Retention so far: the share of reviews of learned cards that were not graded Again. */
export function retention(log: readonly GradedReview[]): Retention {
	const learned = log.filter((e) => e.previous?.state === State.Review);
	const remembered = learned.filter((e) => e.grade >= 2).length;
	return {
		reviews: learned.length,
		remembered,
		rate: learned.length >= RETENTION_MINIMUM ? remembered / learned.length : undefined
	};
}

/** A log entry as the new-card limit reads it. */
export interface LoggedReview {
	reviewedAt: string;
	context: string;
	previous?: Pick<StoredCard, 'state'>;
}

/** New cards first studied in review on the learner's local day of `now`. */
export function newStudiedToday(log: readonly LoggedReview[], now: Date): number {
	const day = today(now);
	return log.filter(
		(e) => e.context === 'review' && e.previous?.state === State.New && dayOf(e.reviewedAt) === day
	).length;
}

/**
 * The due queue with the daily new-card limit applied: cards already studied keep their place;
 * new cards are let in, in queue order, until the day's limit is reached; the rest wait.
 */
export function applyNewLimit<T extends { fsrs: Pick<StoredCard, 'state'> }>(
	due: readonly T[],
	limit: number,
	studiedToday: number
): { queue: T[]; heldBack: number } {
	let room = Math.max(0, limit - studiedToday);
	let heldBack = 0;
	const queue = due.filter((card) => {
		if (card.fsrs.state !== State.New) return true;
		if (room > 0) {
			room -= 1;
			return true;
		}
		heldBack += 1;
		return false;
	});
	return { queue, heldBack };
}

/** Reads a typed limit: a whole number 0–999, or a plain-words problem. */
export function parseNewLimit(text: string): { limit: number } | { problem: string } {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/.test(trimmed))
		return { problem: 'Enter a whole number from 0 to 999 for new cards a day.' };
	return { limit: Number(trimmed) };
}

/** A forecast day as a person reads it: "Today", "Tomorrow", then "Thu, Mar 12". */
export function forecastLabel(day: string, first: string): string {
	if (day === first) return 'Today';
	if (day === shiftDay(first, 1)) return 'Tomorrow';
	return dayLabel(day);
}
