/**
 * Checks a typed line (such as the mini-Miranda disclosure) against the scenario's phrase rules.
 *
 * A phrase is matched word for word, ignoring case and punctuation. Written with `...` it may have
 * a few other words in between ("information ... used for that purpose" matches "information you
 * give us will be used for that purpose"). A phrase does not count when it is negated: when "not",
 * "never", "no", "no longer", a word ending in "n't" or the like comes shortly before it in the same
 * clause, or between its parts ("I'm not a debt collector", "information will not be used...").
 */

export interface PhraseRequirement {
	label: string;
	anyOf: string[];
}

export interface PhraseCheck {
	passed: boolean;
	requirements: { label: string; met: boolean; matched?: string }[];
}

/** How many words before a phrase a negation still reaches it. */
export const NEGATION_REACH = 4;
/** How many other words `...` in a phrase allows. */
export const MAX_GAP = 6;

const NEGATIONS = new Set([
	'not',
	'never',
	'no',
	'nor',
	'neither',
	'without',
	'cannot',
	'nothing',
	'none',
	'nobody'
]);

export function isNegation(word: string): boolean {
	return NEGATIONS.has(word) || word.endsWith("n't");
}

/** Lower case, curly quotes made straight, punctuation and runs of spaces collapsed. */
export function normalise(text: string): string {
	return text
		.toLowerCase()
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[^a-z0-9' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The text cut into clauses (a negation does not reach across a comma or a full stop), as words.
 * A point or comma inside a figure ($1,260.00) does not cut.
 */
export function clauses(text: string): string[][] {
	return text
		.split(/(?<!\d)[.,](?!\d)|[.,](?=\s|$)|[;:!?()\u2014\u2013]+|\s-\s|\bbut\b/i)
		.map((c) => normalise(c).split(' ').filter(Boolean))
		.filter((c) => c.length);
}

/** A phrase as its parts: each part a run of words, the parts joined by `...` gaps. */
function parts(phrase: string): string[][] {
	return phrase
		.split(/\.{3}|\u2026/)
		.map((p) => normalise(p).split(' ').filter(Boolean))
		.filter((p) => p.length);
}

const runAt = (words: readonly string[], run: readonly string[], at: number) =>
	run.every((w, i) => words[at + i] === w);

/**
 * Where the phrase occurs in the words without a negation before it or inside a gap: the index of
 * its first and one past its last word, or undefined.
 */
export function findPhrase(
	words: readonly string[],
	phrase: string
): { start: number; end: number } | undefined {
	const runs = parts(phrase);
	if (!runs.length) return undefined;
	for (let start = 0; start < words.length; start++) {
		if (!runAt(words, runs[0]!, start)) continue;
		const before = words.slice(Math.max(0, start - NEGATION_REACH), start);
		if (before.some(isNegation)) continue;
		const end = matchRest(words, runs, 1, start + runs[0]!.length);
		if (end !== undefined) return { start, end };
	}
	return undefined;
}

function matchRest(
	words: readonly string[],
	runs: readonly string[][],
	next: number,
	from: number
): number | undefined {
	if (next === runs.length) return from;
	const run = runs[next]!;
	for (let gap = 0; gap <= MAX_GAP; gap++) {
		const at = from + gap;
		if (at + run.length > words.length) return undefined;
		if (isNegation(words[at - 1] ?? '') && gap > 0) return undefined;
		if (runAt(words, run, at)) {
			const end = matchRest(words, runs, next + 1, at + run.length);
			if (end !== undefined) return end;
		}
	}
	return undefined;
}

/** The first clause of the text in which the phrase is said and not negated, or undefined. */
export function saysPhrase(text: string, phrase: string): string | undefined {
	for (const words of clauses(text)) {
		const found = findPhrase(words, phrase);
		if (found) return words.slice(found.start, found.end).join(' ');
	}
	return undefined;
}

export function checkPhrases(text: string, requires: readonly PhraseRequirement[]): PhraseCheck {
	const requirements = requires.map((r) => {
		let matched: string | undefined;
		for (const phrase of r.anyOf) {
			matched = saysPhrase(text, phrase);
			if (matched) break;
		}
		return { label: r.label, met: matched !== undefined, matched };
	});
	return { passed: requirements.every((r) => r.met), requirements };
}
