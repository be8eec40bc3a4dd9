import { asExamQuestion, type Bank } from '$lib/content/bank';
import type { QuestionView } from '$lib/content/views';
import { scoreExam } from '$lib/exam/score';
import { isExpired, secondsLeft } from '$lib/exam/session';
import type { AcademyDB } from '$lib/progress/db';
import {
	deleteSession,
	getSession,
	recordAnswer,
	setCurrent,
	setEliminated,
	setFlag,
	submitSession
} from '$lib/progress/exam-sessions';
import type { ExamSession, RecordedAnswer } from '$lib/progress/records';
import { recordPractice } from '$lib/progress/review-cards';
import { getSetting } from '$lib/progress/settings';
import { examSessionProblem } from '$lib/progress/integrity';
import { attemptSave, describeStorageError } from './storage';
import { nowIso } from '$lib/progress/clock';
import { measured } from './timing';

/** Tabs showing the same exam tell each other when it is submitted. */
const CHANNEL = 'collections-academy-exams';

/** How often held answers are tried again while the page is open, in milliseconds. */
export const RETRY_MS = 2000;

/** A new answer whose write takes longer than this is shown at once, as not saved yet. */
export const SHOW_HELD_AFTER_MS = 100;

/**
 * One exam in progress: the stored session, the questions it draws on, and the actions a learner
 * takes. Every answer is written to the database before it counts as saved. When a write fails (a
 * full disk), the answer is held here, shown as not saved yet, and tried again until it is stored;
 * the learner can keep moving meanwhile.
 */
export class ExamRunner {
	// Raw: replaced whole after every write; a deep proxy of a 100-question session is wasted work.
	session = $state.raw<ExamSession | undefined>();
	/** The question on screen. Kept here, so moving on never waits for a save that fails. */
	index = $state(0);
	/** Answers chosen but not stored yet, by question id, oldest first. */
	unsaved = $state.raw<Record<string, RecordedAnswer>>({});
	/** Plain words for why held answers are not stored yet. */
	saveProblem = $state('');
	/** Another tab or window submitted this exam; this one no longer changes it. */
	submittedElsewhere = $state(false);
	now = $state(Date.now());
	#entered = Date.now();
	#pending: Promise<void> = Promise.resolve();
	#lastTry = 0;
	/** Tutor answers whose review-deck update is still to be written. */
	#toPractice: { questionId: string; correct: boolean }[] = [];
	#positionUnsaved = false;
	#channel: BroadcastChannel | undefined;
	/** The bank by question id, built once: the screen reads the current question on every render. */
	readonly #byId: ReadonlyMap<string, QuestionView>;

	constructor(
		readonly db: AcademyDB,
		readonly bank: Bank,
		session: ExamSession
	) {
		this.#byId = new Map(bank.questions.map((q) => [q.id, q]));
		this.session = session;
		this.index = Math.min(
			Math.max(0, session.current),
			Math.max(0, session.questionIds.length - 1)
		);
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = (event: MessageEvent<{ submitted?: string }>) => {
				if (event.data?.submitted === this.session?.id) void this.refresh();
			};
			// In Node (unit tests) an open channel would keep the process alive.
			(this.#channel as { unref?: () => void }).unref?.();
		}
	}

	static async open(db: AcademyDB, bank: Bank, id: string): Promise<ExamRunner | undefined> {
		const session = await getSession(db, id);
		return session && new ExamRunner(db, bank, session);
	}

	/**
	 * Why an exam still open cannot be shown (stored by an older version or changed by hand), in
	 * plain words; undefined when it can.
	 */
	get damage(): string | undefined {
		return this.submitted || !this.session
			? undefined
			: examSessionProblem(this.session, this.bank);
	}

	/** Deletes this exam from the device; returns why it could not, or an empty string. */
	discard(): Promise<string> {
		const id = this.session?.id;
		return id ? attemptSave(() => deleteSession(this.db, id)) : Promise.resolve('');
	}

	/** Stops listening to other tabs; the page calls it when it closes. */
	close() {
		this.#channel?.close();
		this.#channel = undefined;
	}

	get blueprint() {
		return this.bank.blueprints.find((b) => b.id === this.session?.blueprintId);
	}

