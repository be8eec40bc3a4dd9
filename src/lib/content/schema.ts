/**
 * The one source of truth for every content format in `content/`.
 * The build loader, the content tests and the app's types all come from here.
 */
import * as v from 'valibot';
import { CERTS, DOMAINS, TRACKS } from './catalog.ts';
import { DRILL_TYPES } from '../drills/catalog.ts';

export * from './catalog.ts';

const slug = (what: string) =>
	v.pipe(
		v.string(`${what} must be text`),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, `${what} must be lower-case words joined by hyphens`)
	);
const text = (what: string) =>
	v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));
const isoDate = (what: string) =>
	v.pipe(
		v.string(`${what} must be a date written as YYYY-MM-DD (in quotes)`),
		v.isoDate(`${what} must be a date written as YYYY-MM-DD`)
	);
const whole = (what: string, min: number, max: number) =>
	v.pipe(
		v.number(`${what} must be a number`),
		v.integer(`${what} must be a whole number`),
		v.minValue(min, `${what} must be at least ${min}`),
		v.maxValue(max, `${what} must be at most ${max}`)
	);
const list = <T extends v.GenericSchema>(item: T, what: string, min = 0) =>
	v.pipe(
		v.array(item, `${what} must be a list`),
		v.minLength(min, `${what} needs at least ${min} item${min === 1 ? '' : 's'}`)
	);

/** An object with exactly these fields: an unknown field is an error, not silently ignored. */
const fields = <T extends v.ObjectEntries>(entries: T) =>
	v.strictObject(entries, (issue) => {
		if (issue.expected === 'never') return `unknown field "${String(issue.input)}"`;
		if (issue.expected?.startsWith('"')) return `missing field ${issue.expected}`;
		return `must be a group of fields (name: value), not ${issue.received}`;
	});

const oneOf = <T extends readonly string[]>(options: T, what: string) =>
	v.picklist(options, `${what} must be one of: ${options.join(', ')}`);

// ---------------------------------------------------------------- rules registry

export const RuleSchema = fields({
	id: slug('id'),
	title: text('title'),
	/** As printed wherever the rule is cited, e.g. "15 U.S.C. §1692c(a)(1); 12 CFR §1006.6(b)(1)(i)". */
	citation: text('citation'),
	/** One plain sentence. */
	summary: text('summary'),
	/** The module that teaches it, with the heading: "module-id#heading-id". */
	module: v.pipe(
		v.string('module must be text'),
		v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'module must be written as module-id#heading-id')
	),
	/** The date the rule took effect; left out where our sources do not give one. */
	effective: v.optional(isoDate('effective')),
	/** When our text was last checked against the source. */
	reviewed: isoDate('reviewed'),
	/** Section of the verified fact sheet (reference/legal-facts.md) the summary agrees with. */
	factSheet: v.pipe(
		v.string('factSheet must be text'),
		v.regex(/^§\d+[a-z]?$/, 'factSheet is like §3 or §16b')
	)
});
export type Rule = v.InferOutput<typeof RuleSchema>;

// ---------------------------------------------------------------- glossary

export const GlossaryEntrySchema = fields({
	id: slug('id'),
	term: text('term'),
	definition: text('definition'),
	/** Other spellings that should link to this entry in modules, e.g. "debt collectors". */
	aliases: v.optional(list(text('alias'), 'aliases'), []),
	related: v.optional(list(slug('related term id'), 'related'), []),
	rules: v.optional(list(slug('rule id'), 'rules'), [])
});
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;

// ---------------------------------------------------------------- modules

export const ModuleFrontMatterSchema = fields({
	id: slug('id'),
	title: text('title'),
	/** One sentence for the module list. */
	summary: text('summary'),
	track: oneOf(TRACKS, 'track'),
	order: whole('order', 1, 99),
	minutes: whole('minutes', 1, 240),
	objectives: list(text('objective'), 'objectives', 1),
	prerequisites: v.optional(list(slug('prerequisite module id'), 'prerequisites'), []),
	rules: v.optional(list(slug('rule id'), 'rules'), []),
	certs: v.optional(list(oneOf(CERTS, 'cert'), 'certs'), []),
	/** Question ids from the bank that make up the knowledge check at the end. */
	check: v.optional(list(slug('question id'), 'check'), [])
});
export type ModuleFrontMatter = v.InferOutput<typeof ModuleFrontMatterSchema>;

// ---------------------------------------------------------------- job aids

