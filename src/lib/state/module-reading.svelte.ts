/**
 * A module page: the learner's status in the module, where they are reading, their knowledge-check
 * score. The learner's private note on it is a ModuleNote (module-note.svelte.ts), which loads with
 * the notes box.
 *
 * The module page opens the database only when the learner starts to work (see glance.svelte.ts),
 * so this file imports the database code only on demand, through `$lib/progress/on-demand`, and
 * everything else from `$lib/progress` as types only: building the class costs the page's first
 * load nothing. For the same reason it is not built on a database: the page says how to reach one.
 */
import type { AcademyDB } from '$lib/progress/db';
import type { ModuleProgress } from '$lib/progress/records';
import { explain } from './explain';

/** A profile whose data this device can store, and its database. */
export interface ReadingStore {
	db: AcademyDB;
	profileId: string;
}

export interface ReadingAccess {
	/** The profile in use, opening the database if need be; undefined where storage does not work. */
	open(): Promise<ReadingStore | undefined>;
	/**
	 * The module's stored progress while the database is closed (a glance at storage): undefined
	 * until the glance is taken, null where nothing is stored.
	 */
	glance?(): ModuleProgress | null | undefined;
}

/** A heading of the module, as its table of contents lists it. */
export interface Heading {
	id: string;
	text: string;
}

const store = () => import('$lib/progress/on-demand');

/** One module as the learner reads it. */
export class ModuleReading {
	/** What the database holds for the module, once it has been read. */
	progress = $state.raw<ModuleProgress | undefined>();
	loaded = $state(false);
	/** How far down the module the reader is, 0 to 1. */
	readFraction = $state(0);
	/** The last outcome of marking complete (or what went wrong). */
	message = $state('');
	/** The learner has just marked the module complete here: the page says what was learned. */
	justCompleted = $state(false);

	#lastSaved = '';

	constructor(
		readonly module: { id: string; toc: readonly Heading[] },
		readonly access: ReadingAccess
	) {}

	/** What to show: the stored progress, or until the database is open, what a glance found. */
	get shown(): ModuleProgress | undefined {
		return this.loaded ? this.progress : (this.access.glance?.() ?? undefined);
	}

	/** Whether the status is known yet (from the database or a glance). */
	get known(): boolean {
		return this.loaded || this.access.glance?.() !== undefined;
	}

	get complete(): boolean {
		return this.shown?.status === 'complete';
	}

	/** Where the learner left off, when that is past the first heading. */
	get resumeHeading(): Heading | undefined {
		const at = this.shown?.lastHeading;
		if (!at || at === this.module.toc[0]?.id) return undefined;
		return this.module.toc.find((h) => h.id === at) ?? { id: at, text: 'where you left off' };
	}

	/** Reads the module's progress from a database already open. */
	async load(to: ReadingStore): Promise<void> {
		const { getModuleProgress } = await store();
		this.progress = await getModuleProgress(to.db, to.profileId, this.module.id);
		this.loaded = true;
	}

	/** Marks the module complete, or undoes that; the outcome goes to `message`. */
	async toggleComplete(): Promise<void> {
		const done = !this.complete;
		const to = await this.access.open();
		if (!to) return;
		try {
			const { setModuleComplete, requestPersistence } = await store();
			await setModuleComplete(to.db, to.profileId, this.module.id, done);
			await this.load(to);
			this.message = this.complete ? 'Marked as complete.' : 'Marked as not complete.';
			this.justCompleted = this.complete;
			void requestPersistence();
		} catch (error) {
			this.message = await explain(error);
		}
	}

	/** Keeps a knowledge-check score (the best one is stored). */
	async scored(score: number): Promise<void> {
		const to = await this.access.open();
		if (!to) return;
		try {
			const { recordCheckScore } = await store();
			await recordCheckScore(to.db, to.profileId, this.module.id, score);
			await this.load(to);
		} catch (error) {
			this.message = await explain(error);
		}
	}

	/**
	 * Remembers the heading last scrolled past and `readFraction`; skips a save that would store
	 * the same as the last one (the fraction in steps of 5%). A failed save is ignored: the reading
	 * position is a convenience and must not interrupt reading. Resolves to whether it saved.
	 */
	async savePosition(heading: string | undefined): Promise<boolean> {
		const key = `${heading}:${Math.round(this.readFraction * 20)}`;
		if (key === this.#lastSaved || !heading) return false;
		const to = await this.access.open();
		if (!to || key === this.#lastSaved) return false;
		this.#lastSaved = key;
		try {
			const { recordReading } = await store();
			await recordReading(to.db, to.profileId, this.module.id, {
				lastHeading: heading,
				readFraction: this.readFraction
			});
			return true;
		} catch {
			return false;
		}
	}
}
