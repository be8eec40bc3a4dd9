/**
 * The one definition of every record stored on the device. The record types (records.ts) are
 * inferred from these schemas; the backup validator, the migration test and the test databases'
 * write check all use the same schemas, so a record cannot have one shape in code and another in
 * a backup file.
 *
 * Adding a field, the recipe:
 * - An optional field: add `name: opt(...)` to its schema here. The type follows, backups carry
 *   it, and records and files written before it still pass. Nothing else changes.
 * - A required field, or a field whose meaning changes: also bump BACKUP_VERSION with a step in
 *   backup-upgrade.ts that fills it in older files, and add a Dexie version in db.ts whose
 *   `.upgrade()` fills it in stored records (one function can serve both); then update the
 *   `expected` records of migrations/v*.json (never their `data`).
 * A field the schema does not list is refused, in a file and (in tests) in a write.
 *
 * Only types leave this module for the app's pages: it pulls in valibot, which the first page
 * load does not need.
 */
import * as v from 'valibot';
import { isCalendarDay } from '$lib/dates';
import { isReadableTime } from './integrity';
import { PlanSchema } from '$lib/content/schema';
import type { CallStep } from '$lib/calls/conversation';
import type { Category } from '$lib/calls/score';
import type { ExamResult, RecordedAnswer } from '$lib/exam/types';
import type { StoredCard } from '$lib/review/scheduler';
import { GOAL_KINDS } from '$lib/trainee/next-step';

// ---------------------------------------------------------------- building blocks

const str = (max = 200) => v.pipe(v.string(), v.maxLength(max, `is longer than ${max} characters`));
const id = v.pipe(str(100), v.regex(/^[A-Za-z0-9._:-]+$/, 'is not a valid id'));
// A time must also be one `Date` reads: `2026-11-20T10:00:00+05` looks ISO but is not.
const time = v.pipe(
	str(40),
	v.isoTimestamp('is not a date and time'),
	v.check((t: string) => isReadableTime(t), 'is not a date and time this browser can read')
);
const day = v.pipe(
	str(10),
	v.isoDate('is not a date'),
	v.check(isCalendarDay, 'is not a day on the calendar')
);
const num = v.pipe(v.number(), v.finite('is not a finite number'));
const int = (min: number, max: number) =>
	v.pipe(num, v.integer('is not a whole number'), v.minValue(min), v.maxValue(max));
const fraction = v.pipe(num, v.minValue(0), v.maxValue(1));
const percent = v.pipe(num, v.minValue(0), v.maxValue(100));
const dict = <T extends v.GenericSchema>(value: T) =>
	v.pipe(
		v.custom<Record<string, unknown>>(
			(r) => typeof r === 'object' && r !== null && !Array.isArray(r),
			'should be a group of fields'
		),
		v.record(id, value),
		v.check((r) => Object.keys(r).length <= 10_000, 'has too many entries')
	);
const listOf = <T extends v.GenericSchema>(item: T, max: number) =>
	v.pipe(v.array(item), v.maxLength(max));
/** Exactly these fields: a field the schema does not list is refused, never kept or dropped. */
const obj = v.strictObject;
const opt = v.optional;

// ---------------------------------------------------------------- vocabularies

export const MODULE_STATUSES = ['in-progress', 'complete'] as const;
export const EXAM_MODES = ['timed', 'tutor', 'custom'] as const;
/** Time allowed on a timed exam: the blueprint's minutes, an accommodation, or no clock. */
export const EXAM_TIMINGS = ['standard', 'time-and-a-half', 'double', 'untimed'] as const;
/** Why a card entered the review deck: a missed answer, "unsure", or a missed call moment. */
export const CARD_SOURCES = ['missed', 'unsure', 'call'] as const;
/** Where a logged answer came from; cram answers are logged but leave the schedule alone. */
export const LOG_CONTEXTS = ['exam', 'tutor', 'custom', 'review', 'cram'] as const;
/** Where a drill was answered: the drills page, or a drill card in spaced review. */
export const DRILL_CONTEXTS = ['drill', 'review'] as const;

// ---------------------------------------------------------------- records

export const ProfileSchema = obj({
	id,
	name: v.pipe(str(60), v.trim(), v.minLength(1, 'is empty')),
	createdAt: time,
	updatedAt: time
});

export const ModuleProgressSchema = obj({
	profileId: id,
	moduleId: id,
	status: v.picklist(MODULE_STATUSES),
	/** Id of the last heading the learner scrolled past, to resume there. */
	lastHeading: opt(str(200)),
	/** How far down the page the learner has read, 0 to 1. */
	readFraction: fraction,
	/** Best knowledge-check score, 0 to 1. */
	checkScore: opt(fraction),
	updatedAt: time,
	completedAt: opt(time)
});

export const NoteSchema = obj({ profileId: id, moduleId: id, text: str(20_000), updatedAt: time });

const RecordedAnswerSchema = obj({
	/** Stored option index chosen. */
	option: int(0, 9),
	answeredAt: time,
	/** Seconds spent on the question, summed over visits. */
	seconds: v.pipe(num, v.minValue(0))
});

