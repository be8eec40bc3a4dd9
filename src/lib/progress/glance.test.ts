import { afterEach, describe, expect, it } from 'vitest';
import { AcademyDB } from './db';
import { surelyNoDatabase } from './db-presence';
import { glance } from './glance';
import { recordReading, setModuleComplete } from './module-progress';
import { saveNote } from './notes';
import { createProfile, ensureActiveProfile, setActiveProfile } from './profiles';
import { setSetting } from './settings';

let count = 0;
let db: AcademyDB | undefined;
afterEach(() => db?.close());

const fresh = () => `glance-${Date.now()}-${++count}`;

async function databaseNames() {
	return (await indexedDB.databases()).map((d) => d.name);
}

describe('glance', () => {
	it('tells a first visit apart without opening anything', async () => {
		const name = fresh();
		expect(await surelyNoDatabase(name)).toBe(true);
		expect(await databaseNames()).not.toContain(name);
		db = new AcademyDB(name);
		await ensureActiveProfile(db);
		expect(await surelyNoDatabase(name)).toBe(false);
		// Where the browser will not list its databases, nobody can be sure.
		const list = indexedDB.databases;
		indexedDB.databases = () => Promise.reject(new Error('not allowed'));
		try {
			expect(await surelyNoDatabase(fresh())).toBe(false);
		} finally {
			indexedDB.databases = list;
		}
	});

	it('finds nothing on a new device, and leaves no database behind', async () => {
		const name = fresh();
		expect(await glance('m1', name)).toEqual({ profiles: [], note: '', moduleId: 'm1' });
		expect(await databaseNames()).not.toContain(name);
		// The library still creates the database afterwards.
		db = new AcademyDB(name);
		const profile = await ensureActiveProfile(db);
		expect(profile.name).toBe('Learner');
		db.close();
		expect((await glance('m1', name)).profile?.id).toBe(profile.id);
	});

	it('reads what the library wrote: profile in use, text size, module progress and note', async () => {
		const name = fresh();
		db = new AcademyDB(name);
		const first = await ensureActiveProfile(db);
		// Profiles are listed by creation time; two made in the same millisecond have no order.
		await new Promise((resolve) => setTimeout(resolve, 5));
		const second = await createProfile(db, 'Maria');
		await setActiveProfile(db, second.id);
		await setSetting(db, second.id, 'textScale', 1.3);
		await recordReading(db, second.id, 'm1', { lastHeading: 'disputes', readFraction: 0.4 });
		await setModuleComplete(db, second.id, 'm1', true);
		await saveNote(db, second.id, 'm1', 'Ask about the count.');
		await setModuleComplete(db, first.id, 'm2', true);
		db.close();

		const seen = await glance('m1', name);
		expect(seen.profile?.name).toBe('Maria');
		expect(seen.profiles.map((p) => p.name)).toEqual(['Learner', 'Maria']);
		expect(seen.textScale).toBe(1.3);
		expect(seen.module).toMatchObject({
			status: 'complete',
			lastHeading: 'disputes',
			readFraction: 0.4
		});
		expect(seen.note).toBe('Ask about the count.');
		expect((await glance('m2', name)).module).toBeUndefined();
	});

	it('falls back to the first profile when none is marked in use, as the app does', async () => {
		const name = fresh();
		db = new AcademyDB(name);
		await createProfile(db, 'First');
		await createProfile(db, 'Second');
		db.close();
		const seen = await glance('m1', name);
		expect(seen.profile?.name).toBe('First');
		expect(seen.module).toBeUndefined();
	});

	it('does not block the library from opening while it looks', async () => {
		const name = fresh();
		db = new AcademyDB(name);
		await ensureActiveProfile(db);
		db.close();
		const [seen] = await Promise.all([glance('m1', name), (db = new AcademyDB(name)).open()]);
		expect(seen.profiles).toHaveLength(1);
		expect(db.isOpen()).toBe(true);
	});

	it('rejects in plain terms where the browser has no IndexedDB', async () => {
		const saved = globalThis.indexedDB;
		Object.defineProperty(globalThis, 'indexedDB', { value: undefined, configurable: true });
		try {
			await expect(glance('m1')).rejects.toMatchObject({ name: 'MissingAPIError' });
		} finally {
			Object.defineProperty(globalThis, 'indexedDB', { value: saved, configurable: true });
		}
	});
});
