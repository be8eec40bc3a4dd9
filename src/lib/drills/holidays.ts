/**
 * The legal public holidays listed in 5 U.S.C. 6103(a), which Regulation F's validation-period
 * count leaves out (12 CFR 1006.34(b)(5) names 6103(a) itself). A holiday is its own date:
 * 6103(a) moves nothing, so a holiday on a Saturday or Sunday excludes only that weekend day. The
 * Friday or Monday on which federal offices observe it (6103(b), for federal employees' pay and
 * leave) is not in 6103(a); the drills never build a case that turns on that day.
 */
import { addDays, lastWeekday, nthWeekday, weekday, ymd } from './dates.ts';

export interface Holiday {
	date: string;
	name: string;
}

const cache = new Map<number, Holiday[]>();

export function legalPublicHolidays(year: number): Holiday[] {
	let list = cache.get(year);
	if (!list) {
		list = [
			{ date: ymd(year, 1, 1), name: "New Year's Day" },
			{ date: nthWeekday(year, 1, 1, 3), name: 'Birthday of Martin Luther King, Jr.' },
			{ date: nthWeekday(year, 2, 1, 3), name: "Washington's Birthday" },
			{ date: lastWeekday(year, 5, 1), name: 'Memorial Day' },
			{ date: ymd(year, 6, 19), name: 'Juneteenth National Independence Day' },
			{ date: ymd(year, 7, 4), name: 'Independence Day' },
			{ date: nthWeekday(year, 9, 1, 1), name: 'Labor Day' },
			{ date: nthWeekday(year, 10, 1, 2), name: 'Columbus Day' },
			{ date: ymd(year, 11, 11), name: 'Veterans Day' },
			{ date: nthWeekday(year, 11, 4, 4), name: 'Thanksgiving Day' },
			{ date: ymd(year, 12, 25), name: 'Christmas Day' }
		];
		cache.set(year, list);
	}
	return list;
}

export function holidayOn(date: string): Holiday | undefined {
	return legalPublicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}

/**
 * The weekday on which federal offices observe a holiday that falls on a weekend (the Friday
 * before a Saturday holiday, the Monday after a Sunday one), if `date` is such a day.
 */
export function observedOnlyOn(date: string): Holiday | undefined {
	const day = weekday(date);
	if (day === 5) return holidayOn(addDays(date, 1));
	if (day === 1) return holidayOn(addDays(date, -1));
	return undefined;
}
