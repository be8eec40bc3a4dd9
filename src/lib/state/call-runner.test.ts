import { describe, expect, it } from 'vitest';
import { getRun, startRun } from '$lib/progress/call-runs';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { callScenario, PROFILE_ID } from '$lib/test-factories';
import { CallRunner } from './call-runner.svelte';

const scenario = callScenario();
const THIRD_PARTY = 'fdcpa-1692c-b-third-parties';
const questionsByRule = { [THIRD_PARTY]: ['q1', 'q2', 'q3', 'q4'] };

/** A call where the learner names the debt to whoever answers: a critical violation. */
async function badCall(db: ReturnType<typeof freshDB>) {
	const runner = new CallRunner(db, scenario, await startRun(db, PROFILE_ID, scenario.id));
	await runner.place(new Date(scenario.dialAt));
	await runner.choose(1);
	return runner;
}

describe('filing a call', () => {
	it('stores the score and puts the broken rule’s questions into review, once', async () => {
		const db = freshDB();
		const runner = await badCall(db);
		await runner.file('3/9 spoke with Marcus', questionsByRule);
		expect(runner.stage).toBe('debrief');
		const stored = (await getRun(db, runner.run.id))!;
		expect(stored.result?.violations).toContain(THIRD_PARTY);
		expect(stored.result?.critical).toBe(true);
		const cards = await db.reviewCards.toArray();
		expect(cards.map((c) => c.questionId)).toEqual(['q1', 'q2', 'q3']);
		expect(cards.every((c) => c.source === 'call')).toBe(true);

		// Filed again from a second tab: nothing changes.
		await new CallRunner(db, scenario, stored).file('rewritten', questionsByRule);
		expect((await getRun(db, runner.run.id))!.accountNote).toBe('3/9 spoke with Marcus');
		expect(await db.reviewCards.count()).toBe(3);
	});

	it('a filing that fails partway leaves the call unfiled with no cards; a retry does both', async () => {
		// The second review card fails to save.
		const db = failingDB('reviewCards', 2);
		const runner = await badCall(db);
		await expect(runner.file('3/9 spoke with Marcus', questionsByRule)).rejects.toThrow(/failed/);
		const stored = (await getRun(db, runner.run.id))!;
		expect(stored.finishedAt).toBeUndefined();
		expect(stored.result).toBeUndefined();
		expect(await db.reviewCards.count()).toBe(0);

		await runner.file('3/9 spoke with Marcus', questionsByRule);
		expect((await getRun(db, runner.run.id))!.result?.critical).toBe(true);
		expect(await db.reviewCards.count()).toBe(3);
	});
});
