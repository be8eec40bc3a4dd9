/**
 * The supervisor's kept trainee files: profile exports opened on the team page, kept in their own
 * small database until removed. Separate from the supervisor's own learning profile (another
 * database), so a trainee file is never part of the supervisor's profile export.
 */
import Dexie, { type EntityTable, type Table } from 'dexie';
import { readBackup, type Backup } from './backup';
import { nowIso } from './clock';

export const TEAM_DB_NAME = 'collections-academy-team';

/** One trainee's latest file, keyed by the trainee's profile id. */
export interface KeptFile {
	id: string;
	name: string;
	fileName: string;
	exportedAt: string;
	addedAt: string;
	/** The validated (and upgraded) backup as JSON. */
	text: string;
}

export interface TeamSetting {
	key: string;
	value: string[];
}

export class TeamDB extends Dexie {
	files!: EntityTable<KeptFile, 'id'>;
	settings!: Table<TeamSetting, string>;

	constructor(name = TEAM_DB_NAME) {
		super(name, { cache: 'disabled' });
		// Schema history is append-only, as in db.ts.
		this.version(1).stores({ files: 'id, name', settings: 'key' });
	}
}

let instance: TeamDB | undefined;
export function getTeamDB(): TeamDB {
	instance ??= new TeamDB();
	return instance;
}

export type KeepOutcome = 'added' | 'replaced' | 'kept-newer' | 'refused';

export interface KeepResult {
	outcome: KeepOutcome;
	/** Plain words for the supervisor. */
	message: string;
	/** True for a refused file and for two files claiming the same trainee under different names. */
	problem: boolean;
	backup?: Backup;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
/** "12 Nov 2026" from an ISO time, in UTC so every device says the same. */
export function fileDate(iso: string): string {
	const d = new Date(iso);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Checks one file and keeps it: a new trainee is added; a newer file of a kept trainee replaces
 * the older; an older or identical file changes nothing. A refused file changes nothing.
 */
export async function keepTraineeFile(
	db: TeamDB,
	fileName: string,
	text: string,
	now = nowIso()
): Promise<KeepResult> {
	const read = readBackup(text);
	if (!read.ok)
		return {
			outcome: 'refused',
			problem: true,
			message: `${fileName} was not added: ${read.message}`
		};
	const backup = read.backup;
	const p = backup.profile;
	const row: KeptFile = {
		id: p.id,
		name: p.name,
		fileName,
		exportedAt: backup.exportedAt,
		addedAt: now,
		text: JSON.stringify(backup)
	};
	return db.transaction('rw', db.files, async () => {
		const old = await db.files.get(p.id);
		if (!old) {
			await db.files.add(row);
			return { outcome: 'added', problem: false, message: `Added ${p.name}.`, backup };
		}
		const newer = backup.exportedAt > old.exportedAt;
		const renamed = old.name !== p.name;
		const kept = newer ? row : old;
		if (newer) await db.files.put(row);
		const oldWhen = fileDate(old.exportedAt);
		const newWhen = fileDate(backup.exportedAt);
		if (renamed)
			return {
				outcome: newer ? 'replaced' : 'kept-newer',
				problem: true,
				backup: newer ? backup : undefined,
				message:
					`Two files claim the same trainee under different names: ${old.name} (${old.fileName}, ` +
					`${oldWhen}) and ${p.name} (${fileName}, ${newWhen}). Kept ${kept.name}'s file of ` +
					`${fileDate(kept.exportedAt)}, the newer one; check with your trainees which is right.`
			};
		if (newer)
			return {
				outcome: 'replaced',
				problem: false,
				backup,
				message: `Replaced ${p.name}'s file of ${oldWhen} with the one of ${newWhen}.`
			};
		return {
			outcome: 'kept-newer',
			problem: false,
			message:
				backup.exportedAt === old.exportedAt
					? `${fileName} is the same file of ${p.name} (${newWhen}) already kept; nothing changed.`
					: `Kept ${p.name}'s newer file of ${oldWhen}; ${fileName} (${newWhen}) is older and was not used.`
		};
	});
}

/** Every kept trainee's backup; a kept file this version can no longer read is named. */
export async function keptTrainees(db: TeamDB): Promise<{ backups: Backup[]; problems: string[] }> {
	const backups: Backup[] = [];
	const problems: string[] = [];
	for (const f of await db.files.toArray()) {
		const read = readBackup(f.text);
		if (read.ok) backups.push(read.backup);
		else problems.push(`${f.name}'s kept file (${f.fileName}) cannot be read: ${read.message}`);
	}
	return { backups, problems };
}

export async function removeTrainee(db: TeamDB, id: string): Promise<void> {
	await db.files.delete(id);
}

export async function removeAllTrainees(db: TeamDB): Promise<void> {
	await db.files.clear();
}

export async function teamSetting(db: TeamDB, key: string): Promise<string[] | undefined> {
	return (await db.settings.get(key))?.value;
}

export async function setTeamSetting(db: TeamDB, key: string, value: string[]): Promise<void> {
	await db.settings.put({ key, value });
}
