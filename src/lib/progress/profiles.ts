import type { AcademyDB } from './db';
import { PROFILE_TABLES } from './tables';
import { newId, nowIso } from './clock';
import type { Profile } from './records';
import { getSetting, setSetting } from './settings';

const ACTIVE = 'activeProfileId';

export class ProfileNameError extends Error {}

function cleanName(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	if (!trimmed) throw new ProfileNameError('Please enter a name for the profile.');
	if (trimmed.length > 60) throw new ProfileNameError('Please keep the name under 60 characters.');
	return trimmed;
}

export async function listProfiles(db: AcademyDB): Promise<Profile[]> {
	const all = await db.profiles.toArray();
	return all.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function createProfile(db: AcademyDB, name: string): Promise<Profile> {
	const now = nowIso();
	const profile: Profile = { id: newId(), name: cleanName(name), createdAt: now, updatedAt: now };
	await db.profiles.add(profile);
	return profile;
}

export async function renameProfile(db: AcademyDB, id: string, name: string): Promise<void> {
	const updated = await db.profiles.update(id, { name: cleanName(name), updatedAt: nowIso() });
	if (!updated) throw new ProfileNameError('That profile no longer exists.');
}

/** Deletes a profile and everything it owns, and stops using it, in one transaction. */
export async function deleteProfile(db: AcademyDB, id: string): Promise<void> {
	const tables = [db.profiles, db.digests, ...PROFILE_TABLES.map((t) => db[t])];
	await db.transaction('rw', tables, async () => {
		for (const table of PROFILE_TABLES) await db[table].where('profileId').equals(id).delete();
		await db.digests.delete(id);
		await db.profiles.delete(id);
		if ((await getActiveProfileId(db)) === id) await setSetting(db, '', ACTIVE, undefined);
	});
}

export async function getActiveProfileId(db: AcademyDB): Promise<string | undefined> {
	return getSetting(db, '', ACTIVE);
}

export async function setActiveProfile(db: AcademyDB, id: string): Promise<void> {
	await setSetting(db, '', ACTIVE, id);
}

/**
 * The profile to use now: the one last chosen, else the first one, else a new one
 * (created on first use, without asking).
 */
export async function ensureActiveProfile(db: AcademyDB): Promise<Profile> {
	return db.transaction('rw', db.profiles, db.settings, async () => {
		const activeId = await getActiveProfileId(db);
		const active = activeId ? await db.profiles.get(activeId) : undefined;
		if (active) return active;
		const profile = (await listProfiles(db))[0] ?? (await createProfile(db, 'Learner'));
		await setActiveProfile(db, profile.id);
		return profile;
	});
}
