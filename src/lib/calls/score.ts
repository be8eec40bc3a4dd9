/**
 * The call score in two parts: any critical violation fails the call outright (a hard gate); on
 * top of that, a weighted rubric of compliance, outcome, professionalism and documentation.
 */
import type { CallScenario } from '$lib/content/schema';
import type { Outcome, NoteCheck } from './account-note.ts';
import type { Conversation } from './conversation.ts';
import type { DialerCheck } from './dialer.ts';

export const CATEGORIES = ['compliance', 'outcome', 'professionalism', 'documentation'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_WEIGHTS: Record<Category, number> = {
	compliance: 40,
	outcome: 25,
	professionalism: 15,
	documentation: 20
};

/** The rubric total needed to pass, when there is no critical violation. */
export const PASS_SCORE = 70;

/** How good each kind of ending is when the scenario does not say. */
export const DEFAULT_OUTCOME_SCORES: Record<Outcome, number> = {
	'payment-in-full': 100,
	settlement: 90,
	'payment-plan': 90,
	'promise-to-pay': 80,
	'dispute-logged': 85,
	'cease-honoured': 85,
	'referred-to-attorney': 85,
	'wrong-party': 85,
	'callback-scheduled': 60,
	'call-ended': 40
};

export interface Violation {
	rule: string;
	critical: boolean;
	/** Index of the decision, or -1 for the dialer. */
	decision: number;
	what: string;
}

export interface CallScore {
	categories: Record<Category, number>;
	total: number;
	passed: boolean;
	violations: Violation[];
	/** Compliance moments handled correctly, with their rules (for the debrief). */
	compliantMoments: number;
	outcome: Outcome;
}

export function scoreCall(
	scenario: CallScenario,
	conversation: Conversation,
	dialer: DialerCheck,
	note: NoteCheck
): CallScore {
	const violations: Violation[] = dialer.problems.map((p) => ({
		rule: p.rule,
		critical: true,
		decision: -1,
		what: p.message
	}));
	// The dialer's checks: time of day, federal frequency, and the state's limit where there is one.
	let moments = dialer.checks;
	let ok = dialer.checks - new Set(dialer.problems.map((p) => p.rule)).size;
	conversation.decisions.forEach((d, i) => {
		for (const mark of d.compliance) {
			moments++;
			if (mark.verdict === 'ok') ok++;
			else violations.push({ rule: mark.rule, critical: mark.critical, decision: i, what: d.said });
		}
	});

	const end = scenario.nodes[conversation.current];
	const outcome = (end?.outcome ?? 'call-ended') as Outcome;
	const outcomeScore = end?.outcomeScore ?? DEFAULT_OUTCOME_SCORES[outcome];

	let best = 0;
	let got = 0;
	for (const d of conversation.decisions) {
		const [low, high] = d.rapportRange;
		best += high - low;
		got += d.rapport - low;
	}

	const categories: Record<Category, number> = {
		compliance: Math.round((ok / moments) * 100),
		outcome: outcomeScore,
		professionalism: best === 0 ? 100 : Math.round((got / best) * 100),
		documentation: note.score
	};
	const total = Math.round(
		CATEGORIES.reduce((sum, c) => sum + categories[c] * CATEGORY_WEIGHTS[c], 0) / 100
	);
	const critical = violations.some((v) => v.critical);
	return {
		categories,
		total,
		passed: !critical && total >= PASS_SCORE,
		violations,
		compliantMoments: ok,
		outcome
	};
}
