import type { ExamBlueprint } from './schema';
import type { QuestionView } from './views';

/** The bank as the exam screens receive it from /exams/bank.json. */
export interface Bank {
	questions: QuestionView[];
	blueprints: (ExamBlueprint & { certTitle: string })[];
	domainTitles: Record<string, string>;
}

let cached: Promise<Bank> | undefined;

/** `url`: /exams/bank.json as the page resolves it (the app may be served from any path). */
export function fetchBank(url: string, fetcher: typeof fetch = fetch): Promise<Bank> {
	cached ??= fetcher(url).then((r) => {
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