const ExamResultSchema = obj({
	correct: int(0, 10_000),
	total: int(0, 10_000),
	/** Score in percent, not rounded. */
	percent,
	passed: v.boolean(),
	passPercent: percent,
	byDomain: dict(obj({ correct: int(0, 10_000), total: int(0, 10_000) })),
	secondsUsed: v.pipe(num, v.minValue(0))
});

export const ExamSessionSchema = obj({
	id,
	profileId: id,
	blueprintId: id,
	mode: v.picklist(EXAM_MODES),
	/** For custom quizzes: what was asked for, shown on the results page. */
	title: opt(str(200)),
	/** Cramming: answers are logged but the review schedule is left alone. */
	cram: opt(v.boolean()),
	seed: num,
	questionIds: listOf(id, 1000),
	/** For each question, the order its options are shown in. */
	optionOrders: listOf(listOf(int(0, 9), 10), 1000),
	answers: dict(RecordedAnswerSchema),
	flags: listOf(id, 1000),
	/** Option indexes struck out by the learner, per question. */
	eliminated: dict(listOf(int(0, 9), 10)),
	current: int(0, 1000),
	startedAt: time,
	/** Time allowed, chosen at the start of a timed exam; absent on older records: standard. */
	timing: opt(v.picklist(EXAM_TIMINGS)),
	/** ISO time the timed exam ends; time runs while the tab is closed. */
	deadline: opt(time),
	submittedAt: opt(time),
	result: opt(ExamResultSchema)
});

const StoredCardSchema = obj({
	due: time,
	stability: num,
	difficulty: num,
	elapsed_days: num,
	scheduled_days: num,
	// Cards written before ts-fsrs 5 have no learning steps; they had taken none.
	learning_steps: opt(num, 0),
	reps: int(0, 1_000_000),
	lapses: int(0, 1_000_000),
	state: int(0, 3),
	last_review: opt(time)
});

export const ReviewCardSchema = obj({
	profileId: id,
	questionId: id,
	fsrs: StoredCardSchema,
	/** Copy of fsrs.due, indexed for the due queue. */
	due: time,
	createdAt: time,
	source: v.picklist(CARD_SOURCES)
});

export const ReviewLogEntrySchema = obj({
	/** Per device: a backup's log gets new ids when imported. */
	id: opt(num),
	profileId: id,
	questionId: id,
	reviewedAt: time,
	grade: int(0, 4),
	correct: v.boolean(),
	/** The card before this review, so the last grade can be undone. */
	previous: opt(StoredCardSchema),
	context: v.picklist(LOG_CONTEXTS)
});

const stepAt = { node: id, at: v.union([time, v.literal('')]) };
const CallStepSchema = v.variant('kind', [
	obj({ ...stepAt, kind: v.literal('choice'), choice: int(0, 20) }),
	obj({ ...stepAt, kind: v.literal('input'), text: str(2_000) }),
	obj({
		...stepAt,
		kind: v.literal('plan'),
		offer: obj({
			kind: v.picklist(['full', 'settlement', 'installments']),
			amount: opt(num),
			installments: opt(int(1, 600)),
			firstPaymentOn: str(10)
		})
	})
]);

const CallRunResultSchema = obj({
	total: percent,
	passed: v.boolean(),
	categories: obj({
		compliance: percent,
		outcome: percent,
		professionalism: percent,
		documentation: percent
	}),
	// Ids, not the content's current lists: a stored call outlives a renamed outcome or rule.
	outcome: id,
	/** Rule ids of the violations, critical ones included. */
	violations: listOf(id, 500),
	critical: v.boolean()
});

export const CallRunSchema = obj({
	id,
	profileId: id,
	scenarioId: id,
	startedAt: time,
	/** The moment the learner placed the call (simulated time); unset while still at the dialer. */
	dialedAt: opt(time),
	/** Real time the conversation began, for the call timer. */
	connectedAt: opt(time),
	/** Every decision, written as it is made; the whole call is replayed from these. */
	steps: listOf(CallStepSchema, 500),
	accountNote: opt(str(5_000)),
	finishedAt: opt(time),
	/** The score when the note was filed, kept so history and the dashboard need no replay. */
	result: opt(CallRunResultSchema),
	/** A replay started from decision `fromDecision` of an earlier run. */
	replayOf: opt(obj({ runId: id, fromDecision: int(0, 500) }))
});

export const PlanAssignmentSchema = obj({
	profileId: id,
	planId: id,
	startedOn: day,
	/** A plan imported from a file or built in the app, kept whole. */
	custom: opt(PlanSchema),
	/** Task keys the learner ticked off by hand. */
	doneTasks: listOf(str(200), 2000)
});

/**
 * One answered compliance drill. Append-only: a new attempt is a new record. The case is rebuilt
 * from its type and seed and its answer computed again, so neither is stored.
 */
export const DrillAttemptSchema = obj({
	id,
	profileId: id,
	/** The drill type (src/lib/drills/catalog.ts); an id, so a renamed type leaves history readable. */
	type: id,
	seed: int(0, 2 ** 32),
	/** What the learner answered: field name → value. */
	answer: dict(str(40)),
	correct: v.boolean(),
	answeredAt: time,
	context: v.picklist(DRILL_CONTEXTS)
});

