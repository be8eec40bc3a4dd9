import type { ExamQuestion, ExamResult, RecordedAnswer } from './types';

/** Marks a finished exam: unanswered questions count as wrong. */
export function scoreExam(
	questions: readonly ExamQuestion[],
	answers: Readonly<Record<string, RecordedAnswer>>,
	passPercent: number,
	secondsUsed: number
): ExamResult {
	const byDomain: ExamResult['byDomain'] = {};
	let correct = 0;
	for (const q of questions) {
		const domain = (byDomain[q.domain] ??= { correct: 0, total: 0 });
		domain.total += 1;
		if (answers[q.id]?.option === q.answer) {
			domain.correct += 1;
			correct += 1;
		}
	}
	const total = questions.length;
	const percent = total ? (correct / total) * 100 : 0;
	return {
		correct,
		total,
		percent,
		passed: percent >= passPercent,
		passPercent,
		byDomain,
		secondsUsed
	};
}
