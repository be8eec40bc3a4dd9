import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { exportProfile, importBackup, readBackup } from './backup';
import { AcademyDB } from './db';
import { auditAttemptsOf, drillAttemptsOf, recordAudit, recordDrill } from './drill-attempts';
import { createProfile } from './profiles';
import { dueCards } from './review-cards';
import { freshDB } from './test-db';

const wrong = { seed: 7, answer: { date: '2026-01-01' }, correct: false } as const;

describe('drill attempts', () => {
	it('keeps every attempt and puts a missed type into review once, due now', async () => {
		const db = freshDB();
		const p = await createProfile(db, 'Dana');
		await recordDrill(db, { ...wrong, profileId: p.id, type: 'next-call', context: 'drill' });
		await recordDrill(db, {
			...wrong,
			profileId: p.id,
			type: 'next-call',
			context: 'drill',
			seed: 8
		});
		await recordDrill(db, {
			profileId: p.id,
			type: 'call-now',
			seed: 9,
			answer: { canCall: 'yes' },
			correct: true,
			context: 'drill'
		});
		const attempts = await drillAttemptsOf(db, p.id);
		expect(attempts.map((a) => [a.type, a.seed, a.correct])).toEqual([
			['next-call', 7, false],
			['next-call', 8, false],
			['call-now', 9, true]
		]);
		const due = await dueCards(db, p.id);
		expect(due.map((c) => [c.questionId, c.source])).toEqual([['drill:next-call', 'missed']]);
	});

	it('leaves the deck to the review screen for an answer given in review', async () => {
		const db = freshDB();
		const p = await createProfile(db, 'Dana');
		await recordDrill(db, {
			...wrong,
			profileId: p.id,
			type: 'limited-content',
			context: 'review'
		});
		expect(await dueCards(db, p.id)).toEqual([]);
		expect(await drillAttemptsOf(db, p.id, 'limited-content')).toHaveLength(1);
	});
});

describe('drill and audit attempts in backups', () => {
	async function profileWithAttempts(db: AcademyDB) {
		const p = await createProfile(db, 'Dana');
		await recordDrill(db, { ...wrong, profileId: p.id, type: 'next-call', context: 'drill' });
		await recordAudit(db, {
			profileId: p.id,
			auditId: 'third-party-roommate',
			marks: [{ line: 4, rule: 'fdcpa-1692b-2-no-debt' }],
			result: { violations: 3, flagged: 1, hits: 1, precision: 100, recall: 33, score: 50 }
		});
		return p;
	}

	it('exports them and imports them into a fresh browser', async () => {
		const here = freshDB();
		const p = await profileWithAttempts(here);
		const file = JSON.stringify(await exportProfile(here, p.id));
		const read = readBackup(file);
		expect(read.ok).toBe(true);
		const there = freshDB();
		await importBackup(there, (read as { ok: true; backup: never }).backup, 'merge');
		expect(await drillAttemptsOf(there, p.id)).toEqual(await drillAttemptsOf(here, p.id));
		expect(await auditAttemptsOf(there, p.id)).toEqual(await auditAttemptsOf(here, p.id));
		// Importing the same file again adds nothing: history is not doubled.
		await importBackup(there, (readBackup(file) as { ok: true; backup: never }).backup, 'merge');
		expect(await drillAttemptsOf(there, p.id)).toHaveLength(1);
	});

	it('copies them under new ids as a separate profile, leaving the original whole', async () => {
		const db = freshDB();
		const p = await profileWithAttempts(db);
		const backup = await exportProfile(db, p.id);
		const copy = await importBackup(db, backup, 'copy');
		const mine = await drillAttemptsOf(db, p.id);
		const theirs = await drillAttemptsOf(db, copy.id);
		expect(copy.id).not.toBe(p.id);
		expect(mine).toHaveLength(1);
		expect(theirs).toHaveLength(1);
		expect(theirs[0]!.id).not.toBe(mine[0]!.id);
		expect(await auditAttemptsOf(db, copy.id)).toHaveLength(1);
		expect(await auditAttemptsOf(db, p.id)).toHaveLength(1);
	});

	it('reads a version 2 file, made before these tables existed, with both empty', async () => {
		const db = freshDB();
		const p = await createProfile(db, 'Dana');
		const backup = (await exportProfile(db, p.id)) as unknown as {
			version: number;
			tables: Record<string, unknown>;
		};
		delete backup.tables.drillAttempts;
		delete backup.tables.auditAttempts;
		backup.version = 2;
		const read = readBackup(JSON.stringify(backup));
		expect(read.ok).toBe(true);
		if (read.ok) expect(read.backup.tables.drillAttempts).toEqual([]);
		if (read.ok) expect(read.backup.tables.auditAttempts).toEqual([]);
		// A version 3 file without them is damaged: the format has them.
		backup.version = 3;
		const current = readBackup(JSON.stringify(backup));
		expect(!current.ok && current.message).toMatch(/drillAttempts is missing/);
	});

	it('replaces a profile without doubling its attempts', async () => {
		const db = freshDB();
		const p = await profileWithAttempts(db);
		const backup = await exportProfile(db, p.id);
		await importBackup(db, backup, 'replace');
		await importBackup(db, backup, 'replace');
		expect(await drillAttemptsOf(db, p.id)).toEqual(backup.tables.drillAttempts);
		expect(await auditAttemptsOf(db, p.id)).toEqual(backup.tables.auditAttempts);
	});

	it('never moves an attempt of another profile: clashing ids are re-keyed', async () => {
		const db = freshDB();
		const dana = await profileWithAttempts(db);
		const danaDrills = await drillAttemptsOf(db, dana.id);
		const danaAudits = await auditAttemptsOf(db, dana.id);
		// Another person's file whose attempts happen to carry Dana's ids.
		const other = await exportProfile(db, dana.id);
		const lee = { ...other.profile, id: 'p-lee', name: 'Lee' };
		const own = <T extends { profileId: string }>(rows: T[]) =>
			rows.map((r) => ({ ...r, profileId: lee.id, ...('seed' in r ? { seed: 99 } : {}) }));
		const file = {
			...other,
			profile: lee,
			tables: {
				...other.tables,
				moduleProgress: [],
				notes: [],
				examSessions: [],
				reviewCards: [],
				reviewLog: [],
				callRuns: [],
				planAssignments: [],
				settings: [],
				drillAttempts: own(other.tables.drillAttempts),
				auditAttempts: own(other.tables.auditAttempts)
			}
		};
		for (const mode of ['merge', 'replace'] as const) {
			await importBackup(db, file, mode);
			expect(await drillAttemptsOf(db, dana.id)).toEqual(danaDrills);
			expect(await auditAttemptsOf(db, dana.id)).toEqual(danaAudits);
			const leeDrills = await drillAttemptsOf(db, lee.id);
			expect(leeDrills.map((a) => a.seed)).toEqual([99]);
			expect(leeDrills[0]!.id).not.toBe(danaDrills[0]!.id);
			expect(await auditAttemptsOf(db, lee.id)).toHaveLength(1);
		}
	});

	it('refuses a damaged attempt in plain words', async () => {
		const db = freshDB();
		const p = await profileWithAttempts(db);
		const backup = (await exportProfile(db, p.id)) as unknown as {
			tables: { drillAttempts: Record<string, unknown>[] };
		};
		backup.tables.drillAttempts[0]!.correct = 'yes';
		const read = readBackup(JSON.stringify(backup));
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toMatch(/drillAttempts/);
	});
});

