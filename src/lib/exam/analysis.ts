import type { RecordedAnswer } from './types';

/** The letters options are shown with, by shown position. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'];

export type ItemStatus = 'right' | 'wrong' | 'unanswered';

/** One question of a submitted attempt, as the results list shows it. */
export interface AttemptItem {
	/** Position in the attempt, from 0. */
	index: number;
	questionId: string;
	status: ItemStatus;
	flagged: boolean;
	/** Seconds spent before answering (summed over the visits that set an answer); none when unanswered. */
	seconds?: number;
}

/** The parts of an exam session the analysis needs. */
export interface AttemptRecord {
	questionIds: readonly string[];
	answers: Readonly<Record<string, RecordedAnswer>>;
	flags: readonly string[];
}

/** Each question of an attempt: right, wrong or unanswered, flagged or not, and its time. */
export function attemptItems(
	session: AttemptRecord,
	answerOf: (questionId: string) => number | undefined
): AttemptItem[] {
	const flags = new Set(session.flags);
	return session.questionIds.map((questionId, index) => {
		const given = session.answers[questionId];
		const status: ItemStatus = !given
			? 'unanswered'
			: given.option === answerOf(questionId)
				? 'right'
				: 'wrong';
		return {
			index,
			questionId,
			status,
			flagged: flags.has(questionId),
			...(given ? { seconds: given.seconds } : {})
		};
	});
}

export type ResultFilter = 'all' | 'wrong' | 'flagged' | 'unanswered';
export const RESULT_FILTERS: readonly ResultFilter[] = ['all', 'wrong', 'flagged', 'unanswered'];

export function matchesFilter(item: AttemptItem, filter: ResultFilter): boolean {
	return filter === 'all' || (filter === 'flagged' ? item.flagged : item.status === filter);
}

export function filterCounts(items: readonly AttemptItem[]): Record<ResultFilter, number> {
	return Object.fromEntries(
		RESULT_FILTERS.map((f) => [f, items.filter((i) => matchesFilter(i, f)).length])
	) as Record<ResultFilter, number>;
}

/** What an empty filter says, in plain words. */
export const EMPTY_FILTER: Record<ResultFilter, string> = {
	all: 'This attempt has no questions.',
	wrong: 'No wrong answers in this attempt.',
	flagged: 'You flagged no questions in this attempt.',
	unanswered: 'You answered every question in this attempt.'
};

/** Average seconds per answered question, or undefined when nothing was answered. */
export function averageSeconds(items: readonly AttemptItem[]): number | undefined {
	const times = items.flatMap((i) => (i.seconds === undefined ? [] : [i.seconds]));
	return times.length ? times.reduce((a, b) => a + b, 0) / times.length : undefined;
}

/** The questions missed in an attempt (wrong or unanswered), in the order they were asked. */
export function missedIds(items: readonly AttemptItem[]): string[] {
	return items.filter((i) => i.status !== 'right').map((i) => i.questionId);
}

/** "45s", "1m 05s", or "—" when no time was recorded. */
export function formatSeconds(seconds: number | undefined): string {
	if (seconds === undefined) return '—';
	const s = Math.round(seconds);
	return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
}

/**
 * The letter the learner saw for each wrong option, in stored order: the order the explanation's
 * why-not bullets follow. `order[shown position] = stored index`.
 */
export function whyNotLetters(order: readonly number[], answer: number): string[] {
	return [...order]
		.sort((a, b) => a - b)
		.filter((stored) => stored !== answer)
		.map((stored) => OPTION_LETTERS[order.indexOf(stored)] ?? '?');
}

/**
 * Puts the shown option letter at the start of each why-not bullet of a rendered explanation: the
 * items of its last list, one per wrong option in stored order. An explanation whose last list
 * does not have one item per wrong option is returned unchanged rather than lettered wrongly.
 */
export function letterWhyNot(html: string, letters: readonly string[]): string {
	const start = html.lastIndexOf('<ul>');
	const end = html.indexOf('</ul>', start);
	if (start < 0 || end < 0) return html;
	const list = html.slice(start, end);
	// A nested list would make the top-level items unclear: leave such an explanation alone.
	if (list.indexOf('<ul', 1) >= 0 || list.includes('<ol')) return html;
	const count = list.split('<li>').length - 1;
	if (count !== letters.length || !count) return html;
	let k = 0;
	const lettered = list.replaceAll(
		'<li>',
		() => `<li><strong class="why-letter">${letters[k++]}.</strong> `
	);
	return html.slice(0, start) + lettered + html.slice(end);
}

/** A domain's score on each attempt, oldest first; undefined where an attempt had none of it. */
export interface DomainTrendRow {
	domain: string;
	percents: (number | undefined)[];
}

/** Per-domain scores across attempts, for the trend table; domains in the given order first. */
export function domainTrend(
	attempts: readonly { byDomain: Record<string, { correct: number; total: number }> }[],
	domainOrder: readonly string[] = []
): DomainTrendRow[] {
	const seen = new Set(attempts.flatMap((a) => Object.keys(a.byDomain)));
	const domains = [
		...domainOrder.filter((d) => seen.has(d)),
		...[...seen].filter((d) => !domainOrder.includes(d)).sort()
	];
	return domains.map((domain) => ({
		domain,
		percents: attempts.map((a) => {
			const r = a.byDomain[domain];
			return r && r.total ? (r.correct / r.total) * 100 : undefined;
		})
	}));
}
