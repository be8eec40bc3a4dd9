/**
 * What a trainee's records add up to: the figures on the dashboard, the progress report, and the
 * supervisor's team table. Pure: it reads a profile's records (from the database or from an
 * exported file alike), never the database itself.
 */
import { recordOf } from '$lib/exam/history';
import {
	examTaken,
	fullExamsOf,
	ReadinessMemo,
	type ExamTaken,
	type Readiness
} from '$lib/exam/readiness';
import type { Blueprint } from '$lib/exam/types';
import { passedBest } from '$lib/calls/best-scores';
import { CATEGORIES, type Category } from '$lib/calls/score';
import type { Backup } from '$lib/progress/backup';
import type { CallRun, ExamSession } from '$lib/progress/records';
import { logFacts, type LogFacts } from './log-facts';
import { activeDaysOf, streakDays as streakOf } from './streak';

export interface CourseFacts {
	modules: { id: string; track: string; minutes: number; title?: string }[];
	/** Call scenario titles, for lists of what a plan requires. */
	calls?: { id: string; title: string }[];
	/** Question id → domain. */
	questionDomain: Record<string, string>;
	blueprints: (Blueprint & { title: string })[];
}

export interface ExamSummary {
	blueprintId: string;
	title: string;
	attempts: number;
	bestPercent?: number;
	passPercent: number;
	passed: boolean;
	/** Submitted attempts in order, for the history chart. */
	history: { at: string; percent: number }[];
	readiness: Readiness;
	/** Share of the blueprint's domains' questions this trainee has answered at least once. */
	seenShare: number;
}

export interface TraineeSummary {
	profileId: string;
	name: string;
	lastActive?: string;
	completedModules: Set<string>;
	modulesByTrack: Record<string, { done: number; total: number }>;
	exams: ExamSummary[];
	calls: {
		finished: number;
		passed: number;
		/** Best passed total per scenario. */
		passedBest: Map<string, number>;
		average?: Record<Category, number>;
		criticalViolations: number;
	};
	activeDays: string[];
	streakDays: number;
	studyMinutes: number;
	/** Domains by accuracy, weakest first (only domains with answers). */
	domains: { domain: string; correct: number; total: number; accuracy: number }[];
}

/**
 * A blueprint's submitted exam sessions that count for its score (timed and tutor, not custom
 * quizzes), oldest first: the one definition for the summary, the plan and the certificate.
 */
export function scoredSessions<
	S extends { blueprintId: string; mode: string; result?: object; submittedAt?: string }
>(sessions: readonly S[], blueprintId: string): (S & { result: NonNullable<S['result']> })[] {
	return sessions
		.filter(
			(s): s is S & { result: NonNullable<S['result']> } =>
				s.blueprintId === blueprintId && s.mode !== 'custom' && !!s.result
		)
		.sort((x, y) => (x.submittedAt ?? '').localeCompare(y.submittedAt ?? ''));
}

/** What the figures need of an exam session: its score and times, not its questions and answers. */
export interface SessionFigures extends ExamTaken {
	id: string;
	mode: ExamSession['mode'];
	startedAt: string;
	result?: { percent: number };
	/** Seconds spent answering, each answer counted up to ten minutes (a tab left open). */
	seconds: number;
}

export function sessionFigures(s: ExamSession): SessionFigures {
	return {
		...examTaken(s),
		id: s.id,
		mode: s.mode,
		startedAt: s.startedAt,
		result: s.result && { percent: s.result.percent },
		seconds: Object.values(s.answers).reduce((a, ans) => a + Math.min(ans.seconds, 600), 0)
	};
}

/** What the figures need of a call: its scenario, times and score, not its steps or note. */
export type CallFigures = Pick<
	CallRun,
	'id' | 'scenarioId' | 'startedAt' | 'connectedAt' | 'finishedAt' | 'result'
>;

export function callFigures(r: CallRun): CallFigures {
	const { id, scenarioId, startedAt, connectedAt, finishedAt, result } = r;
	return { id, scenarioId, startedAt, connectedAt, finishedAt, result };
}

/** A profile's records as the figures read them: a backup, or the dashboard's quicker digest. */
export interface SummaryRecords {
	profile: Pick<Backup['profile'], 'id' | 'name'>;
	tables: Pick<Backup['tables'], 'moduleProgress' | 'notes' | 'drillAttempts' | 'auditAttempts'> & {
		examSessions: readonly SessionFigures[];
		callRuns: readonly CallFigures[];
	};
	/** What the figures take from the answer log. */
	log: LogFacts;
}

/** The figures of a whole backup (a file, or every record of a profile). */
export function summarise(
	backup: Pick<Backup, 'profile' | 'tables'>,
	course: CourseFacts,
	today: string
): TraineeSummary {
	return summariseRecords(summaryRecords(backup, course), course, today);
}

