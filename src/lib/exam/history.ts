/** Per-domain record from the answer log, for readiness: the most recent answers count. */
export function domainRecord(
	log: readonly { questionId: string; correct: boolean; reviewedAt: string }[],
	domainOf: (questionId: string) => string | undefined,
	recentPerDomain = 60
): Record<string, { correct: number; total: number }> {
	const byDomain = new Map<string, boolean[]>();
	// ISO times sort as plain strings; localeCompare would be many times slower on a long log.
	const newestFirst = [...log].sort((a, b) =>
		a.reviewedAt < b.reviewedAt ? 1 : a.reviewedAt > b.reviewedAt ? -1 : 0
	);
	for (const entry of newestFirst) {
		const domain = domainOf(entry.questionId);
		if (!domain) continue;
		const list = byDomain.get(domain) ?? [];
		if (list.length < recentPerDomain) list.push(entry.correct);
		byDomain.set(domain, list);
	}
	return Object.fromEntries(
		[...byDomain].map(([d, list]) => [
			d,
			{ correct: list.filter(Boolean).length, total: list.length }
		])
	);
}
