/** Browser storage health: whether IndexedDB works, persistence, and space used. */

export type StorageStatus = 'unknown' | 'ok' | 'unavailable';

/** Asks the browser to keep our data even under storage pressure. Harmless if refused. */
export async function requestPersistence(): Promise<boolean> {
	try {
		if (!navigator.storage?.persist) return false;
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

export async function storageEstimate(): Promise<{ usage: number; quota: number } | undefined> {
	try {
		const estimate = await navigator.storage?.estimate?.();
		if (!estimate) return undefined;
		return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0 };
	} catch {
		return undefined;
	}
}

/** Plain words for a failed save, for the banner and toasts. */
export function describeStorageError(error: unknown): string {
	const name = (error as { name?: string; inner?: { name?: string } })?.name ?? '';
	const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
	if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
		return 'Your device is out of storage space, so this could not be saved. Free some space, then try again. Nothing saved earlier was lost.';
	if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'OpenFailedError')
		return 'This browser is not letting the app save anything (private browsing can do this). You can keep reading, but progress will not be kept.';
	return 'Something went wrong while saving. Nothing saved earlier was lost; please try again.';
}

/** Runs a save: resolves to '' when it worked, or to the plain-words message when it failed. */
export async function attemptSave(action: () => Promise<unknown>): Promise<string> {
	try {
		await action();
		return '';
	} catch (error) {
		return describeStorageError(error);
	}
}
