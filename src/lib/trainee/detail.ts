/**
 * One trainee as the supervisor opens them: plan progress per week, exam attempts with their
 * domains, every call run with its violations, transcript and note, and the questions missed most.
 * Pure: it reads an exported profile and the course content it names.
 */
import { replay } from '$lib/calls/conversation';
import { localDate } from '$lib/calls/local-time';
import { DOMAIN_TITLES } from '$lib/content/catalog';
import type { CallScenario, Plan } from '$lib/content/schema';
import { dayOf } from '$lib/dates';
import type { PlanWeek } from '$lib/plans/tasks';
import { traineePlan } from '$lib/plans/trainee';
import type { Backup } from '$lib/progress/backup';
import { summarise, type CourseFacts } from './summary';
import { overdueTasks } from '$lib/plans/tasks';
import { weekText } from './team';

export interface DetailContent {
	scenarios: readonly CallScenario[];
	questionStems: Readonly<Record<string, string>>;
	ruleTitles: Readonly<Record<string, string>>;
}

export interface ExamAttempt {
	id: string;
	title: string;
	day: string;
	percent: number;
	passed: boolean;
	domains: { domain: string; title: string; correct: number; total: number }[];
}

export interface TranscriptLine {
	speaker: string;
	text: string;
}

export interface CallRunDetail {
	id: string;
	title: string;
	day: string;
	finished: boolean;
	total?: number;
	passed?: boolean;
	critical: boolean;
	violations: { rule: string; title: string }[];
	transcript: TranscriptLine[];
	note: string;
}

export interface TraineeDetail {
	id: string;
	name: string;
	exportedAt: string;
	plan?: { title: string; week: string; percent: number; overdue: number; weeks: PlanWeek[] };
	exams: ExamAttempt[];
	calls: CallRunDetail[];
	missed: { questionId: string; stem: string; times: number }[];
}

/** The speaker's name for the learner's own lines in a transcript. */
export const LEARNER = 'Trainee';

export function traineeDetail(
	backup: Backup,
	facts: CourseFacts,
	plans: readonly Plan[],
	today: string,
	content: DetailContent,
	missedLimit = 10
): TraineeDetail {
	const t = backup.tables;
	const summary = summarise(backup, facts, today);
	const plan = traineePlan(backup, summary, plans, today);
	const titles = new Map(facts.blueprints.map((b) => [b.id, b.title]));
	const scenarios = new Map(content.scenarios.map((s) => [s.id, s]));
	const rule = (id: string) => ({ rule: id, title: content.ruleTitles[id] ?? id });

	const exams = t.examSessions
		.filter((s) => s.result && s.mode !== 'custom')
		.sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))
		.map((s): ExamAttempt => ({
			id: s.id,
			title: titles.get(s.blueprintId) ?? s.blueprintId,
			day: dayOf(s.submittedAt ?? s.startedAt) ?? '—',
			percent: Math.round(s.result!.percent),
			passed: s.result!.passed,
			domains: Object.entries(s.result!.byDomain).map(([domain, r]) => ({
				domain,
				title: (DOMAIN_TITLES as Record<string, string>)[domain] ?? domain,
				...r
			}))
		}));

	const calls = [...t.callRuns]
		.sort((a, b) => b.startedAt.localeCompare(a.startedAt))
		.map((run): CallRunDetail => {
			const scenario = scenarios.get(run.scenarioId);
			const transcript: TranscriptLine[] = [];
			if (scenario) {
				const at = new Date(run.dialedAt ?? run.startedAt);
				const talk = replay(scenario, run.steps, localDate(at, scenario.persona.timeZone));
				for (const d of talk.decisions) {
					transcript.push({ speaker: d.speaker, text: d.line });
					transcript.push({ speaker: LEARNER, text: d.said });
				}
				if (talk.ended && talk.currentLine)
					transcript.push({ speaker: talk.currentSpeaker, text: talk.currentLine });
			}
			return {
				id: run.id,
				title: scenario?.title ?? run.scenarioId,
				day: dayOf(run.startedAt) ?? '—',
				finished: !!run.result,
				total: run.result?.total,
				passed: run.result?.passed,
				critical: run.result?.critical ?? false,
				violations: [...new Set(run.result?.violations ?? [])].map(rule),
				transcript,
				note: run.accountNote ?? ''
			};
		});

	const misses = new Map<string, number>();
	for (const e of t.reviewLog)
		if (!e.correct) misses.set(e.questionId, (misses.get(e.questionId) ?? 0) + 1);
	const missed = [...misses]
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, missedLimit)
		.map(([questionId, times]) => ({
			questionId,
			stem:
				content.questionStems[questionId] ?? `A question no longer in the course (${questionId})`,
			times
		}));

	return {
		id: backup.profile.id,
		name: backup.profile.name,
		exportedAt: backup.exportedAt,
		plan: plan && {
			title: plan.plan.title,
			week: weekText(plan.progress),
			percent: plan.progress.percent,
			overdue: overdueTasks(plan.progress).length,
			weeks: plan.progress.weeks
		},
		exams,
		calls,
		missed
	};
}
