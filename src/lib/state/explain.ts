/**
 * Plain words for a failed save or an unusable database, for the banner and the status lines.
 * The words load when a failure happens, not with every page.
 */
export async function explain(error: unknown): Promise<string> {
	try {
		const { describeStorageError } = await import('$lib/state/storage-message');
		return describeStorageError(error);
	} catch {
		return 'Something went wrong while saving. Please try again.';
	}
}

/** Plain words for a database that would not open: the app can show content, not save. */
export async function explainOpenError(error: unknown): Promise<string> {
	const message = await explain(error);
	return message.startsWith('Something went wrong')
		? 'This browser is not letting the app save anything (private browsing can do this). You can keep reading, but progress will not be kept.'
		: message;
}
