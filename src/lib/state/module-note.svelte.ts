/**
 * The learner's private note on a module, apart from the rest of the module page's state so that
 * it loads with the notes box, not with the page.
 */
import type { Glance } from '$lib/progress/glance';
import { explain } from './explain';
import type { ReadingAccess, ReadingStore } from './module-reading.svelte';

const store = () => import('$lib/progress/on-demand');

/**
 * The learner's private note on a module. What another tab or window saved while this one was
 * being edited is merged in, never overwritten.
 */
export class ModuleNote {
	text = $state('');
	/** What the last save did, in plain words. */
	status = $state('');
	/**
	 * Whose note the box holds ("profile:module"), so that a later read never replaces what the
	 * learner typed into the same note; empty while the note is not known. On a new device ("*")
	 * no profile exists yet, and the one created first has no notes.
	 */
	holding = $state('');

	/** The stored text this tab's note was edited from. */
	#base: string | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		readonly moduleId: string,
		private readonly access: Pick<ReadingAccess, 'open'>
	) {}

	/** The note is known (read from the database or a glance), so it can be edited. */
	get known(): boolean {
		return this.holding.endsWith(`:${this.moduleId}`);
	}

	/**
	 * Takes the note from where it is known best: the database where a profile is open, else a
	 * glance at storage. Run it again whenever either changes; once held, the note is not read
	 * again for the same profile.
	 */
	async sync(open: ReadingStore | undefined, seen: Glance | undefined): Promise<void> {
		const id = this.moduleId;
		const key = `${open?.profileId ?? seen?.profile?.id ?? '*'}:${id}`;
		if (key === this.holding || (open && this.holding === `*:${id}`)) {
			this.holding = key;
		} else if (open) {
			const { getNote } = await store();
			const saved = await getNote(open.db, open.profileId, id);
			this.holding = key;
			this.text = this.#base = saved;
		} else if (seen?.moduleId === id) {
			this.holding = key;
			this.text = this.#base = seen.note;
		}
	}

	/** The learner typed: save once they pause. */
	typed(delay = 600): void {
		this.status = '';
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.save(), delay);
	}

	/** Saves the note now, merging what another tab saved meanwhile. */
	async save(): Promise<void> {
		clearTimeout(this.#timer);
		const to = await this.access.open();
		if (!to) return;
		const sent = this.text;
		try {
			const { saveNote } = await store();
			const stored = await saveNote(to.db, to.profileId, this.moduleId, sent, this.#base);
			// Typing that went on during the save stays; after a merge, the next save merges again.
			if (this.text === sent) this.text = this.#base = stored;
			else if (stored === sent) this.#base = stored;
			this.status =
				stored === sent
					? 'Saved on this device.'
					: 'Saved on this device, together with what another tab or window saved meanwhile.';
		} catch (error) {
			this.status = await explain(error);
		}
	}
}
