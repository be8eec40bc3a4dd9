/**
 * A read-only look at what this device has stored, taken straight from IndexedDB without the
 * database library. A module page shows the learner's profile, status, reading position and note
 * with it, and loads the library (about 31 KB compressed) only when the learner starts to work.
 *
 * It never creates the database: a device that has none yet gets an empty glance. It reads the
 * stores and keys that db.ts declares; glance.test.ts writes with the library and reads back here,
 * so the two cannot drift apart unnoticed.
 */
import { DB_NAME } from './db-presence';
import type { ModuleProgress, Profile } from './records';

export interface Glance {
	moduleId: string;
	/** The profile in use: the one last chosen, else the first; none on a new device. */
	profile?: Profile;
	profiles: Profile[];
	/** The profile's saved text size, unchecked. */
	textScale?: unknown;
	module?: ModuleProgress;
	note: string;
}

/** An error like the one the library gives where the browser has no IndexedDB. */
function missing(): Error {
	const error = new Error('IndexedDB is not available in this browser.');
	error.name = 'MissingAPIError';
	return error;
}

function result<T>(request: IDBRequest): Promise<T> {
	return new Promise((resolve, reject) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Opens the database as it is, or resolves to undefined where there is none yet. */
function openExisting(name: string): Promise<IDBDatabase | undefined> {
	if (typeof indexedDB === 'undefined' || !indexedDB) return Promise.reject(missing());
	return new Promise((resolve, reject) => {
		let absent = false;
		const open = indexedDB.open(name);
		// An upgrade on a versionless open means the database does not exist: abort it, so this
		// look leaves nothing behind and the library creates the database properly later.
		open.onupgradeneeded = () => {
			absent = true;
			open.transaction?.abort();
		};
		open.onsuccess = () => {
			const db = open.result;
			// Never stand in the way of the library upgrading the schema.
			db.onversionchange = () => db.close();
			resolve(db);
		};
		open.onerror = (event) => {
			if (!absent) return reject(open.error);
			event.preventDefault();
			resolve(undefined);
		};
	});
}

/**
 * What is stored for the profile in use and one module. Rejects where the browser will not open
 * IndexedDB at all (the same errors describeStorageError explains).
 */
export async function glance(moduleId: string, name = DB_NAME): Promise<Glance> {
	const seen: Glance = { moduleId, profiles: [], note: '' };
	const db = await openExisting(name);
	if (!db) return seen;
	try {
		const tx = db.transaction(['profiles', 'settings', 'moduleProgress', 'notes'], 'readonly');
		const store = (name: string) => tx.objectStore(name);
		type Setting = { value?: unknown } | undefined;
		const [profiles, active] = await Promise.all([
			result<Profile[]>(store('profiles').getAll()),
			result<Setting>(store('settings').get(['', 'activeProfileId']))
		]);
		profiles.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
		const profile = profiles.find((p) => p.id === active?.value) ?? profiles[0];
		if (!profile) return seen;
		const key = [profile.id, moduleId];
		const [textScale, module, note] = await Promise.all([
			result<Setting>(store('settings').get([profile.id, 'textScale'])),
			result<ModuleProgress | undefined>(store('moduleProgress').get(key)),
			result<{ text?: string } | undefined>(store('notes').get(key))
		]);
		return {
			moduleId,
			profile,
			profiles,
			textScale: textScale?.value,
			module,
			note: note?.text ?? ''
		};
	} finally {
		db.close();
	}
}
