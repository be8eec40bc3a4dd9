import { describe, expect, it } from 'vitest';
import {
	getSession,
	listSessions,
	recordAnswer,
	setFlag,
	startSession,
	submitSession
} from '$lib/progress/exam-sessions';
import { checkRecord, failingDB, freshDB } from '$lib/progress/test-db';
import {
	answer,
	bank,
	blueprint,
	examResult,
	newSession,
	PROFILE_ID,
	questionView
} from '$lib/test-factories';
import { EMPTY_FILTER } from '$lib/exam/analysis';
import { ExamResults } from './exam-results.svelte';

const whyNot = '<p>Because.</p>\n<ul>\n<li>Not x.</li>\n<li>Not y.</li>\n<li>Not z.</li>\n</ul>\n';
const questions = bank(
	['q1', 'q2', 'q3'].map((id) => questionView(id, { explanationHtml: whyNot })),
	{ blueprints: [blueprint({ id: 'pcs', title: 'PCS practice' })] }
);

/** A submitted attempt: q1 right (12 s), q2 wrong and flagged (40 s), q3 unanswered. */
async function attempt(db = freshDB(), result = examResult()) {
	const session = await startSession(db, newSession());
	await recordAnswer(db, session.id, 'q1', answer(0, { seconds: 12 }));
	await recordAnswer(db, session.id, 'q2', answer(2, { seconds: 40 }));
	await setFlag(db, session.id, 'q2', true);
	await submitSession(db, session.id, () => result);
	return { db, id: session.id };
}

describe('ExamResults', () => {
	it('shows a submitted exam and removes it on request', async () => {
		const db = freshDB();
		const session = await startSession(db, newSession());
		await submitSession(db, session.id, () => examResult());
		const view = new ExamResults(db, questions);
		await view.load(session.id);
		expect(view.problem).toBe('');
		expect(view.broken).toBe('');
		expect(view.session?.result).toEqual(examResult());
		expect(await view.remove()).toBe(true);
		expect(await getSession(db, session.id)).toBeUndefined();
	});

	it('says so when the link names no submitted exam on this device', async () => {
		const db = freshDB();
		const open = await startSession(db, newSession());
		for (const id of [open.id, 'nothing']) {
			const view = new ExamResults(db, questions);
			await view.load(id);
			expect(view.session).toBeUndefined();
			expect(view.problem).toBe('No submitted exam with this link was found on this device.');
		}
	});

	it('filters the questions by wrong, flagged and unanswered, with counts and times', async () => {
		const { db, id } = await attempt();
		const view = new ExamResults(db, questions);
		await view.load(id);
		expect(view.counts).toEqual({ all: 3, wrong: 1, flagged: 1, unanswered: 1 });
		expect(view.shown.map((i) => i.questionId)).toEqual(['q1', 'q2', 'q3']);
		view.filter = 'wrong';
		expect(view.shown).toEqual([
			{ index: 1, questionId: 'q2', status: 'wrong', flagged: true, seconds: 40 }
		]);
		view.filter = 'unanswered';
		expect(view.shown.map((i) => [i.questionId, i.seconds])).toEqual([['q3', undefined]]);
		view.filter = 'flagged';
		expect(view.shown.map((i) => i.questionId)).toEqual(['q2']);
		expect(view.averageSeconds).toBe(26);
	});

	it('shows nothing, and says why in plain words, for a filter no question fits', async () => {
		const db = freshDB();
		const session = await startSession(db, newSession());
		for (const id of ['q1', 'q2', 'q3']) await recordAnswer(db, session.id, id, answer(0));
		await submitSession(db, session.id, () => examResult());
		const view = new ExamResults(db, questions);
		await view.load(session.id);
		expect(view.counts).toEqual({ all: 3, wrong: 0, flagged: 0, unanswered: 0 });
		view.filter = 'wrong';
		expect(view.shown).toEqual([]);
		expect(EMPTY_FILTER[view.filter]).toBe('No wrong answers in this attempt.');
		expect(view.missed).toEqual([]);
		expect(await view.drillMisses()).toBeUndefined();
		expect(await listSessions(db, PROFILE_ID)).toHaveLength(1);
	});

	it('letters the why-not bullets as the options were shown in this attempt', async () => {
		const { db, id } = await attempt();
		const view = new ExamResults(db, questions);
		await view.load(id);
		// q2 was shown in the order stored 3, 2, 1, 0: stored 1 as C, 2 as B, 3 as A.
		const html = view.explanationHtml(view.items[1]!);
		expect(html).toContain('<strong class="why-letter">C.</strong> Not x.');
		expect(html).toContain('<strong class="why-letter">B.</strong> Not y.');
		expect(html).toContain('<strong class="why-letter">A.</strong> Not z.');
	});

	it("drills exactly this attempt's wrong and unanswered questions, untimed", async () => {
		const { db, id } = await attempt();
		const view = new ExamResults(db, questions);
		await view.load(id);
		const drill = await view.drillMisses();
		expect(view.problem).toBe('');
		const stored = await getSession(db, drill!.id);
		checkRecord('examSessions', stored);
		expect(stored).toMatchObject({
			profileId: PROFILE_ID,
			blueprintId: 'custom',
			mode: 'tutor',
			title: 'Missed questions from PCS practice',
			answers: {}
		});
		expect(stored!.deadline).toBeUndefined();
		expect([...stored!.questionIds].sort()).toEqual(['q2', 'q3']);
		expect(stored!.optionOrders.map((o) => [...o].sort())).toEqual([
			[0, 1, 2, 3],
			[0, 1, 2, 3]
		]);
	});

	it('says in plain words when the drill cannot be saved', async () => {
		// Writes 1–5 store the attempt; the sixth, the drill, fails.
		const db = failingDB('examSessions', 6);
		const { id } = await attempt(db);
		const view = new ExamResults(db, questions);
		await view.load(id);
		expect(await view.drillMisses()).toBeUndefined();
		expect(view.problem).toMatch(/\S/);
		expect(view.problem).not.toMatch(/test\)/);
		expect((await listSessions(db, PROFILE_ID)).length).toBe(1);
	});

	it('lists the attempts at the same exam oldest first, with a per-domain trend', async () => {
		const db = freshDB();
		const first = await attempt(
			db,
			examResult({ percent: 40, byDomain: { 'fdcpa-regf': { correct: 2, total: 5 } } })
		);
		const second = await attempt(
			db,
			examResult({ percent: 80, byDomain: { 'fdcpa-regf': { correct: 4, total: 5 } } })
		);
		const other = await startSession(db, newSession({ blueprintId: 'custom' }));
		await submitSession(db, other.id, () => examResult());
		const view = new ExamResults(db, questions);
		await view.load(first.id);
		expect(view.attempts.map((s) => s.id)).toEqual([first.id, second.id]);
		expect(view.trend).toEqual([{ domain: 'fdcpa-regf', percents: [40, 80] }]);
	});
});
