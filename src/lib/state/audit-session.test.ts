import { describe, expect, it } from 'vitest';
import type { Audit } from '$lib/drills/audit';
import { auditAttemptsOf } from '$lib/progress/drill-attempts';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { PROFILE_ID } from '$lib/test-factories';
import { AuditHistory, AuditSession } from './audit-session.svelte';

const MINI_MIRANDA = 'fdcpa-1692e-11-mini-miranda';
const TIME = 'fdcpa-1692c-a1-time';

const audit = (id = 'late-call'): Audit => ({
	id,
	title: 'A late call',
	summary: 'A call placed late in the evening.',
	persona: { name: 'Sam Lee', role: 'consumer', state: 'OH' },
	account: { creditor: 'Cardinal Bank', type: 'credit-card', balance: 1200, status: 'charged-off' },
	callDate: '2026-03-09',
	lines: [
		{ n: 1, speaker: 'Jordan (collector)', text: 'Hello, is this Sam?', collector: true },
		{ n: 2, speaker: 'Sam Lee', text: 'Yes.', collector: false },
		{
			n: 3,
			speaker: 'Jordan (collector)',
			text: 'I am calling about your account.',
			collector: true
		}
	],
	key: [
		{ line: 1, violations: [TIME], ok: [], feedback: 'Placed after 9 p.m. local time.' },
		{ line: 3, violations: [MINI_MIRANDA], ok: [], feedback: 'No disclosure.' }
	],
	rules: [TIME, MINI_MIRANDA]
});

describe('AuditSession', () => {
	it('scores and stores an audit, then shows the best score and attempts', async () => {
		const db = freshDB();
		const session = new AuditSession(audit(), { db, profileId: PROFILE_ID });
		await session.loadHistory();
		expect(session.attempts).toBe(0);
		expect(session.best).toBeUndefined();

		session.setFlag(1, true);
		expect(session.unfinished).toEqual([1]);
		session.marks[1] = TIME;
		expect(await session.trySubmit()).toBe('');
		expect(session.result).toMatchObject({ hits: 1, violations: 2, score: 67 });
		expect(session.saved).toBe(true);
		expect(session.attempts).toBe(1);
		expect(session.best).toBe(67);

		session.restart();
		session.setFlag(1, true);
		session.setFlag(3, true);
		session.marks[1] = TIME;
		session.marks[3] = MINI_MIRANDA;
		expect(await session.trySubmit()).toBe('');
		expect(session.result?.score).toBe(100);
		expect(session.attempts).toBe(2);
		expect(session.best).toBe(100);

		const stored = await auditAttemptsOf(db, PROFILE_ID, 'late-call');
		expect(stored.map((a) => a.result.score)).toEqual([67, 100]);
		expect(stored[1]?.marks).toEqual([
			{ line: 1, rule: TIME },
			{ line: 3, rule: MINI_MIRANDA }
		]);
	});

	it('says in plain words when the score could not be stored, and lets the learner submit again', async () => {
		const db = failingDB('auditAttempts');
		const session = new AuditSession(audit(), { db, profileId: PROFILE_ID });
		session.setFlag(3, true);
		session.marks[3] = MINI_MIRANDA;
		expect(await session.trySubmit()).toBe(
			'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		);
		expect(session.result).toBeUndefined();
		expect(session.attempts).toBe(0);
		expect(await session.trySubmit()).toBe('');
		expect(session.attempts).toBe(1);
	});

	it('scores without storage, saying nothing was saved', async () => {
		const session = new AuditSession(audit());
		expect(await session.trySubmit()).toBe('');
		expect(session.result?.score).toBe(0);
		expect(session.saved).toBe(false);
		expect(session.attempts).toBe(0);
	});
});

describe('AuditHistory', () => {
	it('shows the best score on each audit the learner did', async () => {
		const db = freshDB();
		for (const [id, rule] of [
			['late-call', TIME],
			['late-call', MINI_MIRANDA],
			['other-call', MINI_MIRANDA]
		] as const) {
			const session = new AuditSession(audit(id), { db, profileId: PROFILE_ID });
			session.setFlag(3, true);
			session.marks[3] = rule;
			await session.trySubmit();
		}
		const history = new AuditHistory(db, PROFILE_ID);
		await history.load();
		expect([...history.best]).toEqual([
			['late-call', 67],
			['other-call', 67]
		]);
		const stranger = new AuditHistory(db, 'someone-else');
		await stranger.load();
		expect(stranger.best.size).toBe(0);
	});
});
