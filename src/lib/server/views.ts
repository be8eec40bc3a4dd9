/** Plain, serialisable views of the course for page data. */
import { TRACK_TITLES, TRACKS } from '$lib/content/schema';
import type { BankQuestion, Module } from '$lib/content/load';
import type { Citation, ModuleSummary, QuestionView } from '$lib/content/views';
import type { CourseFacts } from '$lib/trainee/summary';
import type { PlanCatalog } from '$lib/state/plan-context';
import { DRILL_TYPES, DRILLS } from '$lib/drills/catalog';
import { audits } from './audits';
import { course, modulesById, ruleHref, rulesById } from './course';

export const moduleHref = (m: Pick<Module, 'track' | 'id'>) => `/learn/${m.track}/${m.id}`;

export function summarise(m: Module): ModuleSummary {
	return {
		id: m.id,
		title: m.title,
		summary: m.summary,
		track: m.track,
		order: m.order,
		minutes: m.minutes,
		prerequisites: m.prerequisites.flatMap((id) => {
			const before = modulesById.get(id);
			return before ? [{ id, title: before.title }] : [];
		}),
		href: moduleHref(m)
	};
}

export function tracks() {
	return TRACKS.map((track) => ({
		track,
		title: TRACK_TITLES[track],
		modules: course.modules.filter((m) => m.track === track).map(summarise)
	})).filter((t) => t.modules.length > 0);
}

export function citations(ruleIds: readonly string[]): Citation[] {
	return ruleIds.flatMap((id) => {
		const rule = rulesById.get(id);
		return rule ? [{ id, citation: rule.citation, title: rule.title, href: ruleHref(id) }] : [];
	});
}

/** The citations of `ruleIds` keyed by rule id, as the call, audit and drill pages look them up. */
export function citationsById(ruleIds: readonly string[]): Record<string, Citation> {
	return Object.fromEntries(citations(ruleIds).map((c) => [c.id, c]));
}

export function questionView(q: BankQuestion): QuestionView {
	return {
		id: q.id,
		stem: q.stem,
		options: q.options.map((o) => o.text),
		answer: q.options.findIndex((o) => o.correct),
		explanationHtml: q.explanationHtml,
		domain: q.domain,
		certs: q.certs,
		difficulty: q.difficulty,
		citations: citations(q.rules),
		studyIn: studyIn(q.module)
	};
}

function studyIn(moduleId: string): QuestionView['studyIn'] {
	// The content loader refuses a question file whose name names no module.
	const module = modulesById.get(moduleId)!;
	return { title: module.title, href: moduleHref(module) };
}

/** The course facts a trainee summary needs, small enough to ship with a page. */
export function courseFacts(): CourseFacts {
	return {
		modules: course.modules.map((m) => ({
			id: m.id,
			track: m.track,
			minutes: m.minutes,
			title: m.title
		})),
		calls: course.calls.map((c) => ({ id: c.id, title: c.title })),
		questionDomain: Object.fromEntries(course.questions.map((q) => [q.id, q.domain])),
		blueprints: course.exams.map((e) => ({
			id: e.id,
			title: e.title,
			questions: e.questions,
			minutes: e.minutes,
			passPercent: e.passPercent,
			domains: e.domains
		}))
	};
}

/** Titles and links for everything a plan can name, for the plan view and the builder. */
export function planCatalog(): PlanCatalog {
	return {
		plans: course.plans,
		modules: course.modules.map((m) => ({
			id: m.id,
			title: m.title,
			track: m.track,
			href: moduleHref(m)
		})),
		calls: course.calls.map((c) => ({
			id: c.id,
			title: c.title,
			detail: `${c.account.type.replace('-', ' ')} account · difficulty ${c.difficulty} of 3`
		})),
		exams: course.exams.map((e) => ({
			id: e.id,
			title: e.title,
			passPercent: e.passPercent,
			credentialForm: !e.ownBar && e.form === 'full'
		})),
		drills: DRILL_TYPES.map((type) => ({ id: type, title: DRILLS[type].title })),
		audits: audits().map((a) => ({ id: a.id, title: `Audit: ${a.title}` })),
		facts: courseFacts()
	};
}
