import type { AcademyDB } from './db';
import { newId, nowIso } from './clock';
import type { CallRun, CallRunResult, CallStep } from './records';
import { addToDeck } from './review-cards';

export async function startRun(
	db: AcademyDB,
	profileId: string,
	scenarioId: string,
	from?: { run: CallRun; decision: number }
): Promise<CallRun> {
	const run: CallRun = {
		id: newId(),
		profileId,
		scenarioId,
		startedAt: nowIso(),
		steps: from ? from.run.steps.slice(0, from.decision) : [],
		...(from && {
			dialedAt: from.run.dialedAt,
			connectedAt: nowIso(),
			replayOf: { runId: from.run.id, fromDecision: from.decision }
		})
	};
	await db.callRuns.add(run);
	return run;
}

export function getRun(db: AcademyDB, id: string): Promise<CallRun | undefined> {
	return db.callRuns.get(id);
}

/**
 * Changes one run inside a transaction, reading the stored copy first; a finished run no longer
 * changes, so a second tab cannot rewrite a scored call.
 */
async function change(db: AcademyDB, id: string, edit: (run: CallRun) => void): Promise<CallRun> {
	return db.transaction('rw', db.callRuns, async () => {
		const run = await db.callRuns.get(id);
		if (!run) throw new Error('This call is no longer on this device.');
		if (run.finishedAt) return run;
		edit(run);
		await db.callRuns.put(run);
		return run;
	});
}

export function placeCall(db: AcademyDB, id: string, dialedAt: string): Promise<CallRun> {
	return change(db, id, (run) => {
		run.dialedAt ??= dialedAt;
		run.connectedAt ??= nowIso();
	});
}

/**
 * Appends the learner's decision as step number `index`. If that step was already taken (the same
 * call answered in another tab), the stored call wins and nothing is overwritten.
 */
export function recordStep(
	db: AcademyDB,
	id: string,
	index: number,
	step: CallStep
): Promise<CallRun> {
	return change(db, id, (run) => {
		if (run.steps.length === index) run.steps.push(step);
	});
}

/**
 * Files the account note with the call's score and puts `reviewQuestions` (those behind the
 * rules the call broke) into the review deck, in one transaction: both happen or neither does. A
 * call already filed (in another tab) is returned unchanged.
 */
export function fileNote(
	db: AcademyDB,
	id: string,
	accountNote: string,
	result: CallRunResult,
	reviewQuestions: readonly string[] = []
): Promise<CallRun> {
	return db.transaction('rw', db.callRuns, db.reviewCards, async () => {
		const run = await db.callRuns.get(id);
		if (!run) throw new Error('This call is no longer on this device.');
		if (run.finishedAt) return run;
		run.accountNote = accountNote;
		run.result = result;
		run.finishedAt = nowIso();
		await db.callRuns.put(run);
		if (reviewQuestions.length) await addToDeck(db, run.profileId, reviewQuestions, 'call');
		return run;
	});
}

/** A profile's calls, newest first; optionally for one scenario. */
/** Removes one call from this device: a damaged record the learner chose to discard. */
export async function deleteRun(db: AcademyDB, id: string): Promise<void> {
	await db.callRuns.delete(id);
}

export async function runsOf(
	db: AcademyDB,
	profileId: string,
	scenarioId?: string
): Promise<CallRun[]> {
	const runs = scenarioId
		? await db.callRuns.where('[profileId+scenarioId]').equals([profileId, scenarioId]).toArray()
		: await db.callRuns.where('profileId').equals(profileId).toArray();
	return runs.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
