/**
 * A learner's streak: how many days in a row, up to today, they did anything (read a module,
 * answered a question, made a call, reviewed a card). Days are the learner's own local days.
 */
import { dayOf, shiftDay } from '$lib/dates';

/** The distinct local days of some timestamps, in order; unreadable timestamps are skipped. */
export function activeDaysOf(stamps: Iterable<string>): string[] {
	const days = new Set<string>();
	for (const s of stamps) {
		const d = dayOf(s);
		if (d) days.add(d);
	}
	return [...days].sort();
}

/**
 * Consecutive active days ending today. A streak survives until the end of today: when nothing
 * was done yet today, it counts back from yesterday.
 */
export function streakDays(activeDays: Iterable<string>, today: string): number {
	const active = new Set(activeDays);
	let cursor = active.has(today) ? today : shiftDay(today, -1);
	let days = 0;
	while (active.has(cursor)) {
		days++;
		cursor = shiftDay(cursor, -1);
	}
	return days;
}

/** The streak in words, as home shows it. */
export function streakLabel(days: number): string {
	return days > 0 ? `${days}-day streak` : 'Start a streak today';
}
