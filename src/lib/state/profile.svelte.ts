import type { AcademyDB } from '$lib/progress/db';
import type { Profile } from '$lib/progress/records';
import type { StorageStatus } from '$lib/progress/storage';
import { explain } from './explain';

type Progress = typeof import('$lib/progress/on-demand');

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
	#profiles!: Progress;

	/** The database; there once `ready()` has resolved with storage available. */
	get db(): AcademyDB {
		if (!this.#db) throw new Error('The database is not open yet.');
		return this.#db;
	}

	async #open() {
		try {
			// Loaded on demand: the database code is not needed to show a page, only to save.
			const profiles = await import('$lib/progress/on-demand');
			this.#profiles = profiles;
			const db = profiles.getDB();
			await db.open();
			this.#db = db;
			this.current = await profiles.ensureActiveProfile(db);
			this.all = await profiles.listProfiles(db);
			this.storage = 'ok';
		} catch (error) {
			this.storageMessage = await explain(error);
			this.storage = 'unavailable';
		}
	}

	async #refresh() {
		this.all = await this.#profiles.listProfiles(this.db);
	}

	async switchTo(id: string) {
		await this.#profiles.setActiveProfile(this.db, id);
		this.current = this.all.find((p) => p.id === id);
	}

	async create(name: string) {
		const profile = await this.#profiles.createProfile(this.db, name);
		await this.#refresh();
		await this.switchTo(profile.id);
	}

	async rename(id: string, name: string) {
		await this.#profiles.renameProfile(this.db, id, name);
		await this.#refresh();
		if (this.current?.id === id) this.current = this.all.find((p) => p.id === id);
	}

	/** After an import: the imported profile becomes the one in use. */
	async imported(id: string) {
		await this.#refresh();
		await this.switchTo(id);
	}

	async remove(id: string) {
		await this.#profiles.deleteProfile(this.db, id);
		this.current = await this.#profiles.ensureActiveProfile(this.db);
		await this.#refresh();
	}
}

export const profileState = new ProfileState();
