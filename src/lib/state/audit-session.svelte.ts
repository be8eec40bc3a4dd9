import { scoreAudit, type Audit, type AuditMark, type AuditResult } from '$lib/drills/audit';
import { bestAuditScores } from '$lib/drills/stats';
import type { AcademyDB } from '$lib/progress/db';
import { auditAttemptsOf, recordAudit } from '$lib/progress/drill-attempts';
import { attemptSave } from './storage';

/**
 * One QA audit on screen: the lines the learner flags, each with the rule they say it breaks, and
 * once submitted, the score against the scenario's verdicts (stored before it is shown).
 */
export class AuditSession {
	/** Flagged collector lines → the rule chosen ('' until one is). */
	marks = $state<Record<number, string>>({});
	result = $state.raw<AuditResult>();
	/** Set when the score was stored on this device. */
	saved = $state(false);
	/** The learner's stored attempts at this audit, and their best score (once read). */
	attempts = $state(0);
	best = $state<number | undefined>();

	constructor(
		readonly audit: Audit,
		readonly store?: { db: AcademyDB; profileId: string }
	) {}

	isFlagged(line: number): boolean {
		return line in this.marks;
	}

	setFlag(line: number, on: boolean) {
		if (on) this.marks[line] ??= '';
		else delete this.marks[line];
	}

	get list(): AuditMark[] {
		return Object.entries(this.marks).map(([line, rule]) => ({ line: Number(line), rule }));
	}

	/** Lines flagged without a rule chosen yet. */
	get unfinished(): number[] {
		return this.list.filter((m) => !m.rule).map((m) => m.line);
	}

	async submit() {
		if (this.result || this.unfinished.length) return;
		const marks = this.list.sort((a, b) => a.line - b.line);
		const result = scoreAudit(this.audit, marks);
		if (this.store) {
			await recordAudit(this.store.db, {
				profileId: this.store.profileId,
				auditId: this.audit.id,
				marks,
				result: {
					violations: result.violations,
					flagged: result.flagged,
					hits: result.hits,
					precision: Math.round(result.precision * 100),
					recall: Math.round(result.recall * 100),
					score: result.score
				}
			});
			this.saved = true;
		}
		this.result = result;
	}

	/** Reads the learner's attempts at this audit, where attempts are stored. */
	async loadHistory() {
		if (!this.store) return;
		const rows = await auditAttemptsOf(this.store.db, this.store.profileId, this.audit.id);
		this.attempts = rows.length;
		this.best = bestAuditScores(rows).get(this.audit.id);
	}

	/**
	 * Submits and reads the history again; resolves to '' or to plain words for a score that could
	 * not be stored (the result is then not shown, so the learner can submit again).
	 */
	async trySubmit(): Promise<string> {
		const failure = await attemptSave(() => this.submit());
		await this.loadHistory();
		return failure;
	}

	restart() {
		this.marks = {};
		this.result = undefined;
		this.saved = false;
	}
}

/** The audits page: the learner's best score on each audit. */
export class AuditHistory {
	best = $state.raw(new Map<string, number>());

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string
	) {}

	async load(): Promise<void> {
		this.best = bestAuditScores(await auditAttemptsOf(this.db, this.profileId));
	}
}
