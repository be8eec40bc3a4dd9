import type { AcademyDB } from './db';
import { nowIso } from './clock';
import type { ModuleProgress } from './records';

export async function getModuleProgress(
	db: AcademyDB,
	profileId: string,
	moduleId: string
): Promise<ModuleProgress | undefined> {
	return db.moduleProgress.get([profileId, moduleId]);
}

export async function listModuleProgress(
	db: AcademyDB,
	profileId: string
): Promise<ModuleProgress[]> {
	return db.moduleProgress.where('profileId').equals(profileId).toArray();
}

/**
 * Remembers where the learner is in a module; never lowers how far they have read. The stored
 * record is merged, not rebuilt, so every other field it has is kept.
 */
export async function recordReading(
	db: AcademyDB,
	profileId: string,
	moduleId: string,
	reading: { lastHeading?: string; readFraction: number }
): Promise<void> {
	await db.transaction('rw', db.moduleProgress, async () => {
		const existing = await db.moduleProgress.get([profileId, moduleId]);
		const lastHeading = reading.lastHeading ?? existing?.lastHeading;
		await db.moduleProgress.put({
			status: 'in-progress',
			...existing,
			profileId,
			moduleId,
			...(lastHeading !== undefined && { lastHeading }),
			readFraction: Math.max(
				existing?.readFraction ?? 0,
				Math.min(1, Math.max(0, reading.readFraction))
			),
			updatedAt: nowIso()
		});
	});
}

export async function setModuleComplete(
	db: AcademyDB,
	profileId: string,
	moduleId: string,
	complete: boolean
): Promise<void> {
	await db.transaction('rw', db.moduleProgress, async () => {
		const existing = await db.moduleProgress.get([profileId, moduleId]);
		const now = nowIso();
		await db.moduleProgress.put({
			readFraction: 0,
			...existing,
			profileId,
			moduleId,
			status: complete ? 'complete' : 'in-progress',
			completedAt: complete ? (existing?.completedAt ?? now) : undefined,
			updatedAt: now
		});
	});
}

export async function recordCheckScore(
	db: AcademyDB,
	profileId: string,
	moduleId: string,
	score: number
): Promise<void> {
	await db.transaction('rw', db.moduleProgress, async () => {
		const existing = await db.moduleProgress.get([profileId, moduleId]);
		await db.moduleProgress.put({
			readFraction: 0,
			status: 'in-progress',
			...existing,
			profileId,
			moduleId,
			checkScore: Math.max(existing?.checkScore ?? 0, score),
			updatedAt: nowIso()
		});
	});
}
