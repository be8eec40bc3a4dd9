import { gradeCard, gradeForAnswer, newCard, type Grade } from '$lib/review/scheduler';
import type { AcademyDB } from './db';
import type { ReviewCard, ReviewLogEntry } from './records';

/** An answer as the review deck takes it. */
export interface PracticeAnswer {
	correct: boolean;
	unsure?: boolean;
	context: ReviewLogEntry['context'];
	examDate?: string;
}

/**
 * Logs an answer and, unless cramming, schedules review: a missed or unsure answer creates a card
 * if there is none, and any answer on an existing card grades it. Called inside a wider
 * transaction (an exam write), it joins that transaction.
 */
export async function recordPractice(
	db: AcademyDB,
	profileId: string,
	questionId: string,
	answer: PracticeAnswer,
	now = new Date()
): Promise<void> {
	await db.transaction('rw', db.reviewCards, db.reviewLog, async () => {
		const grade = gradeForAnswer(answer.correct, answer.unsure ?? false);
		const entry: ReviewLogEntry = {
			profileId,
			questionId,
			reviewedAt: now.toISOString(),
			grade,
			correct: answer.correct,
			context: answer.context
		};
		if (answer.context !== 'cram') {
			const existing = await db.reviewCards.get([profileId, questionId]);
			if (existing) {
				const { card, previous } = gradeCard(existing.fsrs, grade, now, answer.examDate);
				entry.previous = previous;
				await db.reviewCards.put({ ...existing, fsrs: card, due: card.due });
			} else if (!answer.correct || answer.unsure) {
				await db.reviewCards.put(
					deckCard(profileId, questionId, answer.correct ? 'unsure' : 'missed', now)
				);
			}
		}
		await db.reviewLog.add(entry);
	});
}

/**
 * Grades a card in a review session; returns the log entry's id (for undoing exactly this grade),
 * or undefined when the card is gone.
 */
export async function gradeReview(
	db: AcademyDB,
	profileId: string,
	questionId: string,
	grade: Grade,
	correct: boolean,
	examDate?: string,
	now = new Date()
): Promise<number | undefined> {
	return db.transaction('rw', db.reviewCards, db.reviewLog, async () => {
		const existing = await db.reviewCards.get([profileId, questionId]);
		if (!existing) return undefined;
		const { card, previous } = gradeCard(existing.fsrs, grade, now, examDate);
		await db.reviewCards.put({ ...existing, fsrs: card, due: card.due });
		return db.reviewLog.add({
			profileId,
			questionId,
			reviewedAt: now.toISOString(),
			grade,
			correct,
			context: 'review',
			previous
		});
	});
}

/**
 * Undoes one review grade, by its log entry: the card returns to its state before that grade and
 * the entry is deleted. Returns the card's question id, or undefined when there is nothing to undo.
 */
export async function undoReview(
	db: AcademyDB,
	profileId: string,
	logId: number
): Promise<string | undefined> {
	return db.transaction('rw', db.reviewCards, db.reviewLog, async () => {
		const entry = await db.reviewLog.get(logId);
		if (!entry?.previous || entry.profileId !== profileId || entry.context !== 'review')
			return undefined;
		const card = await db.reviewCards.get([profileId, entry.questionId]);
		if (card) await db.reviewCards.put({ ...card, fsrs: entry.previous, due: entry.previous.due });
		await db.reviewLog.delete(logId);
		return entry.questionId;
	});
}

/** A new card, due at once. */
function deckCard(
	profileId: string,
	questionId: string,
	source: ReviewCard['source'],
	now: Date
): ReviewCard {
	const card = newCard(now);
	return { profileId, questionId, fsrs: card, due: card.due, createdAt: now.toISOString(), source };
}

/** Adds questions (for example those behind a compliance moment missed in a call) to the deck. */
export async function addToDeck(
	db: AcademyDB,
	profileId: string,
	questionIds: readonly string[],
	source: ReviewCard['source'],
	now = new Date()
): Promise<number> {
	return db.transaction('rw', db.reviewCards, async () => {
		let added = 0;
		for (const questionId of questionIds) {
			if (await db.reviewCards.get([profileId, questionId])) continue;
			await db.reviewCards.put(deckCard(profileId, questionId, source, now));
			added++;
		}
		return added;
	});
}

/** Takes questions out of the deck: damaged cards the learner chose to remove. */
export async function removeCards(
	db: AcademyDB,
	profileId: string,
	questionIds: readonly string[]
): Promise<void> {
	await db.reviewCards.bulkDelete(questionIds.map((q) => [profileId, q] as [string, string]));
}

export async function dueCards(
	db: AcademyDB,
	profileId: string,
	now = new Date()
): Promise<ReviewCard[]> {
	return db.reviewCards
		.where('[profileId+due]')
		.between([profileId, ''], [profileId, now.toISOString()], true, true)
		.toArray();
}

/** Every review card of a profile, due or not (for the forecast). */
export async function cardsOf(db: AcademyDB, profileId: string): Promise<ReviewCard[]> {
	return db.reviewCards
		.where('[profileId+due]')
		.between([profileId, ''], [profileId, '\uffff'])
		.toArray();
}

export async function reviewLogOf(db: AcademyDB, profileId: string): Promise<ReviewLogEntry[]> {
	return db.reviewLog.where('profileId').equals(profileId).toArray();
}