/** A whole backup's records as the figures read them. */
export function summaryRecords(
	backup: Pick<Backup, 'profile' | 'tables'>,
	course: CourseFacts
): SummaryRecords {
	const t = backup.tables;
	return {
		profile: backup.profile,
		tables: { ...t, examSessions: t.examSessions.map(sessionFigures) },
		log: logFacts(t.reviewLog, (id) => course.questionDomain[id])
	};
}

/**
 * The one definition of a trainee's figures. `memo` remembers readiness estimates between calls
 * (the dashboard keeps it in its digest); without one, each estimate is drawn afresh.
 */
export function summariseRecords(
	records: SummaryRecords,
	course: CourseFacts,
	today: string,
	memo = new ReadinessMemo()
): TraineeSummary {
	const t = records.tables;
	const completedModules = new Set(
		t.moduleProgress.filter((m) => m.status === 'complete').map((m) => m.moduleId)
	);
	const modulesByTrack: TraineeSummary['modulesByTrack'] = {};
	for (const m of course.modules) {
		const row = (modulesByTrack[m.track] ??= { done: 0, total: 0 });
		row.total++;
		if (completedModules.has(m.id)) row.done++;
	}

	const record = recordOf(records.log.recent);
	const counted = recordOf(records.log.counted);
	const seen = new Set(records.log.seen);
	const questionsByDomain = new Map<string, string[]>();
	for (const [id, d] of Object.entries(course.questionDomain)) {
		const list = questionsByDomain.get(d);
		if (list) list.push(id);
		else questionsByDomain.set(d, [id]);
	}

	const exams = course.blueprints.map((b): ExamSummary => {
		const sessions = scoredSessions(t.examSessions, b.id);
		const percents = sessions.map((s) => s.result.percent);
		const best = percents.length ? Math.max(...percents) : undefined;
		const pool = Object.keys(b.domains).flatMap((d) => questionsByDomain.get(d) ?? []);
		return {
			blueprintId: b.id,
			title: b.title,
			attempts: sessions.length,
			bestPercent: best,
			passPercent: b.passPercent,
			passed: best !== undefined && best >= b.passPercent,
			history: sessions.map((s) => ({ at: s.submittedAt!, percent: s.result.percent })),
			readiness: memo.estimate(b, counted, fullExamsOf(b, t.examSessions)),
			seenShare: pool.length ? pool.filter((id) => seen.has(id)).length / pool.length : 0
		};
	});

	const finished = t.callRuns.filter((r) => r.result);
	const average = finished.length
		? (Object.fromEntries(
				CATEGORIES.map((c) => [
					c,
					Math.round(finished.reduce((s, r) => s + r.result!.categories[c], 0) / finished.length)
				])
			) as Record<Category, number>)
		: undefined;

	const stamps = [
		...(records.log.last ? [records.log.last] : []),
		...t.moduleProgress.map((m) => m.updatedAt),
		...t.callRuns.map((r) => r.startedAt),
		...t.examSessions.map((s) => s.startedAt),
		...t.notes.map((n) => n.updatedAt),
		...t.drillAttempts.map((a) => a.answeredAt),
		...t.auditAttempts.map((a) => a.submittedAt)
	];
	// Days in the learner's own time zone: an answer at 8 p.m. in Los Angeles counts for that day.
	const activeDays = [...new Set([...records.log.days, ...activeDaysOf(stamps)])].sort();
	const streakDays = streakOf(activeDays, today);

	const minutesOf = new Map(course.modules.map((m) => [m.id, m.minutes]));
	const readingMinutes = t.moduleProgress.reduce(
		(s, m) => s + (minutesOf.get(m.moduleId) ?? 0) * (m.status === 'complete' ? 1 : m.readFraction),
		0
	);
	const examSeconds = t.examSessions.reduce((s, x) => s + x.seconds, 0);
	const callSeconds = finished.reduce((s, r) => {
		const span = (Date.parse(r.finishedAt!) - Date.parse(r.connectedAt ?? r.startedAt)) / 1000;
		return s + (Number.isFinite(span) ? Math.min(Math.max(span, 0), 1800) : 0);
	}, 0);

	const domains = Object.entries(record)
		.map(([domain, r]) => ({ domain, ...r, accuracy: r.total ? r.correct / r.total : 0 }))
		.sort((a, b) => a.accuracy - b.accuracy || b.total - a.total);

	return {
		profileId: records.profile.id,
		name: records.profile.name,
		lastActive: stamps.reduce<string | undefined>(
			(a, b) => (a === undefined || b > a ? b : a),
			undefined
		),
		completedModules,
		modulesByTrack,
		exams,
		calls: {
			finished: finished.length,
			passed: finished.filter((r) => r.result!.passed).length,
			passedBest: passedBest(t.callRuns),
			average,
			criticalViolations: finished.filter((r) => r.result!.critical).length
		},
		activeDays,
		streakDays,
		studyMinutes: Math.round(readingMinutes + examSeconds / 60 + callSeconds / 60),
		domains
	};
}
