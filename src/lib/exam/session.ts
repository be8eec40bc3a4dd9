import type { RecordedAnswer } from './types';

/** The parts of an exam session the timing and navigation rules need. */
export interface SessionClock {
	deadline?: string;
	submittedAt?: string;
}

/** Seconds left on a timed exam; the clock runs on while the tab is closed. */
export function secondsLeft(session: SessionClock, now: Date): number | undefined {
	if (!session.deadline) return undefined;
	return Math.max(0, Math.floor((Date.parse(session.deadline) - now.getTime()) / 1000));
}

export function isExpired(session: SessionClock, now: Date): boolean {
	return secondsLeft(session, now) === 0 && !session.submittedAt;
}

export function deadlineFrom(start: Date, minutes: number): string {
	return new Date(start.getTime() + minutes * 60_000).toISOString();
}

/** mm:ss or h:mm:ss, for the countdown. */
export function formatClock(seconds: number): string {
	const h = Math.floor(seconds / 3600);
	const m = Math.floor((seconds % 3600) / 60);
	const s = seconds % 60;
	const two = (x: number) => String(x).padStart(2, '0');
	return h ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/** Minutes-left moments announced to screen readers during a timed exam. */
export const TIMER_MILESTONES = [30 * 60, 10 * 60, 5 * 60, 60];

export function milestoneCrossed(before: number, after: number): number | undefined {
	return TIMER_MILESTONES.find((m) => before > m && after <= m);
}

/** Which questions are still unanswered, and which are flagged, for the review screen. */
export function reviewSummary(
	questionIds: readonly string[],
	answers: Readonly<Record<string, RecordedAnswer>>,
	flags: readonly string[]
) {
	return {
		unanswered: questionIds.flatMap((id, i) => (answers[id] ? [] : [i])),
		flagged: questionIds.flatMap((id, i) => (flags.includes(id) ? [i] : []))
	};
}
