/** Everything known about one call run, derived from what was stored: dial time, steps, note. */
import type { CallScenario } from '$lib/content/schema';
import { checkAccountNote, type CallFacts, type NoteCheck, type Outcome } from './account-note.ts';
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
	/** What the call established, for checking the note. */
	facts: CallFacts;
	note: NoteCheck;
	score: CallScore;
}

/**
 * What the call established, from the path the learner took: who was reached, how it ended, the
 * payment agreed (the last accepted offer), and whether the end or the account rules out further
 * contact (an attorney, a request to stop calling, a bankruptcy) or carries a dispute.
 */
export function callFacts(
	scenario: CallScenario,
	conversation: Conversation,
	callDate: string
): CallFacts {
	const agreed = conversation.decisions.findLast((d) => d.offerCheck?.accepted);
	const outcome = (scenario.nodes[conversation.current]?.outcome ?? 'call-ended') as Outcome;
	const status = scenario.account.status;
	const f = agreed?.offerCheck?.figures;
	const noContact: CallFacts['noContact'] =
		outcome === 'referred-to-attorney' || status === 'attorney-represented'
			? { reason: 'attorney', rules: ['fdcpa-1692c-a2-attorney'] }
			: outcome === 'cease-honoured' || status === 'cease-requested'
				? { reason: 'cease', rules: ['regf-1006-14-h-medium-opt-out', 'fdcpa-1692c-c-cease'] }
				: status === 'bankruptcy'
					? { reason: 'bankruptcy', rules: ['bankruptcy-362-a-stay'] }
					: undefined;
	return {
		callDate,
		personName: scenario.persona.name,
		role: outcome === 'wrong-party' ? 'third-party' : scenario.persona.role,
		outcome,
		balance: scenario.account.balance,
		promise:
			agreed?.offer && f
				? {
						kind: agreed.offer.kind,
						amount: f.perPayment,
						date: agreed.offer.firstPaymentOn,
						payments: f.payments,
						total: f.total,
						lastPayment: f.lastPayment
					}
				: undefined,
		disputed: outcome === 'dispute-logged' || status === 'disputed',
		noContact
	};
}

export function evaluateRun(scenario: CallScenario, run: RunInput): RunEvaluation {
	const at = new Date(run.dialedAt);
	const callDate = localDate(at, scenario.persona.timeZone);
	const dialer = checkDial(at, scenario.persona.timeZone, scenario.callLog, {
		state: scenario.persona.state,
		number: scenario.dialNumber
	});
	const conversation = replay(scenario, run.steps, callDate);
	const facts = callFacts(scenario, conversation, callDate);
	const note = checkAccountNote(run.accountNote ?? '', facts);
	return {
		callDate,
		dialer,
		conversation,
		facts,
		note,
		score: scoreCall(scenario, conversation, dialer, note)
	};
}
