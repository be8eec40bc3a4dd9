import { asExamQuestion, type Bank } from '$lib/content/bank';
import { drawExam } from '$lib/exam/draw';
import { newSeed } from '$lib/exam/random';
import { deadlineFrom } from '$lib/exam/session';
import { minutesAllowed } from '$lib/exam/timing';
import type { AcademyDB } from '$lib/progress/db';
import { startSession } from '$lib/progress/exam-sessions';
import type { ExamSession, ExamTiming } from '$lib/progress/records';
import { reviewLogOf } from '$lib/progress/review-cards';

/** Draws a fresh form of a blueprint, preferring questions this profile has not seen, and stores it. */
export async function startExam(
	db: AcademyDB,
	bank: Bank,
	profileId: string,
	blueprintId: string,
	mode: 'timed' | 'tutor',
	timing: ExamTiming = 'standard'
): Promise<ExamSession> {
	const blueprint = bank.blueprints.find((b) => b.id === blueprintId);
	if (!blueprint) throw new Error('This exam no longer exists.');
	const seen = new Set((await reviewLogOf(db, profileId)).map((e) => e.questionId));
	const seed = newSeed();
	const form = drawExam(blueprint, bank.questions.map(asExamQuestion), seed, seen);
	const minutes = mode === 'timed' ? minutesAllowed(blueprint.minutes, timing) : undefined;
	return startSession(db, {
		profileId,
		blueprintId,
		mode,
		seed,
		...form,
		...(mode === 'timed' && { timing }),
		deadline: minutes === undefined ? undefined : deadlineFrom(new Date(), minutes)
	});
}
