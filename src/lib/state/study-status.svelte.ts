import type { AcademyDB } from '$lib/progress/db';
import { dueCards } from '$lib/progress/review-cards';
import { getSetting, setSetting } from '$lib/progress/settings';
import { daysUntil } from '$lib/review/scheduler';
import { attemptSave } from './storage';

/** The study line on the home and exams pages: reviews due now and the learner's exam date. */
export class StudyStatus {
	/** Review cards due now; undefined until read. */
	due = $state<number | undefined>();
	/** The learner's exam date (setting `examDate`, YYYY-MM-DD), or '' when none is set. */
	examDate = $state('');
	message = $state('');

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string,
		private readonly now: () => Date = () => new Date()
	) {}

	/** Whole days until the exam, when a date is set. */
	get days(): number | undefined {
		return this.examDate ? daysUntil(this.examDate, this.now()) : undefined;
	}

	async load(): Promise<void> {
		const [cards, examDate] = await Promise.all([
			dueCards(this.db, this.profileId, this.now()),
			getSetting(this.db, this.profileId, 'examDate')
		]);
		this.due = cards.length;
		this.examDate = examDate ?? '';
	}

	/** Stores the exam date ('' clears it); says in plain words what happened. */
	async saveExamDate(value: string): Promise<boolean> {
		if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
			this.message = 'Please enter a date like 2027-03-15.';
			return false;
		}
		const failure = await attemptSave(() => setSetting(this.db, this.profileId, 'examDate', value));
		if (failure) {
			this.message = failure;
			return false;
		}
		this.examDate = value;
		this.message = value
			? 'Exam date saved. Reviews will be scheduled to finish before it.'
			: 'Exam date cleared.';
		return true;
	}
}
