/**
 * "When does the validation period end?": the collector may assume receipt on any date at least
 * five days after providing the notice, not counting legal public holidays, Saturdays and Sundays;
 * the period ends 30 days after that receipt date (12 CFR 1006.34(b)(5)).
 */
import { addDays, isWeekend, longDate, nthWeekday, shortDate, weekdayName } from './dates.ts';
import { holidayOn, legalPublicHolidays, observedOnlyOn } from './holidays.ts';
import { CONSUMERS, DEBTS, firstName } from './people.ts';
import { Chance, reseed, type DrillCase, type WorkingStep } from './types.ts';

const PERIOD = 'regf-1006-34-b5-validation-period';

export interface CountedDay {
	date: string;
	/** 1 to 5 for a day that counts; undefined for one left out. */
	count?: number;
	/** Why a day is left out: "Saturday", "Sunday" or the holiday's name. */
	skipped?: string;
}

export interface ReceiptCount {
	provided: string;
	days: CountedDay[];
	receipt: string;
	end: string;
}

/** Counts five days after `provided`, leaving out Saturdays, Sundays and legal public holidays. */
export function assumedReceipt(provided: string): ReceiptCount {
	const days: CountedDay[] = [];
	let count = 0;
	let date = provided;
	while (count < 5) {
		date = addDays(date, 1);
		const holiday = holidayOn(date);
		if (isWeekend(date)) days.push({ date, skipped: weekdayName(date) });
		else if (holiday) days.push({ date, skipped: holiday.name });
		else days.push({ date, count: ++count });
	}
	return { provided, days, receipt: date, end: addDays(date, 30) };
}

export type ValidationWork = ReceiptCount;
export type ValidationCase = DrillCase<ValidationWork>;

/** A weekday to mail on: often a few days before a holiday, so the count has to skip it. */
function pickMailing(c: Chance): string {
	const year = c.pick([2026, 2027, 2028]);
	let date: string;
	if (c.chance(0.65)) {
		const holiday = c.pick(legalPublicHolidays(year));
		date = addDays(holiday.date, -c.int(1, 6));
	} else date = addDays(nthWeekday(year, 1, 1, 1), c.int(0, 350));
	while (isWeekend(date) || holidayOn(date)) date = addDays(date, -1);
	return date;
}

export function generateValidationPeriod(seed: number): ValidationCase {
	for (let attempt = 0; ; attempt++) {
		const c = new Chance(attempt ? reseed(seed, attempt) : seed);
		const provided = pickMailing(c);
		const count = assumedReceipt(provided);
		// A weekday on which federal offices observe a weekend holiday is not itself a holiday in
		// 5 U.S.C. 6103(a); no case turns on it.
		if (count.days.some((d) => observedOnlyOn(d.date))) continue;
		return build(c, seed, count);
	}
}

function build(c: Chance, seed: number, count: ReceiptCount): ValidationCase {
	const name = c.pick(CONSUMERS);
	const debt = c.pick(DEBTS);
	const { provided, receipt, end } = count;
	const working: WorkingStep[] = [
		{
			text: `The notice was provided on ${shortDate(provided)}, when it was mailed. Count from the next day, leaving out Saturdays, Sundays and legal public holidays, until five days have counted.`,
			rules: [PERIOD]
		},
		{
			text: count.days
				.map((d) =>
					d.count
						? `${shortDate(d.date)} (${d.count})`
						: `${shortDate(d.date)} left out (${d.skipped}${d.skipped === weekdayName(d.date) ? '' : ', a legal public holiday'})`
				)
				.join('; ')
				.concat('.'),
			rules: [PERIOD]
		},
		{
			text: `The fifth counted day is ${shortDate(receipt)}: the earliest date ${firstName(name)} may be assumed to receive the notice.`,
			rules: [PERIOD]
		},
		{
			text: `The validation period ends 30 days after receipt: ${shortDate(receipt)} plus 30 calendar days is ${shortDate(end)}.`,
			rules: [PERIOD]
		}
	];
	const answerText = `Assumed receipt: ${longDate(receipt)}. The validation period ends on ${longDate(end)}.`;
	working.push({ text: answerText, rules: [PERIOD] });
	return {
		type: 'validation-period',
		seed,
		situation: [
			`Your agency mails a validation notice to ${name} about a ${debt.creditor} ${debt.kind} on ${longDate(provided)}. It is the first time the agency has given ${firstName(name)} the validation information.`,
			'The notice must print the date the validation period ends, so the compliance team calculates it from the earliest receipt date the rule lets the agency assume.'
		],
		facts: [{ label: 'Notice mailed', value: longDate(provided) }],
		question: `What is the earliest date the agency may assume ${firstName(name)} received the notice, and on what date does the validation period end?`,
		fields: [
			{ kind: 'date', name: 'receipt', label: 'Assumed receipt date' },
			{ kind: 'date', name: 'end', label: 'Last day of the validation period' }
		],
		expected: { receipt, end },
		answerText,
		working,
		work: count
	};
}
