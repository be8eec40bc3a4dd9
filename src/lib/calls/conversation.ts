/**
 * Plays a scenario's graph forward from the learner's recorded steps. Everything the call screen
 * and the debrief show is derived here from the steps, so a saved run replays exactly.
 */
import type { CallNode, CallScenario } from '$lib/content/schema';
import { checkPhrases, type PhraseCheck } from './phrases.ts';
import { count } from '../format.ts';
import { checkOffer, money, type OfferCheck, type PlanOffer } from './plan-offer.ts';

/** What the learner did at one turn of the call. */
export type CallMove =
	| { kind: 'choice'; choice: number }
	| { kind: 'input'; text: string }
	| { kind: 'plan'; offer: PlanOffer };

export type CallStep = { node: string; at: string } & CallMove;

export interface ComplianceMark {
	rule: string;
	verdict: 'ok' | 'violation';
	critical: boolean;
}

export interface Decision {
	node: string;
	/** Who said the line: the persona, or another speaker the node names. */
	speaker: string;
	/** What the other party said before the learner's turn (the variant the call so far led to). */
	line: string;
	kind: CallStep['kind'];
	/** What the learner said or proposed, as shown in the transcript. */
	said: string;
	feedback: string;
	compliance: ComplianceMark[];
	rapport: number;
	/** The least and most professional choices available at this node. */
	rapportRange: [number, number];
	progress: number;
	phraseCheck?: PhraseCheck;
	offer?: PlanOffer;
	offerCheck?: OfferCheck;
	next: string;
}

export interface Conversation {
	decisions: Decision[];
	/** The node the call is at now: the next decision, or the end node. */
	current: string;
	/** Who speaks at the current node, and what they say given the call so far. */
	currentSpeaker: string;
	currentLine: string;
	ended: boolean;
}

export function describeOffer(offer: PlanOffer, check: OfferCheck): string {
	const f = check.figures;
	if (offer.kind === 'installments')
		return `${count(f.payments, 'monthly payment')} of ${money(f.perPayment)} starting ${offer.firstPaymentOn}`;
	if (offer.kind === 'settlement')
		return `Settle for ${money(f.total)} (${f.percentOfBalance}% of the balance) on ${offer.firstPaymentOn}`;
	return `Pay the full ${money(f.total)} on ${offer.firstPaymentOn}`;
}

export function isEnd(node: CallNode): boolean {
	return node.outcome !== undefined;
}

type LineCondition = NonNullable<CallNode['variants']>[number]['when'];

function holds(when: LineCondition, before: readonly Decision[]): boolean {
	const rapport = before.reduce((sum, d) => sum + d.rapport, 0);
	const visited = new Set(before.map((d) => d.node).concat(before.map((d) => d.next)));
	const broken = new Set(
		before.flatMap((d) => d.compliance.filter((c) => c.verdict === 'violation').map((c) => c.rule))
	);
	return (
		(when.rapportAtLeast === undefined || rapport >= when.rapportAtLeast) &&
		(when.rapportBelow === undefined || rapport < when.rapportBelow) &&
		(when.visited === undefined || when.visited.some((n) => visited.has(n))) &&
		(when.notVisited === undefined || !when.notVisited.some((n) => visited.has(n))) &&
		(when.violated === undefined || broken.has(when.violated))
	);
}

/** What the other party says at a node, given the decisions made before reaching it. */
export function lineAt(node: CallNode, before: readonly Decision[]): string {
	return node.variants?.find((variant) => holds(variant.when, before))?.line ?? node.line;
}

/** The learner's decision at a node, or an error message if the step does not fit the node. */
export function decide(
	scenario: CallScenario,
	step: CallStep,
	callDate: string,
	before: readonly Decision[] = []
): Decision | { error: string } {
	const node = scenario.nodes[step.node];
	if (!node) return { error: `This call has no step "${step.node}".` };
	const base = {
		node: step.node,
		speaker: node.speaker ?? scenario.persona.name,
		line: lineAt(node, before),
		kind: step.kind,
		rapport: 0,
		progress: 0
	};
	if (step.kind === 'choice' && node.choices) {
		const choice = node.choices[step.choice];
		if (!choice) return { error: 'That choice does not exist.' };
		const rapports = node.choices.map((c) => c.rapport);
		return {
			...base,
			said: choice.text,
			feedback: choice.feedback,
			compliance: choice.compliance.map((c) => ({ ...c, critical: c.critical ?? false })),
			rapport: choice.rapport,
			rapportRange: [Math.min(...rapports), Math.max(...rapports)],
			progress: choice.progress,
			next: choice.next
		};
	}
	if (step.kind === 'input' && node.input) {
		const phraseCheck = checkPhrases(step.text, node.input.requires);
		return {
			...base,
			said: step.text,
			feedback: node.input.feedback,
			compliance: [
				{ rule: node.input.rule, verdict: phraseCheck.passed ? 'ok' : 'violation', critical: false }
			],
			rapportRange: [0, 0],
			phraseCheck,
			next: node.input.next
		};
	}
	if (step.kind === 'plan' && node.plan) {
		const offerCheck = checkOffer(
			step.offer,
			scenario.account.balance,
			node.plan,
			scenario.persona,
			callDate,
			scenario.persona.name.split(' ')[0]!
		);
		return {
			...base,
			said: describeOffer(step.offer, offerCheck),
			feedback: node.plan.feedback,
			compliance: [],
			rapportRange: [0, 0],
			progress: offerCheck.accepted ? 2 : 0,
			offer: step.offer,
			offerCheck,
			next: offerCheck.accepted ? node.plan.accepted : node.plan.declined
		};
	}
	return { error: 'That answer does not fit this step of the call.' };
}

/** Replays the steps from the start; a step that no longer fits (content changed) stops the replay. */
export function replay(
	scenario: CallScenario,
	steps: readonly CallStep[],
	callDate: string
): Conversation {
	const decisions: Decision[] = [];
	let current = scenario.start;
	for (const step of steps) {
		if (step.node !== current) break;
		const decision = decide(scenario, step, callDate, decisions);
		if ('error' in decision) break;
		decisions.push(decision);
		current = decision.next;
	}
	const node = scenario.nodes[current];
	return {
		decisions,
		current,
		currentSpeaker: node?.speaker ?? scenario.persona.name,
		currentLine: node ? lineAt(node, decisions) : '',
		ended: node ? isEnd(node) : true
	};
}
