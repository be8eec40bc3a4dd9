import { describe, expect, it } from 'vitest';
import { gradeCard, newCard, Rating, type StoredCard } from '$lib/review/scheduler';
import {
	callRunProblem,
	examSessionProblem,
	isReadableTime,
	reviewCardProblem,
	storedCardProblem
} from './integrity';
import type { CallRun, ExamSession, ReviewCard } from './records';

const session = (): ExamSession => ({
	id: 's',
	profileId: 'p',
	blueprintId: 'pcs',
	mode: 'timed',
	seed: 1,
	questionIds: ['q1', 'q2', 'q3'],
	optionOrders: [
		[0, 1, 2, 3],
		[3, 2, 1, 0],
		[1, 0, 2]
	],
	answers: { q1: { option: 2, answeredAt: '2026-03-01T10:00:00.000Z', seconds: 12 } },
	flags: ['q2'],
	eliminated: { q3: [2] },
	current: 2,
	startedAt: '2026-03-01T09:59:00.000Z',
	deadline: '2026-03-01T10:59:00.000Z'
});
const with_ = (patch: Partial<ExamSession>) => ({ ...session(), ...patch });

describe('times', () => {
	it('accepts what the app writes, and offsets with minutes', () => {
		for (const t of [
			'2026-11-20T10:00:00.000Z',
			'2026-11-20T10:00:00Z',
			'2026-11-20T10:00:00+05:00',
			'2026-11-20T10:00:00.123456-08:00'
		])
			expect(isReadableTime(t), t).toBe(true);
	});

	it('refuses what looks ISO but Date or Safari cannot read', () => {
		for (const t of [
			'2026-11-20T10:00:00+05',
			'2026-11-20T10:00:00+0500',
			'2026-11-20 10:00:00Z',
			'2026-11-20T10:00:00,5Z',
			'2026-11-20T25:00:00Z',
			'2026-11-20',
			'',
			'yesterday',
			42,
			null,
			undefined
		])
			expect(isReadableTime(t), String(t)).toBe(false);
	});
});

describe('an exam session', () => {
	it('that is whole has no problem', () => {
		expect(examSessionProblem(session())).toBeUndefined();
		expect(examSessionProblem(with_({ deadline: undefined, mode: 'tutor' }))).toBeUndefined();
	});

	it('names what no screen could show', () => {
		const cases: [Partial<ExamSession>, RegExp][] = [
			[{ current: 998 }, /current question is 999 of 3/],
			[{ current: 3 }, /current question is 4 of 3/],
			[{ current: -1 }, /current question “-1” is not a position/],
			[{ current: 1.5 }, /not a position/],
			[{ questionIds: [], optionOrders: [] }, /lists no questions/],
			[{ questionIds: ['q1', 'q1', 'q3'] }, /same question twice/],
			[{ optionOrders: [[0, 1, 2, 3], [], [0, 1, 2]] }, /question 2 has no options to show/],
			[
				{
					optionOrders: [
						[0, 1, 2, 3],
						[0, 1],
						[0, 1, 1]
					]
				},
				/question 3 are not in a usable order/
			],
			[{ optionOrders: [[0, 1, 2, 4], [0], [0]] }, /question 1 are not in a usable order/],
			[{ optionOrders: [[0], [0]] }, /3 questions but 2 option orders/],
			[
				{ answers: { q4: { option: 0, answeredAt: '2026-03-01T10:00:00.000Z', seconds: 1 } } },
				/answer to a question it does not list/
			],
			[
				{ answers: { q3: { option: 3, answeredAt: '2026-03-01T10:00:00.000Z', seconds: 1 } } },
				/answer to question 3 is an option the question does not have/
			],
			[
				{ answers: { q1: { option: 0, answeredAt: '2026-03-01T10:00:00+05', seconds: 1 } } },
				/answer time for question 1 “2026-03-01T10:00:00\+05” is not a date and time/
			],
			[{ flags: ['q9'] }, /flags a question it does not list/],
			[{ eliminated: { q9: [0] } }, /strikes out options of a question it does not list/],
			[{ eliminated: { q3: [3] } }, /strikes out an option question 3 does not have/],
			[{ startedAt: '2026-11-20T10:00:00+05' }, /start time .* is not a date and time/],
			[{ deadline: '2026-11-20T10:00:00+05' }, /end time .* is not a date and time/],
			[{ deadline: '2026-03-01T09:00:00.000Z' }, /ends before it starts/],
			[{ submittedAt: '2026-03-01T10:30:00.000Z' }, /submitted but has no result/]
		];
		for (const [patch, expected] of cases)
			expect(examSessionProblem(with_(patch)), JSON.stringify(patch)).toMatch(expected);
	});

	it('checks a result adds up', () => {
		const result = {
			correct: 1,
			total: 3,
			percent: 33.3,
			passed: false,
			passPercent: 70,
			byDomain: {},
			secondsUsed: 60
		};
		const submittedAt = '2026-03-01T10:30:00.000Z';
		expect(examSessionProblem(with_({ submittedAt, result }))).toBeUndefined();
		expect(examSessionProblem(with_({ submittedAt, result: { ...result, correct: 4 } }))).toMatch(
			/result does not add up/
		);
		expect(examSessionProblem(with_({ result }))).toMatch(/never submitted/);
	});

	it('with the bank, needs every question still there with as many options', () => {
		const q = (id: string, options = 4) => ({ id, options: Array(options).fill('x') });
		expect(examSessionProblem(session(), { questions: [q('q1'), q('q2'), q('q3', 3)] })).toBe(
			undefined
		);
		expect(examSessionProblem(session(), { questions: [q('q1'), q('q3', 3)] })).toMatch(
			/question 2 \(“q2”\) is no longer in this version's question bank/
		);
		expect(examSessionProblem(session(), { questions: [q('q1'), q('q2'), q('q3')] })).toMatch(
			/question 3 now has 4 options, not 3/
		);
	});

	it('never throws, whatever a hand edit left', () => {
		const junk = [null, 0, 'x', [], {}, { questionIds: 'q1' }, { questionIds: ['q1'] }];
		for (const value of junk) {
			expect(() => examSessionProblem(value as unknown as ExamSession)).not.toThrow();
			expect(examSessionProblem(value as unknown as ExamSession)).toBeTypeOf('string');
		}
		for (const key of Object.keys(session()) as (keyof ExamSession)[]) {
			const broken = { ...session(), [key]: null } as unknown as ExamSession;
			expect(() => examSessionProblem(broken), key).not.toThrow();
		}
	});
});

