/** The records stored on the device. Every record but a profile belongs to one profile. */

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

export interface ExamAnswer {
	/** Index into the question's options as stored (not as shown). */
	option: number;
	answeredAt: string;
	/** Seconds spent on the question so far. */
	seconds: number;
}

export interface ExamSession {
	id: string;
	profileId: string;
	blueprintId: string;
	mode: 'timed' | 'tutor' | 'custom' | 'review';
	seed: number;
	questionIds: string[];
	/** For each question, the order its options are shown in. */
	optionOrders: number[][];
	answers: Record<string, ExamAnswer>;
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

export interface ExamResult {
	correct: number;
	total: number;
	percent: number;
	passed: boolean;
	passPercent: number;
	byDomain: Record<string, { correct: number; total: number }>;
	secondsUsed: number;
}

export interface ReviewCard {
	profileId: string;
	questionId: string;
	/** FSRS card state, as ts-fsrs stores it (dates as ISO strings). */
	fsrs: Record<string, unknown>;
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
	/** Where the answer came from; cram answers are logged but leave the schedule alone. */
	context: 'exam' | 'tutor' | 'custom' | 'review' | 'cram';
}

export interface CallRun {
	id: string;
	profileId: string;
	scenarioId: string;
	startedAt: string;
	finishedAt?: string;
	/** Node ids visited and the choice taken at each, in order. */
	path: { node: string; choice?: number; input?: string }[];
	currentNode: string;
	accountNote?: string;
	outcome?: string;
	scores?: Record<string, number>;
	violations?: string[];
	passed?: boolean;
}

export interface PlanAssignment {
	profileId: string;
	planId: string;
	startedOn: string;
	/** A plan imported from a file or built in the app, kept whole. */
	custom?: unknown;
	/** Task keys the learner ticked off by hand. */
	doneTasks: string[];
}

export interface Setting {
	/** '' for settings of the whole device, such as the active profile. */
	profileId: string;
	key: string;
	value: unknown;
}
