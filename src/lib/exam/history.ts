/** Per-domain record from the answer log, for readiness: the most recent answers count. */
export function domainRecord(
	log: readonly { questionId: string; correct: boolean; reviewedAt: string }[],
	domainOf: (questionId: string) => string | undefined,
	recentPerDomain = 60
): Record<string, { correct: number; total: number }> {
	const byDomain = new Map<string, boolean[]>();
	for (const entry of [...log].sort((a, b) => b.reviewedAt.localeCompare(a.reviewedAt))) {
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