	/** The session's questions, in order; a question missing from the bank leaves a gap. */
	get questions(): QuestionView[] {
		return (this.session?.questionIds ?? []).flatMap((id) => this.#byId.get(id) ?? []);
	}

	get question(): QuestionView | undefined {
		const id = this.session?.questionIds[this.index];
		return id === undefined ? undefined : this.#byId.get(id);
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

	/** The stored answer to a question. */
	answerOf(id: string) {
		return this.session?.answers[id];
	}

	/** The answer the learner gave, stored or still held. */
	chosenOf(id: string): number | undefined {
		return (this.unsaved[id] ?? this.session?.answers[id])?.option;
	}

	isUnsaved(id: string) {
		return id in this.unsaved;
	}

	get unsavedCount() {
		return Object.keys(this.unsaved).length;
	}

	/** Every answer given, stored or held, for the navigator and the review screen. */
	get shownAnswers(): Record<string, RecordedAnswer> {
		return { ...this.session?.answers, ...this.unsaved };
	}

	/** What to tell the learner while something is held unsaved, or ''. */
	get unsavedMessage(): string {
		if (!this.saveProblem) return '';
		const n = this.unsavedCount;
		const what = !n ? 'Your progress is' : n === 1 ? '1 answer is' : `${n} answers are`;
		return `${what} not saved yet. ${this.saveProblem} The app keeps trying; keep this tab open until this message goes away.`;
	}

	#secondsHere(id: string) {
		const before = (this.unsaved[id] ?? this.answerOf(id))?.seconds ?? 0;
		return before + Math.round((Date.now() - this.#entered) / 1000);
	}

	/** Takes a stored copy of the session; notices when another tab has submitted it. */
	#take(stored: ExamSession) {
		if (stored.submittedAt && !this.session?.submittedAt) this.submittedElsewhere = true;
		this.session = stored;
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
	 * Writes what is held: answers, then the review-deck updates of tutor answers, then the
	 * position. Stops at the first failure and keeps the rest for the next try. `fresh` answers,
	 * not shown yet, are taken out of it as they are written; what is left of them on a failure
	 * is held.
	 */
	async #flush(fresh: Record<string, RecordedAnswer> = {}): Promise<boolean> {
		this.#lastTry = Date.now();
		const s = this.session;
		if (!s) return true;
		try {
			for (const [questionId, answer] of Object.entries({ ...this.unsaved, ...fresh })) {
				if (this.submitted) break;
				this.#take(
					await measured('answer-save', () => recordAnswer(this.db, s.id, questionId, answer))
				);
				delete fresh[questionId];
				if (questionId in this.unsaved) {
					const rest = { ...this.unsaved };
					delete rest[questionId];
					this.unsaved = rest;
				}
			}
			if (this.submitted) {
				// Submitted elsewhere: held answers can no longer count, and nothing claims they do.
				this.unsaved = {};
				this.#toPractice = [];
			}
			while (this.#toPractice.length) {
				const { questionId, correct } = this.#toPractice[0]!;
				const examDate = await getSetting(this.db, s.profileId, 'examDate');
				await recordPractice(this.db, s.profileId, questionId, {
					correct,
					context: s.cram ? 'cram' : 'tutor',
					examDate
				});
				this.#toPractice.shift();
			}
			if (this.#positionUnsaved && !this.submitted) {
				this.#positionUnsaved = false;
				this.#take(await setCurrent(this.db, s.id, this.index));
			}
			this.saveProblem = '';
			return true;
		} catch (error) {
			this.#hold(fresh);
			this.saveProblem = describeStorageError(error);
			return false;
		}
	}

	/** Shows answers as chosen but not saved yet (kept for the next try). */
	#hold(answers: Record<string, RecordedAnswer>) {
		if (Object.keys(answers).length) this.unsaved = { ...this.unsaved, ...answers };
	}

	/** Tries held answers again, at most every RETRY_MS; the page calls it on its clock tick. */
	retry(): Promise<void> {
		if (!this.#needsSaving || Date.now() - this.#lastTry < RETRY_MS) return Promise.resolve();
		return this.#serial(async () => {
			if (this.#needsSaving) await this.#flush();
		});
	}

