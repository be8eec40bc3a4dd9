/**
 * Checks the account note a learner writes after a call against what the call established: the
 * date, who was reached, the outcome, the amount and date of any payment agreed, and whether the
 * note schedules a contact the call made unlawful (a consumer with an attorney, a request to stop
 * calling, a bankruptcy). Deterministic: the same note and call always give the same result, and
 * every element says in plain words what the note got right, left out or got wrong.
 */
import type { CallOutcome, PersonaRole } from '../content/schema.ts';
import { clauses, isNegation, NEGATION_REACH, normalise } from './phrases.ts';

export type Outcome = CallOutcome;
export type Role = PersonaRole;

/** Why the call made further contact with the person unlawful to schedule. */
export type NoContactReason = 'attorney' | 'cease' | 'bankruptcy';

/** What the call established, derived from the path the learner took. */
export interface CallFacts {
	/** YYYY-MM-DD, the day of the call at the debtor's location. */
	callDate: string;
	personName: string;
	/** Who was reached. */
	role: Role;
	outcome: Outcome;
	balance: number;
	/** The payment agreed on the call, if one was. */
	promise?: {
		kind: 'full' | 'settlement' | 'installments';
		/** Each payment (the whole amount for a lump sum). */
		amount: number;
		/** YYYY-MM-DD of the first (or only) payment. */
		date: string;
		payments: number;
		total: number;
		lastPayment: number;
	};
	/** The account is disputed, or the call logged a dispute. */
	disputed: boolean;
	/** Contact with the person that the call ruled out, with the rules that say so. */
	noContact?: { reason: NoContactReason; rules: string[] };
}

export type ElementStatus = 'met' | 'missing' | 'wrong';

export interface NoteElement {
	label: string;
	status: ElementStatus;
	met: boolean;
	/** Share of the documentation score: 1, or 2 for an unlawful scheduled contact. */
	weight: number;
	/** Plain words: what is missing, or how the note differs from the call. Empty when met. */
	message: string;
	/** Rule ids behind the element, for citations. */
	rules?: string[];
}

export interface NoteCheck {
	score: number;
	elements: NoteElement[];
	/** Where the note contradicts the call, in plain words, for the top of the debrief. */
	discrepancies: string[];
}

export const OUTCOME_TEXT: Record<Outcome, string> = {
	'payment-in-full': 'payment in full',
	'payment-plan': 'a payment plan',
	settlement: 'a settlement',
	'promise-to-pay': 'a promise to pay',
	'dispute-logged': 'a dispute logged',
	'cease-honoured': 'a request to stop calling, honored',
	'referred-to-attorney': 'referred to the consumer’s attorney',
	'wrong-party': 'wrong party, not the debtor',
	'callback-scheduled': 'a callback scheduled',
	'call-ended': 'no resolution'
};

const ROLE_TEXT: Record<Role, string> = {
	consumer: 'the consumer',
	'third-party': 'a third party',
	attorney: 'an attorney',
	relative: 'a relative'
};

const OUTCOME_WORDS: Record<Outcome, string[]> = {
	'payment-in-full': [
		'paid in full',
		'payment in full',
		'pay in full',
		'full payment',
		'pif',
		'full balance'
	],
	'payment-plan': ['plan', 'installment', 'instalment', 'monthly', 'per month', 'a month'],
	settlement: ['settle', 'settlement', 'sif'],
	'promise-to-pay': ['promise', 'ptp', 'will pay', 'agreed to pay'],
	'dispute-logged': ['dispute', 'validation', 'verification', 'verify'],
	'cease-honoured': [
		'cease',
		'stop contact',
		'no further contact',
		'do not contact',
		'do not call',
		'dnc',
		'stop calling',
		'no calls',
		'no phone',
		'mail only'
	],
	'referred-to-attorney': ['attorney', 'lawyer', 'counsel', 'represented'],
	'wrong-party': [
		'wrong number',
		'wrong party',
		'wrong person',
		'not the debtor',
		'not debtor',
		'does not know'
	],
	'callback-scheduled': [
		'call back',
		'callback',
		'call again',
		'follow up',
		'followup',
		'cb',
		'will call'
	],
	'call-ended': [
		'hung up',
		'ended',
		'disconnected',
		'no resolution',
		'refused',
		'declined',
		'no payment',
		'no arrangement'
	]
};