/**
 * A job aid: a one-page, printable summary of something a module teaches (a script, a card of
 * disclosures, a note template). `content/aids/<id>.md`, front matter then Markdown.
 */
export const JobAidFrontMatterSchema = fields({
	id: slug('id'),
	title: text('title'),
	/** One sentence for the list of job aids and for search. */
	summary: text('summary'),
	/** The modules that teach what the aid sums up; each of them links to it. */
	modules: list(slug('module id'), 'modules', 1),
	/** Rule ids the aid applies: every rule cited in its text is listed here. */
	rules: v.optional(list(slug('rule id'), 'rules'), [])
});
export type JobAidFrontMatter = v.InferOutput<typeof JobAidFrontMatterSchema>;

// ---------------------------------------------------------------- questions

const OptionSchema = fields({
	text: text('option text'),
	correct: v.optional(v.literal(true, 'correct is written only on the right option, as true'))
});

export const QuestionSchema = v.pipe(
	fields({
		id: slug('id'),
		stem: text('stem'),
		options: v.pipe(
			v.array(OptionSchema, 'options must be a list'),
			v.length(4, 'a question needs exactly 4 options')
		),
		/** Markdown: why the answer is right and why each distractor is wrong. */
		explanation: text('explanation'),
		rules: v.optional(list(slug('rule id'), 'rules'), []),
		domain: oneOf(DOMAINS, 'domain'),
		certs: list(oneOf(CERTS, 'cert'), 'certs', 1),
		difficulty: whole('difficulty', 1, 3)
	}),
	v.check(
		(q) => q.options.filter((o) => o.correct).length === 1,
		'exactly one option must be marked correct: true'
	)
);
export type Question = v.InferOutput<typeof QuestionSchema>;

// ---------------------------------------------------------------- exam blueprints

export const ExamBlueprintSchema = v.pipe(
	fields({
		id: slug('id'),
		title: text('title'),
		modeledOn: oneOf(CERTS, 'modeledOn'),
		/** Where the threshold comes from, e.g. "MDHBA's published passing score". */
		thresholdSource: text('thresholdSource'),
		/** True where the bar is the app's own, not a credential's. */
		ownBar: v.optional(v.boolean('ownBar must be true or false'), false),
		passPercent: whole('passPercent', 1, 100),
		questions: whole('questions', 1, 300),
		minutes: whole('minutes', 1, 600),
		form: oneOf(['full', 'recertification-short'] as const, 'form'),
		domains: v.record(oneOf(DOMAINS, 'domain'), whole('domain weight', 1, 100)),
		/** What the real credential requires, shown on the start page. */
		requirements: list(text('requirement'), 'requirements', 1)
	}),
	v.check(
		(b) => Object.values(b.domains).reduce((a, w) => a + w, 0) === 100,
		'domain weights must add up to 100'
	)
);
export type ExamBlueprint = v.InferOutput<typeof ExamBlueprintSchema>;

// ---------------------------------------------------------------- call scenarios

/**
 * Ids, never shown as text (account-note.ts holds the words). They are stored in every filed
 * call, in backups and in trainee files, so `cease-honoured` keeps the spelling it was first
 * stored with: renaming it would strand those records for a spelling no learner sees.
 */
export const CALL_OUTCOMES = [
	'payment-in-full',
	'payment-plan',
	'settlement',
	'promise-to-pay',
	'dispute-logged',
	'cease-honoured',
	'referred-to-attorney',
	'wrong-party',
	'callback-scheduled',
	'call-ended'
] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** Who the learner's call reaches. */
export const PERSONA_ROLES = ['consumer', 'third-party', 'attorney', 'relative'] as const;
export type PersonaRole = (typeof PERSONA_ROLES)[number];

/** How a logged call or text ended. */
export const CALL_RESULTS = [
	'no-answer',
	'voicemail',
	'busy',
	'conversation',
	'wrong-number',
	'sent'
] as const;
export type CallResult = (typeof CALL_RESULTS)[number];

const ComplianceSchema = fields({
	rule: slug('rule id'),
	verdict: oneOf(['ok', 'violation'] as const, 'verdict'),
	/** A critical violation fails the call outright. */
	critical: v.optional(v.boolean('critical must be true or false'), false)
});

const ChoiceSchema = fields({
	text: text('choice text'),
	next: slug('next node id'),
	feedback: text('feedback'),
	/**
	 * The legal judgment of this line: every choice carries one. A line with no legal consequence
	 * says so with an empty list, `compliance: []`; an `ok` mark belongs only where the line is the
	 * lawful way through a rule the call puts in play.
	 */
	compliance: list(ComplianceSchema, 'compliance'),
	rapport: v.optional(whole('rapport', -3, 3), 0),
	progress: v.optional(whole('progress', -3, 3), 0)
});

