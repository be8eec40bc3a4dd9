/**
 * What a trainee's figures take from the answer log: the most recent answers in each domain, the
 * questions seen, the days active and the last answer. Small whatever the log's length, and
 * extendable: the facts of a log with rows added at its end are the old facts extended by those
 * rows, which is how the dashboard's digest keeps them without reading the log again.
 */
import { addRecent, type RecentAnswer } from '$lib/exam/history';
import { COUNTED, RECENT_PER_DOMAIN } from '$lib/exam/readiness';
import { dayOf } from '$lib/dates';
import type { ReviewLogEntry } from '$lib/progress/records';

/** An answer in the log, as the figures read it. */
export type LoggedAnswer = Pick<
	ReviewLogEntry,
	'questionId' | 'correct' | 'reviewedAt' | 'context'
>;

export interface LogFacts {
	/** Per domain, its most recent answers, newest first, at most RECENT_PER_DOMAIN. */
	recent: Record<string, RecentAnswer[]>;
	/** The same over the answers that count for readiness (not crammed). */
	counted: Record<string, RecentAnswer[]>;
	/** Every question answered at least once. */
	seen: string[];
	/** The learner's local days with an answer, in order. */
	days: string[];
	/** The time of the latest answer. */
	last?: string;
}

export const NO_LOG_FACTS: LogFacts = { recent: {}, counted: {}, seen: [], days: [] };

/** The facts of a whole log, its rows in the order they were written. */
export function logFacts(
	log: readonly LoggedAnswer[],
	domainOf: (questionId: string) => string | undefined
): LogFacts {
	return extendLogFacts(
		NO_LOG_FACTS,
		log.map((row, place) => ({ ...row, place })),
		domainOf
	);
}

/**
 * The facts with `rows` added at the end of the log. Each row's `place` is above every place the
 * facts already hold (a log id, or the row's index). Newest first means the later time; between
 * equal times, the earlier row, as a stable sort of the log by time puts them.
 */
export function extendLogFacts(
	facts: LogFacts,
	rows: readonly (LoggedAnswer & { place: number })[],
	domainOf: (questionId: string) => string | undefined
): LogFacts {
	if (!rows.length) return facts;
	const recent = copyLists(facts.recent);
	const counted = copyLists(facts.counted);
	addRecent(recent, rows, domainOf, RECENT_PER_DOMAIN);
	addRecent(
		counted,
		rows.filter((row) => COUNTED.has(row.context)),
		domainOf,
		RECENT_PER_DOMAIN
	);
	const seen = new Set(facts.seen);
	const days = new Set(facts.days);
	let last = facts.last;
	for (const row of rows) {
		seen.add(row.questionId);
		const day = dayOf(row.reviewedAt);
		if (day) days.add(day);
		if (last === undefined || row.reviewedAt > last) last = row.reviewedAt;
	}
	return { recent, counted, seen: [...seen], days: [...days].sort(), last };
}

function copyLists(lists: Readonly<Record<string, RecentAnswer[]>>) {
	return Object.fromEntries(Object.entries(lists).map(([d, list]) => [d, [...list]]));
}