const ROLE_WORDS: Record<Role, string[]> = {
	consumer: ['debtor', 'consumer', 'customer', 'patient', 'rpc', 'right party'],
	'third-party': [
		'third party',
		'roommate',
		'spouse',
		'wife',
		'husband',
		'employer',
		'receptionist',
		'coworker',
		'co-worker',
		'clerk',
		'manager',
		'wrong number',
		'tp'
	],
	attorney: ['attorney', 'lawyer', 'counsel'],
	relative: [
		'relative',
		'son',
		'daughter',
		'brother',
		'sister',
		'mother',
		'father',
		'executor',
		'spouse',
		'wife',
		'husband',
		'widow',
		'family'
	]
};

/** Words a note uses to say it reached the consumer, or that it did not. */
const SAYS_CONSUMER = [
	'rpc',
	'right party',
	'spoke with debtor',
	'spoke to debtor',
	'spoke with the debtor',
	'spoke to the debtor',
	'spoke w debtor',
	'spoke with consumer',
	'spoke to consumer',
	'spoke with the consumer',
	'spoke to the consumer',
	'spoke w consumer',
	'talked to debtor',
	'talked to the debtor',
	'debtor verified',
	'consumer verified',
	'verified debtor',
	'verified consumer'
];
const SAYS_THIRD_PARTY = [
	'wrong number',
	'wrong party',
	'wrong person',
	'third party',
	'not the debtor',
	'not debtor',
	'not the consumer'
];

/** Words that record a payment arrangement of each kind, or of any kind. */
const PAYMENT_KIND_WORDS: Record<NonNullable<CallFacts['promise']>['kind'], string[]> = {
	full: ['paid in full', 'payment in full', 'pay in full', 'pif', 'full payment'],
	settlement: ['settle', 'settlement', 'sif'],
	installments: [
		'payment plan',
		'installment',
		'instalment',
		'per month',
		'a month',
		'monthly payment',
		'payments of'
	]
};
const PAYMENT_ANY_WORDS = [
	'ptp',
	'promise to pay',
	'promised to pay',
	'promises to pay',
	'agreed to pay',
	'will pay',
	'payment arrangement',
	'payment agreed'
];
const KIND_TEXT: Record<NonNullable<CallFacts['promise']>['kind'], string> = {
	full: 'payment in full',
	settlement: 'a settlement',
	installments: 'a monthly plan'
};

/** Words before a phrase that turn a statement into something that did not happen. */
const NOT_AGREED = new Set([
	'declined',
	'refused',
	'refuses',
	'refusing',
	'rejected',
	'unable',
	'offered',
	'proposed',
	'discussed',
	'explained',
	'asked',
	'requested',
	'avoid',
	'avoided'
]);

