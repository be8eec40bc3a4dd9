import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { getSession, listSessions, setFlag, startSession } from '$lib/progress/exam-sessions';
import { recordPractice } from '$lib/progress/review-cards';
import { freshDB } from '$lib/progress/test-db';
import { bank, newSession, PROFILE_ID, questionView } from '$lib/test-factories';
import { CustomQuizSetup } from './custom-quiz.svelte';

const questions = bank(
	[
		questionView('fd1'),
		questionView('fd2'),
		questionView('fd3'),
		questionView('hc1', { domain: 'hipaa-healthcare' })
	],
	{ domainTitles: { 'fdcpa-regf': 'FDCPA and Regulation F', 'hipaa-healthcare': 'Healthcare' } }
);

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

async function setUp(askedDomain?: string) {
	const setup = new CustomQuizSetup(db, questions, PROFILE_ID, askedDomain);
	await setup.load();
	return setup;
}

describe('CustomQuizSetup', () => {
	it('starts with every domain, or only the one the address asks for', async () => {
		expect((await setUp()).domains).toEqual(['fdcpa-regf', 'hipaa-healthcare']);
		expect((await setUp('hipaa-healthcare')).domains).toEqual(['hipaa-healthcare']);
		expect((await setUp('no-such-domain')).domains).toHaveLength(2);
	});

	it('counts and draws only the missed questions, from the latest answer to each', async () => {
		await recordPractice(db, PROFILE_ID, 'fd1', { correct: false, context: 'exam' });
		await recordPractice(db, PROFILE_ID, 'fd2', { correct: false, context: 'exam' });
		await recordPractice(
			db,
			PROFILE_ID,
			'fd2',
			{ correct: true, context: 'exam' },
			new Date(Date.now() + 60_000)
		);
		const setup = await setUp();
		setup.pool = 'missed';
		expect(setup.available).toBe(1);
		setup.count = 5;
		const session = (await setup.start())!;
		expect(setup.problem).toBe('');
		const stored = (await getSession(db, session.id))!;
		expect(stored.questionIds).toEqual(['fd1']);
		expect(stored).toMatchObject({ blueprintId: 'custom', mode: 'tutor', cram: false });
	});

	it('offers the flagged questions of past exams, and stores a cram quiz without feedback', async () => {
		const past = await startSession(
			db,
			newSession({ questionIds: ['fd3'], optionOrders: [[0, 1, 2, 3]] })
		);
		await setFlag(db, past.id, 'fd3', true);
		const setup = await setUp();
		setup.pool = 'flagged';
		setup.feedback = false;
		setup.cram = true;
		expect(setup.available).toBe(1);
		const session = (await setup.start())!;
		expect(await getSession(db, session.id)).toMatchObject({
			questionIds: ['fd3'],
			mode: 'custom',
			cram: true
		});
	});

	it('says in plain words what is wrong with the choices, and stores nothing', async () => {
		const setup = await setUp();
		setup.domains = [];
		expect(await setup.start()).toBeUndefined();
		expect(setup.problem).toBe('Choose at least one domain.');

		setup.domains = ['fdcpa-regf'];
		setup.count = 0;
		expect(await setup.start()).toBeUndefined();
		expect(setup.problem).toBe('Choose between 1 and 100 questions.');

		setup.count = 10;
		setup.pool = 'flagged';
		expect(await setup.start()).toBeUndefined();
		expect(setup.problem).toBe('No questions match these choices. Try another set.');
		expect(await listSessions(db, PROFILE_ID)).toHaveLength(0);
	});
});
