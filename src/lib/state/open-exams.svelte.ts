import { examsInProgress, type ExamInProgress } from '$lib/exam/in-progress';
import type { AcademyDB } from '$lib/progress/db';
import { listSessions } from '$lib/progress/exam-sessions';

/** The exams the learner started and has not submitted, for home and the exams page. */
export class OpenExams {
	exams = $state.raw<ExamInProgress[]>([]);
	loaded = $state(false);

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string,
		private readonly titleOf: (blueprintId: string) => string | undefined,
		private readonly now: () => Date = () => new Date()
	) {}

	async load(): Promise<void> {
		const sessions = await listSessions(this.db, this.profileId);
		this.exams = examsInProgress(sessions, this.titleOf, this.now());
		this.loaded = true;
	}
}
