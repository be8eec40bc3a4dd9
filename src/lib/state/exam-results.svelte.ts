import { asExamQuestion, type Bank } from '$lib/content/bank';
import type { QuestionView } from '$lib/content/views';
import {
	attemptItems,
	averageSeconds,
	domainTrend,
	filterCounts,
	letterWhyNot,
	matchesFilter,
	missedIds,
	whyNotLetters,
	type AttemptItem,
	type DomainTrendRow,
	type ResultFilter
} from '$lib/exam/analysis';
import { formOf } from '$lib/exam/draw';
import { newSeed, seededRandom } from '$lib/exam/random';
import type { AcademyDB } from '$lib/progress/db';
import { deleteSession, getSession, listSessions, startSession } from '$lib/progress/exam-sessions';
import { examSessionProblem } from '$lib/progress/integrity';
import type { ExamSession } from '$lib/progress/records';
import { attemptSave, describeStorageError } from './storage';

/** How many recent attempts the per-domain trend table shows. */
export const TREND_ATTEMPTS = 6;

/** A submitted exam's results page: the stored attempt, or why it cannot be shown. */
export class ExamResults {
	session = $state.raw<ExamSession | undefined>();
	problem = $state('');
	/** Why the stored result cannot be drawn (an older version, or changed by hand). */
	broken = $state('');
	/** Which questions the list shows. */
	filter = $state<ResultFilter>('all');
	/** Submitted attempts at the same exam, oldest first, this one included. */
	attempts = $state.raw<ExamSession[]>([]);
	drilling = $state(false);

	readonly #byId: Map<string, QuestionView>;

	constructor(
		private readonly db: AcademyDB,
		readonly bank: Bank
	) {
		this.#byId = new Map(bank.questions.map((q) => [q.id, q]));
	}

	get blueprint() {
		return this.bank.blueprints.find((b) => b.id === this.session?.blueprintId);
	}

	async load(id: string): Promise<void> {
		const stored = await getSession(this.db, id);
		if (!stored?.result) {
			this.problem = 'No submitted exam with this link was found on this device.';
			return;
		}
		this.broken = examSessionProblem(stored, this.bank) ?? '';
		this.session = stored;
		if (this.broken || !this.blueprint) return;
		const all = await listSessions(this.db, stored.profileId);
		this.attempts = all
			.filter((s) => s.result && s.submittedAt && s.blueprintId === stored.blueprintId)
			.sort((a, b) => a.submittedAt!.localeCompare(b.submittedAt!));
	}

	/** Every question of the attempt: right, wrong or unanswered, flagged, and its time. */
	get items(): AttemptItem[] {
		return this.session ? attemptItems(this.session, (id) => this.#byId.get(id)?.answer) : [];
	}

	get counts() {
		return filterCounts(this.items);
	}

	/** The items the chosen filter lets through. */
	get shown(): AttemptItem[] {
		return this.items.filter((i) => matchesFilter(i, this.filter));
	}

	/** Average seconds per answered question; undefined when none was answered. */
	get averageSeconds() {
		return averageSeconds(this.items);
	}

	question(id: string): QuestionView | undefined {
		return this.#byId.get(id);
	}

	/** The question's explanation with each why-not bullet lettered as the learner saw it. */
	explanationHtml(item: AttemptItem): string {
		const q = this.#byId.get(item.questionId);
		const order = this.session?.optionOrders[item.index];
		if (!q || !order) return q?.explanationHtml ?? '';
		return letterWhyNot(q.explanationHtml, whyNotLetters(order, q.answer));
	}

	/** The attempts the per-domain trend table shows: the latest few, oldest first. */
	get trendAttempts(): ExamSession[] {
		return this.attempts.slice(-TREND_ATTEMPTS);
	}

	/** Per-domain scores over the latest attempts at this exam, oldest first. */
	get trend(): DomainTrendRow[] {
		return domainTrend(
			this.trendAttempts.map((s) => s.result!),
			Object.keys(this.blueprint?.domains ?? {})
		);
	}

	/** Wrong and unanswered questions of this attempt. */
	get missed(): string[] {
		return missedIds(this.items);
	}

	/**
	 * Stores an untimed practice quiz of exactly this attempt's wrong and unanswered questions, in
	 * a fresh order; says in plain words why it could not.
	 */
	async drillMisses(): Promise<ExamSession | undefined> {
		const session = this.session;
		const questions = this.missed.flatMap((id) => this.#byId.get(id) ?? []);
		if (!session || !questions.length) return;
		this.problem = '';
		this.drilling = true;
		const seed = newSeed();
		try {
			return await startSession(this.db, {
				profileId: session.profileId,
				blueprintId: 'custom',
				mode: 'tutor',
				title: `Missed questions from ${this.blueprint?.title ?? session.title ?? 'a practice quiz'}`,
				seed,
				...formOf(questions.map(asExamQuestion), seededRandom(seed))
			});
		} catch (error) {
			this.problem = describeStorageError(error);
			return undefined;
		} finally {
			this.drilling = false;
		}
	}

	/** Deletes the attempt from the device; true when it is gone. */
	async remove(): Promise<boolean> {
		const id = this.session?.id;
		if (!id) return false;
		this.problem = await attemptSave(() => deleteSession(this.db, id));
		return !this.problem;
	}
}
