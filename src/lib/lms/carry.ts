/**
 * Between the learner's records and what suspend_data carries. Pure.
 * The LMS keeps the carried progress; the device keeps the records. On a new machine the records
 * are missing, so the status is worked out from both: the carried items stand in, in memory only,
 * for records this device never saw (see `withCarried`). Only completed modules are written back
 * as records (`restoredModules`): an exam attempt or a call run cannot be rebuilt from a score.
 */
import type { Backup } from '$lib/progress/backup';
import { passedBest } from '$lib/calls/best-scores';
import { scoredSessions } from '$lib/trainee/summary';
import type { Carried } from './suspend-data';

type Tables = Backup['tables'];

/** What the records show: completed modules, the best percent on each exam, the calls passed. */
export function carriedFrom(tables: Tables): Carried {
	const exams: Record<string, number> = {};
	for (const id of new Set(tables.examSessions.map((s) => s.blueprintId)))
		for (const s of scoredSessions(tables.examSessions, id))
			exams[id] = Math.max(exams[id] ?? 0, Math.round(s.result.percent * 10) / 10);
	return {
		modules: tables.moduleProgress.filter((m) => m.status === 'complete').map((m) => m.moduleId),
		exams,
		calls: [...passedBest(tables.callRuns).keys()]
	};
}

/** True when the device holds no learning for this profile yet: a new machine, or a fresh start. */
export function isEmpty(tables: Tables): boolean {
	return (
		tables.moduleProgress.length === 0 &&
		tables.examSessions.length === 0 &&
		tables.callRuns.length === 0
	);
}

/**
 * The records plus a stand-in for each carried item they lack, for working out the status only:
 * never stored. `at` dates the stand-ins (the time the LMS data was read).
 */
export function withCarried(
	tables: Tables,
	carried: Carried,
	profileId: string,
	at: string
): Tables {
	const local = carriedFrom(tables);
	const moduleProgress = [...tables.moduleProgress];
	for (const moduleId of carried.modules)
		if (!local.modules.includes(moduleId))
			moduleProgress.push({
				profileId,
				moduleId,
				status: 'complete',
				readFraction: 1,
				updatedAt: at,
				completedAt: at
			});
	const examSessions = [...tables.examSessions];
	for (const [blueprintId, percent] of Object.entries(carried.exams))
		if ((local.exams[blueprintId] ?? -1) < percent)
			examSessions.push({
				id: `lms-${blueprintId}`,
				profileId,
				blueprintId,
				mode: 'timed',
				seed: 0,
				questionIds: [],
				optionOrders: [],
				answers: {},
				flags: [],
				eliminated: {},
				current: 0,
				startedAt: at,
				submittedAt: at,
				// `passed` and `passPercent` are worked out again from the blueprint by the completion rules.
				result: {
					correct: 0,
					total: 0,
					percent,
					passed: false,
					passPercent: 100,
					byDomain: {},
					secondsUsed: 0
				}
			});
	const callRuns = [...tables.callRuns];
	for (const scenarioId of carried.calls)
		if (!local.calls.includes(scenarioId))
			callRuns.push({
				id: `lms-${scenarioId}`,
				profileId,
				scenarioId,
				startedAt: at,
				finishedAt: at,
				steps: [],
				result: {
					total: 100,
					passed: true,
					categories: { compliance: 100, outcome: 100, professionalism: 100, documentation: 100 },
					outcome: 'carried',
					violations: [],
					critical: false
				}
			});
	return { ...tables, moduleProgress, examSessions, callRuns };
}

/** Carried modules this device has no record of: the ones to write back as completed. */
export function restoredModules(tables: Tables, carried: Carried): string[] {
	const known = new Set(tables.moduleProgress.map((m) => m.moduleId));
	return carried.modules.filter((id) => !known.has(id));
}
