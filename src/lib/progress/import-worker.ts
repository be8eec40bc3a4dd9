/**
 * The import job in a Web Worker: reading, checking and writing a large backup happen here, so the
 * page keeps answering clicks and shows progress. The page starts it with
 * `new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { AcademyDB } from './db';
import { createImportJob, type JobReport, type JobRequest } from './import-job';

// The worker's own global, typed by hand: the webworker library's types clash with the page's DOM.
const scope = self as unknown as {
	postMessage(message: JobReport): void;
	addEventListener(type: 'message', listener: (event: MessageEvent<JobRequest>) => void): void;
};
let db: Promise<AcademyDB> | undefined;

const handle = createImportJob(
	(message: JobReport) => scope.postMessage(message),
	() =>
		(db ??= (async () => {
			const opened = new AcademyDB();
			await opened.open();
			return opened;
		})())
);

scope.addEventListener('message', (event) => void handle(event.data));
