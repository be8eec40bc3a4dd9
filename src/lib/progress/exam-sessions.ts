import type { AcademyDB } from './db';
import { newId, nowIso } from './clock';
import type { ExamResult, ExamSession, RecordedAnswer } from './records';

export type NewSession = Omit<
	ExamSession,
	'id' | 'answers' | 'flags' | 'eliminated' | 'current' | 'startedAt'
>;

export async function startSession(db: AcademyDB, fields: NewSession): Promise<ExamSession> {
	const session: ExamSession = {
		...fields,
		id: newId(),
		answers: {},
		flags: [],
		eliminated: {},
		current: 0,
		startedAt: nowIso()
	};
	await db.examSessions.add(session);
	return session;
}

export async function getSession(db: AcademyDB, id: string): Promise<ExamSession | undefined> {
	return db.examSessions.get(id);
}

/**
 * Changes one session inside a transaction, reading the latest stored copy first, so answers
 * given in another tab are never overwritten. A submitted session no longer changes.
 */
async function change(
	db: AcademyDB,
	id: string,
	edit: (s: ExamSession) => void
): Promise<ExamSession> {
	return db.transaction('rw', db.examSessions, async () => {
		const session = await db.examSessions.get(id);
		if (!session) throw new Error('This exam session no longer exists.');
		if (session.submittedAt) return session;
		edit(session);
		await db.examSessions.put(session);
		return session;
	});
}

export function recordAnswer(
	db: AcademyDB,
	id: string,
	questionId: string,
	answer: RecordedAnswer
) {
	return change(db, id, (s) => {
		s.answers[questionId] = answer;
	});
}

export function setFlag(db: AcademyDB, id: string, questionId: string, flagged: boolean) {
	return change(db, id, (s) => {
		s.flags = flagged
			? [...new Set([...s.flags, questionId])]
			: s.flags.filter((f) => f !== questionId);
	});
}

/**
 * Strikes out one option, or restores it, on the stored copy: another tab's strike-outs on the
 * same question stay, whatever this tab's copy of the session shows.
 */
export function setEliminated(
	db: AcademyDB,
	id: string,
	questionId: string,
	option: number,
	struck: boolean
) {
	return change(db, id, (s) => {
		const others = (s.eliminated[questionId] ?? []).filter((o) => o !== option);
		s.eliminated[questionId] = struck ? [...others, option] : others;
	});
}

export function setCurrent(db: AcademyDB, id: string, index: number) {
	return change(db, id, (s) => {
		s.current = index;
	});
}

export function submitSession(db: AcademyDB, id: string, result: (s: ExamSession) => ExamResult) {
	return db.transaction('rw', db.examSessions, async () => {
		const session = await db.examSessions.get(id);
		if (!session) throw new Error('This exam session no longer exists.');
		if (session.submittedAt) return session;
		session.result = result(session);
		session.submittedAt = nowIso();
		await db.examSessions.put(session);
		return session;
	});
}

export async function listSessions(db: AcademyDB, profileId: string): Promise<ExamSession[]> {
	const all = await db.examSessions.where('profileId').equals(profileId).toArray();
	return all.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

export async function deleteSession(db: AcademyDB, id: string): Promise<void> {
	await db.examSessions.delete(id);
}
