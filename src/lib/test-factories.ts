/**
 * Shared builders of test data, so every test starts from the same valid records and states only
 * what it is about. Each builder returns a valid value (test-factories.test.ts checks them against
 * the record and content schemas); pass the fields your test cares about.
 */
import type { Bank } from '$lib/content/bank';
import type { CallScenario } from '$lib/content/schema';
import type { QuestionView } from '$lib/content/views';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '$lib/progress/backup';
import { emptyTables } from '$lib/progress/tables';
import type { NewSession } from '$lib/progress/exam-sessions';
import type {
	CallRun,
	CallRunResult,
	CallStep,
	ExamResult,
	ExamSession,
	Profile,
	RecordedAnswer,
	ReviewCard
} from '$lib/progress/records';

export const PROFILE_ID = 'p1';
export const AT = '2026-03-09T15:00:00.000Z';

export const profile = (over: Partial<Profile> = {}): Profile => ({
	id: PROFILE_ID,
	name: 'Dana',
	createdAt: AT,
	updatedAt: AT,
	...over
});

/** What startSession needs: a timed PCS exam of three questions. */
export const newSession = (over: Partial<NewSession> = {}): NewSession => ({
	profileId: PROFILE_ID,
	blueprintId: 'pcs',
	mode: 'timed',
	seed: 1,
	questionIds: ['q1', 'q2', 'q3'],
	optionOrders: [
		[0, 1, 2, 3],
		[3, 2, 1, 0],
		[1, 0, 3, 2]
	],
	deadline: '2030-01-01T00:00:00.000Z',
	...over
});

export const examSession = (over: Partial<ExamSession> = {}): ExamSession => ({
	...newSession(),
	id: 'e1',
	answers: {},
	flags: [],
	eliminated: {},
	current: 0,
	startedAt: AT,
	...over
});

export const answer = (option: number, over: Partial<RecordedAnswer> = {}): RecordedAnswer => ({
	option,
	answeredAt: AT,
	seconds: 5,
	...over
});

export const examResult = (over: Partial<ExamResult> = {}): ExamResult => ({
	correct: 1,
	total: 3,
	percent: 33.3,
	passed: false,
	passPercent: 85,
	byDomain: { 'fdcpa-regf': { correct: 1, total: 3 } },
	secondsUsed: 60,
	...over
});

export const choiceStep = (node: string, choice: number, at = AT): CallStep => ({
	node,
	at,
	kind: 'choice',
	choice
});

export const callResult = (total: number, passed: boolean): CallRunResult => ({
	total,
	passed,
	categories: { compliance: total, outcome: total, professionalism: total, documentation: total },
	outcome: 'payment-plan',
	violations: passed ? [] : ['fdcpa-1692c-b-third-parties'],
	critical: !passed
});

export const callRun = (over: Partial<CallRun> = {}): CallRun => ({
	id: 'c1',
	profileId: PROFILE_ID,
	scenarioId: 'test',
	startedAt: AT,
	steps: [],
	...over
});

export const reviewCard = (over: Partial<ReviewCard> = {}): ReviewCard => ({
	profileId: PROFILE_ID,
	questionId: 'q1',
	fsrs: {
		due: AT,
		stability: 0,
		difficulty: 0,
		elapsed_days: 0,
		scheduled_days: 0,
		learning_steps: 0,
		reps: 0,
		lapses: 0,
		state: 0
	},
	due: AT,
	createdAt: AT,
	source: 'missed',
	...over
});

/** A PCS question on the FDCPA; its right answer is the first option. */
export const questionView = (id: string, over: Partial<QuestionView> = {}): QuestionView => ({
	id,
	stem: `Question ${id}?`,
	options: ['w', 'x', 'y', 'z'],
	answer: 0,
	explanationHtml: '',
	domain: 'fdcpa-regf',
	certs: ['PCS'],
	difficulty: 1,
	citations: [],
	studyIn: {
		title: 'Communications: time, place and manner',
		href: '/learn/law/communications-time-place-manner'
	},
	...over
});

/** A two-question practice exam on the FDCPA, passed at 50%. */
export const blueprint = (
	over: Partial<Bank['blueprints'][number]> = {}
): Bank['blueprints'][number] => ({
	id: 'mini',
	title: 'Mini exam',
	modeledOn: 'PCS',
	certTitle: 'Professional Collector Specialist',
	thresholdSource: 'A test bar.',
	ownBar: true,
	passPercent: 50,
	questions: 2,
	minutes: 10,
	form: 'full',
	domains: { 'fdcpa-regf': 100 },
	requirements: ['None.'],
	...over
});

export const bank = (questions: QuestionView[], over: Partial<Bank> = {}): Bank => ({
	questions,
	blueprints: [],
	domainTitles: {},
	...over
});

/**
 * A short call with Marcus Bell: a choice (asking for him by name, or naming the debt to whoever
 * answers, a critical violation), a typed disclosure, and a payment-plan offer within a budget of
 * $100 a month. Dialed 10:00 a.m. in New York.
 */
export const callScenario = (over: Partial<CallScenario> = {}): CallScenario => ({
	id: 'test',
	title: 'Test',
	summary: 'A test call.',
	difficulty: 1,
	topics: ['test'],
	persona: {
		name: 'Marcus Bell',
		role: 'consumer',
		state: 'OH',
		timeZone: 'America/New_York',
		mood: 'calm',
		monthlyBudget: 100
	},
	account: {
		creditor: 'Bank',
		type: 'credit-card',
		balance: 600,
		opened: '2022-01-01',
		status: 'open',
		reference: 'X'
	},
	callLog: [],
	dialAt: '2026-03-09T15:00:00Z',
	start: 'open',
	nodes: {
		open: {
			line: 'Hello?',
			choices: [
				{
					text: 'May I speak with Marcus Bell?',
					next: 'mm',
					feedback: 'Good.',
					rapport: 1,
					progress: 0,
					compliance: [{ rule: 'fdcpa-1692c-b-third-parties', verdict: 'ok', critical: false }]
				},
				{
					text: 'Marcus owes us money.',
					next: 'mm',
					feedback: 'No.',
					rapport: -2,
					progress: 0,
					compliance: [
						{ rule: 'fdcpa-1692c-b-third-parties', verdict: 'violation', critical: true }
					]
				}
			]
		},
		mm: {
			line: 'Speaking.',
			input: {
				prompt: 'Disclose.',
				rule: 'fdcpa-1692e-11-mini-miranda',
				requires: [{ label: 'Debt collector', anyOf: ['debt collector'] }],
				next: 'offer',
				feedback: 'Disclose.'
			}
		},
		offer: {
			line: 'What can I do?',
			plan: {
				prompt: 'Offer.',
				maxInstallments: 12,
				firstPaymentWithinDays: 30,
				accepted: 'done',
				declined: 'no',
				feedback: 'Fit the budget.'
			}
		},
		done: { line: 'Okay.', outcome: 'payment-plan' },
		no: { line: 'Too much.', outcome: 'call-ended' }
	},
	...over
});

/** An exported profile file with every table empty unless given. */
export const profileBackup = (
	tables: Partial<Backup['tables']> = {},
	over: Partial<Omit<Backup, 'tables'>> = {}
): Backup => ({
	format: BACKUP_FORMAT,
	version: BACKUP_VERSION,
	exportedAt: AT,
	profile: profile(),
	tables: { ...emptyTables(), ...tables },
	...over
});
