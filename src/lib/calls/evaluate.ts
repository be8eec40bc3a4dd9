/** Everything known about one call run, derived from what was stored: dial time, steps, note. */
import type { CallScenario } from '$lib/content/schema';
import {
	checkAccountNote,
	type NoteCheck,
	type NoteExpectations,
	type Outcome
} from './account-note.ts';
import { replay, type CallStep, type Conversation } from './conversation.ts';
import { checkDial, type DialerCheck } from './dialer.ts';
import { localDate } from './local-time.ts';
import { scoreCall, type CallScore } from './score.ts';

export interface RunInput {
	dialedAt: string;
	steps: readonly CallStep[];
	accountNote?: string;
}

export interface RunEvaluation {
	callDate: string;
	dialer: DialerCheck;
	conversation: Conversation;
	expectations: NoteExpectations;
	note: NoteCheck;
	score: CallScore;
}

export function noteExpectations(
	scenario: CallScenario,
	conversation: Conversation,
	callDate: string
): NoteExpectations {
	const agreed = conversation.decisions.findLast((d) => d.offerCheck?.accepted);
	return {
		callDate,
		personName: scenario.persona.name,
		role: scenario.persona.role,
		outcome: (scenario.nodes[conversation.current]?.outcome ?? 'call-ended') as Outcome,
		promise:
			agreed?.offerCheck && agreed.offer
				? { amount: agreed.offerCheck.figures.perPayment, date: agreed.offer.firstPaymentOn }
				: undefined
	};
}

export function evaluateRun(scenario: CallScenario, run: RunInput): RunEvaluation {
	const at = new Date(run.dialedAt);
	const callDate = localDate(at, scenario.persona.timeZone);
	const dialer = checkDial(at, scenario.persona.timeZone, scenario.callLog);
	const conversation = replay(scenario, run.steps, callDate);
	const expectations = noteExpectations(scenario, conversation, callDate);
	const note = checkAccountNote(run.accountNote ?? '', expectations);
	return {
		callDate,
		dialer,
		conversation,
		expectations,
		note,
		score: scoreCall(scenario, conversation, dialer, note)
	};
}
