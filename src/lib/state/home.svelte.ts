import { today as localToday } from '$lib/dates';
import { examsInProgress } from '$lib/exam/in-progress';
import { overdueTasks, weekDueOn } from '$lib/plans/tasks';
import { traineePlan } from '$lib/plans/trainee';
import { exportProfile } from '$lib/progress/backup';
import type { AcademyDB } from '$lib/progress/db';
import { setSetting } from '$lib/progress/settings';
import type { Setting } from '$lib/progress/records';
import {
	GOAL_KINDS,
	nextStep,
	trackProgress,
	type Goal,
	type GoalKind,
	type NextStep,
	type TrackProgress
} from '$lib/trainee/next-step';
import { streakDays } from '$lib/trainee/streak';
import { summarise } from '$lib/trainee/summary';
import { taskHref, taskTitle, type PlanCatalog } from './plan-context';
import { attemptSave, describeStorageError } from './storage';

/** What home receives from the server: the plan catalog, the tracks, and the certification exams. */
export interface HomeCatalog extends PlanCatalog {
	tracks: { track: string; title: string; modules: { id: string }[] }[];
	/** The exams a certification goal can name (CHC, PCS, HCM). */
	certifications: { id: string; title: string }[];
}

/** A trainee's plan as home shows it. */
export interface PlanToday {
	title: string;
	week: number;
	weeks: number;
	/** The last day of the current week (YYYY-MM-DD); undefined before the start or after the end. */
	dueOn?: string;
	/** The first day of the plan, when it has not started yet. */
	startsOn?: string;
	overdue: { title: string; href?: string; week: number }[];
}

/** What the first-run card sends. */
export interface FirstRunAnswers {
	name: string;
	goal: GoalKind | '';
	/** For a certification: which exam. */
	exam?: string;
	/** For a certification: the day of the real exam, optional (YYYY-MM-DD). */
	examDate?: string;
}

const isGoal = (s: Setting): s is Extract<Setting, { key: 'goal' }> => s.key === 'goal';

/**
 * Home for a returning learner: the first-run question, the one next step, the streak and the
 * progress in each track. Renaming goes through the shared profile state (passed in as `rename`),
 * so the header's profile list follows.
 */
export class Home {
	loaded = $state(false);
	/** The profile's name as stored. */
	name = $state('');
	goal = $state.raw<Goal | undefined>();
	step = $state.raw<NextStep | undefined>();
	streak = $state<number | undefined>();
	tracks = $state.raw<TrackProgress[]>([]);
	/** The learner's plan today: the week, its due day, and tasks left over from earlier weeks. */
	plan = $state.raw<PlanToday | undefined>();
	/** The learner chose "Skip for now": the card stays away for this visit only. */
	skipped = $state(false);
	/** A plain-words problem with what the learner typed, or with storage. */
	problem = $state('');

	constructor(
		private readonly db: AcademyDB,
		private readonly catalog: HomeCatalog,
		private readonly profileId: string,
		private readonly rename: (name: string) => Promise<void>,
		private readonly now: () => Date = () => new Date()
	) {}

	/** Whether to ask the first-run question: no goal stored, and not skipped on this visit. */
	get firstRun(): boolean {
		return this.loaded && !this.goal && !this.skipped;
	}

	async load(): Promise<void> {
		try {
			const now = this.now();
			const today = localToday(now);
			const backup = await exportProfile(this.db, this.profileId);
			const t = backup.tables;
			const summary = summarise(backup, this.catalog.facts, today);
			const goal = t.settings.find(isGoal)?.value;
			const plan = traineePlan(backup, summary, this.catalog.plans, today);
			const week = plan?.progress.weeks[plan.progress.currentWeek - 1];
			const progress = new Map(t.moduleProgress.map((p) => [p.moduleId, p]));
			const titles = new Map(this.catalog.exams.map((e) => [e.id, e.title]));
			this.step = nextStep({
				examsInProgress: examsInProgress(t.examSessions, (id) => titles.get(id), now).map((e) => ({
					title: e.title,
					href: `/exams/take?session=${e.sessionId}`
				})),
				reviewsDue: t.reviewCards.filter((c) => c.due <= now.toISOString()).length,
				plan: plan && {
					week: plan.progress.currentWeek,
					tasks: (week?.tasks ?? [])
						.filter((task) => !task.done)
						.map((task) => ({
							title: taskTitle(this.catalog, task.kind, task.id),
							href: taskHref(this.catalog, task.kind, task.id)
						}))
				},
				modules: this.catalog.modules.map((m) => ({
					id: m.id,
					title: m.title,
					href: m.href,
					status: progress.get(m.id)?.status,
					updatedAt: progress.get(m.id)?.updatedAt
				})),
				goal,
				exams: this.catalog.certifications.map((e) => ({ ...e, href: `/exams/${e.id}` }))
			});
			this.plan = plan && {
				title: plan.plan.title,
				week: plan.progress.currentWeek,
				weeks: plan.plan.weeks.length,
				...(plan.progress.currentWeek >= 1 && week
					? { dueOn: weekDueOn(plan.startedOn, plan.progress.currentWeek) }
					: {}),
				...(plan.progress.currentWeek === 0 ? { startsOn: plan.startedOn } : {}),
				overdue: overdueTasks(plan.progress).map((task) => ({
					title: taskTitle(this.catalog, task.kind, task.id),
					href: taskHref(this.catalog, task.kind, task.id),
					week: task.week
				}))
			};
			this.streak = streakDays(summary.activeDays, today);
			this.tracks = trackProgress(this.catalog.tracks, summary.completedModules);
			this.name = backup.profile.name;
			this.goal = goal;
			this.loaded = true;
		} catch (error) {
			this.problem = describeStorageError(error);
		}
	}

	/**
	 * Keeps the learner's name and goal (and for a certification, the exam and its date). A name
	 * that is empty or too long, or a missing choice, changes nothing and says why.
	 */
	async saveFirstRun(answers: FirstRunAnswers): Promise<boolean> {
		this.problem = '';
		const name = answers.name.replace(/\s+/g, ' ').trim();
		if (!name) return this.#refuse('Please enter your name.');
		if (name.length > 60) return this.#refuse('Please keep your name to 60 characters or fewer.');
		const kind = answers.goal;
		if (!kind || !GOAL_KINDS.includes(kind))
			return this.#refuse('Please choose what brings you here.');
		const exam = kind === 'certification' ? answers.exam : undefined;
		if (kind === 'certification' && !this.catalog.certifications.some((c) => c.id === exam))
			return this.#refuse('Please choose which certification exam.');
		const examDate = kind === 'certification' ? (answers.examDate ?? '') : '';
		if (examDate && !/^\d{4}-\d{2}-\d{2}$/.test(examDate))
			return this.#refuse('Please enter the exam date like 2027-03-15, or leave it empty.');
		const goal: Goal = exam ? { kind, exam } : { kind };
		const failure = await attemptSave(async () => {
			if (name !== this.name) await this.rename(name);
			await setSetting(this.db, this.profileId, 'goal', goal);
			if (examDate) await setSetting(this.db, this.profileId, 'examDate', examDate);
		});
		if (failure) return this.#refuse(failure);
		await this.load();
		return true;
	}

	/** "Skip for now": nothing is stored; the card comes back on the next visit. */
	skip(): void {
		this.skipped = true;
		this.problem = '';
	}

	#refuse(problem: string): false {
		this.problem = problem;
		return false;
	}
}