/** A free-text step checked by phrase rules: each requirement lists phrases, any one of which satisfies it. */
const PhraseRequirementSchema = fields({
	label: text('requirement label'),
	anyOf: list(text('phrase'), 'anyOf', 1)
});

/**
 * When a variant of the other party's line is said instead of the plain `line`. Every condition
 * given must hold; they read the call so far (the decisions before this node).
 */
const LineConditionSchema = fields({
	/** Rapport so far (the sum of the choices' rapport) is at least this. */
	rapportAtLeast: v.optional(v.number('rapportAtLeast must be a number')),
	/** Rapport so far is below this. */
	rapportBelow: v.optional(v.number('rapportBelow must be a number')),
	/** The call passed through at least one of these nodes (what was disclosed, offered, asked). */
	visited: v.optional(list(slug('visited node id'), 'visited', 1)),
	/** The call passed through none of these nodes. */
	notVisited: v.optional(list(slug('notVisited node id'), 'notVisited', 1)),
	/** The learner has already broken this rule on the call. */
	violated: v.optional(slug('violated rule id'))
});

const LineVariantSchema = fields({ when: LineConditionSchema, line: text('variant line') });

const NodeSchema = fields({
	/** Who speaks this node's line when it is not the persona, e.g. "Dana (his daughter)". */
	speaker: v.optional(text('speaker')),
	/** What the other party says. */
	line: text('line'),
	/** Other ways the line is said, by how the call has gone; the first whose conditions hold wins. */
	variants: v.optional(list(LineVariantSchema, 'variants', 1)),
	choices: v.optional(list(ChoiceSchema, 'choices', 1)),
	/** A typed answer instead of choices. */
	input: v.optional(
		fields({
			prompt: text('input prompt'),
			rule: slug('rule id'),
			requires: list(PhraseRequirementSchema, 'requires', 1),
			next: slug('next node id'),
			feedback: text('feedback')
		})
	),
	/** The learner proposes a payment plan, settlement or payment in full, checked by the engine. */
	plan: v.optional(
		fields({
			prompt: text('plan prompt'),
			/** The lowest settlement the creditor has authorised, in percent of the balance. */
			minSettlementPercent: v.optional(whole('minSettlementPercent', 1, 100)),
			/** The most monthly instalments the creditor allows. */
			maxInstallments: whole('maxInstallments', 1, 60),
			/** The latest first payment date allowed, in days after the call. */
			firstPaymentWithinDays: whole('firstPaymentWithinDays', 0, 60),
			/** Where the call goes when the offer fits the rules and the persona's budget. */
			accepted: slug('accepted node id'),
			/** Where it goes when the persona cannot afford it or the terms break the rules. */
			declined: slug('declined node id'),
			feedback: text('feedback')
		})
	),
	/** Present on end nodes only. */
	outcome: v.optional(oneOf(CALL_OUTCOMES, 'outcome')),
	/** How good this ending is, 0–100, for the outcome score (defaults by outcome). */
	outcomeScore: v.optional(whole('outcomeScore', 0, 100))
});
export type CallNode = v.InferOutput<typeof NodeSchema>;

