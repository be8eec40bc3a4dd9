import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from './backup';
import {
	keepTraineeFile,
	keptTrainees,
	removeAllTrainees,
	removeTrainee,
	setTeamSetting,
	teamSetting
} from './team-files';
import { profile, profileBackup } from '$lib/test-factories';
import { freshTeamDB } from './test-db';

const file = (id: string, name: string, exportedAt: string): string =>
	JSON.stringify(profileBackup({}, { exportedAt, profile: profile({ id, name }) }));

const NOV12 = '2026-11-12T10:00:00.000Z';
const NOV20 = '2026-11-20T10:00:00.000Z';

describe('kept trainee files', () => {
	it('adds a trainee, replaces with a newer file and says so, keeps a newer over an older', async () => {
		const db = freshTeamDB();
		const added = await keepTraineeFile(db, 'dana-1.json', file('t1', 'Dana', NOV12));
		expect(added).toMatchObject({ outcome: 'added', problem: false, message: 'Added Dana.' });

		const replaced = await keepTraineeFile(db, 'dana-2.json', file('t1', 'Dana', NOV20));
		expect(replaced.outcome).toBe('replaced');
		expect(replaced.message).toBe(
			"Replaced Dana's file of 12 Nov 2026 with the one of 20 Nov 2026."
		);
		expect((await db.files.get('t1'))?.fileName).toBe('dana-2.json');

		const older = await keepTraineeFile(db, 'dana-1.json', file('t1', 'Dana', NOV12));
		expect(older.outcome).toBe('kept-newer');
		expect(older.message).toMatch(/Kept Dana's newer file of 20 Nov 2026; dana-1\.json .* older/);
		expect((await db.files.get('t1'))?.exportedAt).toBe(NOV20);

		const same = await keepTraineeFile(db, 'copy.json', file('t1', 'Dana', NOV20));
		expect(same.outcome).toBe('kept-newer');
		expect(same.message).toMatch(/same file/);
		expect((await db.files.get('t1'))?.fileName).toBe('dana-2.json');
	});

	it('reports two files claiming one trainee under different names and says which was kept', async () => {
		const db = freshTeamDB();
		await keepTraineeFile(db, 'dana.json', file('t1', 'Dana', NOV20));
		const clash = await keepTraineeFile(db, 'ben.json', file('t1', 'Ben', NOV12));
		expect(clash.problem).toBe(true);
		expect(clash.message).toMatch(/Two files claim the same trainee/);
		expect(clash.message).toMatch(
			/Dana \(dana\.json, 20 Nov 2026\) and Ben \(ben\.json, 12 Nov 2026\)/
		);
		expect(clash.message).toMatch(/Kept Dana's file of 20 Nov 2026/);
		expect((await db.files.get('t1'))?.name).toBe('Dana');
	});

	it('refuses a malformed, unknown-version or foreign file by name and changes nothing', async () => {
		const db = freshTeamDB();
		await keepTraineeFile(db, 'dana.json', file('t1', 'Dana', NOV12));
		const before = await db.files.toArray();
		const newer = { ...JSON.parse(file('t1', 'Dana', NOV20)), version: BACKUP_VERSION + 1 };
		for (const [name, text, says] of [
			['broken.json', '{"format": "collections', /not readable JSON/],
			['future.json', JSON.stringify(newer), /newer version/],
			['list.json', '[1, 2, 3]', /.+/]
		] as const) {
			const r = await keepTraineeFile(db, name, text);
			expect(r.outcome).toBe('refused');
			expect(r.message.startsWith(`${name} was not added: `)).toBe(true);
			expect(r.message).toMatch(says);
		}
		expect(await db.files.toArray()).toEqual(before);
	});

	it('reads kept trainees back, removes one, removes all, and remembers settings', async () => {
		const db = freshTeamDB();
		await keepTraineeFile(db, 'a.json', file('t1', 'Ann', NOV12));
		await keepTraineeFile(db, 'b.json', file('t2', 'Ben', NOV12));
		expect((await keptTrainees(db)).backups.map((b) => b.profile.name).sort()).toEqual([
			'Ann',
			'Ben'
		]);
		await removeTrainee(db, 't1');
		expect((await keptTrainees(db)).backups.map((b) => b.profile.name)).toEqual(['Ben']);
		await removeAllTrainees(db);
		expect((await keptTrainees(db)).backups).toEqual([]);

		expect(await teamSetting(db, 'columns')).toBeUndefined();
		await setTeamSetting(db, 'columns', ['name', 'critical']);
		expect(await teamSetting(db, 'columns')).toEqual(['name', 'critical']);
	});
});
