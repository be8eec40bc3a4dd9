/**
 * Calendar days as the learner lives them: in the device's own time zone, never in UTC. A day is
 * a `YYYY-MM-DD` string; timestamps stay ISO strings in UTC, as stored.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export function localDay(at: Date): string {
	return `${pad(at.getFullYear(), 4)}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Today in the learner's time zone. */
export function today(now: Date = new Date()): string {
	return localDay(now);
}

/** The local day of a stored timestamp, or undefined when the timestamp cannot be read. */
export function dayOf(iso: string): string | undefined {
	const ms = Date.parse(iso);
	return Number.isNaN(ms) ? undefined : localDay(new Date(ms));
}

/** Whole calendar days from one day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A day moved by a number of calendar days. */
export function shiftDay(day: string, by: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}

/** Whether a string is a day that exists on the calendar (2026-02-30 is not). */
export function isCalendarDay(day: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
	const ms = Date.parse(`${day}T00:00:00Z`);
	return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === day;
}
