/**
 * "When is the next allowed call?": a call log about two debts. The answer comes from the
 * dialer's frequency check (`checkDial`) over the calls about the one debt in question, tried day
 * by day from today.
 */
import {
	checkDial,
	clock,
	FREQUENCY_RULE as FREQUENCY,
	type CallResultKind,
	type LoggedCall
} from '$lib/calls/dialer';
import { localDate, localParts, zonedToInstant } from '$lib/calls/local-time';
import { addDays, daysBetween, longDate, shortDate } from './dates.ts';
import { CONSUMERS, DEBTS, firstName } from './people.ts';
import { Chance, reseed, type DrillCase, type WorkingStep } from './types.ts';

const DAY_ONE = 'regf-1006-14-b2-day-one';
const EXCLUDED = 'regf-1006-14-b3-excluded-calls';
const PER_DEBT = 'regf-1006-14-b4-particular-debt';

export interface LogEntry {
	at: string;
	/** The consumer's local date of the call. */
	date: string;
	/** 'this' is the debt you are about to call about; 'other' is the consumer's other debt. */
	debt: 'this' | 'other';
	result: Exclude<CallResultKind, 'wrong-number' | 'sent'>;
}

export interface DayCheck {
	date: string;
	/** First day of the seven ending on `date`. */
	from: string;
	/** Counted calls about this debt in those seven days. */
	count: number;
	/** Within the seven days that start with a conversation about this debt (day 1). */
	afterConversation: boolean;
	ok: boolean;
}

export interface NextCallWork {
	zone: string;
	today: string;
	log: LogEntry[];
	countedByDay: Record<string, number>;
	conversation?: string;
	checks: DayCheck[];
	answer: string;
}

export type NextCallCase = DrillCase<NextCallWork>;

const ZONES = [
	{ zone: 'America/New_York', name: 'Eastern' },
	{ zone: 'America/Chicago', name: 'Central' },
	{ zone: 'America/Denver', name: 'Mountain' },
	{ zone: 'America/Los_Angeles', name: 'Pacific' }
];

const RESULT_WORDS: Record<LogEntry['result'], string> = {
	'no-answer': 'Rang, no answer',
	voicemail: 'Voicemail (limited-content message)',
	busy: 'Busy signal',
	conversation: 'Conversation about the account'
};

/** Calls about this debt that count: every placed call that connected (busy signals never did). */
const counts = (e: LogEntry) => e.debt === 'this' && e.result !== 'busy';

/** No seven days before today hold more than seven counted calls, and none follow a conversation. */
function lawfulSoFar(log: readonly LogEntry[], today: string): boolean {
	const mine = log.filter(counts);
	for (let d = addDays(today, -12); d <= today; d = addDays(d, 1)) {
		const inWindow = mine.filter((e) => e.date <= d && daysBetween(e.date, d) <= 6).length;
		if (inWindow > 7) return false;
	}
	const talk = log.find((e) => e.debt === 'this' && e.result === 'conversation');
	return !talk || !log.some((e) => e.debt === 'this' && e.at > talk.at);
}

