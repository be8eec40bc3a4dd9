/**
 * The learner's database by name, and whether this device has it yet: in a file of their own, so
 * that code which must not load the database library (the glance) can use them.
 */
export const DB_NAME = 'collections-academy';

/**
 * True only where the browser lists its databases and ours is not among them: a first visit,
 * with nothing stored to look at. False where the browser cannot tell (or will not say).
 */
export async function surelyNoDatabase(name = DB_NAME): Promise<boolean> {
	try {
		const list = await indexedDB.databases();
		return !list.some((d) => d.name === name);
	} catch {
		return false;
	}
}
