/**
 * Plain words for a failed save or an unusable database, for the banner and the status lines.
 * The words load when a failure happens, not with every page.
 */
export async function explain(error: unknown): Promise<string> {
	try {
		const { describeStorageError } = await import('$lib/progress/storage-message');
		return describeStorageError(error);
	} catch {
		return 'Something went wrong while saving. Please try again.';
	}
}
