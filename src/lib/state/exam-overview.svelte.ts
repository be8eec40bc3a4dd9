import type { Bank } from '$lib/content/bank';
import { NotEnoughQuestionsError } from '$lib/exam/draw';
import { readinessFor, type Readiness } from '$lib/exam/readiness';
import type { AcademyDB } from '$lib/progress/db';
import { listSessions } from '$lib/progress/exam-sessions';
import type { ExamSession, ExamTiming } from '$lib/progress/records';
import { reviewLogOf } from '$lib/progress/review-cards';
import { describeStorageError } from '$lib/state/storage';
import { startExam } from './exam-start';

/** One exam's page: the learner's open and finished attempts, readiness, and starting a new form. */
export class ExamOverview {
	sessions = $state.raw<ExamSession[]>([]);
	readiness = $state.raw<Readiness | undefined>();
	/** Share of the bank's questions for this exam the learner has answered at least once. */
	seenShare = $state(0);
	problem = $state('');
	starting = $state(false);

	constructor(
		private readonly db: AcademyDB,
		private readonly bank: Bank,
		private readonly profileId: string,
		readonly examId: string
	) {}

	get done(): ExamSession[] {
		return this.sessions.filter((s) => s.result && s.blueprintId === this.examId);
	}

	async load(): Promise<void> {
		const [sessions, log] = await Promise.all([
			listSessions(this.db, this.profileId),
			reviewLogOf(this.db, this.profileId)
		]);
		this.sessions = sessions;
		const blueprint = this.bank.blueprints.find((b) => b.id === this.examId);
		if (!blueprint) return;
		const domainOf = new Map(this.bank.questions.map((q) => [q.id, q.domain]));
		this.readiness = readinessFor(blueprint, log, sessions, (id) => domainOf.get(id));
		const inScope = this.bank.questions.filter((q) => q.domain in blueprint.domains);
		const seen = new Set(log.map((e) => e.questionId));
		this.seenShare = inScope.length
			? inScope.filter((q) => seen.has(q.id)).length / inScope.length
			: 0;
	}

	/** Draws and stores a fresh form; says in plain words why it could not. */
	async start(
		mode: 'timed' | 'tutor',
		timing: ExamTiming = 'standard'
	): Promise<ExamSession | undefined> {
		this.starting = true;
		this.problem = '';
		try {
			return await startExam(this.db, this.bank, this.profileId, this.examId, mode, timing);
		} catch (error) {
			this.problem =
				error instanceof NotEnoughQuestionsError ? error.message : describeStorageError(error);
			return undefined;
		} finally {
			this.starting = false;
		}
	}
}
