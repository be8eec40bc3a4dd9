import type { ExamTiming } from '$lib/progress/records';

/**
 * Timing accommodations (WCAG 2.2.1, Timing Adjustable): a learner who needs more time chooses it
 * before the clock starts, and the result says which was used, so a score is never read without it.
 */
const TIMINGS: Record<ExamTiming, { label: string; factor: number | undefined }> = {
	standard: { label: 'Standard time', factor: 1 },
	'time-and-a-half': { label: 'Time and a half (1.5×)', factor: 1.5 },
	double: { label: 'Double time (2×)', factor: 2 },
	untimed: { label: 'Untimed', factor: undefined }
};

/** In the order the start form offers them. */
export const TIMING_CHOICES = Object.keys(TIMINGS) as ExamTiming[];

/** Whole minutes on the clock for this timing, or undefined when there is no clock. */
export function minutesAllowed(blueprintMinutes: number, timing: ExamTiming): number | undefined {
	const factor = TIMINGS[timing].factor;
	return factor === undefined ? undefined : Math.ceil(blueprintMinutes * factor);
}

/** "Time and a half (1.5×): 135 minutes", or "Untimed", for the start form and the result. */
export function describeTiming(blueprintMinutes: number, timing: ExamTiming): string {
	const minutes = minutesAllowed(blueprintMinutes, timing);
	const label = TIMINGS[timing].label;
	return minutes === undefined
		? label
		: `${label}: ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}

/** The timing a stored timed session ran under: records from before the choice ran standard. */
export function timingOf(session: { mode: string; timing?: ExamTiming }): ExamTiming | undefined {
	if (session.mode !== 'timed') return undefined;
	return session.timing ?? 'standard';
}
