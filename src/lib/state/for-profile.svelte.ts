import { untrack } from 'svelte';
import type { AcademyDB } from '$lib/progress/db';
import { profileState } from './profile.svelte';

export interface ForProfileOptions<T> {
	/** Show the state as soon as it is built, before its load ends (it draws placeholders). */
	showWhileLoading?: boolean;
	/** Runs once the state has loaded, just before it shows. */
	loaded?: (state: T) => void;
}

/**
 * A component's state for the learner's profile: built once a profile is known and again when the
 * learner switches, then loaded. One built for a profile no longer in use, or for a component that
 * is gone, never shows. `build` may import the state's code on demand, so that it is no part of a
 * page's first paint. Call it while the component is set up, as it runs an effect.
 */
export function forProfile<T extends { load(): Promise<unknown> }>(
	build: (db: AcademyDB, profileId: string) => Promise<T>,
	{ showWhileLoading = false, loaded }: ForProfileOptions<T> = {}
): { readonly current: T | undefined } {
	let current = $state.raw<T | undefined>();
	$effect(() => {
		const profile = profileState.current;
		if (!profile) return;
		let left = false;
		untrack(() => {
			void build(profileState.db, profile.id).then(async (next) => {
				if (left) return;
				if (showWhileLoading) current = next;
				await next.load();
				if (left) return;
				loaded?.(next);
				current = next;
			});
		});
		return () => (left = true);
	});
	return {
		get current() {
			return current;
		}
	};
}
