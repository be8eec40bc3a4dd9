import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, exportProfile, importBackup, type Backup } from './backup';
import type { AcademyDB } from './db';
import { createImportJob, type JobReport } from './import-job';
import { setModuleComplete } from './module-progress';
import backupV1 from './migrations/backup-v1.json';
import { freshDB } from './test-db';
import { callRun, examSession, profile } from '$lib/test-factories';

// fake-indexeddb writes thousands of rows slowly on a shared machine.
vi.setConfig({ testTimeout: 60_000 });

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

/** A valid file for a profile with `answers` review-log rows, one a minute. */
function bigBackup(answers: number, id = 'p-big'): Backup {
	const start = Date.parse('2025-01-01T08:00:00.000Z');
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt: '2026-01-01T00:00:00.000Z',
		profile: {
			id,
			name: 'Year of review',
			createdAt: '2025-01-01T00:00:00.000Z',
			updatedAt: '2025-01-01T00:00:00.000Z'
		},
		tables: {
			moduleProgress: [
				{
					profileId: id,
					moduleId: 'call-frequency',
					status: 'complete',
					readFraction: 1,
					updatedAt: '2025-02-01T00:00:00.000Z',
					completedAt: '2025-02-01T00:00:00.000Z'
				}
			],
			notes: [],
			examSessions: [],
			reviewCards: [],
			reviewLog: Array.from({ length: answers }, (_, i) => ({
				profileId: id,
				questionId: `q-${i % 500}`,
				reviewedAt: new Date(start + i * 60_000).toISOString(),
				grade: 3,
				correct: i % 4 !== 0,
				context: 'review' as const
			})),
			callRuns: [],
			planAssignments: [],
			settings: [],
			drillAttempts: [],
			auditAttempts: [],
			certificates: []
		}
	};
}

/** Runs requests through a job and collects what it reports. */
function job() {
	const reports: JobReport[] = [];
	const handle = createImportJob(
		(m) => reports.push(m),
		async () => db
	);
	const file = (value: unknown) =>
		new Blob([typeof value === 'string' ? value : JSON.stringify(value)], {
			type: 'application/json'
		});
	return {
		reports,
		handle,
		file,
		of: <T extends JobReport['type']>(type: T) =>
			reports.filter((r) => r.type === type) as Extract<JobReport, { type: T }>[]
	};
}

describe('the import job', () => {
	it('reads, checks and describes a file, then writes it with progress in order', async () => {
		const j = job();
		const backup = bigBackup(6_000);
		const blob = j.file(backup);
		await j.handle({ type: 'read', file: blob });
		expect(j.reports[0]).toEqual({ type: 'reading', bytes: 0, total: blob.size });
		expect(j.of('reading').at(-1)).toEqual({ type: 'reading', bytes: blob.size, total: blob.size });
		expect(j.of('checking')).toEqual([{ type: 'checking', records: 6_001 }]);
		expect(j.reports.at(-1)).toEqual({
			type: 'ready',
			summary: {
				profile: backup.profile,
				exportedAt: backup.exportedAt,
				counts: {
					moduleProgress: 1,
					notes: 0,
					examSessions: 0,
					reviewCards: 0,
					reviewLog: 6_000,
					callRuns: 0,
					planAssignments: 0,
					settings: 0,
					drillAttempts: 0,
					auditAttempts: 0,
					certificates: 0
				},
				records: 6_001
			}
		});
		// Nothing is written by reading.
		expect(await db.reviewLog.count()).toBe(0);

		await j.handle({ type: 'write', mode: 'merge' });
		const writing = j.of('writing');
		expect(writing.at(-1)).toEqual({ type: 'writing', done: 6_001, total: 6_001 });
		const done = writing.map((w) => w.done);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(j.reports.at(-1)).toEqual({ type: 'done', profile: backup.profile });
		expect(await db.reviewLog.where('profileId').equals('p-big').count()).toBe(6_000);
		expect(await db.profiles.get('p-big')).toEqual(backup.profile);
	});

	it('refuses a damaged file in plain words and writes nothing', async () => {
		const j = job();
		await j.handle({
			type: 'read',
			file: j.file('{"format": "collections-academy-profile", "ver')
		});
		expect(j.reports.at(-1)).toEqual({
			type: 'refused',
			message: expect.stringMatching(/not readable JSON.*Nothing was changed\.$/)
		});
		await j.handle({ type: 'write', mode: 'replace' });
		expect(j.reports.at(-1)).toEqual({
			type: 'failed',
			message: 'Choose the file again, then import it.'
		});
		expect(await db.profiles.count()).toBe(0);
	});

	it('refuses a file over 50 MB before reading it', async () => {
		const j = job();
		// Only its size is looked at: reading it would fail the test.
		const huge = {
			size: 50 * 1024 * 1024 + 1,
			stream: () => expect.fail('read')
		} as unknown as Blob;
		await j.handle({ type: 'read', file: huge });
		expect(j.reports).toEqual([
			{
				type: 'refused',
				message:
					'The file is too large to be a Collections Academy backup (over 50 MB). Nothing was changed.'
			}
		]);
	});

	it('says what a replace would remove, and replaces only when asked', async () => {
		const backup = bigBackup(3, 'p-dana');
		await importBackup(db, backup, 'merge');
		await setModuleComplete(db, 'p-dana', 'harassment-abuse', true);
		const j = job();
		await j.handle({ type: 'read', file: j.file(backup) });
		await j.handle({ type: 'losses' });
		expect(j.reports.at(-1)).toEqual({
			type: 'losses',
			losses: [{ kind: 'modules', count: 1, latest: expect.any(String) }]
		});
		expect((await exportProfile(db, 'p-dana')).tables.moduleProgress).toHaveLength(2);
		await j.handle({ type: 'write', mode: 'replace' });
		expect(j.reports.at(-1)).toEqual({ type: 'done', profile: backup.profile });
		expect((await exportProfile(db, 'p-dana')).tables.moduleProgress).toHaveLength(1);
	});

	it('reports a storage failure in plain words, and the transaction leaves nothing behind', async () => {
		const j = job();
		await j.handle({ type: 'read', file: j.file(bigBackup(5_000)) });
		// The disk fills up during the third batch of the review log.
		const bulkAdd = db.reviewLog.bulkAdd.bind(db.reviewLog);
		let calls = 0;
		db.reviewLog.bulkAdd = ((...args: Parameters<typeof bulkAdd>) => {
			if (++calls === 3) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
			return bulkAdd(...args);
		}) as typeof bulkAdd;
		await j.handle({ type: 'write', mode: 'merge' });
		expect(j.reports.at(-1)).toEqual({
			type: 'failed',
			message: expect.stringMatching(/out of storage space/)
		});
		expect(await db.reviewLog.count()).toBe(0);
		expect(await db.profiles.count()).toBe(0);
	});
});

