/**
 * The app inside an LMS (SCORM 1.2): loaded by the root layout only when an LMS API was found.
 * It reports the embedded plan's completion status, score, session time and the carried progress
 * (suspend_data), and on a new machine restores completed modules from what the LMS kept. The
 * learner's records stay in IndexedDB as everywhere else; the LMS only ever gets a summary. No
 * failure here stops the learner: failed LMS calls are logged (LmsConnection), and anything else
 * that goes wrong is logged too.
 */
import { emptyTables } from '$lib/progress/tables';
import { resolve } from '$app/paths';
import type { Scorm12Api } from '$lib/lms/api';
import { carriedFrom, isEmpty, restoredModules, withCarried } from '$lib/lms/carry';
import { lessonStatus, scoreRaw, sessionTime } from '$lib/lms/cmi';
import { LmsConnection, type Logger } from '$lib/lms/connection';
import { PACKAGE_PLAN_FILE, knownForPackage, type ScormCourse } from '$lib/lms/course';
import {
	decodeSuspend,
	emptyCarried,
	encodeSuspend,
	mergeCarried,
	type Carried
} from '$lib/lms/suspend-data';
import type { Plan } from '$lib/content/schema';
import { planCompletion } from '$lib/plans/completion';
import { readPlanFile } from '$lib/plans/plan-file';
import { exportProfile } from '$lib/progress/backup';
import { setModuleComplete } from '$lib/progress/module-progress';
import type { Backup } from '$lib/progress/backup';
import { profileState } from './profile.svelte';

export class LmsSession {
	readonly lms: LmsConnection;
	#carried: Carried = emptyCarried();
	#finished = false;
	#reporting: Promise<void> = Promise.resolve();
	readonly #startedAt: number;

	constructor(
		api: Scorm12Api,
		private readonly course: ScormCourse | undefined,
		private readonly plan: Plan | undefined,
		private readonly log: Logger = console,
		private readonly now: () => number = Date.now
	) {
		this.lms = new LmsConnection(api, log);
		this.#startedAt = now();
	}

	/** LMSInitialize, read what the LMS kept, restore modules on a new machine, first report. */
	async start(): Promise<void> {
		this.lms.initialize();
		this.#carried = decodeSuspend(this.lms.get('cmi.suspend_data')) ?? emptyCarried();
		const status = this.lms.get('cmi.core.lesson_status');
		if (status === '' || status === 'not attempted')
			this.lms.set('cmi.core.lesson_status', 'incomplete');
		// A learner who leaves comes back to the same attempt, with suspend_data.
		this.lms.set('cmi.core.exit', 'suspend');
		this.lms.commit();
		const tables = await this.#tables();
		if (tables && isEmpty(tables)) await this.#restore(tables);
		await this.report();
	}

	async #tables(): Promise<Backup['tables'] | undefined> {
		await profileState.ready();
		if (profileState.storage !== 'ok' || !profileState.current) return undefined;
		return (await exportProfile(profileState.db, profileState.current.id)).tables;
	}

	async #restore(tables: Backup['tables']) {
		const modules = restoredModules(tables, this.#carried);
		for (const id of modules)
			await setModuleComplete(profileState.db, profileState.current!.id, id, true);
	}

	/** Works out the status from the records and the carried progress and sends what changed. */
	report(): Promise<void> {
		this.#reporting = this.#reporting.then(
			() => this.#report(),
			() => this.#report()
		);
		return this.#reporting;
	}

	async #report(): Promise<void> {
		if (this.#finished) return;
		try {
			const tables = await this.#tables();
			const profileId = profileState.current?.id ?? 'lms';
			if (tables) this.#carried = mergeCarried(this.#carried, carriedFrom(tables));
			let changed = this.lms.set('cmi.suspend_data', encodeSuspend(this.#carried));
			if (this.plan && this.course) {
				const all = withCarried(
					tables ?? emptyTables(),
					this.#carried,
					profileId,
					new Date(this.now()).toISOString()
				);
				const status = planCompletion(this.plan, all, this.course.facts);
				changed = this.lms.set('cmi.core.lesson_status', lessonStatus(status)) || changed;
				changed = this.lms.set('cmi.core.score.min', '0') || changed;
				changed = this.lms.set('cmi.core.score.max', '100') || changed;
				changed = this.lms.set('cmi.core.score.raw', String(scoreRaw(status))) || changed;
			}
			if (changed) this.lms.commit();
		} catch (error) {
			this.log.warn('SCORM: the status could not be worked out', error);
		}
	}

	/** On leaving (pagehide): session time, suspend, commit, LMSFinish; synchronous, once. */
	finish(): void {
		if (this.#finished) return;
		this.#finished = true;
		this.lms.set('cmi.core.session_time', sessionTime(this.now() - this.#startedAt));
		this.lms.set('cmi.core.exit', 'suspend');
		this.lms.commit();
		this.lms.finish();
	}
}

async function fetchText(url: string): Promise<string | undefined> {
	try {
		const response = await fetch(url);
		return response.ok ? await response.text() : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Connects to the LMS: reads the course facts and the package's plan, starts the session, and
 * reports when the learner leaves. Returns the session, so the layout can report after each
 * navigation.
 */
export async function connectLms(api: Scorm12Api, log: Logger = console): Promise<LmsSession> {
	const courseText = await fetchText(resolve('/scorm-course.json'));
	const course = courseText ? (JSON.parse(courseText) as ScormCourse) : undefined;
	if (!course) log.warn('SCORM: the course facts could not be loaded; only progress is kept.');
	let plan: Plan | undefined;
	if (course) {
		// The packaged plan beside index.html; the shipped plan when served without one.
		const planText = (await fetchText(resolve('/') + PACKAGE_PLAN_FILE)) ?? course.defaultPlan;
		const read = readPlanFile(planText, knownForPackage(course));
		if (read.ok) plan = read.plan;
		else log.warn(`SCORM: the package's plan was refused: ${read.message}`);
	}
	const session = new LmsSession(api, course, plan, log);
	addEventListener('pagehide', () => session.finish());
	addEventListener('visibilitychange', () => {
		if (document.visibilityState === 'hidden') void session.report();
	});
	await session.start();
	return session;
}
