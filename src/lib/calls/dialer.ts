/**
 * The dialer's compliance checks before a call is placed: the convenient-hours window at the
 * debtor's location and the Regulation F call-frequency presumption, from the call log.
 */
import { addDays, daysBetween, localDate, localParts } from './local-time.ts';

export type CallResultKind = 'no-answer' | 'voicemail' | 'busy' | 'conversation' | 'wrong-number';

export interface LoggedCall {
	at: string;
	result: CallResultKind;
	/** Who the conversation was with; the consumer unless the log says otherwise. */
	with?: 'consumer' | 'third-party';
	/** On this call the consumer gave the collector prior consent, directly, to call again. */
	consented?: boolean;
	/** Which of the consumer's numbers was dialed, such as "cell" or "work". */
	number?: string;
	note?: string;
}

/** 8:00 a.m. to 9:00 p.m. local time, both ends included. */
export const WINDOW_START_MINUTES = 8 * 60;
export const WINDOW_END_MINUTES = 21 * 60;

export const TIME_RULE = 'fdcpa-1692c-a1-time';
export const FREQUENCY_RULE = 'regf-1006-14-b2-frequency';

/** Why an earlier call does not count toward the frequency limits, in plain words. */
export type Exclusion = 'not-connected' | 'wrong-number' | 'consent';

export const EXCLUSION_TEXT: Record<Exclusion, string> = {
	'not-connected': 'never connected to the number',
	'wrong-number': 'the number turned out not to be the consumer’s',
	consent: 'placed with the consumer’s prior consent, within seven days of it'
};

export interface LoggedCallCheck {
	call: LoggedCall;
	/** Why it is left out of the counts, or undefined if it counts. */
	excluded?: Exclusion;
}

export interface DialerCheck {
	/** Debtor's local date and time at the moment of dialling, YYYY-MM-DD and minutes after midnight. */
	localDate: string;
	localMinutes: number;
	withinHours: boolean;
	/** Attempts in the seven local days ending on the dial date, before this one, that count. */
	attemptsInSevenDays: number;
	/** A telephone conversation with the consumer within the seven days (that day is day 1). */
	conversationOn?: string;
	/**
	 * The consumer's prior consent covers this call: given on `on`, it lasts to `until` (seven days
	 * counting the day it was given), so this call does not count toward either limit.
	 */
	consent?: { on: string; until: string };
	overFrequency: boolean;
	/** Every earlier call in the log, with the reason it does not count where it does not. */
	log: LoggedCallCheck[];
	problems: { rule: string; message: string }[];
}

const withConsumer = (c: LoggedCall) => (c.with ?? 'consumer') === 'consumer';

/**
 * The frequency presumption of Reg F 1006.14(b)(2), with the exclusions of 1006.14(b)(3) and its
 * commentary:
 * - a call that never connects to the dialed number (a busy signal) does not count;
 * - a call to a number the collector then learns is not the consumer's is not a call to the
 *   consumer (comment 14(b)(2)(i)-3): the wrong-number call itself, and every call logged to the
 *   same `number`;
 * - calls placed with the consumer's prior consent, given directly to the collector, within seven
 *   days of it (the day of consent is day 1) do not count; the consent ends at the next telephone
 *   conversation with the consumer (comment 14(b)(3)(i)-2);
 * - only a conversation with the consumer starts the seven-day wait of 1006.14(b)(2)(i)(B); a call
 *   answered by someone else still counts as an attempt.
 */
export function checkDial(at: Date, timeZone: string, log: readonly LoggedCall[]): DialerCheck {
	const { hour, minute } = localParts(at, timeZone);
	const minutes = hour * 60 + minute;
	const today = localDate(at, timeZone);
	const dayOf = (c: LoggedCall) => localDate(new Date(c.at), timeZone);
	const earlier = log
		.filter((c) => Date.parse(c.at) < at.getTime())
		.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

	const wrongNumbers = new Set(
		earlier.filter((c) => c.result === 'wrong-number' && c.number).map((c) => c.number)
	);
	const misdirected = (c: LoggedCall) =>
		c.result === 'wrong-number' || (c.number !== undefined && wrongNumbers.has(c.number));
	const conversations = earlier.filter(
		(c) => c.result === 'conversation' && withConsumer(c) && !misdirected(c)
	);

	/** The consent in force at a moment: the latest one, unless seven days or a conversation ended it. */
	const consentAt = (instant: number, day: string) => {
		const given = earlier.filter(
			(c) => c.consented && withConsumer(c) && !misdirected(c) && Date.parse(c.at) < instant
		);
		const last = given.at(-1);
		if (!last) return undefined;
		const since = Date.parse(last.at);
		const age = daysBetween(dayOf(last), day);
		if (age < 0 || age > 6) return undefined;
		const endedBy = conversations.some((c) => {
			const t = Date.parse(c.at);
			return t > since && t < instant;
		});
		return endedBy ? undefined : last;
	};

	const checked: LoggedCallCheck[] = earlier.map((call) => {
		if (call.result === 'busy') return { call, excluded: 'not-connected' };
		if (misdirected(call)) return { call, excluded: 'wrong-number' };
		if (consentAt(Date.parse(call.at), dayOf(call))) return { call, excluded: 'consent' };
		return { call };
	});

	const attempts = checked.filter((c) => {
		if (c.excluded) return false;
		const age = daysBetween(dayOf(c.call), today);
		return age >= 0 && age <= 6;
	}).length;
	const conversation = conversations
		.map(dayOf)
		.filter((day) => daysBetween(day, today) <= 6)
		.at(-1);
	const consentCall = consentAt(at.getTime(), today);
	const consent = consentCall && {
		on: dayOf(consentCall),
		until: addDays(dayOf(consentCall), 6)
	};

	const withinHours = minutes >= WINDOW_START_MINUTES && minutes <= WINDOW_END_MINUTES;
	const problems: DialerCheck['problems'] = [];
	if (!withinHours)
		problems.push({
			rule: TIME_RULE,
			message: `It is ${clock(minutes)} where the debtor is. Calls are presumed inconvenient before 8:00 a.m. and after 9:00 p.m. at the consumer's location.`
		});
	// A call placed with the consumer's prior consent does not count toward either limit.
	if (!consent && attempts >= 7)
		problems.push({
			rule: FREQUENCY_RULE,
			message: `There have already been ${attempts} call attempts on this debt in the last seven days; another one exceeds the 7-in-7 presumption.`
		});
	if (!consent && conversation)
		problems.push({
			rule: FREQUENCY_RULE,
			message: `You had a telephone conversation with the consumer about this debt on ${conversation}; calling again within seven days of it (that day counts as day 1) exceeds the presumption.`
		});
	return {
		localDate: today,
		localMinutes: minutes,
		withinHours,
		attemptsInSevenDays: attempts,
		conversationOn: conversation,
		consent,
		overFrequency: problems.some((p) => p.rule === FREQUENCY_RULE),
		log: checked,
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
