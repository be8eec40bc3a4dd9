/**
 * What the app reports to a SCORM 1.2 LMS, worked out from the plan's completion status. Pure.
 */
import type { CompletionStatus } from '$lib/plans/completion';

export type LessonStatus = 'incomplete' | 'completed' | 'passed' | 'failed';

/**
 * `cmi.core.lesson_status`: passed once the plan's rules are met and they include an exam (the
 * score means something), completed when they are met and name no exam, failed while a required
 * exam or call has been tried and not passed (a later pass turns it to passed), else incomplete.
 */
export function lessonStatus(
	status: Pick<CompletionStatus, 'met' | 'failed' | 'score'>
): LessonStatus {
	if (status.met) return status.score === undefined ? 'completed' : 'passed';
	return status.failed ? 'failed' : 'incomplete';
}

/**
 * `cmi.core.score.raw`, 0 to 100: the mean best percent on the required exams, or, when the rules
 * name no exam, the share of the required items done.
 */
export function scoreRaw(status: Pick<CompletionStatus, 'score' | 'done' | 'total'>): number {
	const raw = status.score ?? (status.total === 0 ? 100 : (status.done / status.total) * 100);
	return Math.min(100, Math.max(0, Math.round(raw)));
}

/** `cmi.core.session_time` (CMITimespan): HHHH:MM:SS.SS, hours capped at 9999. */
export function sessionTime(ms: number): string {
	const hundredths = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
	const cap = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;
	const t = Math.min(hundredths, cap);
	const hours = Math.floor(t / 360_000);
	const minutes = Math.floor((t % 360_000) / 6000);
	const seconds = Math.floor((t % 6000) / 100);
	const rest = t % 100;
	const two = (n: number) => String(n).padStart(2, '0');
	return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(rest)}`;
}
