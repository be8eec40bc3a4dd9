import { beforeEach, describe, expect, it } from 'vitest';
import type { AcademyDB } from './db';
import { setModuleComplete } from './module-progress';
import { saveNote } from './notes';
import {
	createProfile,
	deleteProfile,
	ensureActiveProfile,
	getActiveProfileId,
	listProfiles,
	ProfileNameError,
	renameProfile,
	setActiveProfile
} from './profiles';
import { failingDB, freshDB } from './test-db';

let db: AcademyDB;
beforeEach(() => {
	db = freshDB();
});

describe('profiles', () => {
	it('creates a first profile on first use without asking', async () => {
		const profile = await ensureActiveProfile(db);
		expect(profile.name).toBe('Learner');
		expect(await getActiveProfileId(db)).toBe(profile.id);
		// Asking again returns the same profile rather than creating another.
		expect((await ensureActiveProfile(db)).id).toBe(profile.id);
		expect(await listProfiles(db)).toHaveLength(1);
	});

	it('switches, renames and keeps names tidy', async () => {
		const a = await createProfile(db, 'Ana');
		const b = await createProfile(db, '  Ben   Ortiz ');
		expect(b.name).toBe('Ben Ortiz');
		await setActiveProfile(db, b.id);
		expect((await ensureActiveProfile(db)).id).toBe(b.id);
		await renameProfile(db, a.id, 'Ana Lima');
		expect((await db.profiles.get(a.id))?.name).toBe('Ana Lima');
	});

	it('refuses an empty or overlong name with a plain message', async () => {
		await expect(createProfile(db, '   ')).rejects.toThrow(ProfileNameError);
		await expect(createProfile(db, 'x'.repeat(61))).rejects.toThrow('under 60 characters');
		expect(await listProfiles(db)).toEqual([]);
	});

	it('deletes a profile with all its data and nothing of anyone else', async () => {
		const a = await createProfile(db, 'Ana');
		const b = await createProfile(db, 'Ben');
		await setActiveProfile(db, a.id);
		for (const p of [a, b]) {
			await setModuleComplete(db, p.id, 'call-frequency', true);
			await saveNote(db, p.id, 'call-frequency', `note of ${p.name}`);
		}
		await deleteProfile(db, a.id);

		expect((await listProfiles(db)).map((p) => p.name)).toEqual(['Ben']);
		expect(await db.moduleProgress.where('profileId').equals(a.id).count()).toBe(0);
		expect(await db.notes.where('profileId').equals(a.id).count()).toBe(0);
		expect((await db.notes.get([b.id, 'call-frequency']))?.text).toBe('note of Ben');
		// The deleted profile was active: the next use falls back to a remaining one.
		expect((await ensureActiveProfile(db)).id).toBe(b.id);
	});

	it('deletes a profile and stops using it in one write', async () => {
		// Settings writes: choosing the profile (1), clearing its settings (2), clearing the choice (3).
		const failing = failingDB('settings', 3);
		const a = await createProfile(failing, 'Ana');
		await setActiveProfile(failing, a.id);
		await expect(deleteProfile(failing, a.id)).rejects.toThrow(/failed/);
		expect(await failing.profiles.get(a.id)).toBeDefined();
		expect(await getActiveProfileId(failing)).toBe(a.id);
		await deleteProfile(failing, a.id);
		expect(await failing.profiles.get(a.id)).toBeUndefined();
		expect(await getActiveProfileId(failing)).toBeUndefined();
	});
});
