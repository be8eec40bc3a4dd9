import type { Plan } from '$lib/content/schema';
import type { AcademyDB } from './db';
import type { PlanAssignment } from './records';
import { getSetting, setSetting } from './settings';

const ACTIVE_PLAN = 'activePlan';

/** Starts (or restarts on another date) a plan for a profile and makes it the one shown. */
export async function assignPlan(
	db: AcademyDB,
	profileId: string,
	planId: string,
	startedOn: string,
	custom?: Plan
): Promise<PlanAssignment> {
	return db.transaction('rw', db.planAssignments, db.settings, async () => {
		const existing = await db.planAssignments.get([profileId, planId]);
		const assignment: PlanAssignment = {
			profileId,
			planId,
			startedOn,
			doneTasks: existing?.doneTasks ?? [],
			...((custom ?? existing?.custom) && { custom: custom ?? existing?.custom })
		};
		await db.planAssignments.put(assignment);
		await setSetting(db, profileId, ACTIVE_PLAN, planId);
		return assignment;
	});
}

export async function activeAssignment(
	db: AcademyDB,
	profileId: string
): Promise<PlanAssignment | undefined> {
	const planId = await getSetting(db, profileId, ACTIVE_PLAN);
	return planId ? db.planAssignments.get([profileId, planId]) : undefined;
}

export function assignmentsOf(db: AcademyDB, profileId: string): Promise<PlanAssignment[]> {
	return db.planAssignments.where('profileId').equals(profileId).toArray();
}

/**
 * The plan shown to the learner, starting `defaultPlanId` on `startedOn` only when the learner has
 * no plan at all. A stored plan is never overwritten: an active one is returned as it is; with no
 * active one, the learner's stored default plan (else their first stored plan) becomes active with
 * its dates and ticks. Read and write happen in one transaction, so two tabs opening the plan
 * page at once cannot both start it.
 */
export async function ensureActiveAssignment(
	db: AcademyDB,
	profileId: string,
	defaultPlanId: string,
	startedOn: string
): Promise<PlanAssignment> {
	return db.transaction('rw', db.planAssignments, db.settings, async () => {
		const active = await activeAssignment(db, profileId);
		if (active) return active;
		const stored = await assignmentsOf(db, profileId);
		const kept = stored.find((a) => a.planId === defaultPlanId) ?? stored[0];
		if (kept) {
			await setSetting(db, profileId, ACTIVE_PLAN, kept.planId);
			return kept;
		}
		return assignPlan(db, profileId, defaultPlanId, startedOn);
	});
}
