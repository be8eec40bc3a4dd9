import { describe, expect, it } from 'vitest';
import type { CallScenario } from '$lib/content/schema';
import { checkAccountNote, mentionsAmount, mentionsDate } from './account-note.ts';
import { replay, type CallStep } from './conversation.ts';
import { checkDial, clock, type LoggedCall } from './dialer.ts';
import { evaluateRun } from './evaluate.ts';
import { localInputValue, localParts, zonedToInstant, offsetMinutes } from './local-time.ts';
import { checkPhrases } from './phrases.ts';
import { addMonths, checkOffer } from './plan-offer.ts';
import { callScenario } from '$lib/test-factories';

const NY = 'America/New_York';

describe('local time at the debtor', () => {
	it('follows daylight saving: 2026-03-08 springs forward in New York', () => {
		expect(localParts(new Date('2026-03-08T06:30:00Z'), NY).hour).toBe(1); // EST, UTC-5
		expect(localParts(new Date('2026-03-08T07:30:00Z'), NY).hour).toBe(3); // EDT, UTC-4
		expect(offsetMinutes(new Date('2026-03-09T12:00:00Z'), NY)).toBe(-240);
	});

	it('falls back on 2026-11-01, and Phoenix never changes', () => {
		expect(localParts(new Date('2026-11-01T05:30:00Z'), NY).hour).toBe(1);
		expect(localParts(new Date('2026-11-01T06:30:00Z'), NY).hour).toBe(1);
		expect(offsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/Phoenix')).toBe(-420);
		expect(offsetMinutes(new Date('2026-01-01T12:00:00Z'), 'America/Phoenix')).toBe(-420);
	});

	it('turns a local time typed in the dialer into the right instant on both sides of a change', () => {
		expect(zonedToInstant('2026-03-07T08:00', NY).toISOString()).toBe('2026-03-07T13:00:00.000Z');
		expect(zonedToInstant('2026-03-09T08:00', NY).toISOString()).toBe('2026-03-09T12:00:00.000Z');
		expect(zonedToInstant('2026-11-02T08:00', 'America/Los_Angeles').toISOString()).toBe(
			'2026-11-02T16:00:00.000Z'
		);
		// 2:30 a.m. does not exist on the spring-forward day; clocks show 3:30.
		const skipped = zonedToInstant('2026-03-08T02:30', NY);
		expect(localInputValue(skipped, NY)).toBe('2026-03-08T03:30');
		expect(() => zonedToInstant('tomorrow', NY)).toThrow(/not a date and time/);
	});
});

describe('the dialer', () => {
	const at = (local: string, tz = NY) => zonedToInstant(local, tz);

	it('allows 8:00 a.m. to 9:00 p.m. inclusive at the debtor, not the collector', () => {
		expect(checkDial(at('2026-03-09T07:59'), NY, []).withinHours).toBe(false);
		expect(checkDial(at('2026-03-09T08:00'), NY, []).withinHours).toBe(true);
		expect(checkDial(at('2026-03-09T21:00'), NY, []).withinHours).toBe(true);
		expect(checkDial(at('2026-03-09T21:01'), NY, []).withinHours).toBe(false);
		// 10:30 in New York is 7:30 in Los Angeles: too early there.
		const check = checkDial(new Date('2026-03-09T14:30:00Z'), 'America/Los_Angeles', []);
		expect(check.withinHours).toBe(false);
		expect(check.problems[0]?.message).toContain('7:30 a.m.');
		expect(check.problems[0]?.rule).toBe('fdcpa-1692c-a1-time');
	});

	it('right after the spring-forward change, 8:30 a.m. EDT is inside the window', () => {
		expect(checkDial(new Date('2026-03-08T12:30:00Z'), NY, []).withinHours).toBe(true);
		expect(checkDial(new Date('2026-03-08T11:30:00Z'), NY, []).withinHours).toBe(false);
	});

	const attempts = (days: string[], result: LoggedCall['result'] = 'no-answer'): LoggedCall[] =>
		days.map((d) => ({ at: zonedToInstant(`${d}T10:00`, NY).toISOString(), result }));

	it('flags the eighth attempt in seven consecutive days', () => {
		const log = attempts(
			['03-03', '03-04', '03-05', '03-06', '03-07', '03-08', '03-09'].map((d) => `2026-${d}`)
		);
		const eighth = checkDial(at('2026-03-09T15:00'), NY, log);
		expect(eighth.attemptsInSevenDays).toBe(7);
		expect(eighth.overFrequency).toBe(true);
		expect(eighth.problems[0]?.rule).toBe('regf-1006-14-b2-frequency');
		// The next day the 03-03 attempt has left the window.
		expect(checkDial(at('2026-03-10T15:00'), NY, log).overFrequency).toBe(false);
	});

	it('does not count busy signals, or attempts after the moment of dialling', () => {
		const log = [
			...attempts([
				'2026-03-03',
				'2026-03-04',
				'2026-03-05',
				'2026-03-06',
				'2026-03-07',
				'2026-03-08'
			]),
			...attempts(['2026-03-09'], 'busy'),
			{ at: zonedToInstant('2026-03-09T18:00', NY).toISOString(), result: 'voicemail' as const }
		];
		const check = checkDial(at('2026-03-09T15:00'), NY, log);
		expect(check.attemptsInSevenDays).toBe(6);
		expect(check.overFrequency).toBe(false);
	});

	it('counts days in the debtor’s local dates, not UTC dates', () => {
		// 11:30 p.m. in Honolulu on 03-02 is already 03-03 in UTC.
		const hi = 'Pacific/Honolulu';
		const log: LoggedCall[] = [
			'2026-03-02T20:30',
			'2026-03-03T20:30',
			'2026-03-04T20:30',
			'2026-03-05T20:30',
			'2026-03-06T20:30',
			'2026-03-07T20:30',
			'2026-03-02T21:00'
		].map((l) => ({ at: zonedToInstant(l, hi).toISOString(), result: 'no-answer' }));
		expect(checkDial(zonedToInstant('2026-03-08T10:00', hi), hi, log).attemptsInSevenDays).toBe(7);
		expect(checkDial(zonedToInstant('2026-03-09T10:00', hi), hi, log).attemptsInSevenDays).toBe(5);
	});

	it('treats the conversation day as day 1 of seven', () => {
		const log = attempts(['2026-03-02'], 'conversation');
		expect(checkDial(at('2026-03-08T12:00'), NY, log).overFrequency).toBe(true); // day 7
		expect(checkDial(at('2026-03-09T12:00'), NY, log).overFrequency).toBe(false); // day 8
		const sameDay = checkDial(at('2026-03-02T16:00'), NY, log);
		expect(sameDay.conversationOn).toBe('2026-03-02');
		expect(sameDay.problems.map((p) => p.rule)).toEqual(['regf-1006-14-b2-frequency']);
	});

	it('writes clock times for people', () => {
		expect(clock(0)).toBe('12:00 a.m.');
		expect(clock(8 * 60 + 5)).toBe('8:05 a.m.');
		expect(clock(21 * 60)).toBe('9:00 p.m.');
	});
});

describe('phrase rules for typed disclosures', () => {
	const requires = [
		{ label: 'Say you are a debt collector', anyOf: ['debt collector', 'collect a debt'] },
		{ label: 'Say how information will be used', anyOf: ['information obtained will be used'] }
	];

	it('accepts the disclosure in any case and punctuation', () => {
		const check = checkPhrases(
			'This is Jordan with Apex. This is an attempt to COLLECT A DEBT, and any information obtained will be used for that purpose.',
			requires
		);
		expect(check.passed).toBe(true);
	});

	it('says which part is missing, and does not match inside other words', () => {
		const check = checkPhrases(
			'Hi, I am a debt collectors assistant calling about your bill.',
			requires
		);
		expect(check.passed).toBe(false);
		expect(check.requirements.map((r) => r.met)).toEqual([false, false]);
	});
});

describe('payment offers', () => {
	const limits = { maxInstallments: 12, minSettlementPercent: 60, firstPaymentWithinDays: 30 };
	const can = { monthlyBudget: 150, lumpSum: 900 };

	it('splits a balance into instalments to the cent, the last one absorbing the rounding', () => {
		const check = checkOffer(
			{ kind: 'installments', installments: 12, firstPaymentOn: '2026-03-15' },
			1000,
			limits,
			can,
			'2026-03-09',
			'Marcus'
		);
		expect(check.figures.perPayment).toBe(83.34);
		expect(check.figures.lastPayment).toBe(83.26);
		expect(check.figures.lastPaymentOn).toBe('2027-02-15');
		expect(check.accepted).toBe(true);
	});

	it('refuses a plan above the budget, too long, or starting too late, saying why', () => {
		const check = checkOffer(
			{ kind: 'installments', installments: 6, firstPaymentOn: '2026-04-20' },
			1000,
			limits,
			can,
			'2026-03-09',
			'Marcus'
		);
		expect(check.accepted).toBe(false);
		const failed = check.checks.filter((c) => !c.ok).map((c) => c.detail);
		expect(failed).toEqual([
			'The first payment is 42 days after the call; the creditor allows at most 30 (by 2026-04-08).',
			'$166.67 a month against the $150.00 Marcus said they can pay.'
		]);
		const tooLong = checkOffer(
			{ kind: 'installments', installments: 20, firstPaymentOn: '2026-03-10' },
			1000,
			limits,
			can,
			'2026-03-09',
			'Marcus'
		);
		expect(tooLong.checks.find((c) => !c.ok)?.label).toBe('Number of instalments');
	});

	it('checks a settlement against the authorised percentage and the lump sum available', () => {
		const ok = checkOffer(
			{ kind: 'settlement', amount: 650, firstPaymentOn: '2026-03-09' },
			1000,
			limits,
			can,
			'2026-03-09',
			'M'
		);
		expect(ok.accepted).toBe(true);
		expect(ok.figures.percentOfBalance).toBe(65);
		const low = checkOffer(
			{ kind: 'settlement', amount: 500, firstPaymentOn: '2026-03-09' },
			1000,
			limits,
			can,
			'2026-03-09',
			'M'
		);
		expect(low.accepted).toBe(false);
		const none = checkOffer(
			{ kind: 'settlement', amount: 800, firstPaymentOn: '2026-03-09' },
			1000,
			{ ...limits, minSettlementPercent: undefined },
			can,
			'2026-03-09',
			'M'
		);
		expect(none.checks[1]?.detail).toBe(
			'The creditor has not authorised a settlement on this account.'
		);
		const full = checkOffer(
			{ kind: 'full', firstPaymentOn: '2026-03-09' },
			1000,
			limits,
			can,
			'2026-03-09',
			'M'
		);
		expect(full.accepted).toBe(false);
	});

	it('adds months without running past the end of a short month', () => {
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2026-12-15', 2)).toBe('2027-02-15');
	});
});

describe('the account note', () => {
	it('finds dates and amounts however they are written', () => {
		for (const n of [
			'2026-03-09',
			'3/9/2026',
			'03/09/26',
			'on 3/9',
			'Mar 9',
			'March 9th',
			'9 March'
		])
			expect(mentionsDate(`Called ${n}.`, '2026-03-09'), n).toBe(true);
		expect(mentionsDate('Called 3/19.', '2026-03-09')).toBe(false);
		expect(mentionsAmount('PTP $1,250.50 on 4/1', 1250.5)).toBe(true);
		expect(mentionsAmount('PTP $125 on 4/1', 1250.5)).toBe(false);
	});

	it('lists the missing elements with hints', () => {
		const expectations = {
			callDate: '2026-03-09',
			personName: 'Marcus Bell',
			role: 'consumer' as const,
			outcome: 'payment-plan' as const,
			promise: { amount: 83.34, date: '2026-03-15' }
		};
		const full = checkAccountNote(
			'3/9/2026 spoke w/ Marcus Bell (RPC). Agreed plan: 12 x $83.34 monthly, first payment 3/15/2026. Mini-Miranda given.',
			expectations
		);
		expect(full.score).toBe(100);
		const thin = checkAccountNote('Talked to Marcus, he will pay.', expectations);
		expect(thin.elements.filter((e) => !e.met).map((e) => e.label)).toEqual([
			'Date of the call',
			'Outcome',
			'Amount promised',
			'Date of the promised payment'
		]);
		expect(thin.score).toBe(20);
	});
});

// Marcus Bell: a choice, a typed disclosure and a payment-plan offer (see the factory).
const scenario = callScenario();

describe('a whole call', () => {
	const steps: CallStep[] = [
		{ node: 'open', at: '', kind: 'choice', choice: 0 },
		{ node: 'mm', at: '', kind: 'input', text: 'I am a debt collector.' },
		{
			node: 'offer',
			at: '',
			kind: 'plan',
			offer: { kind: 'installments', installments: 6, firstPaymentOn: '2026-03-20' }
		}
	];

	it('replays the steps to the end and scores a compliant call', () => {
		const run = evaluateRun(scenario, {
			dialedAt: scenario.dialAt,
			steps,
			accountNote: '3/9/2026 Marcus Bell RPC, plan 6 x $100.00 monthly from 3/20/2026.'
		});
		expect(run.conversation.ended).toBe(true);
		expect(run.score.outcome).toBe('payment-plan');
		expect(run.score.categories).toEqual({
			compliance: 100,
			outcome: 90,
			professionalism: 100,
			documentation: 100
		});
		expect(run.score.total).toBe(98);
		expect(run.score.passed).toBe(true);
	});

	it('fails a call with a critical violation however good the rest is', () => {
		const bad = [{ ...steps[0]!, choice: 1 } as CallStep, ...steps.slice(1)];
		const run = evaluateRun(scenario, { dialedAt: scenario.dialAt, steps: bad, accountNote: '' });
		expect(run.score.passed).toBe(false);
		expect(run.score.violations).toEqual([
			{
				rule: 'fdcpa-1692c-b-third-parties',
				critical: true,
				decision: 0,
				what: 'Marcus owes us money.'
			}
		]);
		expect(run.score.categories.professionalism).toBe(0);
	});

	it('fails a call dialled outside the window at the debtor', () => {
		const run = evaluateRun(scenario, { dialedAt: '2026-03-10T01:30:00Z', steps });
		expect(run.score.violations[0]).toMatchObject({
			rule: 'fdcpa-1692c-a1-time',
			critical: true,
			decision: -1
		});
		expect(run.score.passed).toBe(false);
	});

	it('sends an unaffordable offer down the declined branch', () => {
		const tooHigh: CallStep = {
			node: 'offer',
			at: '',
			kind: 'plan',
			offer: { kind: 'installments', installments: 3, firstPaymentOn: '2026-03-20' }
		};
		const conversation = replay(scenario, [...steps.slice(0, 2), tooHigh], '2026-03-09');
		expect(conversation.current).toBe('no');
		expect(conversation.decisions[2]?.offerCheck?.accepted).toBe(false);
	});

	it('stops replaying at a step that no longer fits the scenario', () => {
		const conversation = replay(
			scenario,
			[{ node: 'open', at: '', kind: 'choice', choice: 7 }],
			'2026-03-09'
		);
		expect(conversation.decisions).toEqual([]);
		expect(conversation.current).toBe('open');
		expect(conversation.ended).toBe(false);
	});
});

describe('the other party reacts to how the call has gone', () => {
	const reactive: CallScenario = {
		...scenario,
		nodes: {
			...scenario.nodes,
			mm: {
				...scenario.nodes.mm!,
				speaker: 'Ana (his sister)',
				variants: [
					{ when: { violated: 'fdcpa-1692c-b-third-parties' }, line: 'Why would you say that?' },
					{ when: { rapportAtLeast: 1 }, line: 'Speaking, how can I help?' }
				]
			}
		}
	};
	const first = (choice: number): CallStep[] => [{ node: 'open', at: '', kind: 'choice', choice }];

	it('says the line the call so far led to, first matching variant first', () => {
		const polite = replay(reactive, first(0), '2026-03-09');
		expect(polite.currentLine).toBe('Speaking, how can I help?');
		expect(polite.currentSpeaker).toBe('Ana (his sister)');
		const rude = replay(reactive, first(1), '2026-03-09');
		expect(rude.currentLine).toBe('Why would you say that?');
	});

	it('keeps the variant in the transcript once the learner has answered it', () => {
		const steps: CallStep[] = [...first(1), { node: 'mm', at: '', kind: 'input', text: 'x' }];
		const call = replay(reactive, steps, '2026-03-09');
		expect(call.decisions[1]?.line).toBe('Why would you say that?');
		expect(call.decisions[0]?.speaker).toBe('Marcus Bell');
	});

	it('falls back to the plain line when no variant holds', () => {
		const plain = {
			...reactive,
			nodes: {
				...reactive.nodes,
				mm: { ...reactive.nodes.mm!, variants: [{ when: { rapportBelow: -5 }, line: 'Go away.' }] }
			}
		};
		expect(replay(plain, first(0), '2026-03-09').currentLine).toBe('Speaking.');
	});
});
