import { backupFileName, exportProfile } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { setSetting } from '$lib/progress/settings';
import { describeStorageError } from './storage';

/** What a "Copy as a separate profile" import names the copy (shown before the learner chooses). */
export { separateProfileName } from '$lib/progress/backup';

/** A backup file, ready for the browser to save. */
export interface BackupFile {
	name: string;
	blob: Blob;
}

export type ExportOutcome =
	{ ok: true; exportedAt: string; message: string } | { ok: false; problem: string };

/**
 * Saving one profile to a file on the Progress page. The file is built from what is stored,
 * handed to the page to download, and its time kept as the profile's last backup.
 */
export class BackupExport {
	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string
	) {}

	/**
	 * Builds the file and passes it to `save` (the page downloads it), then remembers when;
	 * resolves to what to tell the learner.
	 */
	async run(save: (file: BackupFile) => void): Promise<ExportOutcome> {
		try {
			const backup = await exportProfile(this.db, this.profileId);
			const file = {
				name: backupFileName(backup),
				blob: new Blob([JSON.stringify(backup)], { type: 'application/json' })
			};
			save(file);
			await setSetting(this.db, this.profileId, 'lastBackup', backup.exportedAt);
			return {
				ok: true,
				exportedAt: backup.exportedAt,
				message: `Saved ${file.name}. Keep it somewhere safe, such as your email or a USB stick.`
			};
		} catch (error) {
			return { ok: false, problem: describeStorageError(error) };
		}
	}
}
