import type { Bank } from '$lib/content/bank';
import type { AcademyDB } from '$lib/progress/db';
import { deleteSession, getSession } from '$lib/progress/exam-sessions';
import { examSessionProblem } from '$lib/progress/integrity';
import type { ExamSession } from '$lib/progress/records';
import { attemptSave } from './storage';

/** A submitted exam's results page: the stored attempt, or why it cannot be shown. */
export class ExamResults {
	session = $state.raw<ExamSession | undefined>();
	problem = $state('');
	/** Why the stored result cannot be drawn (an older version, or changed by hand). */
	broken = $state('');

	constructor(
		private readonly db: AcademyDB,
		readonly bank: Bank
	) {}

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
	}

	/** Deletes the attempt from the device; true when it is gone. */
	async remove(): Promise<boolean> {
		const id = this.session?.id;
		if (!id) return false;
		this.problem = await attemptSave(() => deleteSession(this.db, id));
		return !this.problem;
	}
}
