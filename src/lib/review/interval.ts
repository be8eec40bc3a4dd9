/**
 * Intervals in the short plain form shown on the grade buttons ("10m", "2d", "3mo", "1.5y").
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** One decimal at most, without a trailing ".0". */
function tenths(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** A span of milliseconds, short: under an hour in minutes (at least 1m), then h, d, mo, y. */
export function formatInterval(ms: number): string {
	const span = Number.isFinite(ms) ? Math.max(0, ms) : 0;
	if (span < HOUR) return `${Math.max(1, Math.round(span / MINUTE))}m`;
	if (span < DAY) return `${Math.round(span / HOUR)}h`;
	if (span < MONTH) return `${Math.round(span / DAY)}d`;
	if (span < YEAR) return `${tenths(span / MONTH)}mo`;
	return `${tenths(span / YEAR)}y`;
}
