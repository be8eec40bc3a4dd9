/** The records stored on the device. Every record but a profile belongs to one profile. */
import type { ExamResult, RecordedAnswer } from '$lib/exam/types';
import type { StoredCard } from '$lib/review/scheduler';
import type { CallStep } from '$lib/calls/conversation';
import type { Category } from '$lib/calls/score';
import type { Plan } from '$lib/content/schema';

export type { ExamResult, RecordedAnswer, CallStep };

export interface Profile {
	id: string;
	name: string;
	createdAt: string;
	updatedAt: string;
}

export type ModuleStatus = 'in-progress' | 'complete';

export interface ModuleProgress {
	profileId: string;
	moduleId: string;
	status: ModuleStatus;
	/** Id of the last heading the learner scrolled past, to resume there. */
	lastHeading?: string;
	/** How far down the page the learner has read, 0 to 1. */
	readFraction: number;
	/** Best knowledge-check score, 0 to 1. */
	checkScore?: number;
	updatedAt: string;
	completedAt?: string;
}

export interface Note {
	profileId: string;
	moduleId: string;
	text: string;
	updatedAt: string;
}

export interface ExamSession {
	id: string;
	profileId: string;
	blueprintId: string;
	mode: 'timed' | 'tutor' | 'custom';
	/** For custom quizzes: what was asked for, shown on the results page. */
	title?: string;
	/** Cramming: answers are logged but the review schedule is left alone. */
	cram?: boolean;
	seed: number;
	questionIds: string[];
	/** For each question, the order its options are shown in. */
	optionOrders: number[][];
	answers: Record<string, RecordedAnswer>;
	flags: string[];
	/** Option indexes struck out by the learner, per question. */
	eliminated: Record<string, number[]>;
	current: number;
	startedAt: string;
	/** ISO time the timed exam ends; time runs while the tab is closed. */
	deadline?: string;
	submittedAt?: string;
	result?: ExamResult;
}

export interface ReviewCard {
	profileId: string;
	questionId: string;
	fsrs: StoredCard;
	/** Copy of fsrs.due, indexed for the due queue. */
	due: string;
	createdAt: string;
	/** Why it entered the deck: a missed answer, "unsure", or a missed call moment. */
	source: 'missed' | 'unsure' | 'call';
}

export interface ReviewLogEntry {
	id?: number;
	profileId: string;
	questionId: string;
	reviewedAt: string;
	grade: number;
	correct: boolean;
	/** The card before this review, so the last grade can be undone. */
	previous?: StoredCard;
	/** Where the answer came from; cram answers are logged but leave the schedule alone. */
	context: 'exam' | 'tutor' | 'custom' | 'review' | 'cram';
}

export interface CallRun {
	id: string;
	profileId: string;
	scenarioId: string;
	startedAt: string;
	/** The moment the learner placed the call (simulated time); unset while still at the dialer. */
	dialedAt?: string;
	/** Real time the conversation began, for the call timer. */
	connectedAt?: string;
	/** Every decision, written as it is made; the whole call is replayed from these. */
	steps: CallStep[];
	accountNote?: string;
	finishedAt?: string;
	/** The score when the note was filed, kept so history and the dashboard need no replay. */
	result?: CallRunResult;
	/** A replay started from decision `fromDecision` of an earlier run. */
	replayOf?: { runId: string; fromDecision: number };
}

export interface CallRunResult {
	total: number;
	passed: boolean;
	categories: Record<Category, number>;
	outcome: string;
	/** Rule ids of the violations, critical ones included. */
	violations: string[];
	critical: boolean;
}

export interface PlanAssignment {
	profileId: string;
	planId: string;
	startedOn: string;
	/** A plan imported from a file or built in the app, kept whole. */
	custom?: Plan;
	/** Task keys the learner ticked off by hand. */
	doneTasks: string[];
}

export interface Setting {
	/** '' for settings of the whole device, such as the active profile. */
	profileId: string;
	key: string;
	value: unknown;
}

/** One answered compliance drill. Append-only: a new attempt is a new record. */
export interface DrillAttempt {
	id: string;
	profileId: string;
	/** The drill type (src/lib/drills/catalog.ts). */
	type: string;
	/** The case is rebuilt from its type and seed; its answer is computed, never stored. */
	seed: number;
	/** What the learner answered: field name → value. */
	answer: Record<string, string>;
	correct: boolean;
	answeredAt: string;
	/** The drills page, or a drill card in spaced review. */
	context: 'drill' | 'review';
}

/** One submitted QA call audit. Append-only. */
export interface AuditAttempt {
	id: string;
	profileId: string;
	/** The audit's id: the call scenario it was built from. */
	auditId: string;
	submittedAt: string;
	/** The lines the learner flagged, each with the rule chosen. */
	marks: { line: number; rule: string }[];
	/** The score when submitted, kept so history needs no rebuild of the audit. */
	result: AuditAttemptResult;
}

export interface AuditAttemptResult {
	violations: number;
	flagged: number;
	hits: number;
	/** Percent, 0 to 100. */
	precision: number;
	recall: number;
	score: number;
}
