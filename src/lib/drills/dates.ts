/** Calendar dates written YYYY-MM-DD, counted in whole days with no time zone involved. */
import { addDays, daysBetween } from '$lib/calls/local-time';

export { addDays, daysBetween };

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

export const ymd = (year: number, month: number, day: number) =>
	`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** 0 for Sunday … 6 for Saturday. */
export function weekday(date: string): number {
	return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

export const weekdayName = (date: string) => WEEKDAYS[weekday(date)]!;

/** "Monday, March 9, 2026" */
export function longDate(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return `${weekdayName(date)}, ${MONTHS[m - 1]} ${d}, ${y}`;
}

/** "Mon, Mar 9" */
export function shortDate(date: string): string {
	const [, m, d] = date.split('-').map(Number) as [number, number, number];
	return `${weekdayName(date).slice(0, 3)}, ${MONTHS[m - 1]!.slice(0, 3)} ${d}`;
}

/** The n-th (1-based) given weekday of a month, e.g. the third Monday of January. */
export function nthWeekday(year: number, month: number, day: number, n: number): string {
	const first = ymd(year, month, 1);
	const shift = (day - weekday(first) + 7) % 7;
	return addDays(first, shift + (n - 1) * 7);
}

/** The last given weekday of a month, e.g. the last Monday of May. */
export function lastWeekday(year: number, month: number, day: number): string {
	const next = month === 12 ? ymd(year + 1, 1, 1) : ymd(year, month + 1, 1);
	const last = addDays(next, -1);
	return addDays(last, -((weekday(last) - day + 7) % 7));
}