const AuditAttemptResultSchema = obj({
	violations: int(0, 500),
	flagged: int(0, 500),
	hits: int(0, 500),
	precision: percent,
	recall: percent,
	score: percent
});

/** One submitted QA call audit. Append-only. */
export const AuditAttemptSchema = obj({
	id,
	profileId: id,
	/** The audit's id: the call scenario it was built from. */
	auditId: id,
	submittedAt: time,
	/** The transcript lines the learner flagged (numbered from 1), each with the rule chosen. */
	marks: listOf(obj({ line: int(1, 1000), rule: id }), 500),
	/** The score when submitted, kept so history needs no rebuild of the audit. */
	result: AuditAttemptResultSchema
});

/** One item a certificate rests on: a module completed, an exam passed, a call passed, reviews. */
const CertificateItemSchema = obj({
	kind: v.picklist(['module', 'exam', 'call', 'review']),
	id,
	title: str(300),
	/** An exam's best percent or a call's score. */
	percent: opt(percent),
	/** The record it rests on (module id, exam session id, call run id) and when it was done. */
	evidence: opt(obj({ id, at: time }))
});

/**
 * A certificate, kept once a plan's completion rules are first met. `code` is the SHA-256 of the
 * canonical JSON of the certificate's content and the evidence records it names
 * (src/lib/plans/certificate.ts), so a file edited by hand after export no longer matches it.
 */
export const CertificateSchema = obj({
	profileId: id,
	planId: id,
	issuedAt: time,
	name: v.pipe(str(60), v.minLength(1, 'is empty')),
	organization: opt(str(200)),
	planTitle: str(200),
	/** The content edition (content/edition.yaml) it was earned on. */
	edition: day,
	items: listOf(CertificateItemSchema, 2000),
	/** Mean best percent on the required exams. */
	score: opt(percent),
	code: v.pipe(str(64), v.regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 in hex'))
});

// ---------------------------------------------------------------- settings

const setting = <K extends string, S extends v.GenericSchema>(key: K, value: S) =>
	obj({ profileId: id, key: v.literal(key), value });

/**
 * A profile's settings, one record per key; the key decides the type of the value. A new setting
 * is one more line here (and nothing else: settings are optional by nature).
 */
export const SettingSchema = v.variant('key', [
	/** The day of the learner's real exam; reviews are scheduled to finish before it. */
	setting('examDate', day),
	/** When the profile was last saved to a file. */
	setting('lastBackup', time),
	/** Text size, as a factor of the normal size. */
	setting('textScale', v.pipe(num, v.minValue(0.5), v.maxValue(3))),
	/** Whether the other party's lines are read aloud in calls. */
	setting('speech', v.boolean()),
	/** The onboarding plan the learner follows. */
	setting('activePlan', id),
	/** New review cards the learner takes on a day (default 20). */
	setting('newCardsPerDay', int(0, 999)),
	/** What the learner is here for (asked on the first visit to home), and for a certification, which exam. */
	setting('goal', obj({ kind: v.picklist(GOAL_KINDS), exam: opt(id) }))
]);

/** Settings of the whole device rather than of a profile; their profileId is ''. */
export const DeviceSettingSchema = obj({
	profileId: v.literal(''),
	key: v.literal('activeProfileId'),
	value: id
});

export const SETTING_KEYS = SettingSchema.options.map((o) => o.entries.key.literal);

// ---------------------------------------------------------------- every table

/** The schema of each table's records. */
export const RECORD_SCHEMAS = {
	profiles: ProfileSchema,
	moduleProgress: ModuleProgressSchema,
	notes: NoteSchema,
	examSessions: ExamSessionSchema,
	reviewCards: ReviewCardSchema,
	reviewLog: ReviewLogEntrySchema,
	callRuns: CallRunSchema,
	planAssignments: PlanAssignmentSchema,
	settings: v.union([SettingSchema, DeviceSettingSchema]),
	drillAttempts: DrillAttemptSchema,
	auditAttempts: AuditAttemptSchema,
	certificates: CertificateSchema
};

// ---------------------------------------------------------------- the engines' own shapes

/**
 * The engines describe these parts of a record in their own terms (they may not import from
 * here); the stored form must be exactly theirs. A drift on either side fails the type check here.
 */
type Same<A, B> = [A, keyof A] extends [B, keyof B]
	? [B, keyof B] extends [A, keyof A]
		? true
		: false
	: false;
type Output<S extends v.GenericSchema> = v.InferOutput<S>;
export const SAME_SHAPES: [
	Same<Output<typeof RecordedAnswerSchema>, RecordedAnswer>,
	Same<Output<typeof ExamResultSchema>, ExamResult>,
	Same<Output<typeof CallStepSchema>, CallStep>,
	Same<Output<typeof CallRunResultSchema>['categories'], Record<Category, number>>,
	// The scheduler types the FSRS state as its enum, stored as the number it is.
	Same<Omit<Output<typeof StoredCardSchema>, 'state'>, Omit<StoredCard, 'state'>>
] = [true, true, true, true, true];
