import type { CallScenario } from '$lib/content/schema';
import type { CallMove, CallStep } from '$lib/calls/conversation';
import { evaluateRun, type RunEvaluation } from '$lib/calls/evaluate';
import type { PlanOffer } from '$lib/calls/plan-offer';
import type { AcademyDB } from '$lib/progress/db';
import { fileNote, getRun, placeCall, recordStep } from '$lib/progress/call-runs';
import { nowIso } from '$lib/progress/clock';
import type { CallRun } from '$lib/progress/records';

export type CallStage = 'dialer' | 'talking' | 'note' | 'debrief';

/**
 * One call in progress. Every decision is written to the database before the screen moves on,
 * and everything shown is replayed from the stored steps.
 */
export class CallRunner {
	// Raw: the stored record is replaced whole after each write, and goes back to IndexedDB as is.
	run = $state.raw<CallRun>() as CallRun;

	constructor(
		readonly db: AcademyDB,
		readonly scenario: CallScenario,
		run: CallRun
	) {
		this.run = run;
	}

	static async open(db: AcademyDB, scenario: CallScenario, id: string) {
		const run = await getRun(db, id);
		return run && run.scenarioId === scenario.id ? new CallRunner(db, scenario, run) : undefined;
	}

	get evaluation(): RunEvaluation {
		return evaluateRun(this.scenario, {
			dialedAt: this.run.dialedAt ?? this.scenario.dialAt,
			steps: this.run.steps,
			accountNote: this.run.accountNote
		});
	}

	get stage(): CallStage {
		if (this.run.finishedAt) return 'debrief';
		if (!this.run.dialedAt) return 'dialer';
		return this.evaluation.conversation.ended ? 'note' : 'talking';
	}

	get node() {
		return this.scenario.nodes[this.evaluation.conversation.current];
	}

	async place(dialedAt: Date) {
		this.run = await placeCall(this.db, this.run.id, dialedAt.toISOString());
	}

	async #step(step: CallMove) {
		const full = {
			...step,
			node: this.evaluation.conversation.current,
			at: nowIso()
		} as CallStep;
		this.run = await recordStep(this.db, this.run.id, this.run.steps.length, full);
	}

	choose(choice: number) {
		return this.#step({ kind: 'choice', choice });
	}

	say(text: string) {
		return this.#step({ kind: 'input', text });
	}

	offer(offer: PlanOffer) {
		return this.#step({ kind: 'plan', offer });
	}

	/** Scores the call with the note, stores the result, and puts missed rules into review. */
	async file(note: string, questionsByRule: Record<string, string[]>) {
		const evaluation = evaluateRun(this.scenario, {
			dialedAt: this.run.dialedAt ?? this.scenario.dialAt,
			steps: this.run.steps,
			accountNote: note
		});
		const { score } = evaluation;
		const missed = [...new Set(score.violations.map((v) => v.rule))];
		// The score and the review cards for the broken rules are one write.
		this.run = await fileNote(
			this.db,
			this.run.id,
			note,
			{
				total: score.total,
				passed: score.passed,
				categories: score.categories,
				outcome: score.outcome,
				violations: score.violations.map((v) => v.rule),
				critical: score.violations.some((v) => v.critical)
			},
			missed.flatMap((rule) => (questionsByRule[rule] ?? []).slice(0, 3))
		);
	}
}