export const CallScenarioSchema = fields({
	id: slug('id'),
	title: text('title'),
	summary: text('summary'),
	difficulty: whole('difficulty', 1, 3),
	topics: list(text('topic'), 'topics', 1),
	persona: fields({
		name: text('persona name'),
		role: oneOf(PERSONA_ROLES, 'role'),
		state: v.pipe(text('state'), v.regex(/^[A-Z]{2}$/, 'state is a two-letter code')),
		/** IANA time zone, e.g. America/Chicago. */
		timeZone: text('timeZone'),
		mood: text('mood'),
		/** What the persona can pay each month, for checking proposed plans. */
		monthlyBudget: v.optional(v.number('monthlyBudget must be a number')),
		/** What the persona can pay at once, for checking a lump-sum settlement or payment in full. */
		lumpSum: v.optional(v.number('lumpSum must be a number'))
	}),
	account: fields({
		creditor: text('creditor'),
		type: oneOf(
			['medical', 'credit-card', 'utility', 'commercial', 'auto', 'personal-loan'] as const,
			'account type'
		),
		balance: v.pipe(v.number('balance must be a number'), v.minValue(0)),
		opened: isoDate('opened'),
		lastPayment: v.optional(isoDate('lastPayment')),
		status: oneOf(
			[
				'open',
				'disputed',
				'bankruptcy',
				'attorney-represented',
				'deceased',
				'time-barred',
				'cease-requested'
			] as const,
			'account status'
		),
		reference: text('reference')
	}),
	/** Earlier attempts on this debt, for the frequency rule. */
	callLog: v.optional(
		list(
			fields({
				at: v.pipe(
					v.string('at must be a date-time'),
					v.isoTimestamp('at must be an ISO date-time like 2026-03-02T15:00:00Z')
				),
				result: oneOf(CALL_RESULTS, 'call result'),
				/**
				 * A call unless it says `text`. Texts count toward a state limit such as
				 * Massachusetts', not toward Regulation F's call frequencies; a text's result is `sent`.
				 */
				channel: v.optional(oneOf(['call', 'text'] as const, 'channel')),
				/** Who a conversation was with; only one with the consumer starts the seven-day wait. */
				with: v.optional(oneOf(['consumer', 'third-party'] as const, 'with')),
				/**
				 * On this call the consumer gave prior consent, directly, to further calls: calls in
				 * the seven days from it (that day is day 1) do not count toward the limits.
				 */
				consented: v.optional(v.boolean('consented must be true or false')),
				/** Which number was dialed ("cell", "work"): a wrong number rules out every call to it. */
				number: v.optional(text('number')),
				note: v.optional(text('note'))
			}),
			'callLog'
		),
		[]
	),
	/**
	 * Which of the consumer's numbers the learner dials ("cell", "home", "work"): the residence
	 * or cell unless it says otherwise. A state limit such as Massachusetts' depends on it.
	 */
	dialNumber: v.optional(text('dialNumber')),
	/** The moment the learner dials, for the time-window and frequency checks. */
	dialAt: v.pipe(
		v.string('dialAt must be a date-time'),
		v.isoTimestamp('dialAt must be an ISO date-time like 2026-03-09T15:00:00Z')
	),
	start: slug('start node id'),
	nodes: v.record(slug('node id'), NodeSchema)
});
export type CallScenario = v.InferOutput<typeof CallScenarioSchema>;

// ---------------------------------------------------------------- content edition

/** content/edition.yaml: the date the rules registry was last checked, printed on certificates. */
export const EditionSchema = fields({ rules: isoDate('rules') });
export type Edition = v.InferOutput<typeof EditionSchema>;

// ---------------------------------------------------------------- onboarding plans

/** What a learner must do to complete a plan (and earn its certificate). */
export const CompletionRulesSchema = fields({
	modules: v.optional(list(slug('module id'), 'completion modules'), []),
	/** Blueprints to pass at their own pass mark. */
	exams: v.optional(list(slug('exam id'), 'completion exams'), []),
	/** Call scenarios to pass with no critical violation. */
	calls: v.optional(list(slug('call id'), 'completion calls'), []),
	/** Questions answered in spaced review, at least. */
	minReviews: v.optional(whole('minReviews', 1, 10_000))
});

export const PlanSchema = fields({
	id: slug('id'),
	title: text('title'),
	summary: text('summary'),
	/** The employer or team the plan is for, printed on the certificate. */
	organization: v.optional(text('organization')),
	/** Completion rules; a plan without them requires every module, exam and call it names. */
	completion: v.optional(CompletionRulesSchema),
	weeks: list(
		fields({
			week: whole('week', 1, 52),
			title: text('week title'),
			modules: v.optional(list(slug('module id'), 'modules'), []),
			calls: v.optional(list(slug('call id'), 'calls'), []),
			exams: v.optional(list(slug('exam id'), 'exams'), []),
			/** Compliance drill types to practise (src/lib/drills/catalog.ts). */
			drills: v.optional(list(oneOf(DRILL_TYPES, 'drill'), 'drills')),
			/** QA call audits, each named by the call scenario it is built from. */
			audits: v.optional(list(slug('audit id'), 'audits')),
			/** Target score in percent for the week's exams and calls (older plans; read as both). */
			target: v.optional(whole('target', 1, 100)),
			/** Target percent for the week's exams (and audits); falls back to `target`. */
			examTarget: v.optional(whole('examTarget', 1, 100)),
			/** Target call score for the week's calls; falls back to `target`. */
			callTarget: v.optional(whole('callTarget', 1, 100))
		}),
		'weeks',
		1
	)
});
export type Plan = v.InferOutput<typeof PlanSchema>;
