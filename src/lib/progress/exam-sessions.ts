import type { AcademyDB } from './db';
import { newId, nowIso } from './clock';
import type { ExamResult, ExamSession, RecordedAnswer } from './records';
import { recordPractice, type PracticeAnswer } from './review-cards';

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
 * given in another tab are never overwritten. A submitted session no longer changes. `then` runs
 * in the same transaction after the write, and may write to the review deck: both happen or
 * neither does.
 */
async function change(
	db: AcademyDB,
	id: string,
	edit: (s: ExamSession) => void,
	then?: (s: ExamSession) => Promise<void>
): Promise<ExamSession> {
	const tables = then ? [db.examSessions, db.reviewCards, db.reviewLog] : [db.examSessions];
	return db.transaction('rw', tables, async () => {
		const session = await db.examSessions.get(id);
		if (!session) throw new Error('This exam session no longer exists.');
		if (session.submittedAt) return session;
		edit(session);
		await db.examSessions.put(session);
		await then?.(session);
		return session;
	});
}

/** Stores an answer; with `practice` (tutor mode), feeds it to the review deck in the same write. */
export function recordAnswer(
	db: AcademyDB,
	id: string,
	questionId: string,
	answer: RecordedAnswer,
	practice?: PracticeAnswer
) {
	return change(
		db,
		id,
		(s) => {
			s.answers[questionId] = answer;
		},
		practice && ((s) => recordPractice(db, s.profileId, questionId, practice))
	);
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

/** An answer of a submitted exam, for the review deck. */
export type Practice = PracticeAnswer & { questionId: string };

/**
 * Scores and submits a session, and feeds the answers `practice` lists to the review deck, all in
 * one transaction: a closed tab leaves either a submitted exam with every answer in review, or an
 * exam still open to submit. A session already submitted (in another tab) is returned unchanged,
 * so no answer is fed twice.
 */
export function submitSession(
	db: AcademyDB,
	id: string,
	result: (s: ExamSession) => ExamResult,
	practice: (s: ExamSession) => Practice[] = () => []
) {
	return db.transaction('rw', [db.examSessions, db.reviewCards, db.reviewLog], async () => {
		const session = await db.examSessions.get(id);
		if (!session) throw new Error('This exam session no longer exists.');
		if (session.submittedAt) return session;
		session.result = result(session);
		session.submittedAt = nowIso();
		await db.examSessions.put(session);
		for (const answer of practice(session))
			await recordPractice(db, session.profileId, answer.questionId, answer);
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
