import type { AcademyDB } from '$lib/progress/db';
import {
	createProfile,
	deleteProfile,
	ensureActiveProfile,
	listProfiles,
	renameProfile,
	setActiveProfile
} from '$lib/progress/profiles';
import type { Profile } from '$lib/progress/records';
import { describeStorageError, type StorageStatus } from '$lib/progress/storage';

/**
 * How long the app waits for the database before it says progress cannot be saved. Some Safari
 * versions leave the open request unanswered for ever; no page may wait on it.
 */
export const STORAGE_TIMEOUT_MS = 4000;

export const STORAGE_SILENT =
	'The browser’s storage is not answering, so progress cannot be saved right now. You can keep reading; reload the page later to try again.';

class StorageTimeout extends Error {
	override name = 'StorageTimeout';
}

/**
 * The learner profile in use on this device, shared by every page.
 * Starts empty during prerendering and fills in once the browser opens the database.
 */
class ProfileState {
	current = $state<Profile | undefined>(undefined);
	all = $state<Profile[]>([]);
	storage = $state<StorageStatus>('unknown');
	storageMessage = $state('');
	#ready: Promise<void> | undefined;

	/** Resolves when the active profile is known (or storage is known to be unavailable). */
	ready(): Promise<void> {
		this.#ready ??= this.#open();
		return this.#ready;
	}

	#db: AcademyDB | undefined;

	/** The database; there once `ready()` has resolved with storage available. */
	get db(): AcademyDB {
		if (!this.#db) throw new Error('The database is not open yet.');
		return this.#db;
	}

	async #open() {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => reject(new StorageTimeout()), STORAGE_TIMEOUT_MS);
		});
		try {
			// Loaded on demand: the database code is not needed to show a page, only to save.
			const { getDB } = await import('$lib/progress/db');
			const db = getDB();
			const opened = (async () => {
				await db.open();
				return { current: await ensureActiveProfile(db), all: await listProfiles(db) };
			})();
			opened.catch(() => {}); // after a timeout, a late failure has nobody to tell
			const { current, all } = await Promise.race([opened, timeout]);
			this.#db = db;
			this.current = current;
			this.all = all;
			this.storage = 'ok';
		} catch (error) {
			this.storage = 'unavailable';
			this.storageMessage =
				error instanceof StorageTimeout ? STORAGE_SILENT : describeOpenError(error);
		} finally {
			clearTimeout(timer);
		}
	}

	async #refresh() {
		this.all = await listProfiles(this.db);
	}

	async switchTo(id: string) {
		await setActiveProfile(this.db, id);
		this.current = this.all.find((p) => p.id === id);
	}

	async create(name: string) {
		const profile = await createProfile(this.db, name);
		await this.#refresh();
		await this.switchTo(profile.id);
	}

	async rename(id: string, name: string) {
		await renameProfile(this.db, id, name);
		await this.#refresh();
		if (this.current?.id === id) this.current = this.all.find((p) => p.id === id);
	}

	/** After an import: the imported profile becomes the one in use. */
	async imported(id: string) {
		await this.#refresh();
		await this.switchTo(id);
	}

	async remove(id: string) {
		await deleteProfile(this.db, id);
		this.current = await ensureActiveProfile(this.db);
		await this.#refresh();
	}
}

export const profileState = new ProfileState();

/** Plain words for a database that would not open: the app can show content, not save. */
function describeOpenError(error: unknown): string {
	const message = describeStorageError(error);
	return message.startsWith('Something went wrong')
		? 'This browser is not letting the app save anything (private browsing can do this). You can keep reading, but progress will not be kept.'
		: message;
}
