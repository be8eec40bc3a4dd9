import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems.ts';
import { loadCourse } from './load.ts';
import {
	byQuestionFile,
	callChoiceProblems,
	callChoiceReport,
	describeFigures,
	itemQualityProblems,
	itemQualityReport
} from './item-quality.ts';
import { readContentFiles } from './read-files.server.ts';

// The real course: every file in content/ must load without a single problem.
describe('the course in content/', () => {
	const { course, problems } = loadCourse(readContentFiles(process.cwd()));

	it('has no content problems', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('is the whole curriculum the product promises', () => {
		const perTrack = (track: string) => course?.modules.filter((m) => m.track === track).length;
		expect(perTrack('law')).toBeGreaterThanOrEqual(16);
		expect(perTrack('negotiation')).toBeGreaterThanOrEqual(6);
		expect(perTrack('billing')).toBeGreaterThanOrEqual(6);
		expect(perTrack('healthcare')).toBeGreaterThanOrEqual(5);
		expect(perTrack('commercial')).toBeGreaterThanOrEqual(3);
		expect(perTrack('career')).toBeGreaterThanOrEqual(3);
		expect(course?.glossary.length).toBeGreaterThanOrEqual(150);
		expect(course?.questions.length).toBeGreaterThanOrEqual(600);
		expect(course?.calls.length).toBeGreaterThanOrEqual(18);
		for (const m of course?.modules ?? []) expect(m.check, m.id).toHaveLength(5);
	});

	it('has four options with exactly one right answer in every question', () => {
		const bad = course?.questions.filter(
			(q) => q.options.length !== 4 || q.options.filter((o) => o.correct).length !== 1
		);
		expect(bad?.map((q) => q.id)).toEqual([]);
	});

	it('has a default 12-week plan that covers every module and call, with calls from week 1 or 2', () => {
		const plan = course?.plans.find((p) => p.id === 'new-agent-12-weeks');
		const planned = (key: 'modules' | 'calls') => new Set(plan?.weeks.flatMap((w) => w[key]));
		expect(course?.modules.filter((m) => !planned('modules').has(m.id)).map((m) => m.id)).toEqual(
			[]
		);
		expect(course?.calls.filter((c) => !planned('calls').has(c.id)).map((c) => c.id)).toEqual([]);
		const firstCallWeek = plan?.weeks.find((w) => w.calls.length)?.week;
		expect(firstCallWeek).toBeLessThanOrEqual(2);
	});

	it('links every job aid from a module that exists', () => {
		expect(course?.aids.length).toBeGreaterThanOrEqual(4);
		for (const aid of course?.aids ?? [])
			expect(aid.modules.filter((id) => !course?.modules.some((m) => m.id === id))).toEqual([]);
	});

	it('teaches every rule in the registry in some module', () => {
		const cited = new Set(course?.modules.flatMap((m) => m.rules));
		expect(course?.rules.filter((r) => !cited.has(r.id)).map((r) => r.id)).toEqual([]);
	});
});

// Assessments must measure knowledge, not test-wiseness (see item-quality.ts for the limits).
describe('the assessments cannot be gamed', () => {
	const { course } = loadCourse(readContentFiles(process.cwd()));
	const items = itemQualityReport(byQuestionFile(course?.questions ?? []), course?.exams ?? []);
	const calls = callChoiceReport(course?.calls ?? []);
	console.log(['Item quality:', ...describeFigures(items, calls)].join('\n  '));

	it('gives no edge to the longest option or to absolute words', () => {
		expect(itemQualityProblems(items)).toEqual([]);
	});

	it('does not make the best call line the longest one', () => {
		expect(callChoiceProblems(calls)).toEqual([]);
	});

	it('lets the other party react to how each call has gone', () => {
		const fixed = (course?.calls ?? []).filter(
			(c) => !Object.values(c.nodes).some((n) => n.variants?.length)
		);
		expect(fixed.map((c) => c.id)).toEqual([]);
	});
});
