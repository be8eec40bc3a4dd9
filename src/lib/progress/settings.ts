import type { AcademyDB } from './db';
import type { SettingKey, SettingValues, StoredSetting } from './records';

/**
 * Settings of a profile (exam date, text size, voice), or of the whole device with '' as profile.
 * The key decides the type of the value; the keys and their types are listed in schema.ts.
 */
export async function getSetting<K extends SettingKey>(
	db: AcademyDB,
	profileId: string,
	key: K
): Promise<SettingValues[K] | undefined> {
	const row = await db.settings.get([profileId, key]);
	return row && isSetting(row, key) ? row.value : undefined;
}

/** Stores a setting; undefined (or empty text) removes it. */
export async function setSetting<K extends SettingKey>(
	db: AcademyDB,
	profileId: string,
	key: K,
	value: SettingValues[K] | undefined
): Promise<void> {
	if (value === undefined || value === '') await db.settings.delete([profileId, key]);
	else await db.settings.put(row(profileId, key, value));
}

function row<K extends SettingKey>(
	profileId: string,
	key: K,
	value: SettingValues[K]
): StoredSetting<K> {
	return { profileId, key, value };
}

function isSetting<K extends SettingKey>(row: StoredSetting, key: K): row is StoredSetting<K> {
	return row.key === key;
}
