/**
 * Backup files of earlier versions, brought up to the current version before they are checked.
 * Each step takes a file of one version to the next; a file passes through every step from its own
 * version to BACKUP_VERSION. A step runs on a file not yet checked, so it changes only what it can
 * recognise and leaves anything else for the check to refuse.
 *
 * When the file format changes (a table added, a field made required, a value's meaning changed):
 * bump BACKUP_VERSION and add the step from the old version here, with a test in backup.test.ts
 * that imports a file of the old version.
 */
import { SETTING_KEYS } from './schema';

export const BACKUP_VERSION = 4;

type Json = Record<string, unknown>;
type Step = (file: Json) => Json;

const isObject = (x: unknown): x is Json =>
	typeof x === 'object' && x !== null && !Array.isArray(x);

/** Applies `edit` to one table of the file, when the file has that table as a list. */
const inTable =
	(table: string, edit: (rows: unknown[]) => unknown[]): Step =>
	(file) => {
		const tables = file.tables;
		if (!isObject(tables) || !Array.isArray(tables[table])) return file;
		return { ...file, tables: { ...tables, [table]: edit(tables[table]) } };
	};

const knownSetting = new Set<unknown>(SETTING_KEYS);

/** BACKUP_STEPS[n] takes a file of version n to version n + 1. */
export const BACKUP_STEPS: Record<number, Step> = {
	/**
	 * Version 1 let a setting have any name and any plain value. Version 2 lists the settings and
	 * the type of each; a setting the app does not know is left out (the app never wrote one, so
	 * nothing it used is lost), and a known one must have a value of its type.
	 */
	1: inTable('settings', (rows) =>
		rows.filter((row) => !isObject(row) || knownSetting.has(row.key))
	),
	/**
	 * Version 3 adds the compliance drill and call audit attempts. A file from before them had none:
	 * both tables start empty. A file that somehow has them keeps them, for the check to judge.
	 */
	2: (file) => {
		const tables = file.tables;
		if (!isObject(tables)) return file;
		return {
			...file,
			tables: { drillAttempts: [], auditAttempts: [], ...tables }
		};
	},
	/** Version 4 adds issued certificates. A file from before them had none. */
	3: (file) => {
		const tables = file.tables;
		if (!isObject(tables)) return file;
		return { ...file, tables: { certificates: [], ...tables } };
	}
};

/**
 * The file as the current version writes it. A file of an unknown or newer version is returned as
 * it is, for the check to refuse.
 */
export function upgradeBackup(data: Json, steps = BACKUP_STEPS, current = BACKUP_VERSION): Json {
	let file = data;
	for (let version = file.version; isOlder(version, current); version = file.version) {
		const step = steps[version];
		if (!step) return file;
		file = { ...step(file), version: version + 1 };
	}
	return file;
}

const isOlder = (version: unknown, current: number): version is number =>
	typeof version === 'number' && Number.isInteger(version) && version >= 1 && version < current;
