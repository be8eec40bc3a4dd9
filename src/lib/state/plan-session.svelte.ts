import type { Plan } from '$lib/content/schema';
import { today as localToday } from '$lib/dates';
import { freePlanId, readPlanFile } from '$lib/plans/plan-file';
import { planWithoutRecords } from '$lib/plans/preview';
import type { PlanProgress, TaskKind } from '$lib/plans/tasks';
import { traineePlan } from '$lib/plans/trainee';
import { exportProfile } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { assignmentsOf, assignPlan, ensureActiveAssignment } from '$lib/progress/plan-assignments';
import type { PlanAssignment } from '$lib/progress/records';
import { summarise } from '$lib/trainee/summary';
import { knownIds, taskHref, taskTitle, type PlanCatalog } from './plan-context';
import { describeStorageError } from './storage';

/**
 * The learner's onboarding plan: the plan in use, their saved plans, how far along they are, and
 * changing, importing or restarting a plan. Without a database (storage unavailable) it shows the
 * default plan from today, nothing done, and changes nothing.
 *
 * The default plan is started on `load()` only when the learner has no plan at all (see
 * `ensureActiveAssignment`, one transaction): visiting the page never replaces a chosen plan.
 */
export class PlanSession {
	// Raw: records read from and written back to IndexedDB must stay plain objects.
	assignment = $state.raw<PlanAssignment | undefined>();
	mine = $state.raw<PlanAssignment[]>([]);
	progress = $state.raw<PlanProgress | undefined>();
	problem = $state('');
	message = $state('');
	/** An imported plan whose id a saved plan already has: nothing is replaced until the learner says. */
	clash = $state.raw<{ plan: Plan; existing: Plan } | undefined>();

	constructor(
		private readonly db: AcademyDB | undefined,
		private readonly catalog: PlanCatalog,
		private readonly profileId: string,
		readonly today = localToday()
	) {}

	/** Whether the learner's records can be read and the plan changed here. */
	get canChange(): boolean {
		return this.db !== undefined;
	}

	/** The built-in plans, then the learner's own saved plans. */
	get choices(): Plan[] {
		return [...this.catalog.plans, ...this.mine.flatMap((a) => (a.custom ? [a.custom] : []))];
	}

	get plan(): Plan | undefined {
		const a = this.assignment;
		return a && (a.custom ?? this.catalog.plans.find((p) => p.id === a.planId));
	}

	titleOf(kind: TaskKind, id: string): string {
		return taskTitle(this.catalog, kind, id);
	}

	hrefOf(kind: TaskKind, id: string): string | undefined {
		return taskHref(this.catalog, kind, id);
	}

	async load(): Promise<void> {
		if (!this.db) {
			const shown = planWithoutRecords(this.catalog.plans, this.catalog.facts, this.today);
			this.progress = shown.progress;
			this.assignment = shown.assignment;
			return;
		}
		try {
			const db = this.db;
			// The default plan starts on the first visit, without ceremony; the date can be changed.
			const assignment = await ensureActiveAssignment(
				db,
				this.profileId,
				this.catalog.plans[0]!.id,
				this.today
			);
			this.mine = await assignmentsOf(db, this.profileId);
			const backup = await exportProfile(db, this.profileId);
			const summary = summarise(backup, this.catalog.facts, this.today);
			this.progress = traineePlan(backup, summary, this.choices, this.today)?.progress;
			this.assignment = assignment;
		} catch (error) {
			this.problem = describeStorageError(error);
		}
	}

	/** Uses a plan (a saved custom one when `custom` is given) from `startedOn`. */
	async choose(planId: string, startedOn: string, custom?: Plan): Promise<boolean> {
		this.problem = this.message = '';
		if (!this.db) return false;
		try {
			await assignPlan(this.db, this.profileId, planId, startedOn, custom);
		} catch (error) {
			this.problem = describeStorageError(error);
			return false;
		}
		await this.load();
		return !this.problem;
	}

	/** The plan picker: a built-in plan, or one of the learner's own, from today. */
	pick(planId: string): Promise<boolean> {
		const custom = this.choices.find((p) => p.id === planId && !this.catalog.plans.includes(p));
		return this.choose(planId, this.today, custom);
	}

	/** Restarts the plan in use on another day (an empty date changes nothing). */
	restartOn(startedOn: string): Promise<boolean> {
		if (!startedOn || !this.assignment) return Promise.resolve(false);
		return this.choose(this.assignment.planId, startedOn);
	}

	/** A plan file's text: used at once, or held as a clash when a saved plan has its id. */
	async importFile(text: string): Promise<void> {
		this.problem = this.message = '';
		const read = readPlanFile(text, knownIds(this.catalog));
		if (!read.ok) {
			this.problem = read.message;
			return;
		}
		const existing = this.mine.find((a) => a.planId === read.plan.id)?.custom;
		if (existing) this.clash = { plan: read.plan, existing };
		else await this.useImported(read.plan);
	}

	/** Settles a clash: 'both' saves the file's plan under a free id, 'replace' overwrites mine. */
	async settleClash(choice: 'both' | 'replace' | 'cancel'): Promise<void> {
		const clash = this.clash;
		this.clash = undefined;
		if (!clash || choice === 'cancel') return;
		const taken = new Set(this.mine.map((a) => a.planId));
		await this.useImported(
			choice === 'both' ? { ...clash.plan, id: freePlanId(clash.plan.id, taken) } : clash.plan
		);
	}

	private async useImported(imported: Plan): Promise<void> {
		this.clash = undefined;
		if (await this.choose(imported.id, this.today, imported))
			this.message = `Imported the plan “${imported.title}”. It starts today; change the start date below if needed.`;
	}
}