describe('the job runs the whole import that main thread imports run', () => {
	/** A profile on this device with one exam session and one call. */
	async function dana() {
		const p = profile({ id: 'p-dana', name: 'Dana' });
		await db.profiles.put(p);
		await db.examSessions.put(examSession({ id: 'e-dana', profileId: p.id }));
		await db.callRuns.put(callRun({ id: 'c-dana', profileId: p.id }));
		return exportProfile(db, p.id);
	}
	const own = (pid: string) => exportProfile(db, pid).then((b) => b.tables);

	it('upgrades a version 1 file and imports every record', async () => {
		const j = job();
		await j.handle({ type: 'read', file: j.file(backupV1) });
		expect(j.reports.at(-1)).toMatchObject({
			type: 'ready',
			summary: { profile: { id: 'p-dana' } }
		});
		await j.handle({ type: 'write', mode: 'merge' });
		expect(j.reports.at(-1)).toMatchObject({ type: 'done' });
		const tables = await own('p-dana');
		expect(tables.moduleProgress).toHaveLength(2);
		expect(tables.examSessions).toHaveLength(1);
		expect(tables.callRuns).toHaveLength(1);
	});

	it('refuses a file whose records no screen could open, and writes nothing', async () => {
		const file = await dana();
		await db.delete();
		db = freshDB();
		const j = job();
		file.tables.examSessions[0]!.current = 998;
		await j.handle({ type: 'read', file: j.file(file) });
		expect(j.reports.at(-1)).toEqual({
			type: 'refused',
			message: expect.stringMatching(/Exam 1 in the file cannot be opened.*Nothing was changed\.$/)
		});
		expect(await db.profiles.count()).toBe(0);
	});

	it('imports a file as a separate profile beside its original, which stays as it was', async () => {
		const file = await dana();
		const before = await own('p-dana');
		const j = job();
		await j.handle({ type: 'read', file: j.file(file) });
		await j.handle({ type: 'write', mode: 'copy' });
		const done = j.of('done')[0]!;
		expect(done.profile.id).not.toBe('p-dana');
		expect(done.profile.name).toBe('Dana (copy)');
		expect(await own('p-dana')).toEqual(before);
		const copy = await own(done.profile.id);
		expect(copy.examSessions.map((s) => s.id)).not.toContain('e-dana');
		expect(copy.callRuns.map((r) => r.id)).not.toContain('c-dana');
		expect(copy.examSessions).toHaveLength(1);
		expect(await db.profiles.count()).toBe(2);
	});

	it('never touches another profile’s exams or calls, in a merge or a replace', async () => {
		const file = await dana();
		const before = await own('p-dana');
		// The same ids under another profile: a file edited by hand, or from another device.
		const sam = 'p-sam';
		const edited = JSON.parse(JSON.stringify(file).replaceAll('"p-dana"', `"${sam}"`));
		for (const mode of ['merge', 'replace'] as const) {
			const j = job();
			await j.handle({ type: 'read', file: j.file(edited) });
			await j.handle({ type: 'write', mode });
			expect(j.reports.at(-1)).toMatchObject({ type: 'done', profile: { id: sam } });
			expect(await own('p-dana')).toEqual(before);
			const theirs = await own(sam);
			expect(theirs.examSessions).toHaveLength(1);
			expect(theirs.examSessions[0]!.id).not.toBe('e-dana');
			expect(theirs.callRuns[0]!.id).not.toBe('c-dana');
		}
	});
});

describe('importBackup progress', () => {
	it('reports after every batch of 2,000 rows inside one transaction', async () => {
		const seen: [number, number][] = [];
		await importBackup(db, bigBackup(9_000), 'merge', (done, total) => seen.push([done, total]));
		expect(seen.filter(([, total]) => total !== 9_001)).toEqual([]);
		expect(seen.map(([done]) => done)).toEqual([1, 2_001, 4_001, 6_001, 8_001, 9_001]);
		expect(await db.reviewLog.count()).toBe(9_000);
	});

	it('counts records already on the device as done when merging', async () => {
		const backup = bigBackup(4_000);
		await importBackup(db, backup, 'merge');
		const seen: number[] = [];
		await importBackup(db, backup, 'merge', (done) => seen.push(done));
		expect(seen.at(-1)).toBe(4_001);
		expect(await db.reviewLog.count()).toBe(4_000);
	});
});
