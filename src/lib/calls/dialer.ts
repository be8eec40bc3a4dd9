/**
 * The dialer's compliance checks before a call is placed: the convenient-hours window at the
 * debtor's location and the Regulation F call-frequency presumption, from the call log.
 */
import { daysBetween, localDate, localParts } from './local-time.ts';
import { count } from '../format.ts';

export type CallResultKind = 'no-answer' | 'voicemail' | 'busy' | 'conversation' | 'wrong-number';

export interface LoggedCall {
	at: string;
	result: CallResultKind;
	note?: string;
}

/** 8:00 a.m. to 9:00 p.m. local time, both ends included. */
export const WINDOW_START_MINUTES = 8 * 60;
export const WINDOW_END_MINUTES = 21 * 60;

export const TIME_RULE = 'fdcpa-1692c-a1-time';
export const FREQUENCY_RULE = 'regf-1006-14-b2-frequency';

export interface DialerCheck {
	/** Debtor's local date and time at the moment of dialling, YYYY-MM-DD and minutes after midnight. */
	localDate: string;
	localMinutes: number;
	withinHours: boolean;
	/** Attempts in the seven local days ending on the dial date, before this one. */
	attemptsInSevenDays: number;
	/** A telephone conversation within the seven days (the conversation day is day 1). */
	conversationOn?: string;
	overFrequency: boolean;
	problems: { rule: string; message: string }[];
}

/**
 * Busy signals and other calls that never connect to the dialed number do not count as attempts
 * (Reg F 1006.14(b)(3)); every other placed call does.
 */
export function countsAsAttempt(call: LoggedCall): boolean {
	return call.result !== 'busy';
}

export function checkDial(at: Date, timeZone: string, log: readonly LoggedCall[]): DialerCheck {
	const { hour, minute } = localParts(at, timeZone);
	const minutes = hour * 60 + minute;
	const today = localDate(at, timeZone);
	const earlier = log.filter((c) => Date.parse(c.at) < at.getTime());

	const attempts = earlier.filter((c) => {
		if (!countsAsAttempt(c)) return false;
		const age = daysBetween(localDate(new Date(c.at), timeZone), today);
		return age >= 0 && age <= 6;
	}).length;
	const conversation = earlier
		.filter((c) => c.result === 'conversation')
		.map((c) => localDate(new Date(c.at), timeZone))
		.filter((day) => daysBetween(day, today) <= 6)
		.sort()
		.at(-1);

	const withinHours = minutes >= WINDOW_START_MINUTES && minutes <= WINDOW_END_MINUTES;
	const problems: DialerCheck['problems'] = [];
	if (!withinHours)
		problems.push({
			rule: TIME_RULE,
			message: `It is ${clock(minutes)} where the debtor is. Calls are presumed inconvenient before 8:00 a.m. and after 9:00 p.m. at the consumer's location.`
		});
	if (attempts >= 7)
		problems.push({
			rule: FREQUENCY_RULE,
			message: `There have already been ${count(attempts, 'call attempt')} on this debt in the last seven days; another one exceeds the 7-in-7 presumption.`
		});
	if (conversation)
		problems.push({
			rule: FREQUENCY_RULE,
			message: `You had a telephone conversation about this debt on ${conversation}; calling again within seven days of it (that day counts as day 1) exceeds the presumption.`
		});
	return {
		localDate: today,
		localMinutes: minutes,
		withinHours,
		attemptsInSevenDays: attempts,
		conversationOn: conversation,
		overFrequency: attempts >= 7 || conversation !== undefined,
		problems
	};
}

/** Minutes after midnight as "7:40 a.m.". */
export function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = String(minutes % 60).padStart(2, '0');
	const suffix = h < 12 ? 'a.m.' : 'p.m.';
	return `${((h + 11) % 12) + 1}:${m} ${suffix}`;
}
