/**
 * Checks the account note a learner writes after a call for the elements every note needs:
 * the date, who was reached, the outcome, and the amount and date of any promise.
 */

export type Outcome =
	| 'payment-in-full'
	| 'payment-plan'
	| 'settlement'
	| 'promise-to-pay'
	| 'dispute-logged'
	| 'cease-honoured'
	| 'referred-to-attorney'
	| 'wrong-party'
	| 'callback-scheduled'
	| 'call-ended';

export interface NoteExpectations {
	/** YYYY-MM-DD, the day of the call. */
	callDate: string;
	personName: string;
	role: 'consumer' | 'third-party' | 'attorney' | 'relative';
	outcome: Outcome;
	promise?: { amount: number; date: string };
}

export interface NoteCheck {
	score: number;
	elements: { label: string; met: boolean; hint: string }[];
}

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
	'dispute-logged': ['dispute', 'disputed', 'validation', 'verification', 'verify'],
	'cease-honoured': [
		'cease',
		'stop contact',
		'no further contact',
		'do not contact',
		'do not call',
		'stop calling'
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
		'call-back',
		'call again',
		'follow up',
		'follow-up'
	],
	'call-ended': [
		'hung up',
		'ended',
		'disconnected',
		'no resolution',
		'refused',
		'declined',
		'no payment'
	]
};

const ROLE_WORDS: Record<NoteExpectations['role'], string[]> = {
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

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The ways a note may write a date: 2026-03-09, 3/9/2026, 03/09/26, 3/9, Mar 9, March 9th, 9 March. */
export function mentionsDate(note: string, date: string): boolean {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	const text = note.toLowerCase();
	if (text.includes(date)) return true;
	const numeric = new RegExp(`(^|[^0-9])0?${m}[/.-]0?${d}(?:[/.-](?:${y}|${y % 100}))?(?![0-9])`);
	if (numeric.test(text)) return true;
	const month = MONTHS[m - 1]!;
	const named = new RegExp(
		`(${month}[a-z]*\\.? 0?${d}(st|nd|rd|th)?(?![0-9]))|((^|[^0-9])0?${d}(st|nd|rd|th)? (of )?${month})`
	);
	return named.test(text);
}

/** $120, 120.00, $1,250.50: any way of writing the amount. */
export function mentionsAmount(note: string, amount: number): boolean {
	const figures = note.replace(/,(?=\d{3})/g, '').match(/\d+(?:\.\d{1,2})?/g) ?? [];
	return figures.some((f) => Math.abs(Number(f) - amount) < 0.005);
}

function mentionsAny(note: string, words: readonly string[]): boolean {
	const text = ` ${note.toLowerCase().replace(/[^a-z0-9' -]+/g, ' ')} `;
	// Longer words may carry an ending: "dispute" finds "disputed", "settle" finds "settled".
	return words.some((w) => text.includes(` ${w} `) || (w.length > 3 && text.includes(` ${w}`)));
}

export function checkAccountNote(note: string, expect: NoteExpectations): NoteCheck {
	const names = expect.personName
		.toLowerCase()
		.split(/\s+/)
		.filter((n) => n.length > 1);
	const elements: NoteCheck['elements'] = [
		{
			label: 'Date of the call',
			met: mentionsDate(note, expect.callDate),
			hint: `Write the date of the call (${expect.callDate}).`
		},
		{
			label: 'Who was reached',
			met: mentionsAny(note, [...names, ...ROLE_WORDS[expect.role]]),
			hint: `Say who you spoke with (${expect.personName}, ${expect.role.replace('-', ' ')}).`
		},
		{
			label: 'Outcome',
			met: mentionsAny(note, OUTCOME_WORDS[expect.outcome]),
			hint: `Say how the call ended (${expect.outcome.replace(/-/g, ' ')}).`
		}
	];
	if (expect.promise) {
		elements.push(
			{
				label: 'Amount promised',
				met: mentionsAmount(note, expect.promise.amount),
				hint: `Record the amount agreed ($${expect.promise.amount.toFixed(2)}).`
			},
			{
				label: 'Date of the promised payment',
				met: mentionsDate(note, expect.promise.date),
				hint: `Record when the first payment is due (${expect.promise.date}).`
			}
		);
	}
	const met = elements.filter((e) => e.met).length;
	return { score: Math.round((met / elements.length) * 100), elements };
}
