/** Checks a typed line (such as the mini-Miranda disclosure) against the scenario's phrase rules. */

export interface PhraseRequirement {
	label: string;
	anyOf: string[];
}

export interface PhraseCheck {
	passed: boolean;
	requirements: { label: string; met: boolean; matched?: string }[];
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

export function checkPhrases(text: string, requires: readonly PhraseRequirement[]): PhraseCheck {
	const said = ` ${normalise(text)} `;
	const requirements = requires.map((r) => {
		const matched = r.anyOf.find((phrase) => said.includes(` ${normalise(phrase)} `));
		return { label: r.label, met: matched !== undefined, matched };
	});
	return { passed: requirements.every((r) => r.met), requirements };
}
