import type { ExamBlueprint } from './schema';
import type { QuestionView } from './views';

/** The bank as the exam screens receive it from /exams/bank.json. */
export interface Bank {
	questions: QuestionView[];
	blueprints: (ExamBlueprint & { certTitle: string })[];
	domainTitles: Record<string, string>;
}

let cached: Promise<Bank> | undefined;

export function fetchBank(fetcher: typeof fetch = fetch): Promise<Bank> {
	cached ??= fetcher('/exams/bank.json').then((r) => {
		if (!r.ok) throw new Error('The question bank could not be loaded.');
		return r.json() as Promise<Bank>;
	});
	cached.catch(() => (cached = undefined));
	return cached;
}

export const asExamQuestion = (q: QuestionView) => ({
	id: q.id,
	domain: q.domain,
	answer: q.answer,
	optionCount: q.options.length
});
