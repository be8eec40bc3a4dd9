import type { Bank } from '$lib/content/bank';
import type { QuestionView } from '$lib/content/views';
import { drillTypeOfCard } from '$lib/drills/catalog';
import { seededRandom, shuffle } from '$lib/exam/random';
import type { AcademyDB } from '$lib/progress/db';
import { reviewCardProblem } from '$lib/progress/integrity';
import type { ReviewCard } from '$lib/progress/records';
import { dueCards, gradeReview, removeCards, undoLastReview } from '$lib/progress/review-cards';
import { getSetting } from '$lib/progress/settings';
import type { Grade } from '$lib/review/scheduler';
import { attemptSave } from './storage';

/** A due card the scheduler cannot grade, set aside with the reason in plain words. */
export interface DamagedCard {
	card: ReviewCard;
	problem: string;
}

/**
 * A spaced-review session: the cards due now (questions from the bank, and drill cards that come
 * back as a new case of their type), grading them once each, undoing the last grade, and damaged
 * cards set aside so they cannot fail every grade.
 */
export class ReviewSession {
	queue = $state.raw<ReviewCard[]>([]);
	damaged = $state.raw<DamagedCard[]>([]);
	/** The learner's exam date (setting `examDate`): reviews are scheduled to finish before it. */
	examDate = $state<string | undefined>();
	/** The option chosen on the question card on screen (stored order). */
	chosen = $state<number | undefined>();
	reviewed = $state(0);
	message = $state('');
	loaded = $state(false);
	/** One grade, undo or removal at a time: a double click must not grade a card twice. */
	#busy = false;

	readonly card: ReviewCard | undefined = $derived(this.queue[0]);
	/** A drill card (`drill:<type>`) comes up as a new case of its type. */
	readonly drillType = $derived(this.card && drillTypeOfCard(this.card.questionId));
	get question(): QuestionView | undefined {
		const card = this.card;
		return card && this.bank.questions.find((q) => q.id === card.questionId);
	}

	/** A stable but shuffled option order per card and review, so position is never the cue. */
	get order(): number[] {
		const { question, card } = this;
		return question && card
			? shuffle([...question.options.keys()], seededRandom(Date.parse(card.due) % 2 ** 31))
			: [];
	}

	get correct(): boolean {
		return this.chosen !== undefined && this.chosen === this.question?.answer;
	}

	constructor(
		private readonly db: AcademyDB,
		private readonly bank: Bank,
		private readonly profileId: string,
		private readonly now: () => Date = () => new Date()
	) {}

	/** Where a drill card stores the learner's attempt. */
	get drillStore(): { db: AcademyDB; profileId: string } {
		return { db: this.db, profileId: this.profileId };
	}

	async load(): Promise<void> {
		const known = new Set(this.bank.questions.map((q) => q.id));
		const due = (await dueCards(this.db, this.profileId, this.now())).filter(
			(c) => known.has(c.questionId) || drillTypeOfCard(c.questionId)
		);
		// A card stored by an older version or changed by hand could fail on every grade: set apart.
		const problems = due.map((card) => ({ card, problem: reviewCardProblem(card) ?? '' }));
		this.damaged = problems.filter((d) => d.problem);
		this.queue = problems.filter((d) => !d.problem).map((d) => d.card);
		this.examDate = await getSetting(this.db, this.profileId, 'examDate');
		this.loaded = true;
	}

	/** Picks an option on the question card; the answer shows and grading opens. */
	choose(option: number) {
		if (this.chosen === undefined) this.chosen = option;
	}

	async #exclusive(action: () => Promise<void>): Promise<void> {
		if (this.#busy) return;
		this.#busy = true;
		const failure = await attemptSave(action);
		if (failure) this.message = failure;
		this.#busy = false;
	}

	/**
	 * Grades the card on screen (a question once answered, or a drill once checked). `right` is
	 * whether the learner got it right; for a question it is the chosen option's verdict.
	 */
	grade(grade: Grade, right = this.correct): Promise<void> {
		const current = this.card;
		if (!current || (this.chosen === undefined && !this.drillType)) return Promise.resolve();
		const questionId = current.questionId;
		return this.#exclusive(async () => {
			try {
				await gradeReview(
					this.db,
					this.profileId,
					questionId,
					grade,
					right,
					this.examDate,
					this.now()
				);
			} catch (error) {
				// The scheduler refused the card itself: set it apart rather than fail on every try.
				if ((error as Error)?.name !== 'FSRSValidationError') throw error;
				this.damaged = [
					...this.damaged,
					{ card: current, problem: 'the scheduler cannot grade it' }
				];
				this.queue = this.queue.filter((c) => c.questionId !== questionId);
				this.chosen = undefined;
				return;
			}
			this.reviewed += 1;
			this.chosen = undefined;
			this.message = '';
			await this.load();
		});
	}

	/** Deletes the damaged cards; the questions come back when answered again elsewhere. */
	removeDamaged(): Promise<void> {
		const ids = this.damaged.map((d) => d.card.questionId);
		return this.#exclusive(async () => {
			await removeCards(this.db, this.profileId, ids);
			this.damaged = [];
			this.message = `Removed ${ids.length === 1 ? 'the damaged card' : `${ids.length} damaged cards`}. Answer the question again in an exam or quiz to bring it back.`;
		});
	}

	/** Puts the card graded last back as it was before that grade. */
	undo(): Promise<void> {
		return this.#exclusive(async () => {
			const id = await undoLastReview(this.db, this.profileId);
			if (id) {
				this.reviewed = Math.max(0, this.reviewed - 1);
				this.chosen = undefined;
				this.message = 'The last grade was undone; that card is back in the queue.';
				await this.load();
			} else this.message = 'There is no review grade to undo.';
		});
	}

	/** Runs a drill card's own save (its checked answer); a failure shows in plain words. */
	async act(action: () => Promise<void>): Promise<void> {
		const failure = await attemptSave(action);
		if (failure) this.message = failure;
	}
}
