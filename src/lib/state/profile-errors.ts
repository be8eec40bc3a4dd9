import { ProfileNameError } from '$lib/progress/profiles';
import { describeStorageError } from './storage';

/**
 * Plain words for a failed create, rename or delete: a name we refuse, or storage trouble. Kept
 * out of profile.svelte.ts, which every page loads before the profile code.
 */
export function describeProfileError(error: unknown): string {
	return error instanceof ProfileNameError ? error.message : describeStorageError(error);
}
