/**
 * "Is this message a limited-content message?": a voicemail left for the consumer, sentence by
 * sentence. It is one only if it has all four required items (a business name that does not
 * suggest debt collection, a request to reply, a natural person's name, a phone number), any of
 * the optional ones, and nothing else (12 CFR 1006.2(j)).
 */
import { addDays, isWeekend, longDate, weekdayName } from './dates.ts';
import { CONSUMERS, DEBTS, firstName } from './people.ts';
import { Chance, type DrillCase, type WorkingStep } from './types.ts';

const LCM = 'regf-1006-2-j-limited-content';
const ATTEMPT = 'regf-1006-2-b-attempt';

export const REQUIRED = {
	business: 'a business name that does not suggest debt collection',
	reply: 'a request to reply',
	person: 'the name of a person to contact',
	phone: 'a phone number to reply to'
} as const;
export const OPTIONAL = {
	salutation: 'a salutation',
	datetime: 'the date and time of the message',
	times: 'suggested times to reply',
	anyone: 'that any representative can take the reply'
} as const;

export type Item = keyof typeof REQUIRED | keyof typeof OPTIONAL;

export interface Sentence {
	text: string;
	/** Required and optional items the sentence gives. */
	items: Item[];
	/** What in the sentence is beyond the allowed content, if anything. */
	other?: string;
}

export interface LimitedContentWork {
	sentences: Sentence[];
	missing: (keyof typeof REQUIRED)[];
	isLimited: boolean;
}

export type LimitedContentCase = DrillCase<LimitedContentWork>;

const PEOPLE = ['Robin Smith', 'Jordan Lee', 'Sam Ortiz', 'Priya Shah', 'Chris Adams'];
const NEUTRAL = ['Lakeview Associates', 'Harborline Inc.', 'Crestmark Group', 'Northgate Partners'];
const TELLING = ['Lakeview Collections', 'Harborline Debt Recovery', 'Crestmark Collection Agency'];
const PHONES = ['1-800-555-0147', '1-888-555-0119', '1-877-555-0163', '(312) 555-0182'];

/** Defects: other content, or a required item missing or not of the allowed kind. */
const DEFECTS = [
	'debt-collector',
	'creditor',
	'balance',
	'mini-miranda',
	'group',
	'payment',
	'telling-name',
	'no-person',
	'no-phone'
] as const;
type Defect = (typeof DEFECTS)[number];

