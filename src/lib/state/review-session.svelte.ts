import type { Bank } from '$lib/content/bank';
import type { QuestionView } from '$lib/content/views';
import { drillTypeOfCard } from '$lib/drills/catalog';
import { seededRandom, shuffle } from '$lib/exam/random';
import type { AcademyDB } from '$lib/progress/db';
import { reviewCardProblem } from '$lib/progress/integrity';
import type { ReviewCard } from '$lib/progress/records';
import {
	cardsOf,
	dueCards,
	gradeReview,
	removeCards,
	reviewLogOf,
	undoReview
} from '$lib/progress/review-cards';
import { getSetting, setSetting } from '$lib/progress/settings';
import { formatInterval } from '$lib/review/interval';
import { GRADES, previewIntervals, Rating, type Grade } from '$lib/review/scheduler';
import {
	applyNewLimit,
	DEFAULT_NEW_PER_DAY,
	dueForecast,
	newStudiedToday,
	parseNewLimit,
	retention,
	type ForecastDay,
	type Retention
} from '$lib/review/stats';
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
	/** The option picked but not yet confirmed (keyboard or screen reader), stored order. */
	picked = $state<number | undefined>();
	/** The option chosen on the question card on screen (stored order): the answer shows. */
	chosen = $state<number | undefined>();
	reviewed = $state(0);
	message = $state('');
	loaded = $state(false);
	/** New cards a day (setting `newCardsPerDay`). */
	newLimit = $state(DEFAULT_NEW_PER_DAY);
	/** New cards due now that wait for another day because of the daily limit. */
	heldBack = $state(0);
	/** Why a typed new-card limit was refused, in plain words. */
	limitProblem = $state('');
	/** Cards due per day over the next 7 and 30 days. */
	forecastWeek = $state.raw<ForecastDay[]>([]);
	forecastMonth = $state.raw<ForecastDay[]>([]);
	retention = $state.raw<Retention>({ reviews: 0, remembered: 0, rate: undefined });
	/** Log entries of the grades given in this session, latest last: what undo can take back. */
	#graded = $state.raw<number[]>([]);
	/** One grade, undo or removal at a time: a double click must not grade a card twice. */
	#busy = false;

	/** Undo is offered only after a grade in this session. */
	get canUndo(): boolean {
		return this.#graded.length > 0;
	}

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

	/**
	 * The next interval each grade would give the card on screen ("10m", "4d"), from its current
	 * state; undefined when the scheduler cannot read the card.
	 */
	get intervals(): Record<Grade, string> | undefined {
		const card = this.card;
		if (!card) return undefined;
		try {
			const ms = previewIntervals(card.fsrs, this.now(), this.examDate);
			return Object.fromEntries(GRADES.map((g) => [g, formatInterval(ms[g])])) as Record<
				Grade,
				string
			>;
		} catch {
			return undefined;
		}
	}

	/** The grades open for the question on screen: all four when right, Again when wrong. */
	get grades(): readonly Grade[] {
		if (this.chosen === undefined) return [];
		return this.correct ? GRADES : [Rating.Again];
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
		const now = this.now();
		const known = new Set(this.bank.questions.map((q) => q.id));
		const usable = (c: ReviewCard) => known.has(c.questionId) || !!drillTypeOfCard(c.questionId);
		const due = (await dueCards(this.db, this.profileId, now)).filter(usable);
		// A card stored by an older version or changed by hand could fail on every grade: set apart.
		const problems = due.map((card) => ({ card, problem: reviewCardProblem(card) ?? '' }));
		this.damaged = problems.filter((d) => d.problem);
		this.examDate = await getSetting(this.db, this.profileId, 'examDate');
		this.newLimit =
			(await getSetting(this.db, this.profileId, 'newCardsPerDay')) ?? DEFAULT_NEW_PER_DAY;
		const log = await reviewLogOf(this.db, this.profileId);
		const limited = applyNewLimit(
			problems.filter((d) => !d.problem).map((d) => d.card),
			this.newLimit,
			newStudiedToday(log, now)
		);
		this.queue = limited.queue;
		this.heldBack = limited.heldBack;
		const cards = (await cardsOf(this.db, this.profileId)).filter(usable);
		this.forecastWeek = dueForecast(cards, now, 7);
		this.forecastMonth = dueForecast(cards, now, 30);
		this.retention = retention(log);
		this.loaded = true;
	}

	/** Picks an option without showing the answer yet (arrow keys, a screen reader). */
	pick(option: number) {
		if (this.chosen === undefined) this.picked = option;
	}

	/** Chooses an option on the question card; the answer shows and grading opens. */
	choose(option: number) {
		if (this.chosen === undefined) this.chosen = option;
	}

	/** Shows the answer to the picked option. */
	reveal() {
		if (this.picked !== undefined) this.choose(this.picked);
	}

	/**
	 * A key on the question card: Space or Enter shows the answer to the picked option, then
	 * grades as the main button would (Good when right, Again when wrong); 1–4 grade Again, Hard,
	 * Good, Easy once the answer shows. Returns whether the key did something.
	 */
	press(key: string): boolean {
		if (!this.question || this.drillType) return false;
		if (key === ' ' || key === 'Enter') {
			if (this.chosen === undefined) {
				if (this.picked === undefined) return false;
				this.reveal();
				return true;
			}
			void this.grade(this.correct ? Rating.Good : Rating.Again);
			return true;
		}
		const grade = GRADES[Number(key) - 1];
		if (!/^[1-4]$/.test(key) || grade === undefined || !this.grades.includes(grade)) return false;
		void this.grade(grade);
		return true;
	}

	/** Stores a typed new-card limit; a bad one is refused in plain words and changes nothing. */
	async setNewLimit(text: string): Promise<void> {
		const parsed = parseNewLimit(text);
		if ('problem' in parsed) {
			this.limitProblem = parsed.problem;
			return;
		}
		this.limitProblem = '';
		await this.#exclusive(async () => {
			await setSetting(this.db, this.profileId, 'newCardsPerDay', parsed.limit);
			this.message = `New cards a day: ${parsed.limit}.`;
			await this.load();
		});
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
			let logId: number | undefined;
			try {
				logId = await gradeReview(
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
				this.chosen = this.picked = undefined;
				return;
			}
			if (logId !== undefined) this.#graded = [...this.#graded, logId];
			this.reviewed += 1;
			this.chosen = this.picked = undefined;
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

	/** Puts the card graded last in this session back as it was before that grade. */
	undo(): Promise<void> {
		const logId = this.#graded.at(-1);
		if (logId === undefined) return Promise.resolve();
		return this.#exclusive(async () => {
			const id = await undoReview(this.db, this.profileId, logId);
			this.#graded = this.#graded.slice(0, -1);
			this.chosen = this.picked = undefined;
			if (id) {
				this.reviewed = Math.max(0, this.reviewed - 1);
				this.message = 'The last grade was undone; that card is back in the queue.';
			} else this.message = 'That grade was already undone.';
			await this.load();
		});
	}

	/** Runs a drill card's own save (its checked answer); a failure shows in plain words. */
	async act(action: () => Promise<void>): Promise<void> {
		const failure = await attemptSave(action);
		if (failure) this.message = failure;
	}
}
