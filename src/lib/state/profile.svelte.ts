import type { AcademyDB } from '$lib/progress/db';
import type { Profile } from '$lib/progress/records';
import type { StorageStatus } from '$lib/state/storage';
import { explainOpenError } from './explain';

type Progress = typeof import('$lib/progress/on-demand');

/**
 * How long the app waits for the database before it says progress cannot be saved. Some Safari
 * versions leave the open request unanswered for ever; no page may wait on it.
 */
export const STORAGE_TIMEOUT_MS = 4000;

export const STORAGE_SILENT =
	'The browser’s storage is not answering, so progress cannot be saved for now. You can keep reading; if the storage answers later, this message goes away.';

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
	#markOpened: () => void = () => {};
	readonly #opened = new Promise<void>((resolve) => (this.#markOpened = resolve));

	/**
	 * Resolves when the active profile is known, when storage is known to be unavailable, or after
	 * STORAGE_TIMEOUT_MS at the latest: no page waits longer to say progress cannot be saved.
	 */
	ready(): Promise<void> {
		this.#ready ??= this.#open();
		return this.#ready;
	}

	/**
	 * Resolves once the database is open, even late (a slow device, a busy disk); never, if it
	 * cannot open. A page that gave up waiting carries on from here.
	 */
	opened(): Promise<void> {
		void this.ready();
		return this.#opened;
	}

	#db: AcademyDB | undefined;
	#profiles!: Progress;

	/** The database; there once `ready()` has resolved with storage available. */
	get db(): AcademyDB {
		if (!this.#db) throw new Error('The database is not open yet.');
		return this.#db;
	}

	async #open() {
		let timer: ReturnType<typeof setTimeout> | undefined;
		const timeout = new Promise<'timeout'>((resolve) => {
			timer = setTimeout(() => resolve('timeout'), STORAGE_TIMEOUT_MS);
		});
		const first = await Promise.race([this.#connect(), timeout]);
		clearTimeout(timer);
		if (first === 'timeout' && this.storage === 'unknown') {
			this.storage = 'unavailable';
			this.storageMessage = STORAGE_SILENT;
		}
	}

	/** Opens the database; if this ends after the timeout, the banner goes and pages carry on. */
	async #connect(): Promise<void> {
		try {
			// Loaded on demand: the database code is not needed to show a page, only to save.
			const profiles = await import('$lib/progress/on-demand');
			this.#profiles = profiles;
			const db = profiles.getDB();
			await db.open();
			profiles.markStored();
			const current = await profiles.ensureActiveProfile(db);
			const all = await profiles.listProfiles(db);
			this.#db = db;
			this.current = current;
			this.all = all;
			this.storage = 'ok';
			this.storageMessage = '';
			this.#markOpened();
		} catch (error) {
			this.storageMessage = await explainOpenError(error);
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
