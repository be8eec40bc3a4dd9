import { asExamQuestion, type Bank } from '$lib/content/bank';
import type { QuestionView } from '$lib/content/views';
import { scoreExam } from '$lib/exam/score';
import { isExpired, secondsLeft } from '$lib/exam/session';
import type { AcademyDB } from '$lib/progress/db';
import {
	getSession,
	recordAnswer,
	setCurrent,
	setEliminated,
	setFlag,
	submitSession
} from '$lib/progress/exam-sessions';
import type { ExamSession } from '$lib/progress/records';
import type { PracticeAnswer } from '$lib/progress/review-cards';
import { getSetting } from '$lib/progress/settings';
import { measured } from './timing';

/**
 * One exam in progress: the stored session, the questions it draws on, and the actions a learner
 * takes. Every action is written to the database before the screen changes.
 */
export class ExamRunner {
	// Raw: replaced whole after every write; a deep proxy of a 100-question session is wasted work.
	session = $state.raw<ExamSession | undefined>();
	now = $state(Date.now());
	#entered = Date.now();
	#pending: Promise<void> = Promise.resolve();
	/** The bank by question id, built once: the screen reads the current question on every render. */
	readonly #byId: ReadonlyMap<string, QuestionView>;

	constructor(
		readonly db: AcademyDB,
		readonly bank: Bank,
		session: ExamSession
	) {
		this.#byId = new Map(bank.questions.map((q) => [q.id, q]));
		this.session = session;
	}

	static async open(db: AcademyDB, bank: Bank, id: string): Promise<ExamRunner | undefined> {
		const session = await getSession(db, id);
		return session && new ExamRunner(db, bank, session);
	}

	get blueprint() {
		return this.bank.blueprints.find((b) => b.id === this.session?.blueprintId);
	}

	get questions(): QuestionView[] {
		return (this.session?.questionIds ?? []).flatMap((id) => this.#byId.get(id) ?? []);
	}

	get index() {
		return this.session?.current ?? 0;
	}

	get question(): QuestionView | undefined {
		return this.questions[this.index];
	}

	/** The current question's options in the order shown: stored index and text. */
	get shownOptions(): { stored: number; text: string }[] {
		const q = this.question;
		const order = this.session?.optionOrders[this.index] ?? [];
		return q ? order.map((stored) => ({ stored, text: q.options[stored] ?? '' })) : [];
	}

	get secondsLeft() {
		return this.session ? secondsLeft(this.session, new Date(this.now)) : undefined;
	}

	get submitted() {
		return !!this.session?.submittedAt;
	}

	get expired() {
		return this.session ? isExpired(this.session, new Date(this.now)) : false;
	}

	answerOf(id: string) {
		return this.session?.answers[id];
	}

	#secondsHere(id: string) {
		return (this.answerOf(id)?.seconds ?? 0) + Math.round((Date.now() - this.#entered) / 1000);
	}

	/**
	 * Runs the learner's actions one after another. A key pressed while the previous action is
	 * still saving (N then B, quickly) must act on the question the first one leads to, never on
	 * a stale one.
	 */
	#serial(action: () => Promise<void>): Promise<void> {
		const run = this.#pending.then(action);
		this.#pending = run.catch(() => {});
		return run;
	}

	/**
	 * Answers with a stored option index. `questionId` is the question the learner saw when they
	 * chose; by default the question current when the action runs.
	 */
	answer(stored: number, questionId?: string) {
		return this.#serial(() => this.#answer(stored, questionId));
	}

	/** Answers with the option at a shown position (0 = A), as the keyboard does. */
	answerShown(position: number) {
		return this.#serial(async () => {
			const option = this.shownOptions[position];
			if (option) await this.#answer(option.stored);
		});
	}

	async #answer(stored: number, questionId?: string) {
		const s = this.session;
		const q = questionId ? this.questions.find((x) => x.id === questionId) : this.question;
		if (!s || !q || this.submitted) return;
		// In tutor mode the first answer stands: the feedback has been seen.
		if (s.mode === 'tutor' && this.answerOf(q.id)) return;
		// Tutor answers reach the review deck in the same write as the answer itself.
		const practice: PracticeAnswer | undefined =
			s.mode === 'tutor'
				? {
						correct: stored === q.answer,
						context: s.cram ? 'cram' : 'tutor',
						examDate: await getSetting(this.db, s.profileId, 'examDate')
					}
				: undefined;
		this.session = await measured('answer-save', () =>
			recordAnswer(
				this.db,
				s.id,
				q.id,
				{
					option: stored,
					answeredAt: new Date().toISOString(),
					seconds: this.#secondsHere(q.id)
				},
				practice
			)
		);
		this.#entered = Date.now();
	}

	toggleFlag() {
		return this.#serial(async () => {
			const s = this.session;
			const q = this.question;
			if (!s || !q || this.submitted) return;
			this.session = await setFlag(this.db, s.id, q.id, !s.flags.includes(q.id));
		});
	}

	toggleEliminated(stored: number, questionId: string) {
		return this.#serial(async () => {
			const s = this.session;
			if (!s || this.submitted) return;
			const current = s.eliminated[questionId] ?? [];
			const next = current.includes(stored)
				? current.filter((o) => o !== stored)
				: [...current, stored];
			this.session = await setEliminated(this.db, s.id, questionId, next);
		});
	}

	/** Moves to a question by its position in the exam. */
	go(index: number) {
		return this.#serial(() => this.#go(index));
	}

	/** Moves forward (1) or back (-1) from wherever the previous action left the learner. */
	step(delta: number) {
		return this.#serial(() => this.#go(this.index + delta));
	}

	async #go(index: number) {
		const s = this.session;
		if (!s || index < 0 || index >= s.questionIds.length) return;
		this.session = await setCurrent(this.db, s.id, index);
		this.#entered = Date.now();
	}

	submit() {
		return this.#serial(() => this.#submit());
	}

	async #submit() {
		const s = this.session;
		const blueprint = this.blueprint;
		if (!s || s.submittedAt) return;
		const passPercent = blueprint?.passPercent ?? 0;
		const end = Math.min(Date.now(), s.deadline ? Date.parse(s.deadline) : Infinity);
		const used = Math.round((end - Date.parse(s.startedAt)) / 1000);
		const examDate = await getSetting(this.db, s.profileId, 'examDate');
		const questions = this.questions;
		// One write: the score, and (timed and custom; tutor did it live) every answer into the
		// review deck, a flagged question answered right as "unsure". A tab closed halfway leaves
		// the exam unsubmitted, never submitted with answers missing from review.
		this.session = await submitSession(
			this.db,
			s.id,
			(latest) => scoreExam(questions.map(asExamQuestion), latest.answers, passPercent, used),
			(latest) =>
				latest.mode === 'tutor'
					? []
					: questions.map((q) => ({
							questionId: q.id,
							correct: latest.answers[q.id]?.option === q.answer,
							unsure: latest.flags.includes(q.id),
							context: latest.cram ? 'cram' : latest.mode === 'custom' ? 'custom' : 'exam',
							examDate
						}))
		);
	}
}
