import { describe, expect, it } from 'vitest';
import type { CallScenario } from '$lib/content/schema';
import {
	checkAccountNote,
	findAmounts,
	findDates,
	mentionsAmount,
	mentionsDate,
	type CallFacts
} from './account-note.ts';
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

	it('does not count a wrong number, nor the other calls logged to that number', () => {
		const log: LoggedCall[] = [
			...attempts(['2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07']).map(
				(c) => ({ ...c, number: 'home' })
			),
			...attempts(['2026-03-08'], 'wrong-number').map((c) => ({ ...c, number: 'home' })),
			...attempts(['2026-03-08', '2026-03-09']).map((c) => ({ ...c, number: 'cell' }))
		];
		const check = checkDial(at('2026-03-09T15:00'), NY, log);
		expect(check.attemptsInSevenDays).toBe(2);
		expect(check.overFrequency).toBe(false);
		expect(check.log.filter((c) => c.excluded === 'wrong-number')).toHaveLength(6);
		// Without a number on the entries, only the wrong-number call itself is left out.
		const plain = log.map((c) => ({ ...c, number: undefined }));
		expect(checkDial(at('2026-03-09T15:00'), NY, plain).attemptsInSevenDays).toBe(7);
		// The same log, but the wrong number counted as an attempt, would have flagged the call.
		const counted = plain.map((c) => ({ ...c, result: 'no-answer' as const }));
		expect(checkDial(at('2026-03-09T15:00'), NY, counted).overFrequency).toBe(true);
	});

	it('starts the seven-day wait only after a conversation with the consumer', () => {
		const third = attempts(['2026-03-05'], 'conversation').map((c) => ({
			...c,
			with: 'third-party' as const
		}));
		const check = checkDial(at('2026-03-09T12:00'), NY, third);
		expect(check.conversationOn).toBeUndefined();
		expect(check.overFrequency).toBe(false);
		// The call still reached the number: it counts as an attempt.
		expect(check.attemptsInSevenDays).toBe(1);
		const consumer = attempts(['2026-03-05'], 'conversation');
		expect(checkDial(at('2026-03-09T12:00'), NY, consumer).overFrequency).toBe(true);
		const explicit = consumer.map((c) => ({ ...c, with: 'consumer' as const }));
		expect(checkDial(at('2026-03-09T12:00'), NY, explicit).conversationOn).toBe('2026-03-05');
	});

	it('leaves out calls placed with the consumer’s prior consent, for seven days from it', () => {
		// Friday: "call me back on Monday". Monday's call is covered by the consent.
		const log: LoggedCall[] = [
			{
				at: zonedToInstant('2026-04-03T10:00', NY).toISOString(),
				result: 'conversation',
				consented: true
			}
		];
		const monday = checkDial(at('2026-04-06T10:00'), NY, log);
		expect(monday.consent).toEqual({ on: '2026-04-03', until: '2026-04-09' });
		expect(monday.problems).toEqual([]);
		expect(monday.overFrequency).toBe(false);
		// The same conversation without consent: Monday is inside the seven-day wait.
		const noConsent = [{ ...log[0]!, consented: undefined }];
		expect(checkDial(at('2026-04-06T10:00'), NY, noConsent).overFrequency).toBe(true);

		// Unanswered calls under the consent do not count toward the seven either.
		const many: LoggedCall[] = [
			{
				at: zonedToInstant('2026-06-04T09:00', NY).toISOString(),
				result: 'no-answer',
				consented: true
			},
			...['2026-06-08', '2026-06-09', '2026-06-10'].flatMap((d) =>
				['T09:00', 'T12:00', 'T15:00'].map((t) => ({
					at: zonedToInstant(d + t, NY).toISOString(),
					result: 'no-answer' as const
				}))
			)
		];
		const inside = checkDial(at('2026-06-10T18:00'), NY, many);
		expect(inside.log.filter((c) => c.excluded === 'consent')).toHaveLength(9);
		expect(inside.attemptsInSevenDays).toBe(1);
		expect(inside.overFrequency).toBe(false);
		// On the eighth day the consent has lapsed: this call counts, but the nine placed under it
		// still do not (comment 14(b)(3)(i)-3.iii).
		const after = checkDial(at('2026-06-11T10:00'), NY, many);
		expect(after.consent).toBeUndefined();
		expect(after.log.filter((c) => c.excluded === 'consent')).toHaveLength(9);
		expect(after.attemptsInSevenDays).toBe(0);
		// Without the consent, the same log is far over the limit.
		const without = many.map((c) => ({ ...c, consented: undefined }));
		expect(checkDial(at('2026-06-10T18:00'), NY, without).attemptsInSevenDays).toBe(10);
		expect(checkDial(at('2026-06-10T18:00'), NY, without).overFrequency).toBe(true);
	});

	it('ends the consent at the next conversation with the consumer', () => {
		const log: LoggedCall[] = [
			{
				at: zonedToInstant('2026-04-03T10:00', NY).toISOString(),
				result: 'conversation',
				consented: true
			},
			{ at: zonedToInstant('2026-04-06T10:00', NY).toISOString(), result: 'conversation' }
		];
		const wednesday = checkDial(at('2026-04-08T10:00'), NY, log);
		expect(wednesday.consent).toBeUndefined();
		expect(wednesday.conversationOn).toBe('2026-04-06');
		expect(wednesday.overFrequency).toBe(true);
		// Monday's call itself was covered by the consent.
		expect(wednesday.log[1]?.excluded).toBe('consent');
		// A third party cannot give the consumer's consent.
		const third = [{ ...log[0]!, with: 'third-party' as const }];
		expect(checkDial(at('2026-04-06T10:00'), NY, third).consent).toBeUndefined();
	});

	it('leaves texts out of the federal call counts', () => {
		const texts: LoggedCall[] = ['03-03', '03-04', '03-05', '03-06', '03-07', '03-08', '03-09'].map(
			(d) => ({
				at: zonedToInstant(`2026-${d}T10:00`, NY).toISOString(),
				result: 'sent',
				channel: 'text'
			})
		);
		const check = checkDial(at('2026-03-09T15:00'), NY, texts);
		expect(check.attemptsInSevenDays).toBe(0);
		expect(check.log.every((c) => c.excluded === 'text')).toBe(true);
		expect(check.problems).toEqual([]);
		// Outside Massachusetts there is no state limit to check.
		expect(check.stateLimit).toBeUndefined();
		expect(check.checks).toBe(2);
	});

	describe('in Massachusetts (209 CMR 18.16(1)(d))', () => {
		const BOS = 'America/New_York';
		const contact = (local: string, extra: Partial<LoggedCall> = {}): LoggedCall => ({
			at: zonedToInstant(local, BOS).toISOString(),
			result: 'no-answer',
			...extra
		});
		const MA = { state: 'MA' };

		it('flags a third call or text to the home or cell phone in seven days', () => {
			const log = [
				contact('2026-11-30T10:00', { channel: 'text', result: 'sent' }),
				contact('2026-12-02T18:30', { result: 'voicemail', number: 'cell' })
			];
			const third = checkDial(at('2026-12-04T11:00', BOS), BOS, log, MA);
			expect(third.stateLimit).toMatchObject({ limit: 2, days: 7, numberKind: 'personal' });
			expect(third.stateLimit?.counted).toHaveLength(2);
			expect(third.overStateLimit).toBe(true);
			expect(third.checks).toBe(3);
			const problem = third.problems.find(
				(p) => p.rule === 'mass-209-cmr-18-16-collector-contacts'
			);
			expect(problem?.message).toContain('at most 2 calls or texts');
			expect(problem?.message).toContain('a text on 2026-11-30 and a voicemail on 2026-12-02');
			expect(problem?.message).toContain('this call would be the third');
			// Federally this is nowhere near the limit: the text is not a call, and one call is fine.
			expect(third.attemptsInSevenDays).toBe(1);
			expect(third.overFrequency).toBe(false);
			// Seven days after the text (day 8) it has left the window, and the call may go ahead.
			const later = checkDial(at('2026-12-07T11:00', BOS), BOS, log, MA);
			expect(later.stateLimit?.counted).toHaveLength(1);
			expect(later.overStateLimit).toBe(false);
			expect(later.problems).toEqual([]);
			// The same dial for a consumer in another state is not checked against the limit.
			expect(checkDial(at('2026-12-04T11:00', BOS), BOS, log, { state: 'NH' }).problems).toEqual(
				[]
			);
		});

		it('counts unanswered calls, but not busy signals, wrong numbers or consented calls', () => {
			const counted = checkDial(
				at('2026-12-04T11:00', BOS),
				BOS,
				[contact('2026-12-01T10:00'), contact('2026-12-02T10:00')],
				MA
			);
			expect(counted.overStateLimit).toBe(true);
			const left = checkDial(
				at('2026-12-04T11:00', BOS),
				BOS,
				[
					contact('2026-12-01T10:00', { result: 'busy' }),
					contact('2026-12-01T12:00', { result: 'wrong-number', number: 'home' }),
					contact('2026-12-02T10:00', { number: 'home' }),
					contact('2026-12-03T10:00')
				],
				MA
			);
			expect(left.log.map((c) => c.state)).toEqual([
				{ counts: false, why: 'not-connected' },
				{ counts: false, why: 'wrong-number' },
				{ counts: false, why: 'wrong-number' },
				{ counts: true }
			]);
			expect(left.overStateLimit).toBe(false);
			// "Call me back Friday": a call the consumer agreed to is outside the limit.
			const consented = checkDial(
				at('2026-12-04T11:00', BOS),
				BOS,
				[
					contact('2026-12-01T10:00'),
					contact('2026-12-02T10:00', { result: 'conversation', consented: true })
				],
				MA
			);
			expect(consented.consent).toBeDefined();
			expect(consented.overStateLimit).toBe(false);
			expect(consented.problems).toEqual([]);
		});

		it('keeps the work number to its own two in thirty days', () => {
			const log = [
				contact('2026-11-10T10:00', { number: 'work' }),
				contact('2026-11-25T10:00', { number: 'work' }),
				contact('2026-12-02T10:00', { number: 'cell' }),
				contact('2026-12-03T10:00', { number: 'cell', channel: 'text', result: 'sent' })
			];
			const work = checkDial(at('2026-12-04T11:00', BOS), BOS, log, { ...MA, number: 'work' });
			expect(work.stateLimit).toMatchObject({ days: 30, numberKind: 'other' });
			expect(work.stateLimit?.counted).toHaveLength(2);
			expect(work.overStateLimit).toBe(true);
			expect(work.problems.at(-1)?.message).toContain(
				"to a number other than the consumer's home or cell phone in each 30-day period"
			);
			// Thirty days after the first work call (day 31) it may be dialed again.
			expect(
				checkDial(at('2026-12-10T11:00', BOS), BOS, log, { ...MA, number: 'work' }).overStateLimit
			).toBe(false);
			// The cell has had two in seven days; the work calls do not count toward its limit.
			const cell = checkDial(at('2026-12-04T11:00', BOS), BOS, log, MA);
			expect(cell.stateLimit?.counted.map((c) => c.number)).toEqual(['cell', 'cell']);
			expect(cell.overStateLimit).toBe(true);
		});
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

	const initial = [
		{ label: 'Debt collector', anyOf: ['debt collector', 'debt collection agency'] },
		{ label: 'Attempt to collect', anyOf: ['collect a debt', 'collecting a debt'] },
		{
			label: 'Information used for that purpose',
			anyOf: ['information ... used for that purpose', 'information ... used to collect']
		}
	];

	it('does not take "collection agency" alone for the disclosure', () => {
		const check = checkPhrases('Hi, this is Jordan from a collection agency.', initial);
		expect(check.passed).toBe(false);
		expect(check.requirements.map((r) => r.met)).toEqual([false, false, false]);
		const full = checkPhrases(
			'This is Jordan from Apex, a debt collector. This is an attempt to collect a debt, and any information you give us will be used for that purpose.',
			initial
		);
		expect(full.requirements.map((r) => r.matched)).toEqual([
			'debt collector',
			'collect a debt',
			'information you give us will be used for that purpose'
		]);
		expect(full.passed).toBe(true);
	});

	it('does not count a negated phrase', () => {
		for (const said of [
			"I'm not a debt collector, I just need to talk about your account.",
			'I am no longer a debt collector for this account.',
			"Don't worry, we are never collecting a debt on this call.",
			'This isn’t a debt collector calling.'
		]) {
			const check = checkPhrases(said, initial.slice(0, 2));
			expect(
				check.requirements.filter((r) => r.met),
				said
			).toEqual([]);
		}
		// A negation inside the gap of a phrase counts too.
		expect(
			checkPhrases('Any information will not be used for that purpose.', initial).requirements[2]
				?.met
		).toBe(false);
		// A negation in another clause, or after the phrase, does not.
		const fine = checkPhrases(
			"No, I'm a debt collector, not a lawyer. This is an attempt to collect a debt, and the information obtained will be used for that purpose.",
			initial
		);
		expect(fine.passed).toBe(true);
		expect(
			checkPhrases("This isn't a sales call: I'm a debt collector.", initial).requirements[0]?.met
		).toBe(true);
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

	it('checks a settlement against the authorized percentage and the lump sum available', () => {
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
			'The creditor has not authorized a settlement on this account.'
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
			'9 March',
			'Mar. 9, 2026'
		])
			expect(mentionsDate(`Called ${n}.`, '2026-03-09'), n).toBe(true);
		expect(mentionsDate('Called 3/19.', '2026-03-09')).toBe(false);
		expect(mentionsDate('Called 3/9/2025.', '2026-03-09')).toBe(false);
		expect(mentionsAmount('PTP $1,250.50 on 4/1', 1250.5)).toBe(true);
		expect(mentionsAmount('PTP $125 on 4/1', 1250.5)).toBe(false);
		// Not dates: a range of days, money, a phone number.
		expect(findDates('Call in 3-4 days, $12.15 owed, 813-555-0190.')).toEqual([]);
		expect(findDates('PTP $200 on Dec 1; called 11/17.').map((d) => d.text)).toEqual([
			'Dec 1',
			'11/17'
		]);
		expect(
			findAmounts('12 x $83.34, balance $1,000.00, or 950 dollars').map((a) => a.value)
		).toEqual([83.34, 1000, 950]);
	});

	const plan: CallFacts = {
		callDate: '2026-03-09',
		personName: 'Marcus Bell',
		role: 'consumer',
		outcome: 'payment-plan',
		balance: 1000,
		promise: {
			kind: 'installments',
			amount: 83.34,
			date: '2026-03-15',
			payments: 12,
			total: 1000,
			lastPayment: 83.26
		},
		disputed: false
	};

	it('lists the missing elements with hints', () => {
		const full = checkAccountNote(
			'3/9/2026 spoke w/ Marcus Bell (RPC). Agreed plan: 12 x $83.34 monthly, first payment 3/15/2026. Balance $1,000.00. Mini-Miranda given.',
			plan
		);
		expect(full.elements.filter((e) => !e.met)).toEqual([]);
		expect(full.score).toBe(100);
		const thin = checkAccountNote('Talked to Marcus, he will pay.', plan);
		expect(thin.elements.filter((e) => !e.met).map((e) => [e.label, e.status])).toEqual([
			['Date of the call', 'missing'],
			['Outcome', 'missing'],
			['Amount agreed', 'missing'],
			['Date of the payment', 'missing']
		]);
		expect(thin.score).toBe(20);
		expect(thin.discrepancies).toEqual([]);
	});

	it('says where the amount and date differ from what the call agreed', () => {
		const facts: CallFacts = {
			...plan,
			callDate: '2026-11-17',
			balance: 900,
			promise: {
				...plan.promise!,
				amount: 150,
				date: '2026-12-05',
				payments: 6,
				total: 900,
				lastPayment: 150
			}
		};
		const check = checkAccountNote(
			'11/17 spoke with Marcus Bell, RPC. Payment plan $200 monthly starting Dec 1.',
			facts
		);
		expect(check.discrepancies).toEqual([
			'Your note says $200 on Dec 1; the call agreed $150.00 a month on Dec 5.'
		]);
		const wrong = check.elements.filter((e) => e.status === 'wrong');
		expect(wrong.map((e) => e.message)).toEqual([
			'Your note says $200; the call agreed $150.00 a month.',
			'Your note gives the payment date as Dec 1; the call agreed Dec 5 (2026-12-05).'
		]);
		expect(check.score).toBe(60);
		// The same note with the right figures is complete.
		const right = checkAccountNote(
			'11/17 spoke with Marcus Bell, RPC. Payment plan $150 monthly starting Dec 5.',
			facts
		);
		expect(right.score).toBe(100);
		expect(right.discrepancies).toEqual([]);
	});

	it('catches a note that dates the call wrongly, names the wrong party or the wrong kind of deal', () => {
		const check = checkAccountNote(
			'3/2/2026 wrong number, not the debtor. Settled for $600 on 3/15.',
			plan
		);
		expect(check.elements.map((e) => [e.label, e.status])).toEqual([
			['Date of the call', 'wrong'],
			['Who was reached', 'wrong'],
			['Outcome', 'wrong'],
			['Amount agreed', 'wrong'],
			['Date of the payment', 'met']
		]);
		expect(check.discrepancies).toEqual([
			'Your note dates the call 3/2/2026; the call was on Mar 9 (2026-03-09).',
			'Your note says “wrong number”; the call reached Marcus Bell, the consumer.',
			'Your note says $600; the call agreed $83.34 a month.',
			'Your note says a settlement; the call agreed 12 monthly payments of $83.34 from Mar 15.'
		]);
		expect(check.score).toBe(20);
		// A third party's call noted as a right-party contact.
		const third = checkAccountNote('3/9/2026 RPC with Kai, wrong party.', {
			...plan,
			personName: 'Kai Kealoha',
			role: 'third-party',
			outcome: 'wrong-party',
			promise: undefined
		});
		expect(third.elements[1]).toMatchObject({
			status: 'wrong',
			message: 'Your note says “rpc”; the call reached Kai Kealoha, a third party.'
		});
	});

	const lawyer: CallFacts = {
		callDate: '2026-11-17',
		personName: 'Linda Ferraro',
		role: 'consumer',
		outcome: 'referred-to-attorney',
		balance: 6920.15,
		disputed: false,
		noContact: { reason: 'attorney', rules: ['fdcpa-1692c-a2-attorney'] }
	};

	it('flags a note that misstates an attorney call and schedules a callback to the consumer', () => {
		// The note from the issue: it scored "Outcome ✓" and 67% before.
		const bad = checkAccountNote(
			'11/17 spoke with Linda Ferraro. PTP $200 on 12/1, attorney mentioned. Call back 11/24.',
			lawyer
		);
		expect(bad.elements.map((e) => [e.label, e.status])).toEqual([
			['Date of the call', 'met'],
			['Who was reached', 'met'],
			['Outcome', 'wrong'],
			['No contact the call ruled out', 'wrong']
		]);
		expect(bad.score).toBe(40);
		expect(bad.discrepancies).toEqual([
			'Your note records a payment (“ptp”) of $200; the call agreed no payment and ended with referred to the consumer’s attorney.',
			'Your note schedules another contact (“call back”), but Linda has an attorney for this debt, so contact goes to the attorney, not to Linda.'
		]);
		expect(bad.elements[3]?.rules).toEqual(['fdcpa-1692c-a2-attorney']);

		const good = checkAccountNote(
			'11/17/2026 spoke with Linda Ferraro (consumer). Represented by attorney Daniel Okoro, Okoro and Pratt, 813-555-0190. Balance $6,920.15. Do not call the consumer; follow up with the attorney in writing.',
			lawyer
		);
		expect(good.elements.filter((e) => !e.met)).toEqual([]);
		expect(good.score).toBe(100);
		// Declining is not agreeing, and a callback that is ruled out in the note is fine.
		const declined = checkAccountNote(
			'11/17 Linda Ferraro, consumer, has a lawyer. Refused to pay $200. No callback.',
			lawyer
		);
		expect(declined.discrepancies).toEqual([]);
		expect(checkAccountNote('11/17 Linda, attorney. Call her Dec 1.', lawyer).score).toBe(60);
	});

	it('flags a call scheduled after a request to stop calling, but not a letter', () => {
		const cease: CallFacts = {
			...lawyer,
			personName: 'Gloria Price',
			outcome: 'cease-honoured',
			balance: 845.3,
			noContact: { reason: 'cease', rules: ['regf-1006-14-h-medium-opt-out'] }
		};
		const bad = checkAccountNote('11/17 Gloria Price asked to stop calling. F/U 11/24.', cease);
		expect(bad.elements.at(-1)).toMatchObject({
			status: 'wrong',
			message:
				'Your note schedules another contact (“f u”), but Gloria asked us to stop calling, so a call would ignore that request.'
		});
		const letter = checkAccountNote(
			'11/17 Gloria Price (consumer): stop calling, mail only. Follow up by letter.',
			cease
		);
		expect(letter.score).toBe(100);
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

	it('fails a call dialed outside the window at the debtor', () => {
		const run = evaluateRun(scenario, { dialedAt: '2026-03-10T01:30:00Z', steps });
		expect(run.score.violations[0]).toMatchObject({
			rule: 'fdcpa-1692c-a1-time',
			critical: true,
			decision: -1
		});
		expect(run.score.passed).toBe(false);
	});

	it('fails a Massachusetts call that is the third contact in seven days, scoring three dialer checks', () => {
		const ma: CallScenario = {
			...scenario,
			persona: { ...scenario.persona, state: 'MA' },
			callLog: [
				{ at: '2026-03-05T15:00:00Z', result: 'sent', channel: 'text' },
				{ at: '2026-03-06T15:00:00Z', result: 'voicemail' }
			]
		};
		const run = evaluateRun(ma, { dialedAt: scenario.dialAt, steps });
		expect(run.dialer.overStateLimit).toBe(true);
		expect(run.score.violations[0]).toMatchObject({
			rule: 'mass-209-cmr-18-16-collector-contacts',
			critical: true,
			decision: -1
		});
		expect(run.score.passed).toBe(false);
		// Three dialer checks and two call moments: four of five handled correctly.
		expect(run.score.categories.compliance).toBe(80);
		// Moved to the day the text leaves the window, the same call passes.
		const moved = evaluateRun(ma, { dialedAt: '2026-03-12T15:00:00Z', steps });
		expect(moved.dialer.problems).toEqual([]);
		expect(moved.score.categories.compliance).toBe(100);
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

	it('derives the facts from the path and scores the note against them', () => {
		const run = evaluateRun(scenario, {
			dialedAt: scenario.dialAt,
			steps,
			accountNote: '3/9/2026 Marcus Bell RPC, plan 6 x $120.00 monthly from 3/20/2026.'
		});
		expect(run.facts).toMatchObject({
			callDate: '2026-03-09',
			role: 'consumer',
			outcome: 'payment-plan',
			promise: { kind: 'installments', amount: 100, date: '2026-03-20', payments: 6 },
			disputed: false,
			noContact: undefined
		});
		expect(run.note.discrepancies).toEqual([
			'Your note says $120.00; the call agreed $100.00 a month.'
		]);
		expect(run.score.categories.documentation).toBe(80);

		// The same call on an account the consumer's attorney handles: a callback is ruled out.
		const represented = {
			...scenario,
			account: { ...scenario.account, status: 'attorney-represented' as const }
		};
		const flagged = evaluateRun(represented, {
			dialedAt: scenario.dialAt,
			steps,
			accountNote:
				'3/9/2026 Marcus Bell RPC, plan 6 x $100.00 monthly from 3/20/2026. Call back 3/16.'
		});
		expect(flagged.facts.noContact?.reason).toBe('attorney');
		expect(flagged.note.elements.at(-1)).toMatchObject({
			label: 'No contact the call ruled out',
			status: 'wrong'
		});
		expect(flagged.score.categories.documentation).toBe(71);
	});

	it('flags a full card or bank account number in the note, showing only its last four digits', () => {
		const base = '3/9/2026 Marcus Bell RPC, plan 6 x $100.00 monthly from 3/20/2026.';
		const clean = evaluateRun(scenario, { dialedAt: scenario.dialAt, steps, accountNote: base });
		expect(clean.note.elements.map((e) => e.label)).not.toContain(
			'No full card or bank account number'
		);
		for (const [extra, last] of [
			[' Card 4111 1111 1111 1234 on file.', '1234'],
			[' Debit card 4111111111114321.', '4321'],
			[' Routing 041000124, account 2218304417.', '0124']
		] as const) {
			const run = evaluateRun(scenario, {
				dialedAt: scenario.dialAt,
				steps,
				accountNote: base + extra
			});
			const element = run.note.elements.find(
				(e) => e.label === 'No full card or bank account number'
			);
			expect(element?.status, extra).toBe('wrong');
			expect(element?.message).toContain(`ending ${last}`);
			expect(run.note.discrepancies.join(' ')).not.toContain(extra.trim().split(' ').at(-1)!);
			expect(run.score.categories.documentation).toBeLessThan(100);
		}
		// Phone numbers, references, dates, amounts and the last four digits are fine.
		const fine = evaluateRun(scenario, {
			dialedAt: scenario.dialAt,
			steps,
			accountNote: `${base} Acct ending 4417, ref NG-88213, call 800-555-0142.`
		});
		expect(fine.note.discrepancies).toEqual([]);
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
