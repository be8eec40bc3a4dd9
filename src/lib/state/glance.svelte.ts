/**
 * A module page opens the database only when the learner starts to work (first touch, key, scroll
 * or pointer movement), so reading a page costs no database code. Until then it shows what is
 * stored through a glance (see $lib/progress/glance), taken once the page is idle.
 */
import { surelyNoDatabase } from '$lib/progress/db-presence';
import type { Glance } from '$lib/progress/glance';
import type { ModuleProgress } from '$lib/progress/records';
import { explainOpenError } from './explain';
import { profileState } from './profile.svelte';

/** Routes whose page opens the database on the learner's first interaction, not on load. */
export const OPENS_ON_INTERACTION = new Set(['/learn/[track]/[module]']);

/**
 * Routes whose page opens the database once the browser is idle after the first paint, or on a
 * first visit (nothing stored yet) when the learner starts to use the page. Home and the exams
 * list show the learner's data beside content that comes first: opened at once, the database
 * code ran before the browser painted home's lead paragraph, its largest paint, and the exams
 * list fetched 84 KB of JavaScript where it now fetches 43 (README, performance section).
 */
export const OPENS_WHEN_IDLE = new Set(['/', '/exams']);

const INTERACTIONS = [
	'pointerdown',
	'pointermove',
	'keydown',
	'touchstart',
	'wheel',
	'scroll',
	'focusin'
] as const;

/**
 * True on a first visit: the browser lists its databases and ours is not among them. Home then asks
 * its first-run questions without the database, which opens once the learner starts to use the
 * page (the layout's first-interaction handler).
 */
export const isFirstVisit = () => surelyNoDatabase();

/** Runs `work` when the browser is idle (or soon, where it cannot tell); returns a cancel. */
export function whenIdle(work: () => void): () => void {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(work, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(work, 200);
	return () => clearTimeout(id);
}

/** Runs `work` once, at the first sign of the learner using the page; returns a cancel. */
export function onFirstInteraction(work: () => void): () => void {
	const options = { capture: true, passive: true };
	const stop = () => INTERACTIONS.forEach((type) => removeEventListener(type, go, options));
	function go() {
		stop();
		work();
	}
	INTERACTIONS.forEach((type) => addEventListener(type, go, options));
	return stop;
}

class StoredGlance {
	value = $state<Glance | undefined>(undefined);
	#taken = new Set<string>();

	/** Takes the look for a module, once, unless the database is already open. */
	async load(moduleId: string): Promise<void> {
		if (profileState.storage !== 'unknown' || this.#taken.has(moduleId)) return;
		this.#taken.add(moduleId);
		try {
			// On a first visit there is nothing to look at, and the glance's code need not load.
			const seen: Glance = (await isFirstVisit())
				? { moduleId, profiles: [], note: '' }
				: await (await import('$lib/progress/glance')).glance(moduleId);
			if (profileState.storage === 'unknown') this.value = seen;
		} catch (error) {
			// The same verdict the database would give: the banner shows and saving is disabled.
			const message = await explainOpenError(error);
			if (profileState.storage !== 'unknown') return;
			profileState.storageMessage = message;
			profileState.storage = 'unavailable';
		}
	}

	/**
	 * A module's stored progress while the database is closed: undefined until the glance is
	 * taken, null where nothing is stored.
	 */
	module(moduleId: string): ModuleProgress | null | undefined {
		const seen = this.value;
		if (seen?.moduleId !== moduleId) return undefined;
		return seen.module ?? null;
	}

	/** A module's stored note while the database is closed; undefined until the glance is taken. */
	note(moduleId: string): string | undefined {
		return this.value?.moduleId === moduleId ? this.value.note : undefined;
	}
}

export const storedGlance = new StoredGlance();
