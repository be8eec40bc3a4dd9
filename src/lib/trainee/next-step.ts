/**
 * Home's one next step, and per-track progress: pure, from what the learner's records add up to.
 */

/** What a learner can say they are here for, on their first visit to home. */
export const GOAL_KINDS = ['job', 'certification', 'employer-plan'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

/** What the learner said they are here for (the `goal` setting). */
export interface Goal {
	kind: GoalKind;
	/** For a certification: the exam's blueprint id. */
	exam?: string;
}

/** A module in course order, with the learner's status in it. */
export interface ModuleState {
	id: string;
	title: string;
	href: string;
	status?: 'in-progress' | 'complete';
	/** When the learner last touched it (ISO), for "resume the latest". */
	updatedAt?: string;
}

export interface NextStepFacts {
	/** Exams started and not submitted, most urgent first. */
	examsInProgress: readonly { title: string; href: string }[];
	reviewsDue: number;
	/** This week's unfinished plan tasks; undefined when the learner has no plan. */
	plan?: { week: number; tasks: readonly { title: string; href?: string }[] };
	modules: readonly ModuleState[];
	goal?: Goal;
	/** The exams a certification goal can name. */
	exams: readonly { id: string; title: string; href: string }[];
}

export type NextStepKind = 'exam' | 'reviews' | 'plan' | 'resume' | 'module' | 'exam-page' | 'done';

export interface NextStep {
	kind: NextStepKind;
	/** What the card says to do, in a sentence. */
	text: string;
	/** The link's words and where it goes. */
	action: string;
	href: string;
	/** For plan tasks: the week's tasks still to do. */
	tasks?: readonly { title: string; href?: string }[];
}

/** How many completed modules make a certification learner ready to look at the exam. */
export const MODULES_BEFORE_EXAM = 3;

/**
 * The single next step, in this order: an exam in progress, reviews due, this week's plan tasks,
 * the module in progress, then the goal's next thing (for a certification, the exam's page once
 * three modules are done, else the next module; for an employer's plan without a plan yet, the
 * plan page; otherwise the next module in course order).
 */
export function nextStep(f: NextStepFacts): NextStep {
	const exam = f.examsInProgress[0];
	if (exam)
		return {
			kind: 'exam',
			text: `Your ${exam.title} is in progress.`,
			action: `Resume: ${exam.title}`,
			href: exam.href
		};
	if (f.reviewsDue >= 1)
		return {
			kind: 'reviews',
			text: `${f.reviewsDue} ${f.reviewsDue === 1 ? 'review is' : 'reviews are'} due.`,
			action: 'Start reviewing',
			href: '/review'
		};
	if (f.plan && f.plan.tasks.length)
		return {
			kind: 'plan',
			text: `Week ${f.plan.week} of your plan: ${f.plan.tasks.length} ${f.plan.tasks.length === 1 ? 'task' : 'tasks'} to do.`,
			action: 'Open your plan',
			href: '/plan',
			tasks: f.plan.tasks
		};
	const started = f.modules
		.filter((m) => m.status === 'in-progress')
		.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0];
	if (started)
		return {
			kind: 'resume',
			text: `Pick up where you left off in ${started.title}.`,
			action: `Continue: ${started.title}`,
			href: started.href
		};
	if (f.goal?.kind === 'employer-plan' && !f.plan)
		return {
			kind: 'plan',
			text: 'Import the training plan your employer gave you, or open one of ours.',
			action: 'Open your plan',
			href: '/plan'
		};
	const done = f.modules.filter((m) => m.status === 'complete').length;
	const target = f.goal?.kind === 'certification' && f.exams.find((e) => e.id === f.goal?.exam);
	if (target && done >= MODULES_BEFORE_EXAM)
		return {
			kind: 'exam-page',
			text: `You have finished ${done} modules: see how you would do on the exam.`,
			action: `Open: ${target.title}`,
			href: target.href
		};
	const fresh = f.modules.find((m) => m.status !== 'complete');
	if (fresh)
		return {
			kind: 'module',
			text: done ? 'The next module in the course.' : 'Begin with the first module.',
			action: `Start: ${fresh.title}`,
			href: fresh.href
		};
	return {
		kind: 'done',
		text: 'You have finished every module.',
		action: 'Try a practice exam',
		href: target ? target.href : '/exams'
	};
}

export interface TrackProgress {
	track: string;
	title: string;
	href: string;
	done: number;
	total: number;
	finished: boolean;
}

/** How many modules of each track are complete ("Collections law 3 of 16"). */
export function trackProgress(
	tracks: readonly { track: string; title: string; modules: readonly { id: string }[] }[],
	completed: ReadonlySet<string>
): TrackProgress[] {
	return tracks.map((t) => {
		const done = t.modules.filter((m) => completed.has(m.id)).length;
		return {
			track: t.track,
			title: t.title,
			href: `/learn/${t.track}`,
			done,
			total: t.modules.length,
			finished: t.modules.length > 0 && done === t.modules.length
		};
	});
}
