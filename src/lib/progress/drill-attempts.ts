/**
 * Compliance drill and call audit attempts: append-only history. A drill answered wrong on the
 * drills page puts its type into the review deck, where it comes back as a new case.
 */
import { drillCardId, type DrillType } from '$lib/drills/catalog';
import { newCard } from '$lib/review/scheduler';
import { newId } from './clock';
import type { AcademyDB } from './db';
import type { AuditAttempt, DrillAttempt } from './records';

/** Stores an answered drill and, for a wrong answer outside review, adds a card for its type. */
export async function recordDrill(
	db: AcademyDB,
	attempt: Omit<DrillAttempt, 'id' | 'answeredAt' | 'type'> & { type: DrillType },
	now = new Date()
): Promise<DrillAttempt> {
	const row: DrillAttempt = { ...attempt, id: newId(), answeredAt: now.toISOString() };
	await db.transaction('rw', db.drillAttempts, db.reviewCards, async () => {
		await db.drillAttempts.add(row);
		if (row.correct || row.context !== 'drill') return;
		const questionId = drillCardId(attempt.type);
		if (await db.reviewCards.get([row.profileId, questionId])) return;
		const card = newCard(now);
		await db.reviewCards.put({
			profileId: row.profileId,
			questionId,
			fsrs: card,
			due: card.due,
			createdAt: row.answeredAt,
			source: 'missed'
		});
	});
	return row;
}

/** A profile's drill attempts, oldest first; optionally of one type. */
export async function drillAttemptsOf(
	db: AcademyDB,
	profileId: string,
	type?: string
): Promise<DrillAttempt[]> {
	const rows = type
		? await db.drillAttempts.where('[profileId+type]').equals([profileId, type]).toArray()
		: await db.drillAttempts.where('profileId').equals(profileId).toArray();
	return rows.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
}

export async function recordAudit(
	db: AcademyDB,
	attempt: Omit<AuditAttempt, 'id' | 'submittedAt'>,
	now = new Date()
): Promise<AuditAttempt> {
	const row: AuditAttempt = { ...attempt, id: newId(), submittedAt: now.toISOString() };
	await db.auditAttempts.add(row);
	return row;
}

/** A profile's audit attempts, oldest first; optionally of one audit. */
export async function auditAttemptsOf(
	db: AcademyDB,
	profileId: string,
	auditId?: string
): Promise<AuditAttempt[]> {
	const rows = auditId
		? await db.auditAttempts.where('[profileId+auditId]').equals([profileId, auditId]).toArray()
		: await db.auditAttempts.where('profileId').equals(profileId).toArray();
	return rows.sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
}

/**
 * Writes attempts from an imported backup. History only grows: an attempt already here is kept as
 * it is, never doubled. The backup's ids that another profile uses were re-keyed before this
 * (rekeyForeignIds), so no attempt moves between profiles.
 */
export async function importAttempts(
	db: AcademyDB,
	tables: { drillAttempts: DrillAttempt[]; auditAttempts: AuditAttempt[] }
): Promise<void> {
	const drills = tables.drillAttempts;
	const storedDrills = await db.drillAttempts.bulkGet(drills.map((r) => r.id));
	await db.drillAttempts.bulkAdd(drills.filter((_, i) => !storedDrills[i]));
	const audits = tables.auditAttempts;
	const storedAudits = await db.auditAttempts.bulkGet(audits.map((r) => r.id));
	await db.auditAttempts.bulkAdd(audits.filter((_, i) => !storedAudits[i]));
}
