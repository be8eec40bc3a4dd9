import { describe, expect, it } from 'vitest';
import { domainRecord, recordOf } from '$lib/exam/history';
import { countedRecord } from '$lib/exam/readiness';
import { seededRandom } from '$lib/exam/random';
import { activeDaysOf } from './streak';
import { extendLogFacts, logFacts, NO_LOG_FACTS, type LoggedAnswer } from './log-facts';

const domainOf = (id: string) => (id.startsWith('x') ? undefined : id.split(':')[0]);

/** A log with many answers at the same minute, and questions of no known domain. */
function randomLog(seed: number, length: number): LoggedAnswer[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
	return Array.from({ length }, () => ({
		questionId: `${pick(['tcpa', 'fcra', 'x'])}:${Math.floor(random() * 40)}`,
		correct: random() < 0.6,
		reviewedAt: new Date(
			Date.UTC(2026, 2, 1 + Math.floor(random() * 30), pick([3, 15]))
		).toISOString(),
		context: pick(['exam', 'tutor', 'review', 'custom', 'cram'] as const)
	}));
}

/** The rule spelled out: sort the log newest first (a stable sort), keep 60 per domain. */
function reference(log: readonly LoggedAnswer[]) {
	const newestFirst = [...log].sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt));
	const lists = new Map<string, boolean[]>();
	for (const e of newestFirst) {
		const domain = domainOf(e.questionId);
		if (!domain) continue;
		const list = lists.get(domain) ?? [];
		if (list.length < 60) list.push(e.correct);
		lists.set(domain, list);
	}
	return Object.fromEntries(
		[...lists].map(([d, list]) => [d, { correct: list.filter(Boolean).length, total: list.length }])
	);
}

describe('log facts', () => {
	it('agree with the records, days and last answer read from the whole log', () => {
		for (const seed of [1, 2, 3]) {
			const log = randomLog(seed, 400);
			const facts = logFacts(log, domainOf);
			expect(recordOf(facts.recent)).toEqual(reference(log));
			expect(recordOf(facts.counted)).toEqual(reference(log.filter((e) => e.context !== 'cram')));
			expect(domainRecord(log, domainOf)).toEqual(reference(log));
			expect(countedRecord(log, domainOf)).toEqual(recordOf(facts.counted));
			expect(facts.seen.sort()).toEqual([...new Set(log.map((e) => e.questionId))].sort());
			expect(facts.days).toEqual(activeDaysOf(log.map((e) => e.reviewedAt)));
			expect(facts.last).toBe(
				log
					.map((e) => e.reviewedAt)
					.sort()
					.at(-1)
			);
		}
	});

	it('extended a piece at a time, equal the facts of the whole log', () => {
		const log = randomLog(9, 600);
		const random = seededRandom(4);
		let facts = NO_LOG_FACTS;
		for (let from = 0; from < log.length;) {
			const to = Math.min(log.length, from + 1 + Math.floor(random() * 80));
			const rows = log.slice(from, to).map((row, i) => ({ ...row, place: from + i }));
			facts = extendLogFacts(facts, rows, domainOf);
			from = to;
		}
		expect(facts).toEqual(logFacts(log, domainOf));
		expect(NO_LOG_FACTS).toEqual({ recent: {}, counted: {}, seen: [], days: [] });
	});
});
