import { describe, expect, it } from 'vitest';
import { drillCardId } from '$lib/drills/catalog';
import { drillAttemptsOf, recordDrill } from '$lib/progress/drill-attempts';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { PROFILE_ID } from '$lib/test-factories';
import { DrillHistory, DrillSession } from './drill-session.svelte';

function answerRight(session: DrillSession) {
	session.answer = { ...session.drill.expected };
}

function answerWrong(session: DrillSession) {
	session.answer = Object.fromEntries(session.drill.fields.map((f) => [f.name, 'zz']));
}

describe('DrillSession', () => {
	it('stores each checked answer and shows the record on this type of drill', async () => {
		const db = freshDB();
		const session = new DrillSession('call-now', 'drill', { db, profileId: PROFILE_ID }, 1234);
		await session.loadStats();
		expect(session.stats).toMatchObject({ answered: 0, correct: 0 });

		answerRight(session);
		expect(await session.attempt(() => session.check())).toBe('');
		expect(session.result?.correct).toBe(true);
		expect(session.stats).toMatchObject({ answered: 1, correct: 1, streak: 1, best: 1 });

		session.next();
		expect(session.seed).not.toBe(1234);
		expect(session.result).toBeUndefined();
		answerWrong(session);
		expect(await session.attempt(() => session.check())).toBe('');
		expect(session.result?.correct).toBe(false);
		expect(session.stats).toMatchObject({ answered: 2, correct: 1, streak: 0, best: 1 });

		const stored = await drillAttemptsOf(db, PROFILE_ID, 'call-now');
		expect(stored.map((a) => [a.seed, a.correct])).toEqual([
			[1234, true],
			[session.seed, false]
		]);
		// The wrong answer put the drill type into the review deck.
		expect(await db.reviewCards.get([PROFILE_ID, drillCardId('call-now')])).toBeDefined();
	});

	it('says in plain words when the answer could not be stored, and shows no verdict', async () => {
		const db = failingDB('drillAttempts');
		const session = new DrillSession('call-now', 'drill', { db, profileId: PROFILE_ID }, 99);
		answerRight(session);
		expect(await session.attempt(() => session.check())).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(session.result).toBeUndefined();
		expect(session.stats?.answered).toBe(0);
		// Checking again works once storage does.
		expect(await session.attempt(() => session.check())).toBe('');
		expect(session.stats?.answered).toBe(1);
	});

	it('works without storage, keeping nothing', async () => {
		const session = new DrillSession('call-now', 'drill', undefined, 7);
		answerRight(session);
		expect(await session.attempt(() => session.check())).toBe('');
		expect(session.result).toEqual({ correct: true, attempt: undefined });
		expect(session.stats).toBeUndefined();
	});
});

describe('DrillHistory', () => {
	it('shows the record on each type of drill for the drills page', async () => {
		const db = freshDB();
		const attempt = (type: 'call-now' | 'next-call', correct: boolean, at: string) =>
			recordDrill(
				db,
				{ profileId: PROFILE_ID, type, seed: 1, answer: {}, correct, context: 'drill' },
				new Date(at)
			);
		await attempt('call-now', true, '2026-03-01T10:00:00Z');
		await attempt('call-now', true, '2026-03-02T10:00:00Z');
		await attempt('next-call', false, '2026-03-03T10:00:00Z');
		await recordDrill(db, {
			profileId: 'someone-else',
			type: 'call-now',
			seed: 1,
			answer: {},
			correct: false,
			context: 'drill'
		});
		const history = new DrillHistory(db, PROFILE_ID);
		expect(history.of('call-now')).toBeUndefined();
		await history.load();
		expect(history.of('call-now')).toMatchObject({ answered: 2, correct: 2, streak: 2, best: 2 });
		expect(history.of('next-call')).toMatchObject({ answered: 1, correct: 0, streak: 0, best: 0 });
		expect(history.of('validation-period')?.answered).toBe(0);
	});
});
