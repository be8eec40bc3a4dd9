/**
 * A mark in localStorage that this device holds the learner's database, for the one script of
 * src/app.html: it runs before the first paint, when IndexedDB's answer (which comes later) cannot
 * be had, and without the mark it sets the `first-visit` class on <html>, so that home keeps room
 * for its first-run questions and nothing moves when they appear (HomeCard.svelte).
 */
export const STORED_MARK = 'collections-academy-stored';

/** Marks this device as holding the database, and drops this page's first-visit class. */
export function markStored(): void {
	try {
		localStorage.setItem(STORED_MARK, '1');
	} catch {
		// Storage refused: the next visit keeps the first-run room until the database opens.
	}
	globalThis.document?.documentElement.classList.remove('first-visit');
}