export function generateLimitedContent(seed: number): LimitedContentCase {
	const c = new Chance(seed);
	const name = c.pick(CONSUMERS);
	const who = firstName(name);
	const person = c.pick(PEOPLE);
	const colleague = c.pick(PEOPLE.filter((p) => p !== person));
	const business = c.pick(NEUTRAL);
	const phone = c.pick(PHONES);
	const debt = c.pick(DEBTS);
	const defect: Defect | undefined = c.chance(0.45) ? undefined : c.pick(DEFECTS);

	const sentences: Sentence[] = [];
	if (c.chance(0.6))
		sentences.push({ text: c.pick(['Hi.', 'Hello.', 'Good morning.']), items: ['salutation'] });

	if (defect === 'telling-name')
		sentences.push({
			text: `This is ${person} calling from ${c.pick(TELLING)}.`,
			items: ['person'],
			other: 'a business name that tells the listener the caller collects debts'
		});
	else if (defect === 'no-person')
		sentences.push({ text: `This is a call from ${business}.`, items: ['business'] });
	else
		sentences.push({
			text: `This is ${person} calling from ${business}.`,
			items: ['person', 'business']
		});

	if (c.chance(0.4)) {
		const hour = c.int(9, 16);
		let day = addDays('2026-01-05', c.int(0, 1000));
		while (isWeekend(day)) day = addDays(day, 1);
		const monthDay = longDate(day).split(', ')[1]; // "March 9"
		sentences.push({
			text: `It is ${hour > 12 ? hour - 12 : hour}:${c.pick(['05', '15', '30', '45'])} ${hour >= 12 ? 'p.m.' : 'a.m.'} on ${weekdayName(day)}, ${monthDay}.`,
			items: ['datetime']
		});
	}

	const extra: Record<Exclude<Defect, 'telling-name' | 'no-person' | 'no-phone'>, Sentence> = {
		'debt-collector': {
			text: 'This message is from a debt collector.',
			items: [],
			other: 'it says the message is from a debt collector'
		},
		creditor: {
			text: `I'm calling about your account with ${debt.creditor}.`,
			items: [],
			other: 'it names the creditor and the account'
		},
		balance: {
			text: `It's about the balance of $${c.int(180, 4200)} that is past due.`,
			items: [],
			other: 'it mentions a past-due balance'
		},
		'mini-miranda': {
			text: 'This is an attempt to collect a debt, and any information obtained will be used for that purpose.',
			items: [],
			other: 'it says the call is an attempt to collect a debt'
		},
		group: {
			text: 'You can also ask for anyone in our credit card receivables group.',
			items: [],
			other:
				"it describes the team (the credit card receivables group), not just 'any representative'"
		},
		payment: {
			text: 'Please call today to set up a payment.',
			items: [],
			other: 'it asks for a payment, not just a reply'
		}
	};
	if (defect && defect in extra) sentences.push(extra[defect as keyof typeof extra]);

	const anyone = c.chance(0.35);
	if (defect === 'no-person')
		sentences.push({ text: `Please call us back at ${phone}.`, items: ['reply', 'phone'] });
	else if (defect === 'no-phone')
		sentences.push({
			text: `Please call me or ${colleague} back when you can.`,
			items: ['reply', 'person']
		});
	else if (anyone)
		sentences.push({
			text: `Please call me or any of our representatives at ${phone}.`,
			items: ['reply', 'phone', 'anyone']
		});
	else
		sentences.push({
			text: `Please call me or ${colleague} at ${phone}.`,
			items: ['reply', 'person', 'phone']
		});

	if (c.chance(0.4))
		sentences.push({
			text: `We are in the office ${c.pick(['weekdays from 8:00 a.m. to 6:00 p.m. Eastern time', 'today until 7:00 p.m. Central time', 'Monday to Friday, 9:00 a.m. to 5:00 p.m. Pacific time'])}.`,
			items: ['times']
		});
	if (!anyone && defect !== 'no-person' && c.chance(0.3))
		sentences.push({
			text: 'If you call back, you may speak to any of our representatives.',
			items: ['anyone']
		});

	const given = new Set(sentences.flatMap((s) => s.items));
	const missing = (Object.keys(REQUIRED) as (keyof typeof REQUIRED)[]).filter((k) => !given.has(k));
	const others = sentences.filter((s) => s.other);
	const isLimited = missing.length === 0 && others.length === 0;

	const working: WorkingStep[] = sentences.map((s) => {
		const parts = s.items.map((i) =>
			i in REQUIRED
				? `required: ${REQUIRED[i as keyof typeof REQUIRED]}`
				: `allowed extra: ${OPTIONAL[i as keyof typeof OPTIONAL]}`
		);
		if (s.other) parts.push(`other content: ${s.other}`);
		return { text: `“${s.text}” ${parts.join('; ')}.`, rules: [LCM] };
	});
	working.push({
		text: missing.length
			? `Required items missing: ${missing.map((m) => REQUIRED[m]).join(', ')}.`
			: 'All four required items are there: a business name that does not suggest debt collection, a request to reply, a person to contact and a phone number.',
		rules: [LCM]
	});
	working.push({
		text: others.length
			? `Content beyond the required and allowed items: ${others.map((s) => s.other).join('; ')}. Any other content means the message is not a limited-content message.`
			: 'Nothing else is said: every other sentence is one of the allowed extras.',
		rules: [LCM]
	});
	const answerText = isLimited
		? 'Yes: it is a limited-content message. It is an attempt to communicate that conveys no information about the debt.'
		: 'No: it is not a limited-content message.';
	working.push({ text: answerText, rules: isLimited ? [LCM, ATTEMPT] : [LCM] });

	return {
		type: 'limited-content',
		seed,
		situation: [
			`A colleague called ${name}'s own mobile number about a ${debt.creditor} ${debt.kind}. ${who} did not answer, and your colleague left this voicemail.`
		],
		facts: [],
		quote: { label: 'The voicemail', lines: sentences.map((s) => s.text) },
		question: 'Is this voicemail a limited-content message?',
		fields: [
			{
				kind: 'choice',
				name: 'limited',
				label: 'Limited-content message?',
				options: [
					{ value: 'yes', label: 'Yes' },
					{ value: 'no', label: 'No' }
				]
			}
		],
		expected: { limited: isLimited ? 'yes' : 'no' },
		answerText,
		working,
		work: { sentences, missing, isLimited }
	};
}
