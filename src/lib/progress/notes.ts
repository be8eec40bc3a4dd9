import type { AcademyDB } from './db';
import { nowIso } from './clock';

export async function getNote(db: AcademyDB, profileId: string, moduleId: string): Promise<string> {
	return (await db.notes.get([profileId, moduleId]))?.text ?? '';
}

/** Saves a private note; an empty note is removed rather than stored. */
export async function saveNote(
	db: AcademyDB,
	profileId: string,
	moduleId: string,
	text: string
): Promise<void> {
	if (!text.trim()) await db.notes.delete([profileId, moduleId]);
	else await db.notes.put({ profileId, moduleId, text, updatedAt: nowIso() });
}
