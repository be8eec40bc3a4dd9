/**
 * The dialer's compliance checks before a call is placed: the convenient-hours window at the
 * debtor's location, the Regulation F call-frequency presumption, and a state's own contact limit
 * where the consumer's state has one (Massachusetts), from the call log.
 */
import { addDays, daysBetween, localDate, localParts } from './local-time.ts';
import { count } from '../format.ts';
import type { CallResult } from '../content/schema.ts';

export type CallResultKind = CallResult;

/** A telephone call, or a text message to the number. */
export type Channel = 'call' | 'text';

export interface LoggedCall {
	at: string;
	/** For a text, `sent` (or `wrong-number` once the number turns out not to be the consumer's). */
	result: CallResultKind;
	/** A call unless the log says it was a text message. */
	channel?: Channel;
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
export const MASSACHUSETTS_RULE = 'mass-209-cmr-18-16-collector-contacts';
/** Every rule the dialer's checks can cite, so a call page can ship their citations. */
export const DIALER_RULES = [TIME_RULE, FREQUENCY_RULE, MASSACHUSETTS_RULE] as const;

/** Why an earlier call does not count toward the frequency limits, in plain words. */
export type Exclusion = 'not-connected' | 'wrong-number' | 'consent' | 'text';

export const EXCLUSION_TEXT: Record<Exclusion, string> = {
	'not-connected': 'never connected to the number',
	'wrong-number': 'the number turned out not to be the consumer’s',
	consent: 'placed with the consumer’s prior consent, within seven days of it',
	text: 'a text message is not a telephone call'
};

/** Numbers that are the consumer's residence or cell phone; any other number (work) is "other". */
const PERSONAL_NUMBERS = new Set(['home', 'cell', 'mobile', 'residence']);
export type NumberKind = 'personal' | 'other';
export const numberKind = (number: string | undefined): NumberKind =>
	number === undefined || PERSONAL_NUMBERS.has(number.toLowerCase()) ? 'personal' : 'other';

export interface LoggedCallCheck {
	call: LoggedCall;
	/** Why it is left out of the Regulation F counts, or undefined if it counts. */
	excluded?: Exclusion;
	/**
	 * Under a state limit: whether this contact counts toward the limit the dial is checked
	 * against, or why it does not (undefined when no state limit applies).
	 */
	state?: { counts: true } | { counts: false; why: Exclusion | 'other-number' | 'outside-window' };
}

/**
 * A state's own cap on contacts the collector initiates. Massachusetts (209 CMR 18.16(1)(d)):
 * for each debt, at most two telephone or text communications initiated by the debt collector in
 * each seven-day period to the consumer's residence or cell phone, and two in each 30-day period
 * to any other number.
 */
export interface StateLimitCheck {
	state: 'MA';
	rule: string;
	/** The number this dial goes to: the consumer's residence or cell, or another number. */
	numberKind: NumberKind;
	limit: number;
	/** The period the limit runs over, in local days counting the dial day as the last. */
	days: number;
	/** Contacts already initiated in that period that count, oldest first. */
	counted: LoggedCall[];
	over: boolean;
}

/** Which state limit the dialer applies for a consumer in this state, if any. */
export function stateLimitFor(state: string | undefined): 'MA' | undefined {
	return state?.toUpperCase() === 'MA' ? 'MA' : undefined;
}

export interface DialOptions {
	/** The consumer's state (two letters): Massachusetts adds its own contact limit. */
	state?: string;
	/** Which number is dialed ("cell", "home", "work"); the consumer's residence or cell by default. */
	number?: string;
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
	/** The state's own contact limit, where the consumer's state has one. */
	stateLimit?: StateLimitCheck;
	overStateLimit: boolean;
	/** How many checks the dial was held to: time, federal frequency, and a state limit if any. */
	checks: number;
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
 *   answered by someone else still counts as an attempt;
 * - a text message is not a telephone call, so it counts toward neither federal limit.
 *
 * For a Massachusetts consumer, 209 CMR 18.16(1)(d) is applied on top, counting conservatively:
 * every call or text the collector initiated to the consumer counts, whether or not anyone
 * answered and whether or not a message was left (the reading the Supreme Judicial Court gave the
 * parallel creditor rule in Armata v. Target, 2018, and a Superior Court in Watkins v. Glenn
 * Associates, 2016), except a call that never connected (busy: the collector was truly unable to
 * reach the consumer or leave a message), a call or text to a number that is not the consumer's,
 * and contacts covered by the consumer's prior consent given directly to the collector (18.16(1)
 * applies "without the prior consent of the consumer"; the consent is taken to last as under
 * Regulation F). Calls the consumer makes are not in the log: they are not initiated by the
 * collector.
 */
export function checkDial(
	at: Date,
	timeZone: string,
	log: readonly LoggedCall[],
	options: DialOptions = {}
): DialerCheck {
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
	const isText = (c: LoggedCall) => c.channel === 'text';
	const conversations = earlier.filter(
		(c) => c.result === 'conversation' && !isText(c) && withConsumer(c) && !misdirected(c)
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

	/** Why a logged contact is left out of every count, before the federal-only text rule. */
	const commonExclusion = (call: LoggedCall): Exclusion | undefined => {
		if (call.result === 'busy') return 'not-connected';
		if (misdirected(call)) return 'wrong-number';
		if (consentAt(Date.parse(call.at), dayOf(call))) return 'consent';
		return undefined;
	};
	const checked: LoggedCallCheck[] = earlier.map((call) => {
		const excluded = commonExclusion(call) ?? (isText(call) ? 'text' : undefined);
		return excluded ? { call, excluded } : { call };
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

	// The state's own limit: Massachusetts counts calls and texts, per number kind.
	const state = stateLimitFor(options.state);
	const dialKind = numberKind(options.number);
	let stateLimit: StateLimitCheck | undefined;
	if (state === 'MA') {
		const days = dialKind === 'personal' ? 7 : 30;
		for (const entry of checked) {
			const why = commonExclusion(entry.call);
			const age = daysBetween(dayOf(entry.call), today);
			entry.state = why
				? { counts: false, why }
				: numberKind(entry.call.number) !== dialKind
					? { counts: false, why: 'other-number' }
					: age < 0 || age >= days
						? { counts: false, why: 'outside-window' }
						: { counts: true };
		}
		const counted = checked.filter((c) => c.state?.counts).map((c) => c.call);
		stateLimit = {
			state,
			rule: MASSACHUSETTS_RULE,
			numberKind: dialKind,
			limit: 2,
			days,
			counted,
			over: !consent && counted.length >= 2
		};
	}

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
			message: `There have already been ${count(attempts, 'call attempt')} on this debt in the last seven days; another one exceeds the 7-in-7 presumption.`
		});
	if (!consent && conversation)
		problems.push({
			rule: FREQUENCY_RULE,
			message: `You had a telephone conversation with the consumer about this debt on ${conversation}; calling again within seven days of it (that day counts as day 1) exceeds the presumption.`
		});
	if (stateLimit?.over)
		problems.push({ rule: stateLimit.rule, message: stateLimitMessage(stateLimit, timeZone) });
	return {
		localDate: today,
		localMinutes: minutes,
		withinHours,
		attemptsInSevenDays: attempts,
		conversationOn: conversation,
		consent,
		overFrequency: problems.some((p) => p.rule === FREQUENCY_RULE),
		stateLimit,
		overStateLimit: stateLimit?.over ?? false,
		checks: stateLimit ? 3 : 2,
		log: checked,
		problems
	};
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'];

/** "a text on 2026-11-30 and a voicemail on 2026-12-02": the contacts that count, for people. */
export function describeContacts(calls: readonly LoggedCall[], timeZone: string): string {
	const one = (c: LoggedCall) =>
		`${c.channel === 'text' ? 'a text' : c.result === 'conversation' ? 'a conversation' : c.result === 'voicemail' ? 'a voicemail' : 'a call'} on ${localDate(new Date(c.at), timeZone)}`;
	const parts = calls.map(one);
	return parts.length < 2
		? (parts[0] ?? '')
		: `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

function stateLimitMessage(limit: StateLimitCheck, timeZone: string): string {
	const where =
		limit.numberKind === 'personal'
			? `to the consumer's home or cell phone in each ${limit.days}-day period`
			: `to a number other than the consumer's home or cell phone in each ${limit.days}-day period`;
	const nth = ORDINALS[limit.counted.length] ?? `number ${limit.counted.length + 1}`;
	return `In Massachusetts a debt collector may initiate at most ${limit.limit} calls or texts ${where}, for each debt. You have already initiated ${limit.counted.length} in the last ${limit.days} days (${describeContacts(limit.counted, timeZone)}); this call would be the ${nth}.`;
}

/** Minutes after midnight as "7:40 a.m.". */
export function clock(minutes: number): string {
	const h = Math.floor(minutes / 60);
	const m = String(minutes % 60).padStart(2, '0');
	const suffix = h < 12 ? 'a.m.' : 'p.m.';
	return `${((h + 11) % 12) + 1}:${m} ${suffix}`;
}