	get #needsSaving() {
		return this.unsavedCount > 0 || this.#toPractice.length > 0 || this.#positionUnsaved;
	}

	/** Reads the stored session again: another tab may have submitted it. */
	refresh(): Promise<void> {
		return this.#serial(async () => {
			const s = this.session;
			if (!s || s.submittedAt) return;
			const stored = await getSession(this.db, s.id);
			if (stored?.submittedAt) {
				this.#take(stored);
				this.unsaved = {};
			}
		});
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
		const q = questionId ? this.#byId.get(questionId) : this.question;
		if (!s || !q || this.submitted || !s.questionIds.includes(q.id)) return;
		// In tutor mode the first answer stands: the feedback has been seen.
		if (s.mode === 'tutor' && this.chosenOf(q.id) !== undefined) return;
		const answer = { option: stored, answeredAt: nowIso(), seconds: this.#secondsHere(q.id) };
		this.#entered = Date.now();
		if (s.mode === 'tutor')
			this.#toPractice.push({ questionId: q.id, correct: stored === q.answer });
		// Written before it is drawn: drawn first, the choice's repaint ran between the write's steps
		// and made the save three times as long. A write that fails, or is still going after
		// SHOW_HELD_AFTER_MS, shows the answer at once as not saved yet.
		const unwritten = { [q.id]: answer };
		const slow = setTimeout(() => this.#hold(unwritten), SHOW_HELD_AFTER_MS);
		try {
			await this.#flush(unwritten);
		} finally {
			clearTimeout(slow);
		}
	}

	toggleFlag() {
		return this.#serial(async () => {
			const s = this.session;
			const q = this.question;
			if (!s || !q || this.submitted) return;
			this.#take(await setFlag(this.db, s.id, q.id, !s.flags.includes(q.id)));
		});
	}

	/** Strikes out an option, or restores it, as this screen shows it now. */
	toggleEliminated(stored: number, questionId: string) {
		return this.#serial(async () => {
			const s = this.session;
			if (!s || this.submitted) return;
			const struck = !(s.eliminated[questionId] ?? []).includes(stored);
			this.#take(await setEliminated(this.db, s.id, questionId, stored, struck));
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

	/**
	 * Moves at once, then saves the position for resuming. A position that cannot be saved is kept
	 * and saved with the held answers; the learner is not stopped for it.
	 */
	async #go(index: number) {
		const s = this.session;
		if (!s || index < 0 || index >= s.questionIds.length) return;
		this.index = index;
		this.#entered = Date.now();
		if (this.submitted) return;
		this.#positionUnsaved = true;
		await this.#flush();
	}

	submit() {
		return this.#serial(() => this.#submit());
	}

	async #submit() {
		const s = this.session;
		const blueprint = this.blueprint;
		if (!s || s.submittedAt) return;
		// Every answer given must be stored before the exam is scored.
		if (!(await this.#flush())) throw new UnsavedAnswersError(this.unsavedMessage);
		if (this.submitted) return;
		const passPercent = blueprint?.passPercent ?? 0;
		const end = Math.min(Date.now(), s.deadline ? Date.parse(s.deadline) : Infinity);
		const used = Math.round((end - Date.parse(s.startedAt)) / 1000);
		const questions = this.questions.map(asExamQuestion);
		// Another tab may have submitted first; only the submission that scores the exam feeds
		// the review deck, so no answer is counted twice. The score and (timed and custom; tutor
		// did it live) every answer into the review deck are one write: a tab closed halfway leaves
		// the exam unsubmitted, never submitted with answers missing from review. A flagged
		// question answered right goes in as "unsure".
		const examDate = await getSetting(this.db, s.profileId, 'examDate');
		let scoredHere = false;
		const submitted = await submitSession(
			this.db,
			s.id,
			(latest) => {
				scoredHere = true;
				return scoreExam(questions, latest.answers, passPercent, used);
			},
			(latest) =>
				latest.mode === 'tutor'
					? []
					: this.questions.map((q) => ({
							questionId: q.id,
							correct: latest.answers[q.id]?.option === q.answer,
							unsure: latest.flags.includes(q.id),
							context: latest.cram ? 'cram' : latest.mode === 'custom' ? 'custom' : 'exam',
							examDate
						}))
		);
		if (!scoredHere) this.submittedElsewhere = true;
		this.session = submitted;
		if (scoredHere) this.#channel?.postMessage({ submitted: s.id });
	}
}

/** Submitting while answers are held: the message says what is not saved and why. */
export class UnsavedAnswersError extends Error {
	override name = 'UnsavedAnswersError';
}
