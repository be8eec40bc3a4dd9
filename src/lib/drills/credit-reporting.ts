/**
 * "When may you first report to a credit bureau?": after a letter or electronic message about the
 * debt, the collector waits 14 consecutive days watching for a notice that it could not be
 * delivered. As the module teaches (comment 30(a)(1)-2), the wait starts on the mailing or sending
 * day, which is day 1; day 14 is 13 days later, and reporting may start the day after.
 */
import { addDays, isWeekend, longDate, shortDate } from './dates.ts';
import { holidayOn, legalPublicHolidays } from './holidays.ts';
import { CONSUMERS, DEBTS, firstName } from './people.ts';
import { Chance, type DrillCase, type WorkingStep } from './types.ts';

const PASSIVE = 'regf-1006-30-a-passive-reporting';
const FOURTEEN = 'regf-1006-30-a-14-days';

export type Channel = 'letter' | 'email' | 'text';

export interface ReportingWork {
	channel: Channel;
	/** The first letter or message, if it came back undeliverable. */
	returned?: { sent: string; noticeOn: string };
	/** The letter or message that counts: day 1 of the wait. */
	dayOne: string;
	dayFourteen: string;
	/** Weekend days and holidays inside the 14 days, which count like any other day. */
	nonBusinessDays: number;
	answer: string;
}

export type ReportingCase = DrillCase<ReportingWork>;

/** Day 1 is the day the letter is mailed or the message sent; reporting may start after day 14. */
export function firstReportDay(sentOn: string): { dayFourteen: string; first: string } {
	return { dayFourteen: addDays(sentOn, 13), first: addDays(sentOn, 14) };
}

const NOUN: Record<Channel, { thing: string; sent: string; back: string }> = {
	letter: {
		thing: 'letter',
		sent: 'mailed',
		back: 'the post office returns it marked "Return to sender: not deliverable as addressed"'
	},
	email: {
		thing: 'email',
		sent: 'sent',
		back: 'the email system reports that the address does not exist and the message bounced'
	},
	text: {
		thing: 'text message',
		sent: 'sent',
		back: 'the carrier reports that the number cannot receive messages'
	}
};

export function generateCreditReporting(seed: number): ReportingCase {
	const c = new Chance(seed);
	const name = c.pick(CONSUMERS);
	const debt = c.pick(DEBTS);
	const channel: Channel = c.chance(0.6) ? 'letter' : c.pick(['email', 'text'] as const);
	const n = NOUN[channel];
	const year = c.pick([2026, 2027, 2028]);
	// Often just before a holiday or a weekend, where it is tempting to skip days.
	let start = c.chance(0.6)
		? addDays(c.pick(legalPublicHolidays(year)).date, -c.int(1, 10))
		: addDays(`${year}-01-02`, c.int(0, 340));
	while (isWeekend(start) || holidayOn(start)) start = addDays(start, 1);

	let returned: ReportingWork['returned'];
	let dayOne = start;
	if (c.chance(0.35)) {
		const noticeOn = addDays(start, c.int(2, 11));
		let again = addDays(noticeOn, c.int(0, 3));
		while (isWeekend(again) || holidayOn(again)) again = addDays(again, 1);
		returned = { sent: start, noticeOn };
		dayOne = again;
	}
	const { dayFourteen, first } = firstReportDay(dayOne);
	let nonBusinessDays = 0;
	for (let d = dayOne; d <= dayFourteen; d = addDays(d, 1))
		if (isWeekend(d) || holidayOn(d)) nonBusinessDays++;

	const who = firstName(name);
	const working: WorkingStep[] = [
		{
			text: `No one has spoken with ${who} about the debt, so the agency uses the other path: ${channel === 'letter' ? 'mail a letter' : 'send an electronic message'} about the debt, then wait a reasonable period while watching for a notice that it could not be delivered.`,
			rules: [PASSIVE]
		}
	];
	if (returned)
		working.push({
			text: `The first ${n.thing}, ${n.sent} ${shortDate(returned.sent)}, came back undeliverable on ${shortDate(returned.noticeOn)}, inside the waiting period. It did not reach ${who}, so it does not count; the wait starts again with the new ${n.thing} ${n.sent} on ${shortDate(dayOne)}.`,
			rules: [PASSIVE]
		});
	working.push({
		text: `Day 1 is the day the ${n.thing} was ${n.sent}: ${shortDate(dayOne)}. Count 14 consecutive days${nonBusinessDays ? `, weekends and holidays included (${nonBusinessDays} of them fall inside)` : ''}: day 14 is ${shortDate(dayFourteen)}.`,
		rules: [FOURTEEN]
	});
	working.push({
		text: `With no undeliverable notice by the end of day 14, the wait is over: the agency may furnish the debt from the next day, ${shortDate(first)}.`,
		rules: [FOURTEEN]
	});
	const answerText = `The first day the agency may report the debt to a credit bureau is ${longDate(first)}.`;
	working.push({ text: answerText, rules: [FOURTEEN] });

	const situation = [
		`Your agency has a new ${debt.creditor} ${debt.kind} for ${name}. Nobody has reached ${who} by phone or in person, and no one will before the account is reported.`,
		returned
			? `The agency ${n.sent} a ${n.thing} about the debt on ${longDate(returned.sent)}. On ${longDate(returned.noticeOn)} ${n.back}. After finding a better ${channel === 'letter' ? 'address' : channel === 'email' ? 'email address' : 'number'}, the agency ${n.sent} a new ${n.thing} on ${longDate(dayOne)}, and nothing has come back since.`
			: `The agency ${n.sent} a ${n.thing} about the debt on ${longDate(dayOne)}, and watches for any notice that it could not be delivered. None comes.`
	];
	return {
		type: 'credit-reporting',
		seed,
		situation,
		facts: [
			{
				label: returned
					? 'New ' + n.thing + ' ' + n.sent
					: `${n.thing[0]!.toUpperCase()}${n.thing.slice(1)} ${n.sent}`,
				value: longDate(dayOne)
			}
		],
		question:
			'What is the first date on which the agency may furnish information about the debt to a credit bureau?',
		fields: [{ kind: 'date', name: 'date', label: 'First reporting date' }],
		expected: { date: first },
		answerText,
		working,
		work: { channel, returned, dayOne, dayFourteen, nonBusinessDays, answer: first }
	};
}
