/**
 * Near-duplicate question stems: two stems whose meaningful words mostly coincide are the same
 * question reworded, which would let a learner pass on recognition rather than understanding.
 */

const STOP = new Set(
	'a an the and or of to in on at for with by from is are was were be been it its this that these those you your yours he she they them his her their we our i me my what which who whom whose when where why how do does did not no can could should would may might must will shall has have had as if than then so but about into over after before under up down out off any each all some'.split(
		' '
	)
);

export function stemWords(stem: string): Set<string> {
	return new Set(
		stem
			.toLowerCase()
			.replace(/[\u2018\u2019']/g, '')
			.split(/[^a-z0-9$.%]+/)
			.map((w) => w.replace(/^[.]+|[.]+$/g, ''))
			.filter((w) => w && !STOP.has(w))
	);
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
	if (!a.size || !b.size) return 0;
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / (a.size + b.size - shared);
}

/** Above this share of shared meaningful words, two stems count as the same question. */
export const NEAR_DUPLICATE = 0.6;

/** Pairs of items whose stems are (nearly) the same; the later item of each pair is reported. */
export function nearDuplicates<T extends { id: string; stem: string }>(
	items: readonly T[],
	threshold = NEAR_DUPLICATE
): { item: T; like: T; score: number }[] {
	const words = items.map((q) => stemWords(q.stem));
	const found: { item: T; like: T; score: number }[] = [];
	for (let i = 1; i < items.length; i++)
		for (let j = 0; j < i; j++) {
			const score = similarity(words[i]!, words[j]!);
			if (score >= threshold) {
				found.push({ item: items[i]!, like: items[j]!, score });
				break;
			}
		}
	return found;
}
