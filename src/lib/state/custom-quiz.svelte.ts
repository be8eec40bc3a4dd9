import { asExamQuestion, type Bank } from '$lib/content/bank';
import {
	customPool,
	drawCustom,
	practiceHistory,
	type CustomPool,
	type PracticeHistory
} from '$lib/exam/custom';
import type { ExamQuestion } from '$lib/exam/types';
import { newSeed } from '$lib/exam/random';
import type { AcademyDB } from '$lib/progress/db';
import { listSessions, startSession } from '$lib/progress/exam-sessions';
import type { ExamSession } from '$lib/progress/records';
import { reviewLogOf } from '$lib/progress/review-cards';
import { describeStorageError } from '$lib/state/storage';

export const MAX_CUSTOM_QUESTIONS = 100;

/** The custom quiz set-up screen: the learner's choices, how many questions fit them, and the start. */
export class CustomQuizSetup {
	domains = $state<string[]>([]);
	pool = $state<CustomPool>('all');
	count = $state(10);
	/** Tutor feedback after each question. */
	feedback = $state(true);
	/** Keep the answers out of the review schedule. */
	cram = $state(false);
	problem = $state('');
	history = $state.raw<PracticeHistory | undefined>();

	readonly #questions: ExamQuestion[];

	constructor(
		private readonly db: AcademyDB,
		readonly bank: Bank,
		private readonly profileId: string,
		/** A domain asked for in the address (the dashboard's "drill this" link). */
		askedDomain?: string | null
	) {
		this.#questions = bank.questions.map(asExamQuestion);
		this.domains =
			askedDomain && askedDomain in bank.domainTitles
				? [askedDomain]
				: Object.keys(bank.domainTitles);
	}

	/** Reads what the learner has answered, missed and flagged, which the pools depend on. */
	async load(): Promise<void> {
		const [log, sessions] = await Promise.all([
			reviewLogOf(this.db, this.profileId),
			listSessions(this.db, this.profileId)
		]);
		this.history = practiceHistory(
			log,
			sessions.flatMap((s) => s.flags)
		);
	}

	get available(): number {
		return this.history
			? customPool(this.#questions, this.domains, this.pool, this.history).length
			: 0;
	}

	/** Stores a new quiz drawn from the choices; says in plain words why it cannot, if it cannot. */
	async start(): Promise<ExamSession | undefined> {
		this.problem = '';
		if (!this.history) return;
		if (!this.domains.length) return this.#fail('Choose at least one domain.');
		if (!Number.isInteger(this.count) || this.count < 1 || this.count > MAX_CUSTOM_QUESTIONS)
			return this.#fail(`Choose between 1 and ${MAX_CUSTOM_QUESTIONS} questions.`);
		const candidates = customPool(this.#questions, this.domains, this.pool, this.history);
		if (!candidates.length) return this.#fail('No questions match these choices. Try another set.');
		const seed = newSeed();
		try {
			return await startSession(this.db, {
				profileId: this.profileId,
				blueprintId: 'custom',
				mode: this.feedback ? 'tutor' : 'custom',
				cram: this.cram,
				title: `Custom quiz (${this.pool} questions)`,
				seed,
				...drawCustom(candidates, this.count, seed)
			});
		} catch (error) {
			return this.#fail(describeStorageError(error));
		}
	}

	#fail(message: string): undefined {
		this.problem = message;
		return undefined;
	}
}
