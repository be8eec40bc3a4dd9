import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AcademyDB } from '$lib/progress/db';
import { freshDB } from '$lib/progress/test-db';

/** The database the app gets; each test decides how its open behaves. */
let db: AcademyDB;
vi.mock('$lib/progress/db', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/progress/db')>()),
	getDB: () => db
}));

/** A new copy of the shared profile state, as a freshly loaded page has. */
async function freshState() {
	vi.resetModules();
	return import('./profile.svelte');
}

beforeEach(() => {
	db = freshDB();
	// Only the app's own timer is faked: fake-indexeddb schedules its work with setImmediate.
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => vi.useRealTimers());

/** Makes the database's open wait until `release` is called (or for ever). */
function holdOpen() {
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	const realOpen = db.open.bind(db);
	db.open = (async () => {
		await gate;
		return realOpen();
	}) as typeof db.open;
	return () => release();
}

const settled = async (promise: Promise<unknown>) =>
	Promise.race([promise.then(() => true), new Promise((r) => setImmediate(() => r(false)))]);

describe('opening storage', () => {
	it('opens when storage answers', { timeout: 30_000 }, async () => {
		vi.useRealTimers(); // the first open also loads Dexie, slow on a busy machine
		const { profileState } = await freshState();
		await profileState.opened();
		expect(profileState.storage).toBe('ok');
		expect(profileState.storageMessage).toBe('');
		expect(profileState.current).toBeDefined();
	});

	it('gives up after the timeout when the open never answers, and says so', async () => {
		holdOpen();
		const { profileState, STORAGE_TIMEOUT_MS, STORAGE_SILENT } = await freshState();
		const ready = profileState.ready();
		await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS - 1);
		expect(await settled(ready)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		await ready;
		expect(profileState.storage).toBe('unavailable');
		expect(profileState.storageMessage).toBe(STORAGE_SILENT);
		await vi.advanceTimersByTimeAsync(60_000);
		expect(await settled(profileState.opened())).toBe(false);
	});

	it('carries on when a slow open answers after the timeout', async () => {
		const release = holdOpen();
		const { profileState, STORAGE_TIMEOUT_MS } = await freshState();
		const ready = profileState.ready();
		await vi.advanceTimersByTimeAsync(STORAGE_TIMEOUT_MS);
		await ready;
		expect(profileState.storage).toBe('unavailable');
		release();
		await profileState.opened();
		expect(profileState.storage).toBe('ok');
		expect(profileState.storageMessage).toBe('');
		expect(profileState.current?.name).toBeTruthy();
	});

	it('says plainly when the browser refuses storage', async () => {
		db.open = (() =>
			Promise.reject(new DOMException('Blocked.', 'SecurityError'))) as typeof db.open;
		const { profileState } = await freshState();
		await profileState.ready();
		expect(profileState.storage).toBe('unavailable');
		expect(profileState.storageMessage).toMatch(/not letting the app save anything/);
	});
});
