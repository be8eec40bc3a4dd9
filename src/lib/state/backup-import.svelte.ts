import type { ImportMode } from '$lib/progress/backup';
import type { Loss } from '$lib/progress/backup-diff';
import type { AcademyDB } from '$lib/progress/db';
import type { FileSummary, JobReport, JobRequest } from '$lib/progress/import-job';
import type { Profile } from '$lib/progress/records';

/**
 * Where an import stands: reading and checking the file, waiting for the learner to choose how to
 * import it, working out what a replace would remove, asking to confirm the replace, or writing.
 */
export type ImportStep =
	'idle' | 'reading' | 'checking' | 'choosing' | 'weighing' | 'confirming' | 'writing';

interface Channel {
	send(request: JobRequest): void;
	close(): void;
}

export interface BackupImportOptions {
	/** The page's database, for when the job has to run in the page itself. */
	openDB: () => Promise<AcademyDB>;
	/** Whether a profile is already on this device (decides "merged" or "as a new profile"). */
	exists: (profileId: string) => boolean;
	/** After a successful import: make the profile the one in use. */
	imported: (profile: Profile) => Promise<void>;
}

/**
 * One backup import on the Progress page. The file is read, checked and written by the import job
 * in a Web Worker, so a year of answers (100,000 records) never freezes the page; this class keeps
 * what the page shows: the step, the progress, and the messages.
 */
export class BackupImport {
	step = $state<ImportStep>('idle');
	/** Bytes of the file read so far, and its size. */
	bytes = $state(0);
	size = $state(0);
	/** Records in the file, and how many are written. */
	records = $state(0);
	written = $state(0);
	// Raw: replaced whole, never changed in place.
	summary = $state.raw<FileSummary | undefined>();
	losses = $state.raw<Loss[] | undefined>();
	message = $state('');
	problem = $state('');

	#channel: Channel | undefined;
	#how = '';

	constructor(readonly options: BackupImportOptions) {}

	/** Writing: leaving the page now would stop the import. */
	get writing(): boolean {
		return this.step === 'writing';
	}

	/** Reading, checking, comparing or writing: another file cannot be chosen meanwhile. */
	get busy(): boolean {
		return this.step !== 'idle' && this.step !== 'choosing' && this.step !== 'confirming';
	}

	/** Starts on a file the learner chose: read and check it, then wait for a choice. */
	choose(file: File) {
		this.#close();
		this.message = this.problem = '';
		this.summary = this.losses = undefined;
		this.step = 'reading';
		this.bytes = this.records = this.written = 0;
		this.size = file.size;
		this.#channel = this.#open();
		this.#channel.send({ type: 'read', file });
	}

	/** "Replace with the file": first work out, and show, what the replace would remove. */
	askReplace() {
		if (this.step !== 'choosing' || !this.#channel) return;
		this.step = 'weighing';
		this.#channel.send({ type: 'losses' });
	}

	/** Cancel: from the replace confirmation back to the choices; from the choices, drop the file. */
	cancel() {
		if (this.step === 'confirming' || this.step === 'weighing') {
			this.step = 'choosing';
			this.losses = undefined;
			return;
		}
		if (this.step !== 'choosing') return;
		this.#close();
		this.summary = undefined;
		this.step = 'idle';
	}

	/** Imports the checked file. Ignored unless a choice is being made, so a double click imports once. */
	apply(mode: ImportMode) {
		const summary = this.summary;
		if (!summary || !this.#channel || (this.step !== 'choosing' && this.step !== 'confirming'))
			return;
		if (mode === 'replace' && this.step !== 'confirming') return this.askReplace();
		this.#how =
			mode === 'copy'
				? 'as a separate profile'
				: !this.options.exists(summary.profile.id)
					? 'as a new profile'
					: mode === 'replace'
						? 'replaced'
						: 'merged';
		this.step = 'writing';
		this.written = 0;
		this.records = summary.records;
		this.#channel.send({ type: 'write', mode });
	}

	/** Stops any job (the page is going away). A write not yet finished is undone by IndexedDB. */
	dispose() {
		this.#close();
	}

	async #report(report: JobReport) {
		switch (report.type) {
			case 'reading':
				this.step = 'reading';
				this.bytes = report.bytes;
				this.size = report.total;
				return;
			case 'checking':
				this.step = 'checking';
				this.records = report.records;
				return;
			case 'ready':
				this.summary = report.summary;
				this.records = report.summary.records;
				this.step = 'choosing';
				return;
			case 'losses':
				if (this.step !== 'weighing') return; // cancelled meanwhile
				this.losses = report.losses;
				this.step = 'confirming';
				return;
			case 'writing':
				if (report.total) this.records = report.total;
				this.written = report.done;
				return;
			case 'refused':
			case 'failed':
				this.#close();
				this.summary = this.losses = undefined;
				this.step = 'idle';
				this.problem = report.message;
				return;
			case 'done': {
				this.#close();
				this.written = this.records;
				try {
					await this.options.imported(report.profile);
					this.message = `Imported “${report.profile.name}” (${this.#how}). It is now the profile in use.`;
				} catch {
					this.problem = `Imported “${report.profile.name}”, but could not switch to it. Choose it in the profile list.`;
				}
				this.summary = this.losses = undefined;
				this.step = 'idle';
				return;
			}
		}
	}

	/** A worker when the browser has them; the same job in the page when it does not. */
	#open(): Channel {
		const report = (message: JobReport) => void this.#report(message);
		let last: JobRequest | undefined;
		let heard = false;
		let fallback: Channel | undefined;
		let worker: Worker | undefined;
		const inPage = (): Channel => {
			const queue: JobRequest[] = [];
			let handle: ((r: JobRequest) => Promise<void>) | undefined;
			let closed = false;
			void import('$lib/progress/import-job').then(({ createImportJob }) => {
				handle = createImportJob((m) => closed || report(m), this.options.openDB);
				for (const request of queue.splice(0)) void handle(request);
			});
			return {
				send: (request) => (handle ? void handle(request) : queue.push(request)),
				close: () => (closed = true)
			};
		};
		try {
			worker = new Worker(new URL('../progress/import-worker.ts', import.meta.url), {
				type: 'module'
			});
			worker.addEventListener('message', (event: MessageEvent<JobReport>) => {
				heard = true;
				report(event.data);
			});
			// The worker script could not start (an old browser, or offline before it was stored):
			// carry on in the page.
			worker.addEventListener('error', (event) => {
				event.preventDefault();
				if (heard)
					return report({
						type: 'failed',
						message: 'The import stopped unexpectedly. Nothing was changed; please try again.'
					});
				worker?.terminate();
				worker = undefined;
				fallback = inPage();
				if (last) fallback.send(last);
			});
		} catch {
			fallback = inPage();
		}
		return {
			send: (request) => {
				last = request;
				if (fallback) fallback.send(request);
				else worker?.postMessage(request);
			},
			close: () => {
				worker?.terminate();
				fallback?.close();
			}
		};
	}

	#close() {
		this.#channel?.close();
		this.#channel = undefined;
	}
}
