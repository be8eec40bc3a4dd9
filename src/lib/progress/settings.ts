import type { AcademyDB } from './db';

/** Per-profile settings (exam date, text size, voice); '' as profile for the whole device. */
export async function getSetting<T>(
	db: AcademyDB,
	profileId: string,
	key: string
): Promise<T | undefined> {
	return (await db.settings.get([profileId, key]))?.value as T | undefined;
}

export async function setSetting(
	db: AcademyDB,
	profileId: string,
	key: string,
	value: unknown
): Promise<void> {
	if (value === undefined || value === '') await db.settings.delete([profileId, key]);
	else await db.settings.put({ profileId, key, value });
}