describe('a review card', () => {
	const now = new Date('2026-03-01T10:00:00Z');
	const reviewed = (): StoredCard => gradeCard(newCard(now), Rating.Good, now).card;
	const card = (fsrs: StoredCard): ReviewCard => ({
		profileId: 'p',
		questionId: 'q1',
		fsrs,
		due: fsrs.due,
		createdAt: now.toISOString(),
		source: 'missed'
	});

	it('new or reviewed, is one the scheduler can grade', () => {
		expect(storedCardProblem(newCard(now))).toBeUndefined();
		expect(storedCardProblem(reviewed())).toBeUndefined();
		expect(reviewCardProblem(card(reviewed()))).toBeUndefined();
	});

	it('outside the ranges ts-fsrs grades is named, and grading it would indeed fail', () => {
		const cases: [Partial<StoredCard>, RegExp, boolean][] = [
			[{ stability: -3 }, /stability -3 is outside 0.001 to 36500 days/, true],
			[{ stability: 0 }, /stability 0 is outside/, true],
			[{ difficulty: 0.5 }, /difficulty 0.5 is outside 1 to 10/, true],
			// ts-fsrs grades these, but they are outside what it ever produces.
			[{ difficulty: 11 }, /difficulty 11 is outside 1 to 10/, false],
			[{ stability: 40_000 }, /stability 40000 is outside/, false]
		];
		for (const [patch, expected, throws] of cases) {
			const broken = { ...reviewed(), ...patch };
			expect(storedCardProblem(broken), JSON.stringify(patch)).toMatch(expected);
			if (throws)
				expect(() => gradeCard(broken, Rating.Good, new Date('2026-03-05T10:00:00Z'))).toThrow();
		}
	});

	it('with unreadable times or counts is named', () => {
		const cases: [Partial<StoredCard>, RegExp][] = [
			[{ due: '2026-11-20T10:00:00+05' }, /due time/],
			[{ last_review: 'yesterday' }, /last review time/],
			[{ state: 4 as never }, /learning state “4” is unknown/],
			[{ stability: Number.NaN }, /not a number/],
			[{ scheduled_days: -1 }, /days scheduled/],
			[{ learning_steps: 0.5 }, /learning step/],
			[{ reps: -1 }, /review counts/]
		];
		for (const [patch, expected] of cases)
			expect(storedCardProblem({ ...reviewed(), ...patch }), JSON.stringify(patch)).toMatch(
				expected
			);
		expect(reviewCardProblem({ ...card(reviewed()), due: '2026-11-20 10:00:00Z' })).toMatch(
			/due time/
		);
		expect(() => reviewCardProblem({} as ReviewCard)).not.toThrow();
	});
});

describe('a call run', () => {
	const run = (): CallRun => ({
		id: 'r',
		profileId: 'p',
		scenarioId: 'wrong-number',
		startedAt: '2026-03-09T15:00:00.000Z',
		dialedAt: '2026-03-09T15:00:00.000Z',
		connectedAt: '2026-03-09T15:00:02.000Z',
		steps: [
			{ node: 'open', at: '2026-03-09T15:00:05.000Z', kind: 'choice', choice: 0 },
			{ node: 'ask', at: '', kind: 'input', text: 'Hello' },
			{
				node: 'offer',
				at: '2026-03-09T15:01:05.000Z',
				kind: 'plan',
				offer: { kind: 'installments', amount: 50, installments: 3, firstPaymentOn: '2026-03-20' }
			}
		]
	});

	it('that is whole has no problem', () => {
		expect(callRunProblem(run())).toBeUndefined();
	});

	it('names times and steps no screen could show', () => {
		const step = (i: number, patch: object) => {
			const r = run();
			r.steps[i] = { ...r.steps[i]!, ...patch } as never;
			return r;
		};
		expect(callRunProblem({ ...run(), dialedAt: '2026-11-20T10:00:00+05' })).toMatch(
			/dial time “2026-11-20T10:00:00\+05” is not a date and time/
		);
		expect(callRunProblem({ ...run(), startedAt: 'yesterday' })).toMatch(/start time/);
		expect(callRunProblem({ ...run(), finishedAt: '2026-03-09' })).toMatch(/finish time/);
		expect(callRunProblem(step(0, { at: '2026-11-20T10:00:00+05' }))).toMatch(
			/time of step 1 .* is not a date and time/
		);
		expect(callRunProblem(step(0, { choice: -1 }))).toMatch(/step 1 has no choice/);
		expect(
			callRunProblem(step(2, { offer: { kind: 'full', firstPaymentOn: '2026-02-30' } as never }))
		).toMatch(/first payment date “2026-02-30” in step 3 is not a real day/);
		expect(callRunProblem(step(1, { kind: 'shout' } as never))).toMatch(/unknown kind/);
		expect(() => callRunProblem({ ...run(), steps: [null] } as never)).not.toThrow();
	});
});
