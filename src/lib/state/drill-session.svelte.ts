import type { DrillType } from '$lib/drills/catalog';
import { freshSeed, generateDrill } from '$lib/drills/generate';
import { drillStats, type DrillStats, type RunStats } from '$lib/drills/stats';
import { applicableFields, isCorrect, type DrillAnswer, type DrillCase } from '$lib/drills/types';
import type { AcademyDB } from '$lib/progress/db';
import { drillAttemptsOf, recordDrill } from '$lib/progress/drill-attempts';
import type { DrillAttempt } from '$lib/progress/records';
import { attemptSave } from './storage';

/**
 * One drill on screen: a case built from a seed, the learner's answer, and once checked, the
 * verdict. The answer is stored before the working is shown; a new case is a new seed.
 */
export class DrillSession {
	seed = $state(0);
	answer = $state<DrillAnswer>({});
	/** Set once the answer is checked (and stored, when a profile can store it). */
	result = $state.raw<{ correct: boolean; attempt?: DrillAttempt }>();
	/** Rebuilt only when the seed changes (a case with time-zone arithmetic takes a moment). */
	readonly drill: DrillCase = $derived.by(() => generateDrill(this.type, this.seed));
	/** The learner's record on this type of drill, once read (with a store). */
	stats = $state.raw<RunStats | undefined>();

	constructor(
		readonly type: DrillType,
		readonly context: DrillAttempt['context'],
		/** Where attempts go; without one (storage unavailable) the drill still works, unsaved. */
		readonly store?: { db: AcademyDB; profileId: string },
		seed = freshSeed()
	) {
		this.seed = seed;
	}

	/** The fields to ask, given what the learner has chosen so far. */
	get fields() {
		return applicableFields(this.drill.fields, this.answer);
	}

	get complete(): boolean {
		return this.fields.every((f) => (this.answer[f.name] ?? '').trim() !== '');
	}

	async check() {
		if (this.result || !this.complete) return;
		// A stored value is at most 40 characters (progress/schema.ts); every right answer is shorter.
		const answer = Object.fromEntries(
			this.fields.map((f) => [f.name, this.answer[f.name]!.trim().slice(0, 40)])
		);
		const correct = isCorrect(this.drill, answer);
		const attempt = this.store
			? await recordDrill(this.store.db, {
					profileId: this.store.profileId,
					type: this.type,
					seed: this.seed,
					answer,
					correct,
					context: this.context
				})
			: undefined;
		this.result = { correct, attempt };
	}

	/** Reads the learner's record on this type of drill, where attempts are stored. */
	async loadStats() {
		if (!this.store) return;
		const rows = await drillAttemptsOf(this.store.db, this.store.profileId, this.type);
		this.stats = drillStats(rows).byType.find((t) => t.type === this.type);
	}

	/**
	 * Runs an action on the drill that stores something (checking the answer), then reads the
	 * record again; resolves to '' or to plain words for a save that failed.
	 */
	async attempt(action: () => Promise<void>): Promise<string> {
		const failure = await attemptSave(action);
		await this.loadStats();
		return failure;
	}

	/** A new case of the same type, never the one just seen. */
	next() {
		this.seed = freshSeed(this.seed);
		this.answer = {};
		this.result = undefined;
	}
}

/** The drills page: the learner's record on every type of drill. */
export class DrillHistory {
	stats = $state.raw<DrillStats | undefined>();

	constructor(
		private readonly db: AcademyDB,
		private readonly profileId: string
	) {}

	async load(): Promise<void> {
		this.stats = drillStats(await drillAttemptsOf(this.db, this.profileId));
	}

	/** The record on one type; undefined until loaded. */
	of(type: string): RunStats | undefined {
		return this.stats?.byType.find((t) => t.type === type);
	}
}
