import type { Plan } from '$lib/content/schema';
import { today as localToday } from '$lib/dates';
import {
	buildPlan,
	draftFrom,
	draftItems,
	emptyWeek,
	everythingRequired,
	type DraftCompletion,
	type DraftWeek
} from '$lib/plans/draft';
import { freePlanId } from '$lib/plans/plan-file';
import type { AcademyDB } from '$lib/progress/db';
import { assignmentsOf, assignPlan } from '$lib/progress/plan-assignments';
import { knownIds, type PlanCatalog } from './plan-context';
import { describeStorageError } from './storage';

/**
 * The plan builder: a draft of weeks the employer edits, and saving it as the learner's plan in
 * use. Saving under the id of a saved plan asks first (`clash`); nothing is replaced until then.
 */
export class PlanBuilder {
	title = $state('');
	summary = $state('');
	organization = $state('');
	weeks = $state<DraftWeek[]>([emptyWeek(1)]);
	/** What the certificate requires: everything in the plan unless the employer chooses. */
	completion = $state<DraftCompletion>(everythingRequired());
	/** The modules, exams and calls the weeks name: what the completion rules can require. */
	readonly items = $derived(draftItems(this.weeks));
	problem = $state('');
	/** A built plan whose id a saved plan already has: the learner chooses before anything is replaced. */
	clash = $state.raw<{ plan: Plan; existing: Plan; taken: Set<string> } | undefined>();

	constructor(
		private readonly catalog: PlanCatalog,
		/** Where the plan is saved: the learner's database once it is open, else nothing. */
		private readonly store: () => { db: AcademyDB; profileId: string } | undefined,
		private readonly today = localToday()
	) {}

	startFrom(planId: string) {
		const p = this.catalog.plans.find((x) => x.id === planId);
		if (!p) return;
		const draft = draftFrom(p);
		this.title = draft.title;
		this.summary = draft.summary;
		this.organization = draft.organization ?? '';
		this.weeks = draft.weeks;
		this.completion = draft.completion ?? everythingRequired();
	}

	addWeek() {
		this.weeks.push(emptyWeek(this.weeks.length + 1));
	}

	removeWeek(index: number) {
		this.weeks.splice(index, 1);
	}

	/**
	 * Choosing the required items starts from everything in the plan, so the employer unticks
	 * what is optional rather than ticking everything again.
	 */
	setChoose(choose: boolean) {
		this.completion = choose
			? { ...this.completion, choose, ...draftItems(this.weeks) }
			: { ...this.completion, choose };
	}

	/** The plan the draft describes, or undefined with `problem` saying what to fix. */
	build(): Plan | undefined {
		this.problem = '';
		const built = buildPlan(
			{
				title: this.title,
				summary: this.summary,
				organization: this.organization,
				weeks: this.weeks,
				completion: this.completion
			},
			knownIds(this.catalog)
		);
		if (built.ok) return built.plan;
		this.problem = built.problem;
		return undefined;
	}

	/** Saves the draft as the plan in use; true when saved (the page then shows the plan). */
	async save(): Promise<boolean> {
		this.clash = undefined;
		const plan = this.build();
		if (!plan) return false;
		const store = this.store();
		if (!store) {
			this.problem = describeStorageError({ name: 'MissingAPIError' });
			return false;
		}
		try {
			const saved = await assignmentsOf(store.db, store.profileId);
			const existing = saved.find((a) => a.planId === plan.id)?.custom;
			if (existing) {
				this.clash = { plan, existing, taken: new Set(saved.map((a) => a.planId)) };
				return false;
			}
		} catch (error) {
			this.problem = describeStorageError(error);
			return false;
		}
		return this.keep(plan);
	}

	/** Settles a clash: 'both' saves under a free id, 'replace' overwrites the saved plan. */
	async settleClash(choice: 'both' | 'replace' | 'cancel'): Promise<boolean> {
		const clash = this.clash;
		this.clash = undefined;
		if (!clash || choice === 'cancel') return false;
		return this.keep(
			choice === 'both' ? { ...clash.plan, id: freePlanId(clash.plan.id, clash.taken) } : clash.plan
		);
	}

	private async keep(plan: Plan): Promise<boolean> {
		this.clash = undefined;
		const store = this.store();
		if (!store) return false;
		try {
			await assignPlan(store.db, store.profileId, plan.id, this.today, plan);
			return true;
		} catch (error) {
			this.problem = describeStorageError(error);
			return false;
		}
	}
}
