import { asExamQuestion, type Bank } from '$lib/content/bank';
import { drawExam } from '$lib/exam/draw';
import { newSeed } from '$lib/exam/random';
import { deadlineFrom } from '$lib/exam/session';
import type { AcademyDB } from '$lib/progress/db';
import { startSession } from '$lib/progress/exam-sessions';
import type { ExamSession } from '$lib/progress/records';
import { reviewLogOf } from '$lib/progress/review-cards';

/** Draws a fresh form of a blueprint, preferring questions this profile has not seen, and stores it. */
export async function startExam(
	db: AcademyDB,
	bank: Bank,
	profileId: string,
	blueprintId: string,
	mode: 'timed' | 'tutor'
): Promise<ExamSession> {
	const blueprint = bank.blueprints.find((b) => b.id === blueprintId);
	if (!blueprint) throw new Error('This exam no longer exists.');
	const seen = new Set((await reviewLogOf(db, profileId)).map((e) => e.questionId));
	const seed = newSeed();
	const form = drawExam(blueprint, bank.questions.map(asExamQuestion), seed, seen);
	return startSession(db, {
		profileId,
		blueprintId,
		mode,
		seed,
		...form,
		deadline: mode === 'timed' ? deadlineFrom(new Date(), blueprint.minutes) : undefined
	});
}
