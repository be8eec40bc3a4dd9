/**
 * Local wall-clock time in a debtor's IANA time zone, with `Intl` only: the offset is looked up
 * for the instant itself, so daylight-saving changes come out right.
 */

export interface LocalParts {
	year: number;
	month: number;
	day: number;
	hour: number;
	minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
	let f = formatters.get(timeZone);
	if (!f) {
		f = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric'
		});
		formatters.set(timeZone, f);
	}
	return f;
}

export function localParts(instant: Date, timeZone: string): LocalParts {
	const parts: Record<string, number> = {};
	for (const p of formatterFor(timeZone).formatToParts(instant))
		if (p.type !== 'literal') parts[p.type] = Number(p.value);
	return {
		year: parts.year!,
		month: parts.month!,
		day: parts.day!,
		hour: parts.hour! % 24,
		minute: parts.minute!
	};
}

/** The local calendar date, YYYY-MM-DD. */
export function localDate(instant: Date, timeZone: string): string {
	const p = localParts(instant, timeZone);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Local date and time as a `datetime-local` input value, YYYY-MM-DDTHH:mm. */
export function localInputValue(instant: Date, timeZone: string): string {
	const p = localParts(instant, timeZone);
	return `${localDate(instant, timeZone)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** Minutes the zone is ahead of UTC at this instant (negative in the Americas). */
export function offsetMinutes(instant: Date, timeZone: string): number {
	const p = localParts(instant, timeZone);
	const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute);
	return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/**
 * The instant at which the zone's clocks show this local time. A time skipped by a spring-forward
 * change is moved forward by the gap, as clocks do.
 */
export function zonedToInstant(local: string, timeZone: string): Date {
	const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!m) throw new Error(`"${local}" is not a date and time like 2026-03-09T14:30`);
	const wall = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!);
	const first = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
	const second = wall - offsetMinutes(new Date(first), timeZone) * 60_000;
	// The guess whose clock shows the asked time; only a skipped time matches neither, and then the
	// later guess is the time moved forward by the gap. (On a change day the offset at `wall` itself
	// can be the wrong side of the change: 8:00 a.m. in Los Angeles reads as 08:00 UTC, before it.)
	const exact = [first, second].find((t) => localInputValue(new Date(t), timeZone) === local);
	return new Date(exact ?? Math.max(first, second));
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function addDays(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** "Mon, Mar 9, 7:40 AM MDT": what the dialer shows. */
export function formatLocal(instant: Date, timeZone: string): string {
	return new Intl.DateTimeFormat('en-US', {
		timeZone,
		weekday: 'short',
		month: 'short',
		day: 'numeric',
		hour: 'numeric',
		minute: '2-digit',
		timeZoneName: 'short'
	}).format(instant);
}

function pad(n: number): string {
	return String(n).padStart(2, '0');
}