/** Words that schedule another contact. */
const SCHEDULES = [
	'call back',
	'callback',
	'call again',
	'recall',
	'cb',
	'call her',
	'call him',
	'call them',
	'call consumer',
	'call the consumer',
	'call debtor',
	'call the debtor',
	'try again',
	'will call',
	'follow up',
	'followup',
	'f u',
	'reach out',
	'check in',
	'touch base',
	'next call',
	'next contact',
	'contact again',
	'recontact',
	're contact'
];
const TO_ATTORNEY = ['attorney', 'atty', 'lawyer', 'counsel', 'firm', 'esq'];
const IN_WRITING = ['letter', 'mail', 'mailed', 'writing', 'written'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAMES = MONTHS.map((m, i) =>
	i === 4 ? 'may' : i === 8 ? `${m}(?:t|tember)?` : `${m}[a-z]*`
);

const NAMES = MONTH_NAMES.join('|');
const MONTH_DAY = new RegExp(
	`\\b(${NAMES})\\.? ?(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/])(?:,? (\\d{4}))?`,
	'g'
);
const DAY_MONTH = new RegExp(
	`(?<![\\d$.,])\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?(${NAMES})\\b(?:,? (\\d{4}))?`,
	'g'
);

export interface NoteDate {
	/** As written in the note. */
	text: string;
	month: number;
	day: number;
	year?: number;
	index: number;
}

/**
 * Every date written in the note: 2026-03-09, 3/9/2026, 03/09/26, 3/9, Mar 9, March 9th, 9 March.
 * A hyphen or dot between figures is read as a date only with a year (3-4 is not March 4th).
 */
export function findDates(note: string): NoteDate[] {
	const text = note.toLowerCase();
	const found: NoteDate[] = [];
	const taken: [number, number][] = [];
	const add = (m: RegExpExecArray, month: number, day: number, year?: number) => {
		const start = m.index + (m[0].length - m[0].trimStart().length);
		if (taken.some(([a, b]) => start < b && m.index + m[0].length > a)) return;
		if (month < 1 || month > 12 || day < 1 || day > 31) return;
		taken.push([m.index, m.index + m[0].length]);
		const y = year === undefined ? undefined : year < 100 ? 2000 + year : year;
		found.push({
			text: note.slice(start, m.index + m[0].length).trim(),
			month,
			day,
			year: y,
			index: start
		});
	};
	for (const m of text.matchAll(/(?<![\d$])(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g))
		add(m, Number(m[2]), Number(m[3]), Number(m[1]));
	for (const m of text.matchAll(
		/(?<![\d$.,/-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/])/g
	)) {
		if (m[2] !== '/' && m[4] === undefined) continue;
		add(m, Number(m[1]), Number(m[3]), m[4] === undefined ? undefined : Number(m[4]));
	}
	for (const m of text.matchAll(MONTH_DAY))
		add(m, monthOf(m[1]!), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
	for (const m of text.matchAll(DAY_MONTH))
		add(m, monthOf(m[2]!), Number(m[1]), m[3] === undefined ? undefined : Number(m[3]));
	return found.sort((a, b) => a.index - b.index);
}

function monthOf(name: string): number {
	return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

function sameDay(d: NoteDate, iso: string): boolean {
	const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
	return d.month === m && d.day === day && (d.year === undefined || d.year === y);
}

/** The ways a note may write a date: 2026-03-09, 3/9/2026, 03/09/26, 3/9, Mar 9, March 9th, 9 March. */
export function mentionsDate(note: string, date: string): boolean {
	return findDates(note).some((d) => sameDay(d, date));
}

/** "Dec 5": a date as the debrief writes it. */
export function shortDate(iso: string): string {
	const [, m, d] = iso.split('-').map(Number) as [number, number, number];
	const name = MONTHS[m - 1]!;
	return `${name[0]!.toUpperCase()}${name.slice(1)} ${d}`;
}

export interface NoteAmount {
	text: string;
	value: number;
}

/** Money written in the note: $200, $1,250.50, 83.34, 200 dollars (bare whole numbers are not money). */
export function findAmounts(note: string): NoteAmount[] {
	const out: NoteAmount[] = [];
	const seen = new Set<number>();
	const patterns = [
		/\$ ?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?/g,
		/(?<![\d$.,/])(\d+)\.(\d{2})(?![\d/])/g,
		/(?<![\d$.,/])(\d+)(?:\.(\d{1,2}))? ?(?:dollars|usd)\b/gi
	];
	for (const re of patterns)
		for (const m of note.matchAll(re)) {
			const value = Number(`${m[1]!.replace(/,/g, '')}.${m[2] ?? '0'}`);
			if (seen.has(m.index)) continue;
			seen.add(m.index);
			out.push({ text: m[0].trim(), value });
		}
	return out;
}

/** $120, 120.00, $1,250.50: any way of writing the amount, even as a bare figure. */
export function mentionsAmount(note: string, amount: number): boolean {
	const figures = note.replace(/,(?=\d{3})/g, '').match(/\d+(?:\.\d{1,2})?/g) ?? [];
	return figures.some((f) => Math.abs(Number(f) - amount) < 0.005);
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/** The note cut at full stops, commas and the like, as written (figures stay whole). */
function rawClauses(note: string): string[] {
	return note.split(/(?<!\d)[.,](?!\d)|[.,](?=\s|$)|[;!?()\u2014\u2013]+|\s-\s|\bbut\b/i);
}

/**
 * The first of the phrases the note says and does not negate (or, with `notAgreed`, does not
 * mark as declined or merely offered). A longer last word may carry an ending: "dispute" finds
 * "disputed", "settle" finds "settled".
 */
export function says(
	note: string,
	phrases: readonly string[],
	opts: { notAgreed?: boolean } = {}
): { said: string; clause: string[]; end: number } | undefined {
	for (const words of clauses(note)) {
		for (const phrase of phrases) {
			const run = normalise(phrase).split(' ');
			for (let i = 0; i + run.length <= words.length; i++) {
				const fits = run.every((w, k) => {
					const word = words[i + k]!;
					return word === w || (k === run.length - 1 && w.length > 3 && word.startsWith(w));
				});
				if (!fits) continue;
				const before = words.slice(Math.max(0, i - NEGATION_REACH), i);
				if (before.some((w) => isNegation(w) || (opts.notAgreed && NOT_AGREED.has(w)))) continue;
				return {
					said: words.slice(i, i + run.length).join(' '),
					clause: words,
					end: i + run.length
				};
			}
		}
	}
	return undefined;
}

/** A scheduled contact with the person (not their attorney; with `writingAllowed`, not a letter). */
export function scheduledContact(note: string, writingAllowed: boolean): string | undefined {
	for (const words of clauses(note)) {
		for (const phrase of SCHEDULES) {
			const run = phrase.split(' ');
			for (let i = 0; i + run.length <= words.length; i++) {
				if (!run.every((w, k) => words[i + k] === w)) continue;
				const before = words.slice(Math.max(0, i - NEGATION_REACH), i);
				const after = words.slice(i + run.length, i + run.length + 5);
				if (before.some(isNegation)) continue;
				if ([...before.slice(-3), ...after].some((w) => TO_ATTORNEY.includes(w))) continue;
				if (writingAllowed && after.some((w) => IN_WRITING.includes(w))) continue;
				return words.slice(i, i + run.length).join(' ');
			}
		}
	}
	// "Call 12/1", "call her Dec 5": the word call before a date.
	const dated = note.match(
		/\b(?:call|phone|dial)\b(?: (?:her|him|them|consumer|debtor|back|again|on))*\.? (?:\d{1,2}\/\d{1,2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? ?\d{1,2}|mon|tue|wed|thu|fri|tomorrow|next week)/i
	);
	if (dated && dated.index !== undefined) {
		const before = normalise(
			note
				.slice(0, dated.index)
				.split(/[.;!?,]/)
				.at(-1) ?? ''
		)
			.split(' ')
			.slice(-NEGATION_REACH);
		if (!before.some(isNegation) && !before.some((w) => TO_ATTORNEY.includes(w)))
			return dated[0].trim();
	}
	return undefined;
}

const money = (n: number) =>
	`$${n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

export function checkAccountNote(note: string, facts: CallFacts): NoteCheck {
	const names = facts.personName
		.toLowerCase()
		.split(/\s+/)
		.filter((n) => n.length > 1);
	const first = facts.personName.split(' ')[0]!;
	const dates = findDates(note);
	const amounts = findAmounts(note);
	const elements: NoteElement[] = [];
	const discrepancies: string[] = [];
	const element = (
		label: string,
		status: ElementStatus,
		message: string,
		extra: Partial<NoteElement> = {}
	) =>
		elements.push({
			label,
			status,
			met: status === 'met',
			weight: 1,
			message: status === 'met' ? '' : message,
			...extra
		});

	// The date of the call: a note that opens with another date has dated the call wrongly.
	const callDated = dates.some((d) => sameDay(d, facts.callDate));
	const lead = dates[0] && dates[0].index < 3 && !callDated ? dates[0] : undefined;
	element(
		'Date of the call',
		callDated ? 'met' : lead ? 'wrong' : 'missing',
		lead
			? `Your note dates the call ${lead.text}; the call was on ${shortDate(facts.callDate)} (${facts.callDate}).`
			: `Write the date of the call (${facts.callDate}).`
	);
	if (lead) discrepancies.push(elements.at(-1)!.message);

	// Who was reached, and not the opposite.
	const reached = says(note, [...names, ...ROLE_WORDS[facts.role]]);
	const contrary =
		facts.role === 'consumer'
			? says(note, SAYS_THIRD_PARTY, { notAgreed: true })
			: facts.role === 'third-party'
				? says(note, SAYS_CONSUMER, { notAgreed: true })
				: undefined;
	const who = `${facts.personName}, ${ROLE_TEXT[facts.role]}`;
	element(
		'Who was reached',
		contrary ? 'wrong' : reached ? 'met' : 'missing',
		contrary
			? `Your note says “${contrary.said}”; the call reached ${who}.`
			: `Say who you spoke with (${who}).`
	);
	if (contrary) discrepancies.push(elements.at(-1)!.message);

	// The outcome, and no payment the call did not agree.
	const kindWords = Object.entries(PAYMENT_KIND_WORDS) as [
		NonNullable<CallFacts['promise']>['kind'],
		string[]
	][];
	const claimedKinds = kindWords
		.filter(([, words]) => says(note, words, { notAgreed: true }))
		.map(([kind]) => kind);
	const claimedAny = says(note, PAYMENT_ANY_WORDS, { notAgreed: true });
	// Money written in a clause that does not decline or negate it, other than the balance.
	const otherMoney = rawClauses(note)
		.filter(
			(c) =>
				!normalise(c)
					.split(' ')
					.some((w) => isNegation(w) || NOT_AGREED.has(w))
		)
		.flatMap(findAmounts)
		.filter((a) => !near(a.value, facts.balance));
	let outcomeWrong: string | undefined;
	if (!facts.promise && (claimedKinds.length || claimedAny || otherMoney.length)) {
		const what = claimedAny?.said ?? (claimedKinds.length ? KIND_TEXT[claimedKinds[0]!] : '');
		const figure = otherMoney[0] ? ` of ${otherMoney[0].text}` : '';
		outcomeWrong = `Your note records a payment${what ? ` (“${what}”)` : ''}${figure}; the call agreed no payment and ended with ${OUTCOME_TEXT[facts.outcome]}.`;
	} else if (facts.promise && claimedKinds.length && !claimedKinds.includes(facts.promise.kind)) {
		outcomeWrong = `Your note says ${KIND_TEXT[claimedKinds[0]!]}; the call agreed ${describePromise(facts.promise)}.`;
	}
	element(
		'Outcome',
		outcomeWrong ? 'wrong' : says(note, OUTCOME_WORDS[facts.outcome]) ? 'met' : 'missing',
		outcomeWrong ?? `Say how the call ended (${OUTCOME_TEXT[facts.outcome]}).`
	);

	// The amount and date of the payment agreed, if one was.
	if (facts.promise) {
		const p = facts.promise;
		const allowed = [p.amount, p.total, p.lastPayment, facts.balance];
		const amountMet = mentionsAmount(note, p.amount);
		const wrongAmount = amountMet
			? undefined
			: amounts.find((a) => !allowed.some((x) => near(a.value, x)));
		const each = p.kind === 'installments' ? ' a month' : '';
		element(
			'Amount agreed',
			amountMet ? 'met' : wrongAmount ? 'wrong' : 'missing',
			wrongAmount
				? `Your note says ${wrongAmount.text}; the call agreed ${money(p.amount)}${each}.`
				: `Record the amount agreed (${money(p.amount)}${each}).`
		);
		const dateMet = dates.some((d) => sameDay(d, p.date));
		const wrongDate = dateMet
			? undefined
			: dates.find((d) => d !== lead && !sameDay(d, facts.callDate));
		element(
			'Date of the payment',
			dateMet ? 'met' : wrongDate ? 'wrong' : 'missing',
			wrongDate
				? `Your note gives the payment date as ${wrongDate.text}; the call agreed ${shortDate(p.date)} (${p.date}).`
				: `Record when the ${p.payments > 1 ? 'first ' : ''}payment is due (${p.date}).`
		);
		if (wrongAmount && wrongDate)
			discrepancies.push(
				`Your note says ${wrongAmount.text} on ${wrongDate.text}; the call agreed ${money(p.amount)}${each} on ${shortDate(p.date)}.`
			);
		else
			for (const e of elements.slice(-2)) if (e.status === 'wrong') discrepancies.push(e.message);
	}
	if (outcomeWrong) discrepancies.push(outcomeWrong);

	// A dispute the account carries must be on the note (a disputed debt must be reported as such).
	if (facts.disputed && facts.outcome !== 'dispute-logged')
		element(
			'Dispute recorded',
			says(note, ['dispute']) ? 'met' : 'missing',
			'Record that the consumer disputes the debt.',
			{ rules: ['fdcpa-1692e-8-disputed-credit'] }
		);

	// No contact the call made unlawful.
	if (facts.noContact) {
		const scheduled = scheduledContact(note, facts.noContact.reason === 'cease');
		const why: Record<NoContactReason, string> = {
			attorney: `${first} has an attorney for this debt, so contact goes to the attorney, not to ${first}`,
			cease: `${first} asked us to stop calling, so a call would ignore that request`,
			bankruptcy: `${first} is in bankruptcy, and the automatic stay bars acts to collect the debt`
		};
		element(
			'No contact the call ruled out',
			scheduled ? 'wrong' : 'met',
			`Your note schedules another contact (“${scheduled}”), but ${why[facts.noContact.reason]}.`,
			{ weight: 2, rules: facts.noContact.rules }
		);
		if (scheduled) discrepancies.push(elements.at(-1)!.message);
	}

	// A full card or bank account number has no place in a note: only the last four digits.
	const fullNumber = findFullNumber(note);
	if (fullNumber) {
		element(
			'No full card or bank account number',
			'wrong',
			`Your note contains what looks like a full card or bank account number (ending ${fullNumber}); record only the last four digits.`
		);
		discrepancies.push(elements.at(-1)!.message);
	}

	const total = elements.reduce((s, e) => s + e.weight, 0);
	const got = elements.reduce((s, e) => s + (e.met ? e.weight : 0), 0);
	return { score: Math.round((got / total) * 100), elements, discrepancies };
}

const ACCOUNT_WORDS = /\b(?:acct|account|routing|aba|checking|savings|card|debit|credit|iban)\b/i;

/**
 * The last four digits of a full card number (13 to 19 digits, in groups or not) or of a bank
 * account or routing number (9 to 17 digits in a row, next to a word such as "account" or
 * "routing") written in the note, or undefined. Dates, amounts, phone numbers in groups and
 * reference numbers are too short to match.
 */
export function findFullNumber(note: string): string | undefined {
	for (const m of note.matchAll(/(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g)) {
		const digits = m[0].replace(/\D/g, '');
		const grouped = /^\d{4}(?:[ -]\d{4}){2}[ -]\d{1,7}$/.test(m[0]);
		if (grouped || /^\d+$/.test(m[0])) return digits.slice(-4);
	}
	for (const m of note.matchAll(/(?<![\d$]|\d[.,])\d{9,17}(?!\d|[.,]\d)/g)) {
		const before = note.slice(Math.max(0, m.index - 30), m.index);
		if (ACCOUNT_WORDS.test(before)) return m[0].slice(-4);
	}
	return undefined;
}

export function describePromise(p: NonNullable<CallFacts['promise']>): string {
	if (p.kind === 'installments')
		return `${p.payments} monthly payments of ${money(p.amount)} from ${shortDate(p.date)}`;
	if (p.kind === 'settlement') return `a settlement of ${money(p.total)} on ${shortDate(p.date)}`;
	return `payment in full of ${money(p.total)} on ${shortDate(p.date)}`;
}

/** The call's facts as the debrief lists them. */
export function describeFacts(facts: CallFacts): string[] {
	const lines = [
		`Reached ${facts.personName}, ${ROLE_TEXT[facts.role]}, on ${facts.callDate}.`,
		`Ended with ${OUTCOME_TEXT[facts.outcome]}.`,
		facts.promise ? `Agreed ${describePromise(facts.promise)}.` : 'No payment agreed.'
	];
	if (facts.disputed) lines.push('The debt is disputed.');
	if (facts.noContact?.reason === 'attorney')
		lines.push('The consumer has an attorney for this debt: further contact goes to the attorney.');
	if (facts.noContact?.reason === 'cease')
		lines.push('The consumer asked us to stop calling: no further calls.');
	if (facts.noContact?.reason === 'bankruptcy')
		lines.push('The consumer is in bankruptcy: the automatic stay bars collection.');
	return lines;
}
