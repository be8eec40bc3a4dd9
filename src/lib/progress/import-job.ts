/**
 * Importing a backup file, step by step, as messages: read the file, check it, say what a replace
 * would remove, write it. The same code runs in a Web Worker (import-worker.ts), so a file with
 * 100,000 records never holds up the page, and in the page itself where workers are missing.
 */
import { importBackup, MAX_BACKUP_BYTES, readBackup, type Backup, type ImportMode } from './backup';
import { lossesOnReplace, type Loss } from './backup-diff';
import type { AcademyDB } from './db';
import type { Profile } from './records';
import { describeStorageError } from '../state/storage';
import { PROFILE_TABLES } from './tables';

/** What the page asks of the job. */
export type JobRequest =
	{ type: 'read'; file: Blob } | { type: 'losses' } | { type: 'write'; mode: ImportMode };

/** What the file holds, for the page to describe before anything is written. */
export interface FileSummary {
	profile: Profile;
	exportedAt: string;
	/** Rows per table. */
	counts: Record<(typeof PROFILE_TABLES)[number], number>;
	/** All rows together: what the progress bar counts while writing. */
	records: number;
}

/** What the job tells the page, in order: reading…, checking, ready or refused; then writing…, done. */
export type JobReport =
	| { type: 'reading'; bytes: number; total: number }
	| { type: 'checking'; records: number }
	| { type: 'ready'; summary: FileSummary }
	| { type: 'refused'; message: string }
	| { type: 'losses'; losses: Loss[] }
	| { type: 'writing'; done: number; total: number }
	| { type: 'done'; profile: Profile }
	| { type: 'failed'; message: string };

/** Progress is reported at most this often (ms), plus at the start and the end of each step. */
const REPORT_EVERY = 100;

/**
 * One import: send it requests, and it reports through `report`. It keeps the checked file between
 * requests, so the file is read once however long the learner takes to choose.
 */
export function createImportJob(
	report: (message: JobReport) => void,
	openDB: () => Promise<AcademyDB>
) {
	let backup: Backup | undefined;
	let lastReport = 0;
	const often = (force: boolean) => {
		const now = Date.now();
		if (!force && now - lastReport < REPORT_EVERY) return false;
		lastReport = now;
		return true;
	};

	async function read(file: Blob) {
		backup = undefined;
		if (file.size > MAX_BACKUP_BYTES)
			return report({
				type: 'refused',
				message:
					'The file is too large to be a Collections Academy backup (over 50 MB). Nothing was changed.'
			});
		report({ type: 'reading', bytes: 0, total: file.size });
		const text = await readText(file, (bytes) => {
			if (often(bytes === file.size)) report({ type: 'reading', bytes, total: file.size });
		});
		const read = readBackup(text, (records) => report({ type: 'checking', records }));
		if (!read.ok) return report({ type: 'refused', message: read.message });
		backup = read.backup;
		const counts = Object.fromEntries(
			PROFILE_TABLES.map((t) => [t, backup!.tables[t].length])
		) as FileSummary['counts'];
		report({
			type: 'ready',
			summary: {
				profile: backup.profile,
				exportedAt: backup.exportedAt,
				counts,
				records: Object.values(counts).reduce((a, b) => a + b, 0)
			}
		});
	}

	async function write(mode: ImportMode) {
		const file = backup;
		if (!file) return report({ type: 'failed', message: 'Choose the file again, then import it.' });
		try {
			const db = await openDB();
			report({ type: 'writing', done: 0, total: 0 });
			const profile = await importBackup(db, file, mode, (done, total) => {
				if (often(done === total)) report({ type: 'writing', done, total });
			});
			backup = undefined;
			report({ type: 'done', profile });
		} catch (error) {
			report({ type: 'failed', message: describeStorageError(error) });
		}
	}

	return async function handle(request: JobRequest): Promise<void> {
		try {
			if (request.type === 'read') await read(request.file);
			else if (request.type === 'write') await write(request.mode);
			else if (backup)
				report({ type: 'losses', losses: await lossesOnReplace(await openDB(), backup) });
		} catch (error) {
			report({
				type: request.type === 'read' ? 'refused' : 'failed',
				message:
					request.type === 'read'
						? 'The file could not be read. Choose it again. Nothing was changed.'
						: describeStorageError(error)
			});
		}
	};
}

/** The file as text, reporting bytes read as it goes. */
async function readText(file: Blob, onBytes: (bytes: number) => void): Promise<string> {
	const reader = file.stream().getReader();
	const decoder = new TextDecoder();
	const parts: string[] = [];
	let bytes = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bytes += value.byteLength;
		parts.push(decoder.decode(value, { stream: true }));
		onBytes(bytes);
	}
	parts.push(decoder.decode());
	return parts.join('');
}
