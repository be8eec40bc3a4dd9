import { secondsLeft } from './session';

/** The parts of a stored session the "exam in progress" card needs. */
export interface OpenSessionFacts {
	id: string;
	blueprintId: string;
	title?: string;
	mode: string;
	questionIds: readonly string[];
	answers: Readonly<Record<string, unknown>>;
	startedAt: string;
	deadline?: string;
	submittedAt?: string;
}

export interface ExamInProgress {
	sessionId: string;
	blueprintId: string;
	title: string;
	answered: number;
	total: number;
	startedAt: string;
	/** Seconds on the clock; undefined when the exam has no clock. */
	secondsLeft: number | undefined;
	/** The clock ran out while the learner was away: opening it submits it. */
	timeUp: boolean;
}

/**
 * The learner's unsubmitted exams, the one they touched last first (an exam is touched when it
 * starts; its answers carry their own times).
 */
export function examsInProgress(
	sessions: readonly OpenSessionFacts[],
	titleOf: (blueprintId: string) => string | undefined,
	now: Date
): ExamInProgress[] {
	return sessions
		.filter((s) => !s.submittedAt)
		.map((s) => {
			const left = secondsLeft(s, now);
			return {
				sessionId: s.id,
				blueprintId: s.blueprintId,
				title: s.title ?? titleOf(s.blueprintId) ?? 'Practice exam',
				answered: Object.keys(s.answers).length,
				total: s.questionIds.length,
				startedAt: s.startedAt,
				secondsLeft: left,
				timeUp: left === 0
			};
		})
		.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
