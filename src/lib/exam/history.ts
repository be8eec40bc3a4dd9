/** One recent answer: its time, its place in the log (later rows higher), and whether it was right. */
export type RecentAnswer = [reviewedAt: string, place: number, correct: boolean];

/**
 * Adds answers to per-domain lists of the most recent ones, newest first, keeping `keep` per domain.
 * Newest means the later time; between equal times, the earlier place, as a stable sort of the log
 * by time puts them. Lists may hold answers from earlier calls: the newest of all are kept.
 */
export function addRecent(
	lists: Record<string, RecentAnswer[]>,
	rows: readonly { questionId: string; correct: boolean; reviewedAt: string; place: number }[],
	domainOf: (questionId: string) => string | undefined,
	keep: number
): void {
	const touched = new Set<RecentAnswer[]>();
	for (const row of rows) {
		const domain = domainOf(row.questionId);
		if (!domain) continue;
		const list = (lists[domain] ??= []);
		list.push([row.reviewedAt, row.place, row.correct]);
		touched.add(list);
	}
	for (const list of touched) list.sort(newestFirst).splice(keep);
}

/** Per domain, right and answered among the answers listed. */
export function recordOf(
	lists: Readonly<Record<string, readonly RecentAnswer[]>>
): Record<string, { correct: number; total: number }> {
	return Object.fromEntries(
		Object.entries(lists).map(([domain, list]) => [
			domain,
			{ correct: list.filter(([, , correct]) => correct).length, total: list.length }
		])
	);
}

/** Per-domain record from the answer log, for readiness: the most recent answers count. */
export function domainRecord(
	log: readonly { questionId: string; correct: boolean; reviewedAt: string }[],
	domainOf: (questionId: string) => string | undefined,
	recentPerDomain = 60
): Record<string, { correct: number; total: number }> {
	const lists: Record<string, RecentAnswer[]> = {};
	addRecent(
		lists,
		log.map((row, place) => ({ ...row, place })),
		domainOf,
		recentPerDomain
	);
	return recordOf(lists);
}

// ISO times sort as plain strings; localeCompare would be many times slower on a long log.
function newestFirst([at1, place1]: RecentAnswer, [at2, place2]: RecentAnswer): number {
	return at1 < at2 ? 1 : at1 > at2 ? -1 : place1 - place2;
}
