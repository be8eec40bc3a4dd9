import type { AcademyDB } from './db';
import { nowIso } from './clock';

export async function getNote(db: AcademyDB, profileId: string, moduleId: string): Promise<string> {
	return (await db.notes.get([profileId, moduleId]))?.text ?? '';
}

/**
 * Saves a private note; an empty note is removed rather than stored. `base` is the stored text
 * this one was edited from: if another tab or window saved something else meanwhile, the two are
 * merged rather than one overwriting the other. Resolves to the text now stored.
 */
export async function saveNote(
	db: AcademyDB,
	profileId: string,
	moduleId: string,
	text: string,
	base?: string
): Promise<string> {
	return db.transaction('rw', db.notes, async () => {
		const stored = (await db.notes.get([profileId, moduleId]))?.text ?? '';
		const merged = base === undefined || stored === base ? text : mergeNotes(stored, text);
		if (!merged.trim()) await db.notes.delete([profileId, moduleId]);
		else await db.notes.put({ profileId, moduleId, text: merged, updatedAt: nowIso() });
		return merged;
	});
}

/**
 * Two versions of a note edited apart: the stored one, then every line of this one it lacks.
 * Nothing either side wrote is lost; a line one side deleted may come back.
 */
export function mergeNotes(theirs: string, mine: string): string {
	if (mine.includes(theirs)) return mine;
	if (theirs.includes(mine)) return theirs;
	const have = new Set(theirs.split('\n'));
	const extra = mine.split('\n').filter((line) => line.trim() && !have.has(line));
	return [theirs.trimEnd(), ...extra].join('\n');
}