describe('the database version 2 upgrade', () => {
	it('opens a version 1 database with the new tables empty and ready', async () => {
		const name = `upgrade-${Date.now()}`;
		const old = new Dexie(name);
		old.version(1).stores({ profiles: 'id, name', settings: '[profileId+key], profileId' });
		await old.open();
		await old.table('profiles').add({
			id: 'p1',
			name: 'Dana',
			createdAt: '2026-03-01T00:00:00.000Z',
			updatedAt: '2026-03-01T00:00:00.000Z'
		});
		old.close();
		const db = new AcademyDB(name);
		expect(await db.drillAttempts.count()).toBe(0);
		await recordDrill(db, { ...wrong, profileId: 'p1', type: 'next-call', context: 'drill' });
		expect(await drillAttemptsOf(db, 'p1')).toHaveLength(1);
		expect((await db.profiles.get('p1'))?.name).toBe('Dana');
		db.close();
	});
});

describe('drills in the study streak', () => {
	it('count a day of drills or audits as an active day', async () => {
		const { summarise } = await import('$lib/trainee/summary');
		const db = freshDB();
		const p = await createProfile(db, 'Dana');
		await recordDrill(
			db,
			{ ...wrong, profileId: p.id, type: 'next-call', context: 'drill' },
			new Date('2026-03-08T10:00:00Z')
		);
		await recordAudit(
			db,
			{
				profileId: p.id,
				auditId: 'wrong-number',
				marks: [],
				result: { violations: 2, flagged: 0, hits: 0, precision: 100, recall: 0, score: 0 }
			},
			new Date('2026-03-09T10:00:00Z')
		);
		const backup = await exportProfile(db, p.id);
		// Only the two attempts: the profile itself was created today, not on those days.
		const facts = { modules: [], questionDomain: {}, blueprints: [] };
		const s = summarise(backup, facts, '2026-03-09');
		expect(s.activeDays).toEqual(expect.arrayContaining(['2026-03-08', '2026-03-09']));
		expect(s.streakDays).toBeGreaterThanOrEqual(2);
	});
});
