import { describe, expect, it } from 'vitest';
import { readBackup } from '$lib/progress/backup';
import { saveNote } from '$lib/progress/notes';
import { createProfile } from '$lib/progress/profiles';
import { getSetting } from '$lib/progress/settings';
import { failingDB, freshDB } from '$lib/progress/test-db';
import { BackupExport, type BackupFile } from './backup-export.svelte';

describe('BackupExport', () => {
	it('produces a file the import accepts and remembers when the profile was saved', async () => {
		const db = freshDB();
		const dana = await createProfile(db, 'Dana Ortiz');
		await saveNote(db, dana.id, 'call-frequency', 'Ask before calling at work.');
		const files: BackupFile[] = [];
		const outcome = await new BackupExport(db, dana.id).run((file) => files.push(file));

		expect(files).toHaveLength(1);
		const file = files[0]!;
		expect(file.name).toMatch(/^collections-academy-Dana-Ortiz-\d{4}-\d{2}-\d{2}\.json$/);
		expect(file.blob.type).toBe('application/json');
		expect(outcome).toEqual({
			ok: true,
			exportedAt: expect.any(String),
			message: `Saved ${file.name}. Keep it somewhere safe, such as your email or a USB stick.`
		});
		if (!outcome.ok) return;
		expect(await getSetting(db, dana.id, 'lastBackup')).toBe(outcome.exportedAt);

		const read = readBackup(await file.blob.text());
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.backup.profile).toEqual(dana);
		expect(read.backup.exportedAt).toBe(outcome.exportedAt);
		expect(read.backup.tables.notes.map((n) => n.text)).toEqual(['Ask before calling at work.']);
	});

	it('says in plain words when the profile is gone, and saves no file', async () => {
		const db = freshDB();
		const files: BackupFile[] = [];
		const outcome = await new BackupExport(db, 'nobody').run((file) => files.push(file));
		expect(files).toEqual([]);
		expect(outcome).toEqual({
			ok: false,
			problem:
				'Something went wrong while saving. Nothing saved earlier was lost; please try again.'
		});
		expect(await getSetting(db, 'nobody', 'lastBackup')).toBeUndefined();
	});

	it('reports a last-backup time it could not store', async () => {
		const db = failingDB('settings');
		const dana = await createProfile(db, 'Dana');
		const outcome = await new BackupExport(db, dana.id).run(() => {});
		expect(outcome.ok).toBe(false);
		expect(await getSetting(db, dana.id, 'lastBackup')).toBeUndefined();
	});
});
