/**
 * The compliance drill types: what each asks, where it lives and which rules it practises.
 * Kept apart from the generators so the content schema and plan pages can name drill types
 * without shipping the generators.
 */

export const DRILL_TYPES = [
	'call-now',
	'next-call',
	'validation-period',
	'credit-reporting',
	'limited-content'
] as const;
export type DrillType = (typeof DRILL_TYPES)[number];

export interface DrillTypeInfo {
	type: DrillType;
	/** The question the drill asks, used as its title. */
	title: string;
	/** One sentence for the drill list. */
	summary: string;
	/** Rule ids (content/rules.yaml) the drill's working cites. */
	rules: string[];
	/** The module that teaches it. */
	module: string;
}

export const DRILLS: Record<DrillType, DrillTypeInfo> = {
	'call-now': {
		type: 'call-now',
		title: 'Can you call now?',
		summary:
			"The consumer's location, your own clock and the date: decide whether a call is inside convenient hours everywhere the consumer might be, and find the first allowed time.",
		rules: ['fdcpa-1692c-a1-time', 'regf-1006-6-b1-ambiguous-location'],
		module: 'communications-time-place-manner'
	},
	'next-call': {
		type: 'next-call',
		title: 'When is the next allowed call?',
		summary:
			'A call log with unanswered calls, voicemails, busy signals, conversations and calls about another debt: find the first date one more call keeps the 7-in-7 presumption.',
		rules: [
			'regf-1006-14-b2-frequency',
			'regf-1006-14-b2-day-one',
			'regf-1006-14-b3-excluded-calls',
			'regf-1006-14-b4-particular-debt'
		],
		module: 'call-frequency'
	},
	'validation-period': {
		type: 'validation-period',
		title: 'When does the validation period end?',
		summary:
			'A mailing date near weekends and federal holidays: find the earliest assumed receipt date and the last day of the validation period.',
		rules: ['regf-1006-34-b5-validation-period'],
		module: 'validation-notices-disputes'
	},
	'credit-reporting': {
		type: 'credit-reporting',
		title: 'When may you first report to a credit bureau?',
		summary:
			'A letter or electronic message about the debt, sometimes returned undeliverable: find the first day the debt may be furnished after the 14-day wait.',
		rules: ['regf-1006-30-a-passive-reporting', 'regf-1006-30-a-14-days'],
		module: 'time-barred-debt-and-reporting'
	},
	'limited-content': {
		type: 'limited-content',
		title: 'Is this message a limited-content message?',
		summary:
			'A voicemail as it was left: decide whether it holds the four required items, only the optional extras, and nothing else.',
		rules: ['regf-1006-2-j-limited-content', 'regf-1006-2-b-attempt'],
		module: 'third-parties-location-information'
	}
};

export const isDrillType = (value: string): value is DrillType =>
	(DRILL_TYPES as readonly string[]).includes(value);

export const drillHref = (type: DrillType) => `/drills/${type}`;

/**
 * A drill lives in the review deck as one card per type, keyed like this in place of a question id;
 * when the card is due, the review screen generates a fresh case of the type.
 */
export const drillCardId = (type: DrillType) => `drill:${type}`;

export function drillTypeOfCard(questionId: string): DrillType | undefined {
	const type = questionId.startsWith('drill:') ? questionId.slice(6) : '';
	return isDrillType(type) ? type : undefined;
}