function buildLog(c: Chance, zone: string, today: string): LogEntry[] {
	const entries: LogEntry[] = [];
	const add = (
		date: string,
		debt: LogEntry['debt'],
		result: LogEntry['result'],
		latest = 20 * 60
	) => {
		const minutes = c.int(9 * 4, Math.floor(latest / 15)) * 15;
		const stamp = `${date}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
		entries.push({ at: zonedToInstant(stamp, zone).toISOString(), date, debt, result });
	};
	const dayIn = (from: number, to: number) => addDays(today, -c.int(from, to));
	const lastFor = (date: string) => (date === today ? 12 * 60 : 20 * 60);

	const talkAgo = c.chance(0.45) ? c.pick([0, 2, 4, 5, 6, 6, 7, 7, 8]) : undefined;
	const heavy = c.chance(0.45);
	const attempts = heavy ? c.int(6, 8) : c.int(1, 5);
	for (let i = 0; i < attempts; i++) {
		const ago = talkAgo === undefined ? c.int(0, heavy ? 7 : 9) : c.int(talkAgo + 1, talkAgo + 5);
		const date = addDays(today, -ago);
		add(date, 'this', c.pick(['no-answer', 'voicemail'] as const), lastFor(date));
	}
	for (let i = c.int(0, 3); i > 0; i--) {
		const date = dayIn(talkAgo === undefined ? 0 : talkAgo + 1, 8);
		add(date, 'this', 'busy', lastFor(date));
	}
	if (talkAgo !== undefined) {
		const date = addDays(today, -talkAgo);
		// The other calls about this debt all fall on earlier days, so the conversation is the last.
		add(date, 'this', 'conversation', lastFor(date));
	}
	for (let i = c.int(1, 4); i > 0; i--) {
		const date = dayIn(0, 8);
		add(
			date,
			'other',
			c.pick(['no-answer', 'voicemail', 'busy', 'conversation'] as const),
			lastFor(date)
		);
	}
	return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * The first day, from today on, that one more call about this debt keeps the presumption: the
 * dialer's frequency check over the calls about this debt only, day by day. Today is checked at
 * 12:30 p.m., after every call in the log.
 */
export function solveNextCall(log: readonly LogEntry[], zone: string, today: string) {
	// The dialer sees only the calls about this debt: each debt has its own count.
	const forThisDebt: LoggedCall[] = log
		.filter((e) => e.debt === 'this')
		.map((e) => ({ at: e.at, result: e.result }));
	const checks: DayCheck[] = [];
	let answer: string | undefined;
	for (let d = today; !answer; d = addDays(d, 1)) {
		const check = checkDial(zonedToInstant(`${d}T12:30`, zone), zone, forThisDebt);
		checks.push({
			date: d,
			from: addDays(d, -6),
			count: check.attemptsInSevenDays,
			afterConversation: check.conversationOn !== undefined,
			ok: !check.overFrequency
		});
		if (!check.overFrequency) answer = d;
		if (checks.length > 10) throw new Error('No allowed day within ten days.');
	}
	const countedByDay: Record<string, number> = {};
	for (const e of log.filter(counts)) countedByDay[e.date] = (countedByDay[e.date] ?? 0) + 1;
	const conversation = log.find((e) => e.debt === 'this' && e.result === 'conversation')?.date;
	return { checks, answer, countedByDay, conversation };
}

export function generateNextCall(seed: number): NextCallCase {
	for (let attempt = 0; ; attempt++) {
		const c = new Chance(attempt ? reseed(seed, attempt) : seed);
		const made = make(c, seed);
		if (made) return made;
	}
}

function make(c: Chance, seed: number): NextCallCase | undefined {
	const name = c.pick(CONSUMERS);
	const first = firstName(name);
	const place = c.pick(ZONES);
	const debt = c.pick(DEBTS);
	const other = c.pick(DEBTS.filter((d) => d !== debt));
	const today = addDays('2026-01-05', c.int(0, 3 * 364));
	const log = buildLog(c, place.zone, today);
	if (!lawfulSoFar(log, today)) return undefined;

	const { checks, answer, countedByDay, conversation } = solveNextCall(log, place.zone, today);
	const thisDebt = `${debt.creditor} ${debt.kind}`;
	const otherDebt = `${other.creditor} ${other.kind}`;
	const days = (entries: readonly LogEntry[]) =>
		[...new Set(entries.map((e) => shortDate(e.date)))].join('; ');

	const working: WorkingStep[] = [];
	const others = log.filter((e) => e.debt === 'other');
	working.push({
		text: `Count only the calls about the ${thisDebt}: each debt in collection has its own count. ${others.length === 1 ? 'The call' : `The ${others.length} calls`} about the ${otherDebt} (${days(others)}) ${others.length === 1 ? 'does' : 'do'} not count here${others.some((e) => e.result === 'conversation') ? ', not even a conversation about that account' : ''}.`,
		rules: [PER_DEBT]
	});
	const busy = log.filter((e) => e.debt === 'this' && e.result === 'busy');
	if (busy.length)
		working.push({
			text: `A busy signal means the call never connected to the number, so it does not count: leave out ${busy.length === 1 ? 'the busy signal' : `the ${busy.length} busy signals`} (${days(busy)}).`,
			rules: [EXCLUDED]
		});
	const listed = Object.entries(countedByDay)
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([d, n]) => `${shortDate(d)}: ${n}`)
		.join('; ');
	working.push({
		text: `That leaves these calls about the ${thisDebt}, by day: ${listed}. Unanswered calls and voicemails count${conversation ? ', and so does the call that became a conversation' : ''}.`,
		rules: [FREQUENCY]
	});
	if (conversation)
		working.push({
			text: `You had a telephone conversation with ${first} about the ${thisDebt} on ${shortDate(conversation)}. That day is day 1, so day 7 is ${shortDate(addDays(conversation, 6))} and the first day after the wait is ${shortDate(addDays(conversation, 7))}.`,
			rules: [DAY_ONE]
		});
	const waiting = checks.filter((k) => k.afterConversation);
	if (waiting.length)
		working.push({
			text: `${waiting.length === 1 ? shortDate(waiting[0]!.date) : `${shortDate(waiting[0]!.date)} to ${shortDate(waiting.at(-1)!.date)}`} ${waiting.length === 1 ? 'falls' : 'fall'} within the seven days that start with the conversation, so a call then would lose the presumption.`,
			rules: [FREQUENCY]
		});
	for (const k of checks.filter((x) => !x.afterConversation))
		working.push({
			text: `${shortDate(k.date)}: the seven days ${shortDate(k.from)} to ${shortDate(k.date)} hold ${k.count} counted call${k.count === 1 ? '' : 's'} about this debt${
				k.ok
					? `, so one more makes ${k.count + 1}, within the limit of seven.`
					: `, so another would be call number ${k.count + 1}, over the limit of seven.`
			}`,
			rules: [FREQUENCY]
		});
	const answerText = `The first date a call about the ${thisDebt} keeps the presumption is ${longDate(answer)}.`;
	working.push({ text: answerText, rules: [FREQUENCY] });

	const when = (iso: string) => {
		const p = localParts(new Date(iso), place.zone);
		return `${shortDate(localDate(new Date(iso), place.zone))}, ${clock(p.hour * 60 + p.minute)}`;
	};
	return {
		type: 'next-call',
		seed,
		situation: [
			`Your agency collects two debts from ${name}: a ${thisDebt} and a ${otherDebt}. ${first} lives in ${place.name} time, and every call in the log went to ${first}'s own number.`,
			`It is ${longDate(today)}, 12:30 p.m. ${place.name} time. You want to call ${first} about the ${thisDebt}. No one has given consent to extra calls.`
		],
		facts: [
			{ label: 'Today', value: `${longDate(today)}, 12:30 p.m. ${place.name} time` },
			{ label: 'Calling about', value: thisDebt }
		],
		table: {
			caption: `Calls to ${first} (${place.name} time), oldest first`,
			head: ['When', 'Account', 'Result'],
			rows: log.map((e) => [
				when(e.at),
				e.debt === 'this' ? thisDebt : otherDebt,
				RESULT_WORDS[e.result]
			])
		},
		question: `What is the first date on which one more call to ${first} about the ${thisDebt} keeps the presumption of compliance?`,
		fields: [{ kind: 'date', name: 'date', label: 'First allowed date' }],
		expected: { date: answer },
		answerText,
		working,
		work: { zone: place.zone, today, log, countedByDay, conversation, checks, answer }
	};
}
